#pragma once

#include "ui/commands/changevalue.h"

namespace dyad::core {
struct Coding;
}

namespace dyad::ui {

/** Sets a coding's memo. Typing merges into one step per coding. */
class ChangeCodingMemo : public ChangeValue<core::Coding, QString>
{
public:
    ChangeCodingMemo(Document *document, const QUuid &codingId, QString before, QString after,
                     QUndoCommand *parent = nullptr);

private:
    core::Status setValue(const QString &memo) override;
};

} // namespace dyad::ui
