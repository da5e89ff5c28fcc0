#pragma once

#include "core/model/types.h"
#include "ui/commands/changevalue.h"

namespace dyad::ui {

/** Sets the current reviewer's status of a record in a round (e.g. "Mark record done"). */
class ChangeRecordStatus : public ChangeValue<core::Record, core::RecordStatus>
{
public:
    ChangeRecordStatus(Document *document, const QUuid &roundId, const QUuid &recordId, core::RecordStatus status,
                       QUndoCommand *parent = nullptr);

private:
    core::Status setValue(const core::RecordStatus &status) override;

    QUuid m_roundId;
    QUuid m_reviewerId;
};

} // namespace dyad::ui
