#include "ui/commands/changecodecolor.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeCodeColor::ChangeCodeColor(Document *document, const QUuid &codeId, QString newColor, QUndoCommand *parent)
    : ChangeCodeText(document, codeId, &core::Code::color, std::move(newColor), std::nullopt, -1,
                     QCoreApplication::translate("Undo Commands", "Change Code Colour"), parent)
{
    setText(QCoreApplication::translate("Undo Commands", "Change Colour of %1")
                .arg(codeNameForHistory(document->project(), codeId)));
}

} // namespace dyad::ui
