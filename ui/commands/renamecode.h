#pragma once

#include "ui/commands/changevalue.h"

namespace dyad::ui {

/** Renames a code; successive renames of one code merge. */
class RenameCode : public ChangeValue<core::Code, QString>
{
public:
    RenameCode(Document *document, const QUuid &codeId, QString newName, QUndoCommand *parent = nullptr);

private:
    core::Status setValue(const QString &name) override;
    void valueMerged() override;
};

} // namespace dyad::ui
