#include "ui/commands/changecodingspan.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"
#include "ui/commands/undocommands.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeCodingSpan::ChangeCodingSpan(Document *document, const QUuid &codingId, core::Span before, core::Span after,
                                   QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Adjust Coding Boundaries"), parent)
    , m_document(document)
    , m_codingId(codingId)
    , m_before(before)
    , m_after(after)
{
    if (const auto coding = document->project().coding(codingId))
        setText(QCoreApplication::translate("Undo Commands", "Adjust %1 on %2")
                    .arg(codeNameForHistory(document->project(), coding->codeId),
                         recordTitleForHistory(document->project(), coding->recordId)));
}

bool ChangeCodingSpan::apply(core::Span span)
{
    const core::Status st = m_document->project().updateCodingSpan(m_codingId, span);
    if (!st)
        m_document->reportError(st.error());
    return st.ok();
}

void ChangeCodingSpan::undo()
{
    apply(m_before);
}

void ChangeCodingSpan::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

int ChangeCodingSpan::id() const
{
    return ChangeCodingSpanId;
}

bool ChangeCodingSpan::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeCodingSpan *>(other);
    if (o->m_codingId != m_codingId)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace dyad::ui
