#include "ui/commands/changecodingmemo.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"
#include "ui/commands/undocommands.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeCodingMemo::ChangeCodingMemo(Document *document, const QUuid &codingId, QString before, QString after,
                                   QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Change Coding Memo"), parent)
    , m_document(document)
    , m_codingId(codingId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (const auto coding = document->project().coding(codingId))
        setText(QCoreApplication::translate("Undo Commands", "Memo on %1 in %2")
                    .arg(codeNameForHistory(document->project(), coding->codeId),
                         recordTitleForHistory(document->project(), coding->recordId)));
}

bool ChangeCodingMemo::apply(const QString &memo)
{
    const core::Status st = m_document->project().updateCodingMemo(m_codingId, memo);
    if (!st)
        m_document->reportError(st.error());
    return st.ok();
}

void ChangeCodingMemo::undo()
{
    apply(m_before);
}

void ChangeCodingMemo::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

int ChangeCodingMemo::id() const
{
    return ChangeCodingMemoId;
}

bool ChangeCodingMemo::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeCodingMemo *>(other);
    if (o->m_codingId != m_codingId)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace dyad::ui
