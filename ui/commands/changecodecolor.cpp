#include "ui/commands/changecodecolor.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

ChangeCodeColor::ChangeCodeColor(Document *document, const QUuid &codeId, QString newColor, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Undo Commands", "Change Code Colour"), parent)
    , m_document(document)
    , m_codeId(codeId)
    , m_after(std::move(newColor))
{
    if (auto c = document->project().code(codeId))
        m_before = c->color;
    setText(QCoreApplication::translate("Undo Commands", "Change Colour of %1")
                .arg(codeNameForHistory(document->project(), codeId)));
}

bool ChangeCodeColor::apply(const QString &color)
{
    auto c = m_document->project().code(m_codeId);
    if (!c) {
        m_document->reportError(QCoreApplication::translate("Undo Commands", "The code no longer exists."));
        return false;
    }
    c->color = color;
    const core::Status st = m_document->project().updateCode(*c);
    if (!st)
        m_document->reportError(st.error());
    return st.ok();
}

void ChangeCodeColor::undo()
{
    apply(m_before);
}

void ChangeCodeColor::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

} // namespace dyad::ui
