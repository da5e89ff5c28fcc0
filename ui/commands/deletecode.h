#pragma once

#include "core/model/types.h"

#include <QUndoCommand>

namespace dyad::ui {

class Document;

/** Deletes an unused code (core refuses codes with codings or sub-codes). */
class DeleteCode : public QUndoCommand
{
public:
    DeleteCode(Document *document, const QUuid &codeId, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    core::Code m_code;
};

} // namespace dyad::ui
