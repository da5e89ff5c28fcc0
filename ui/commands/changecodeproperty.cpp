#include "ui/commands/changecodeproperty.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"
#include "ui/commands/undocommands.h"

#include <QCoreApplication>

namespace dyad::ui {

namespace {

QString &field(core::Code &code, ChangeCodeProperty::Property property)
{
    switch (property) {
    case ChangeCodeProperty::Property::Definition:
        return code.definition;
    case ChangeCodeProperty::Property::UseWhen:
        return code.useWhen;
    case ChangeCodeProperty::Property::DoNotUseWhen:
        return code.doNotUseWhen;
    case ChangeCodeProperty::Property::Example:
        return code.example;
    case ChangeCodeProperty::Property::Memo:
        break;
    }
    return code.memo;
}

QString commandText(ChangeCodeProperty::Property property)
{
    switch (property) {
    case ChangeCodeProperty::Property::Definition:
        return QCoreApplication::translate("Undo Commands", "Change Code Definition");
    case ChangeCodeProperty::Property::UseWhen:
        return QCoreApplication::translate("Undo Commands", "Change \"Use When\"");
    case ChangeCodeProperty::Property::DoNotUseWhen:
        return QCoreApplication::translate("Undo Commands", "Change \"Do Not Use When\"");
    case ChangeCodeProperty::Property::Example:
        return QCoreApplication::translate("Undo Commands", "Change Code Example");
    case ChangeCodeProperty::Property::Memo:
        break;
    }
    return QCoreApplication::translate("Undo Commands", "Change Code Memo");
}

} // namespace

ChangeCodeProperty::ChangeCodeProperty(Document *document, const QUuid &codeId, Property property, QString value,
                                       QUndoCommand *parent)
    : QUndoCommand(commandText(property), parent)
    , m_document(document)
    , m_codeId(codeId)
    , m_property(property)
    , m_after(std::move(value))
{
    if (auto c = document->project().code(codeId))
        m_before = field(*c, property);
    setText(QCoreApplication::translate("Undo Commands", "%1 of %2")
                .arg(commandText(property), codeNameForHistory(document->project(), codeId)));
}

bool ChangeCodeProperty::apply(const QString &value)
{
    auto c = m_document->project().code(m_codeId);
    if (!c) {
        m_document->reportError(QCoreApplication::translate("Undo Commands", "The code no longer exists."));
        return false;
    }
    field(*c, m_property) = value;
    const core::Status st = m_document->project().updateCode(*c);
    if (!st)
        m_document->reportError(st.error());
    return st.ok();
}

void ChangeCodeProperty::undo()
{
    apply(m_before);
}

void ChangeCodeProperty::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

int ChangeCodeProperty::id() const
{
    return ChangeCodePropertyId;
}

bool ChangeCodeProperty::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeCodeProperty *>(other);
    if (o->m_codeId != m_codeId || o->m_property != m_property)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace dyad::ui
