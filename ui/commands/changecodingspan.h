#pragma once

#include "core/model/types.h"

#include <QUndoCommand>

namespace dyad::ui {

class Document;

/** Moves a coding's boundaries. Successive nudges of one coding merge into one step. */
class ChangeCodingSpan : public QUndoCommand
{
public:
    ChangeCodingSpan(Document *document, const QUuid &codingId, core::Span before, core::Span after,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(core::Span span);

    Document *m_document;
    QUuid m_codingId;
    core::Span m_before;
    core::Span m_after;
};

} // namespace dyad::ui
