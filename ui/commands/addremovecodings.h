#pragma once

#include "core/model/types.h"

#include <QUndoCommand>

#include <vector>

namespace dyad::ui {

class Document;

/** Adds or removes codings; ids, times and rounds survive undo and redo unchanged. */
class AddRemoveCodings : public QUndoCommand
{
protected:
    AddRemoveCodings(Document *document, std::vector<core::Coding> codings, QUndoCommand *parent);

    bool addCodings();
    bool removeCodings();

public:
    const std::vector<core::Coding> &codings() const { return m_codings; }

protected:

    Document *m_document;
    std::vector<core::Coding> m_codings;
};

class AddCodings : public AddRemoveCodings
{
public:
    /** Codings without ids get one now, so that redo restores the same identity. */
    AddCodings(Document *document, std::vector<core::Coding> codings, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    bool m_firstRedo = true;
};

class RemoveCodings : public AddRemoveCodings
{
public:
    RemoveCodings(Document *document, std::vector<core::Coding> codings, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
};

} // namespace dyad::ui
