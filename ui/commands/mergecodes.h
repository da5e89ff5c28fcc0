#pragma once

#include "core/model/project.h"

#include <QUndoCommand>

#include <map>

namespace dyad::ui {

class Document;

/**
 * Merges one code into another. Undo restores the source code with its id, gives its
 * codings back, re-adds the duplicates the merge dropped and puts back the target's memos.
 */
class MergeCodes : public QUndoCommand
{
public:
    MergeCodes(Document *document, const QUuid &sourceId, const QUuid &targetId, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    Document *m_document;
    QUuid m_sourceId;
    QUuid m_targetId;
    core::MergeResult m_result;
    std::map<QUuid, QString> m_targetMemos; // target codings' memos before the merge
};

} // namespace dyad::ui
