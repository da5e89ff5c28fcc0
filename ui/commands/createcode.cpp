#include "ui/commands/createcode.h"

#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

CreateCode::CreateCode(Document *document, core::Code code, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Create Code"), parent)
    , m_document(document)
    , m_code(std::move(code))
{
    if (m_code.id.isNull())
        m_code.id = QUuid::createUuid();
    setText(QCoreApplication::translate("Undo Commands", "Create Code %1").arg(m_code.name));
}

void CreateCode::undo()
{
    if (const core::Status st = m_document->project().deleteCode(m_code.id); !st)
        m_document->reportError(st.error());
}

void CreateCode::redo()
{
    core::Project &project = m_document->project();
    if (!m_created) {
        auto created = project.createCode(m_code);
        if (!created) {
            m_document->reportError(created.error());
            setObsolete(true);
            return;
        }
        m_code = created.value(); // keeps the colour, order and time core chose
        m_created = true;
        return;
    }
    if (const core::Status st = project.restoreCode(m_code); !st)
        m_document->reportError(st.error());
}

} // namespace dyad::ui
