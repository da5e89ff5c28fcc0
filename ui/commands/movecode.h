#pragma once

#include <QUndoCommand>
#include <QUuid>

#include <optional>

namespace dyad::ui {

class Document;

/** Moves a code under another parent (null: top level), optionally to a position. */
class MoveCode : public QUndoCommand
{
public:
    MoveCode(Document *document, const QUuid &codeId, const QUuid &newParentId, std::optional<int> sortOrder,
             QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    QUuid m_codeId;
    QUuid m_oldParent;
    int m_oldOrder = 0;
    QUuid m_newParent;
    std::optional<int> m_newOrder;
};

} // namespace dyad::ui
