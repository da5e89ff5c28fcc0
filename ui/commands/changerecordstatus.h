#pragma once

#include "core/model/types.h"

#include <QUndoCommand>

namespace dyad::ui {

class Document;

/** Sets the current reviewer's status of a record in a round (e.g. "Mark record done"). */
class ChangeRecordStatus : public QUndoCommand
{
public:
    ChangeRecordStatus(Document *document, const QUuid &roundId, const QUuid &recordId, core::RecordStatus status,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    bool apply(core::RecordStatus status);

    Document *m_document;
    QUuid m_roundId;
    QUuid m_recordId;
    QUuid m_reviewerId;
    core::RecordStatus m_before = core::RecordStatus::NotStarted;
    core::RecordStatus m_after;
};

} // namespace dyad::ui
