#include "ui/commands/renamecode.h"

#include "ui/commands/undocommands.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

RenameCode::RenameCode(Document *document, const QUuid &codeId, QString newName, QUndoCommand *parent)
    : ChangeValue(document, codeId, codeField(document, codeId, &core::Code::name), std::move(newName), RenameCodeId,
                  QCoreApplication::translate("Undo Commands", "Rename Code"), parent)
{
    valueMerged();
}

core::Status RenameCode::setValue(const QString &name)
{
    return updateCode(document(), objectId(), [&](core::Code &c) { c.name = name; });
}

void RenameCode::valueMerged()
{
    setText(QCoreApplication::translate("Undo Commands", "Rename %1 to %2").arg(before(), after()));
}

} // namespace dyad::ui
