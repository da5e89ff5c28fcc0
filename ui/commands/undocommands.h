#pragma once

// Ids for QUndoCommand::id(): commands with the same id may merge (mergeWith).
namespace dyad::ui {

enum UndoCommandId {
    ChangeCodingSpanId = 1,
    ChangeCodingMemoId,
    RenameCodeId,
    ChangeCodePropertyId,
    ChangeRecordMemoId,
};

} // namespace dyad::ui
