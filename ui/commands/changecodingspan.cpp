#include "ui/commands/changecodingspan.h"

#include "ui/commands/commandtext.h"
#include "ui/commands/undocommands.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeCodingSpan::ChangeCodingSpan(Document *document, const QUuid &codingId, core::Span before, core::Span after,
                                   QUndoCommand *parent)
    : ChangeValue(document, codingId, before, after, ChangeCodingSpanId,
                  QCoreApplication::translate("Undo Commands", "Adjust Coding Boundaries"), parent)
{
    if (const auto coding = document->project().coding(codingId))
        setText(QCoreApplication::translate("Undo Commands", "Adjust %1 on %2")
                    .arg(codeNameForHistory(document->project(), coding->codeId),
                         recordTitleForHistory(document->project(), coding->recordId)));
}

core::Status ChangeCodingSpan::setValue(const core::Span &span)
{
    return document()->project().updateCodingSpan(objectId(), span);
}

} // namespace dyad::ui
