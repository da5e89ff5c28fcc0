#pragma once

#include "ui/commands/changevalue.h"

#include <functional>

namespace dyad::core {
struct Record;
}

namespace dyad::ui {

/**
 * Sets the current reviewer's memo on a record. Typing in one editing session (until the memo
 * field loses focus or shows another record) merges into one undo step.
 *
 * The first write carries the memo's row version as the window showed it, so a memo changed
 * meanwhile by another window or process is not overwritten: the write is refused and
 * `onConflict` gets core's message (who changed it, when) and the text that was not saved.
 * Undo and redo write only over the text this command left (or found), at the version read
 * just before, and are refused the same way when someone changed the memo since.
 */
class ChangeRecordMemo : public ChangeValue<core::Record, QString>
{
public:
    /** After each write that went through: the memo's new version and text. */
    using Written = std::function<void(qint64 version, const QString &text)>;
    /** After a write refused as a conflict: the message and the text that was not saved. */
    using Conflict = std::function<void(const QString &message, const QString &text)>;

    ChangeRecordMemo(Document *document, const QUuid &recordId, QString before, QString after, int session,
                     qint64 version, Written onWritten = {}, Conflict onConflict = {}, QUndoCommand *parent = nullptr);

    QUuid recordId() const { return objectId(); }
private:
    core::Status setValue(const QString &memo) override;
    bool sameValue(const ChangeValue &other) const override;

    int m_session;
    qint64 m_version; ///< for the first write: the version the window showed
    Written m_onWritten;
    Conflict m_onConflict;
};

} // namespace dyad::ui
