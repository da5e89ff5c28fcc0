#include "ui/commands/changerecordstatus.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeRecordStatus::ChangeRecordStatus(Document *document, const QUuid &roundId, const QUuid &recordId,
                                       core::RecordStatus status, QUndoCommand *parent)
    : QUndoCommand(status == core::RecordStatus::Done
                       ? QCoreApplication::translate("Undo Commands", "Mark Record Done")
                       : QCoreApplication::translate("Undo Commands", "Change Record Status"),
                   parent)
    , m_document(document)
    , m_roundId(roundId)
    , m_recordId(recordId)
    , m_reviewerId(document->reviewerId())
    , m_after(status)
{
    if (auto s = document->project().recordStatus(roundId, recordId, m_reviewerId))
        m_before = *s;
    if (status == core::RecordStatus::Done)
        setText(QCoreApplication::translate("Undo Commands", "Mark %1 Done")
                    .arg(recordTitleForHistory(document->project(), recordId)));
}

bool ChangeRecordStatus::apply(core::RecordStatus status)
{
    const core::Status st = m_document->project().setRecordStatus(m_roundId, m_recordId, m_reviewerId, status);
    if (!st)
        m_document->reportError(st.error());
    return st.ok();
}

void ChangeRecordStatus::undo()
{
    apply(m_before);
}

void ChangeRecordStatus::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

} // namespace dyad::ui
