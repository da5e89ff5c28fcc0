#pragma once

#include "ui/commands/changecodetext.h"

namespace dyad::ui {

/** Changes a code's colour ("#rrggbb"). Each choice of colour is its own step. */
class ChangeCodeColor : public ChangeCodeText
{
public:
    ChangeCodeColor(Document *document, const QUuid &codeId, QString newColor, QUndoCommand *parent = nullptr);
};

} // namespace dyad::ui
