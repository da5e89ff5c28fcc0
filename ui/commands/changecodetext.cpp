#include "ui/commands/changecodetext.h"

#include "core/model/project.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeCodeText::ChangeCodeText(Document *document, const QUuid &codeId, QString core::Code::*field, QString after,
                               std::optional<QString> shown, int mergeId, const QString &text, QUndoCommand *parent)
    : ChangeValue(document, codeId, codeField(document, codeId, field), std::move(after), mergeId, text, parent)
    , m_field(field)
{
    if (shown)
        setExpected(*shown);
}

core::Status ChangeCodeText::setValue(const QString &value)
{
    core::Project &project = document()->project();
    auto shown = project.code(objectId());
    if (!shown)
        return core::makeError(QCoreApplication::translate("Undo Commands", "The code no longer exists."));
    core::Code updated = *shown;
    (*shown).*m_field = expected();
    updated.*m_field = value;
    core::Status st = project.updateCode(updated, &*shown);
    if (!st && isFirstWrite() && st.errorKind() == core::ErrorKind::Conflict && m_onConflict)
        m_onConflict(st.error(), value);
    return st;
}

} // namespace dyad::ui
