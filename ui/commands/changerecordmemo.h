#pragma once

#include "ui/commands/changevalue.h"

namespace dyad::core {
struct Record;
}

namespace dyad::ui {

/**
 * Sets the current reviewer's memo on a record. Typing in one editing session (until the memo
 * field loses focus or shows another record) merges into one undo step.
 */
class ChangeRecordMemo : public ChangeValue<core::Record, QString>
{
public:
    ChangeRecordMemo(Document *document, const QUuid &recordId, QString before, QString after, int session,
                     QUndoCommand *parent = nullptr);

    QUuid recordId() const { return objectId(); }

private:
    core::Status setValue(const QString &memo) override;
    bool sameValue(const ChangeValue &other) const override;

    int m_session;
};

} // namespace dyad::ui
