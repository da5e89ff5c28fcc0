#pragma once

#include "ui/commands/changecodetext.h"

namespace dyad::ui {

/**
 * Changes one text property of a code (definition, examples, memo). The inspector pushes one
 * per editing session; consecutive sessions on the same field merge into one undo step.
 */
class ChangeCodeProperty : public ChangeCodeText
{
public:
    enum class Property { Definition, UseWhen, DoNotUseWhen, Example, Memo };

    /** `shown`: what the field showed when typing began (see ChangeCodeText). */
    ChangeCodeProperty(Document *document, const QUuid &codeId, Property property, QString value,
                       std::optional<QString> shown = std::nullopt, QUndoCommand *parent = nullptr);

    /** The field of core::Code a property is stored in. */
    static QString core::Code::*fieldOf(Property property);

private:
    bool sameValue(const ChangeValue &other) const override;

    Property m_property;
};

} // namespace dyad::ui
