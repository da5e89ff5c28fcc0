#include "ui/commands/addremovecodings.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

AddRemoveCodings::AddRemoveCodings(Document *document, std::vector<core::Coding> codings, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_codings(std::move(codings))
{
}

bool AddRemoveCodings::addCodings()
{
    core::Project &project = m_document->project();
    std::vector<core::Coding> added;
    const core::Status st = project.transact([&]() -> core::Status {
        for (const core::Coding &c : m_codings) {
            auto r = project.addCoding(c);
            if (!r)
                return r.takeError();
            added.push_back(r.value());
        }
        return {};
    });
    if (!st) {
        m_document->reportError(st.error());
        return false;
    }
    m_codings = std::move(added); // now with the times, round and text version core filled in
    return true;
}

bool AddRemoveCodings::removeCodings()
{
    core::Project &project = m_document->project();
    const core::Status st = project.transact([&]() -> core::Status {
        for (const core::Coding &c : m_codings)
            if (auto s = project.removeCoding(c.id); !s)
                return s;
        return {};
    });
    if (!st) {
        m_document->reportError(st.error());
        return false;
    }
    return true;
}

AddCodings::AddCodings(Document *document, std::vector<core::Coding> codings, QUndoCommand *parent)
    : AddRemoveCodings(document, std::move(codings), parent)
{
    for (core::Coding &c : m_codings)
        if (c.id.isNull())
            c.id = QUuid::createUuid();
    const core::Project &project = document->project();
    setText(m_codings.size() == 1 ? QCoreApplication::translate("Undo Commands", "Apply %1 to %2")
                                        .arg(codeNameForHistory(project, m_codings.front().codeId),
                                             recordTitleForHistory(project, m_codings.front().recordId))
                                  : QCoreApplication::translate("Undo Commands", "Apply %n Codes", nullptr,
                                                                static_cast<int>(m_codings.size())));
}

void AddCodings::undo()
{
    removeCodings();
}

void AddCodings::redo()
{
    const bool ok = addCodings();
    if (!ok && m_firstRedo)
        setObsolete(true);
    m_firstRedo = false;
}

RemoveCodings::RemoveCodings(Document *document, std::vector<core::Coding> codings, QUndoCommand *parent)
    : AddRemoveCodings(document, std::move(codings), parent)
{
    const core::Project &project = document->project();
    setText(m_codings.size() == 1 ? QCoreApplication::translate("Undo Commands", "Remove %1 from %2")
                                        .arg(codeNameForHistory(project, m_codings.front().codeId),
                                             recordTitleForHistory(project, m_codings.front().recordId))
                                  : QCoreApplication::translate("Undo Commands", "Remove %n Codings", nullptr,
                                                                static_cast<int>(m_codings.size())));
}

void RemoveCodings::undo()
{
    addCodings();
}

void RemoveCodings::redo()
{
    if (!removeCodings())
        setObsolete(true);
}

} // namespace dyad::ui
