#include "ui/commands/changerecordmemo.h"

#include "ui/document.h"
#include "ui/commands/undocommands.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeRecordMemo::ChangeRecordMemo(Document *document, const QUuid &recordId, QString before, QString after,
                                   int session, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Change Record Memo"), parent)
    , m_document(document)
    , m_recordId(recordId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_session(session)
{
}

bool ChangeRecordMemo::apply(const QString &memo)
{
    const core::Status st = m_document->project().setRecordMemo(m_recordId, memo);
    if (!st)
        m_document->reportError(st.error());
    return st.ok();
}

void ChangeRecordMemo::undo()
{
    apply(m_before);
}

void ChangeRecordMemo::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

int ChangeRecordMemo::id() const
{
    return ChangeRecordMemoId;
}

bool ChangeRecordMemo::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeRecordMemo *>(other);
    if (o->m_recordId != m_recordId || o->m_session != m_session)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace dyad::ui
