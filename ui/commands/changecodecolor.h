#pragma once

#include "ui/commands/changevalue.h"

namespace dyad::ui {

/** Changes a code's colour ("#rrggbb"). Each choice of colour is its own step. */
class ChangeCodeColor : public ChangeValue<core::Code, QString>
{
public:
    ChangeCodeColor(Document *document, const QUuid &codeId, QString newColor, QUndoCommand *parent = nullptr);

private:
    core::Status setValue(const QString &color) override;
};

} // namespace dyad::ui
