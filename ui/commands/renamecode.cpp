#include "ui/commands/renamecode.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"
#include "ui/commands/undocommands.h"

#include <QCoreApplication>

namespace dyad::ui {

RenameCode::RenameCode(Document *document, const QUuid &codeId, QString newName, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Rename Code"), parent)
    , m_document(document)
    , m_codeId(codeId)
    , m_after(std::move(newName))
{
    if (auto c = document->project().code(codeId))
        m_before = c->name;
    setText(QCoreApplication::translate("Undo Commands", "Rename %1 to %2").arg(m_before, m_after));
}

bool RenameCode::apply(const QString &name)
{
    auto c = m_document->project().code(m_codeId);
    if (!c) {
        m_document->reportError(QCoreApplication::translate("Undo Commands", "The code no longer exists."));
        return false;
    }
    c->name = name;
    const core::Status st = m_document->project().updateCode(*c);
    if (!st)
        m_document->reportError(st.error());
    return st.ok();
}

void RenameCode::undo()
{
    apply(m_before);
}

void RenameCode::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

int RenameCode::id() const
{
    return RenameCodeId;
}

bool RenameCode::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const RenameCode *>(other);
    if (o->m_codeId != m_codeId)
        return false;
    m_after = o->m_after;
    setText(QCoreApplication::translate("Undo Commands", "Rename %1 to %2").arg(m_before, m_after));
    setObsolete(m_after == m_before);
    return true;
}

} // namespace dyad::ui
