#include "ui/commands/changecodingmemo.h"

#include "ui/commands/commandtext.h"
#include "ui/commands/undocommands.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeCodingMemo::ChangeCodingMemo(Document *document, const QUuid &codingId, QString before, QString after,
                                   QUndoCommand *parent)
    : ChangeValue(document, codingId, std::move(before), std::move(after), ChangeCodingMemoId,
                  QCoreApplication::translate("Undo Commands", "Change Coding Memo"), parent)
{
    if (const auto coding = document->project().coding(codingId))
        setText(QCoreApplication::translate("Undo Commands", "Memo on %1 in %2")
                    .arg(codeNameForHistory(document->project(), coding->codeId),
                         recordTitleForHistory(document->project(), coding->recordId)));
}

core::Status ChangeCodingMemo::setValue(const QString &memo)
{
    return document()->project().updateCodingMemo(objectId(), memo);
}

} // namespace dyad::ui
