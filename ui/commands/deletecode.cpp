#include "ui/commands/deletecode.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

DeleteCode::DeleteCode(Document *document, const QUuid &codeId, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Delete Code"), parent)
    , m_document(document)
{
    if (auto c = document->project().code(codeId))
        m_code = *c;
    else
        m_code.id = codeId;
    setText(QCoreApplication::translate("Undo Commands", "Delete Code %1").arg(codeNameForHistory(document->project(), codeId)));
}

void DeleteCode::undo()
{
    if (const core::Status st = m_document->project().restoreCode(m_code); !st)
        m_document->reportError(st.error());
}

void DeleteCode::redo()
{
    if (const core::Status st = m_document->project().deleteCode(m_code.id); !st) {
        m_document->reportError(st.error());
        setObsolete(true);
    }
}

} // namespace dyad::ui
