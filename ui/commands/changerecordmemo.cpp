#include "ui/commands/changerecordmemo.h"

#include "ui/document.h"
#include "ui/commands/undocommands.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeRecordMemo::ChangeRecordMemo(Document *document, const QUuid &recordId, QString before, QString after,
                                   int session, QUndoCommand *parent)
    : ChangeValue(document, recordId, std::move(before), std::move(after), ChangeRecordMemoId,
                  QCoreApplication::translate("Undo Commands", "Change Record Memo"), parent)
    , m_session(session)
{
}

core::Status ChangeRecordMemo::setValue(const QString &memo)
{
    return document()->project().setRecordMemo(objectId(), memo);
}

bool ChangeRecordMemo::sameValue(const ChangeValue &other) const
{
    return static_cast<const ChangeRecordMemo &>(other).m_session == m_session;
}

} // namespace dyad::ui
