#pragma once

#include <QUndoCommand>
#include <QUuid>

namespace dyad::ui {

class Document;

/**
 * Sets the current reviewer's memo on a record. Typing in one editing session (until the memo
 * field loses focus or shows another record) merges into one undo step.
 */
class ChangeRecordMemo : public QUndoCommand
{
public:
    ChangeRecordMemo(Document *document, const QUuid &recordId, QString before, QString after, int session,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    QUuid recordId() const { return m_recordId; }

private:
    bool apply(const QString &memo);

    Document *m_document;
    QUuid m_recordId;
    QString m_before;
    QString m_after;
    int m_session;
};

} // namespace dyad::ui
