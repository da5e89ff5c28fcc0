#include "ui/commands/changecodingmemo.h"

#include "core/model/project.h"

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

ChangeCodingMemo::ChangeCodingMemo(Document *document, const QUuid &codingId, QString before, QString after,
                                   qint64 version, Conflict onConflict, QUndoCommand *parent)
    : ChangeCodingMemo(document, codingId, std::move(before), std::move(after), parent)
{
    m_version = version;
    m_onConflict = std::move(onConflict);
}

core::Status ChangeCodingMemo::setValue(const QString &memo)
{
    core::Project &project = document()->project();
    qint64 version = m_version;
    if (!isFirstWrite()) {
        const auto now = project.coding(objectId());
        if (now && now->memo != expected()) {
            const QString message = QCoreApplication::translate(
                "Undo Commands", "The memo of this coding was changed in another window or program since; it was "
                                 "not overwritten.");
            if (m_onConflict)
                m_onConflict(message, memo);
            return core::makeConflict(message);
        }
        version = now ? now->version : 0;
    }
    core::Status st = project.updateCodingMemo(objectId(), memo, version);
    if (!st && st.errorKind() == core::ErrorKind::Conflict && m_onConflict)
        m_onConflict(st.error(), memo);
    return st;
}

} // namespace dyad::ui
