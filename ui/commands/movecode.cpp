#include "ui/commands/movecode.h"

#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

MoveCode::MoveCode(Document *document, const QUuid &codeId, const QUuid &newParentId, std::optional<int> sortOrder,
                   QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Move Code"), parent)
    , m_document(document)
    , m_codeId(codeId)
    , m_newParent(newParentId)
    , m_newOrder(sortOrder)
{
    if (auto c = document->project().code(codeId)) {
        m_oldParent = c->parentId;
        m_oldOrder = c->sortOrder;
    }
}

void MoveCode::undo()
{
    if (const core::Status st = m_document->project().moveCode(m_codeId, m_oldParent, m_oldOrder); !st)
        m_document->reportError(st.error());
}

void MoveCode::redo()
{
    if (const core::Status st = m_document->project().moveCode(m_codeId, m_newParent, m_newOrder); !st) {
        m_document->reportError(st.error());
        setObsolete(true);
    }
}

} // namespace dyad::ui
