#pragma once

#include <QUndoCommand>
#include <QUuid>

namespace dyad::ui {

class Document;

/** Sets a coding's memo. Typing merges into one step per coding. */
class ChangeCodingMemo : public QUndoCommand
{
public:
    ChangeCodingMemo(Document *document, const QUuid &codingId, QString before, QString after,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const QString &memo);

    Document *m_document;
    QUuid m_codingId;
    QString m_before;
    QString m_after;
};

} // namespace dyad::ui
