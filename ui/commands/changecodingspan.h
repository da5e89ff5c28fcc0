#pragma once

#include "core/model/types.h"
#include "ui/commands/changevalue.h"

namespace dyad::ui {

/** Moves a coding's boundaries. Successive nudges of one coding merge into one step. */
class ChangeCodingSpan : public ChangeValue<core::Coding, core::Span>
{
public:
    ChangeCodingSpan(Document *document, const QUuid &codingId, core::Span before, core::Span after,
                     QUndoCommand *parent = nullptr);

private:
    core::Status setValue(const core::Span &span) override;
};

} // namespace dyad::ui
