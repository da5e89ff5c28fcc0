#pragma once

#include <QUndoCommand>
#include <QUuid>

namespace dyad::ui {

class Document;

/** Renames a code; successive renames of one code merge. */
class RenameCode : public QUndoCommand
{
public:
    RenameCode(Document *document, const QUuid &codeId, QString newName, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const QString &name);

    Document *m_document;
    QUuid m_codeId;
    QString m_before;
    QString m_after;
};

} // namespace dyad::ui
