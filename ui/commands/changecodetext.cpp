#include "ui/commands/changecodetext.h"

#include "core/model/project.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeCodeText::ChangeCodeText(Document *document, const QUuid &codeId, QString core::Code::*field, QString after,
                               std::optional<QString> shown, int mergeId, const QString &text, QUndoCommand *parent)
    : ChangeValue(document, codeId, codeField(document, codeId, field), std::move(after), mergeId, text, parent)
    , m_field(field)
    , m_expected(shown ? *shown : before())
{
}

void ChangeCodeText::undo()
{
    m_expected = after();
    ChangeValue::undo();
}

void ChangeCodeText::redo()
{
    // The first redo keeps the expectation the constructor set (what the editor showed); a
    // redo after an undo writes over the value the undo put back.
    if (m_written)
        m_expected = before();
    ChangeValue::redo();
}

bool ChangeCodeText::mergeWith(const QUndoCommand *other)
{
    // A write that was refused (QUndoStack still offers it for merging) changes nothing.
    return !other->isObsolete() && ChangeValue::mergeWith(other);
}

core::Status ChangeCodeText::setValue(const QString &value)
{
    core::Project &project = document()->project();
    auto shown = project.code(objectId());
    if (!shown)
        return core::makeError(QCoreApplication::translate("Undo Commands", "The code no longer exists."));
    core::Code updated = *shown;
    (*shown).*m_field = m_expected;
    updated.*m_field = value;
    const bool first = !m_written;
    m_written = true;
    core::Status st = project.updateCode(updated, &*shown);
    if (!st && first && st.errorKind() == core::ErrorKind::Conflict && m_onConflict)
        m_onConflict(st.error(), value);
    return st;
}

} // namespace dyad::ui
