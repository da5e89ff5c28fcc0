#pragma once

#include <QDockWidget>
#include <QUuid>

class QLabel;
class QPlainTextEdit;

namespace dyad::ui {

class Document;

/**
 * The current reviewer's memo on the record shown in the workbench (why it was excluded, what
 * to ask the team, …). Each editing session (until the field loses focus or another record is
 * shown) is one undo step; undo and redo show up here at once.
 */
class RecordMemoDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RecordMemoDock(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setRecord(const QUuid &recordId);
    QPlainTextEdit *editor() const { return m_edit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void edited();

    Document *m_document = nullptr;
    QUuid m_record;
    QLabel *m_hint;
    QPlainTextEdit *m_edit;
    int m_session = 0;
    bool m_updating = false;
};

} // namespace dyad::ui
