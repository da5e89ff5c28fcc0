#pragma once

#include <QUndoCommand>
#include <QUuid>

namespace dyad::ui {

class Document;

/** Changes a code's colour ("#rrggbb"). */
class ChangeCodeColor : public QUndoCommand
{
public:
    ChangeCodeColor(Document *document, const QUuid &codeId, QString newColor, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    bool apply(const QString &color);

    Document *m_document;
    QUuid m_codeId;
    QString m_before;
    QString m_after;
};

} // namespace dyad::ui
