#include "ui/commands/addmanycodings.h"

#include "ui/document.h"

namespace dyad::ui {

AddManyCodings::AddManyCodings(Document *document, std::vector<core::Coding> codings, const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_codings(std::move(codings))
{
    for (core::Coding &c : m_codings)
        if (c.id.isNull())
            c.id = QUuid::createUuid();
}

void AddManyCodings::redo()
{
    std::vector<core::Coding> stored;
    auto added = m_document->project().addCodings(m_codings, &stored);
    if (!added) {
        m_document->reportError(added.error());
        if (m_firstRedo) // nothing was written: the step does not stay in the history
            setObsolete(true);
    } else {
        m_codings = std::move(stored); // now with the times, round and text version core filled in
    }
    m_firstRedo = false;
}

void AddManyCodings::undo()
{
    std::vector<QUuid> ids;
    ids.reserve(m_codings.size());
    for (const core::Coding &c : m_codings)
        ids.push_back(c.id);
    if (auto st = m_document->project().removeCodings(ids); !st)
        m_document->reportError(st.error());
}

} // namespace dyad::ui
