#include "ui/commands/renamecode.h"

#include "ui/commands/undocommands.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

RenameCode::RenameCode(Document *document, const QUuid &codeId, QString newName, std::optional<QString> shown,
                       QUndoCommand *parent)
    : ChangeCodeText(document, codeId, &core::Code::name, std::move(newName), std::move(shown), RenameCodeId,
                     QCoreApplication::translate("Undo Commands", "Rename Code"), parent)
{
    valueMerged();
}

void RenameCode::valueMerged()
{
    setText(QCoreApplication::translate("Undo Commands", "Rename %1 to %2").arg(before(), after()));
}

} // namespace dyad::ui
