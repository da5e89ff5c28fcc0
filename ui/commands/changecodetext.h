#pragma once

#include "ui/commands/changevalue.h"

#include <functional>
#include <optional>

namespace dyad::ui {

/**
 * Changes one text field of a code (name, colour, definition, examples, memo) and writes it
 * only over the value it expects to find, so no edit made meanwhile in another window, program
 * or by another reviewer on a team server is overwritten:
 * - the first redo expects what the editor showed when editing began (`shown`), or the value
 *   read when the command was made;
 * - undo expects the value the command wrote, and a later redo the value it found.
 *
 * Core checks and writes in one transaction (Project::updateCode with the code as shown). A
 * refused first write leaves the command obsolete (not in the history) and hands core's
 * message and the text that was not saved to `onConflict`.
 */
class ChangeCodeText : public ChangeValue<core::Code, QString>
{
public:
    using Conflict = std::function<void(const QString &message, const QString &text)>;

    /** Where a refusal of the first write is reported (besides the document's error). */
    void setConflictHandler(Conflict onConflict) { m_onConflict = std::move(onConflict); }

protected:
    ChangeCodeText(Document *document, const QUuid &codeId, QString core::Code::*field, QString after,
                   std::optional<QString> shown, int mergeId, const QString &text, QUndoCommand *parent);

    QString core::Code::*field() const { return m_field; }

private:
    core::Status setValue(const QString &value) override;

    QString core::Code::*m_field;
    Conflict m_onConflict;
};

} // namespace dyad::ui
