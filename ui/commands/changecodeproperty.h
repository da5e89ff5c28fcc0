#pragma once

#include "ui/commands/changevalue.h"

namespace dyad::ui {

/**
 * Changes one text property of a code (definition, examples, memo). The inspector pushes one
 * per editing session; consecutive sessions on the same field merge into one undo step.
 */
class ChangeCodeProperty : public ChangeValue<core::Code, QString>
{
public:
    enum class Property { Definition, UseWhen, DoNotUseWhen, Example, Memo };

    ChangeCodeProperty(Document *document, const QUuid &codeId, Property property, QString value,
                       QUndoCommand *parent = nullptr);

private:
    core::Status setValue(const QString &value) override;
    bool sameValue(const ChangeValue &other) const override;

    Property m_property;
};

} // namespace dyad::ui
