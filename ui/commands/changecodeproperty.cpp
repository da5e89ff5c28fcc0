#include "ui/commands/changecodeproperty.h"

#include "ui/commands/commandtext.h"
#include "ui/document.h"
#include "ui/commands/undocommands.h"

#include <QCoreApplication>

namespace dyad::ui {

namespace {

QString core::Code::*propertyField(ChangeCodeProperty::Property property)
{
    switch (property) {
    case ChangeCodeProperty::Property::Definition:
        return &core::Code::definition;
    case ChangeCodeProperty::Property::UseWhen:
        return &core::Code::useWhen;
    case ChangeCodeProperty::Property::DoNotUseWhen:
        return &core::Code::doNotUseWhen;
    case ChangeCodeProperty::Property::Example:
        return &core::Code::example;
    case ChangeCodeProperty::Property::Memo:
        break;
    }
    return &core::Code::memo;
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
                                       std::optional<QString> shown, QUndoCommand *parent)
    : ChangeCodeText(document, codeId, propertyField(property), std::move(value), std::move(shown), ChangeCodePropertyId,
                     commandText(property), parent)
    , m_property(property)
{
    setText(QCoreApplication::translate("Undo Commands", "%1 of %2")
                .arg(commandText(property), codeNameForHistory(document->project(), codeId)));
}

QString core::Code::*ChangeCodeProperty::fieldOf(Property property)
{
    return propertyField(property);
}

bool ChangeCodeProperty::sameValue(const ChangeValue &other) const
{
    return static_cast<const ChangeCodeProperty &>(other).m_property == m_property;
}

} // namespace dyad::ui
