#pragma once

#include <QUndoCommand>
#include <QUuid>

namespace dyad::ui {

class Document;

/**
 * Changes one text property of a code (definition, examples, memo). The inspector pushes one
 * per editing session; consecutive sessions on the same field merge into one undo step.
 */
class ChangeCodeProperty : public QUndoCommand
{
public:
    enum class Property { Definition, UseWhen, DoNotUseWhen, Example, Memo };

    ChangeCodeProperty(Document *document, const QUuid &codeId, Property property, QString value,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    /** Whether the new value differs from the code's current one (nothing to do otherwise). */
    bool changesValue() const { return m_before != m_after; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const QString &value);

    Document *m_document;
    QUuid m_codeId;
    Property m_property;
    QString m_before;
    QString m_after;
};

} // namespace dyad::ui
