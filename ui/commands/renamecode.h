#pragma once

#include "ui/commands/changecodetext.h"

namespace dyad::ui {

/** Renames a code; successive renames of one code merge. */
class RenameCode : public ChangeCodeText
{
public:
    /** `shown`: the name the editor showed when editing began (see ChangeCodeText). */
    RenameCode(Document *document, const QUuid &codeId, QString newName, std::optional<QString> shown = std::nullopt,
               QUndoCommand *parent = nullptr);

private:
    void valueMerged() override;
};

} // namespace dyad::ui
