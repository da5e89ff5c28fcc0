#pragma once

#include "ui/commands/changevalue.h"

#include <functional>

namespace dyad::core {
struct Coding;
}

namespace dyad::ui {

/**
 * Sets a coding's memo. Typing merges into one step per coding.
 *
 * With a version (Coding::version as the editor showed it), the first write is refused when
 * the coding changed meanwhile in another window or process; `onConflict` then gets core's
 * message (what changed, who, when) and the text that was not saved. Undo and redo write only
 * over the memo this command left (or found), at the version read just before.
 */
class ChangeCodingMemo : public ChangeValue<core::Coding, QString>
{
public:
    using Conflict = std::function<void(const QString &message, const QString &text)>;

    ChangeCodingMemo(Document *document, const QUuid &codingId, QString before, QString after,
                     QUndoCommand *parent = nullptr);
    ChangeCodingMemo(Document *document, const QUuid &codingId, QString before, QString after, qint64 version,
                     Conflict onConflict, QUndoCommand *parent = nullptr);

private:
    core::Status setValue(const QString &memo) override;

    qint64 m_version = 0; ///< for the first write: the version the editor showed (0: unchecked)
    Conflict m_onConflict;
};

} // namespace dyad::ui
