#include "ui/commands/changerecordstatus.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeRecordStatus::ChangeRecordStatus(Document *document, const QUuid &roundId, const QUuid &recordId,
                                       core::RecordStatus status, QUndoCommand *parent)
    : ChangeValue(document, recordId, core::RecordStatus::NotStarted, status, -1,
                  status == core::RecordStatus::Done
                      ? QCoreApplication::translate("Undo Commands", "Mark Record Done")
                      : QCoreApplication::translate("Undo Commands", "Change Record Status"),
                  parent)
    , m_roundId(roundId)
    , m_reviewerId(document->reviewerId())
{
    if (auto s = document->project().recordStatus(roundId, recordId, m_reviewerId))
        setBefore(*s);
    if (status == core::RecordStatus::Done)
        setText(QCoreApplication::translate("Undo Commands", "Mark %1 Done")
                    .arg(recordTitleForHistory(document->project(), recordId)));
}

core::Status ChangeRecordStatus::setValue(const core::RecordStatus &status)
{
    return document()->project().setRecordStatus(m_roundId, objectId(), m_reviewerId, status);
}

} // namespace dyad::ui
