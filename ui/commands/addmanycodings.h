#pragma once

#include "core/model/types.h"

#include <QUndoCommand>

#include <vector>

namespace dyad::ui {

class Document;

/**
 * Adds thousands of codings as one step (Code All Search Hits): one transaction and one
 * change event each way, where AddCodings writes and announces every coding by itself. Ids,
 * times and rounds survive undo and redo unchanged.
 */
class AddManyCodings : public QUndoCommand
{
public:
    /** Codings without ids get one now, so that redo restores the same identity. */
    AddManyCodings(Document *document, std::vector<core::Coding> codings, const QString &text,
                   QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

    const std::vector<core::Coding> &codings() const { return m_codings; }

private:
    Document *m_document;
    std::vector<core::Coding> m_codings;
    bool m_firstRedo = true;
};

} // namespace dyad::ui
