#include "ui/commands/mergecodes.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

MergeCodes::MergeCodes(Document *document, const QUuid &sourceId, const QUuid &targetId, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Merge Codes"), parent)
    , m_document(document)
    , m_sourceId(sourceId)
    , m_targetId(targetId)
{
    setText(QCoreApplication::translate("Undo Commands", "Merge %1 into %2")
                .arg(codeNameForHistory(document->project(), sourceId), codeNameForHistory(document->project(), targetId)));
}

void MergeCodes::redo()
{
    core::Project &project = m_document->project();
    m_targetMemos.clear();
    core::CodingQuery query;
    query.codeId = m_targetId;
    for (const core::Coding &c : project.codings(query))
        m_targetMemos.emplace(c.id, c.memo);

    auto merged = project.mergeCodes(m_sourceId, m_targetId);
    if (!merged) {
        m_document->reportError(merged.error());
        setObsolete(true);
        return;
    }
    m_result = std::move(merged).value();
}

void MergeCodes::undo()
{
    core::Project &project = m_document->project();
    const core::Status st = project.transact([&]() -> core::Status {
        if (auto s = project.restoreCode(m_result.removed); !s)
            return s;
        for (const QUuid &child : m_result.reparented)
            if (auto s = project.moveCode(child, m_sourceId); !s)
                return s;
        for (const QUuid &codingId : m_result.reassigned)
            if (auto s = project.updateCodingCode(codingId, m_sourceId); !s)
                return s;
        for (const core::Coding &dropped : m_result.droppedDuplicates)
            if (auto s = project.addCoding(dropped); !s)
                return s.takeError();
        for (const auto &[codingId, memo] : m_targetMemos) {
            auto now = project.coding(codingId);
            if (now && now->memo != memo)
                if (auto s = project.updateCodingMemo(codingId, memo); !s)
                    return s;
        }
        return {};
    });
    if (!st)
        m_document->reportError(st.error());
}

} // namespace dyad::ui
