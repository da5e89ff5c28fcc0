#pragma once

#include "core/model/types.h"

#include <QUndoCommand>

namespace dyad::ui {

class Document;

/** Creates a code; redo after undo restores it with the same id, colour and order. */
class CreateCode : public QUndoCommand
{
public:
    CreateCode(Document *document, core::Code code, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    const core::Code &code() const { return m_code; }

private:
    Document *m_document;
    core::Code m_code;
    bool m_created = false;
};

} // namespace dyad::ui
