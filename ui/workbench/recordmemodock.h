#pragma once

#include <QDockWidget>
#include <QUuid>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dyad::ui {

class Document;

/**
 * The current reviewer's memo on the record shown in the workbench (why it was excluded, what
 * to ask the team, …). Each editing session (until the field loses focus or another record is
 * shown) is one undo step; undo and redo show up here at once.
 *
 * Every write names the memo's version as shown here. When another window or process changed
 * the memo meanwhile, nothing is written: a bar says who changed it and when, the text typed
 * here stays in the editor to copy, and the user picks "Use Theirs" or "Keep Mine".
 */
class RecordMemoDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RecordMemoDock(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setRecord(const QUuid &recordId);
    QPlainTextEdit *editor() const { return m_edit; }
    /** The conflict message, empty when there is none. */
    QString conflictMessage() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void edited();
    void write(const QString &before, const QString &after, qint64 version);
    void showConflict(const QString &message);
    void clearConflict();
    void useTheirs();
    void keepMine();

    Document *m_document = nullptr;
    QUuid m_record;
    QLabel *m_hint;
    QPlainTextEdit *m_edit;
    QWidget *m_conflictBar;
    QLabel *m_conflictLabel;
    QPushButton *m_useTheirs;
    QPushButton *m_keepMine;
    int m_session = 0;
    bool m_updating = false;
    QString m_saved;          ///< the memo as last read or written here
    qint64 m_version = 0;     ///< its row version (0: no memo)
    bool m_conflict = false;  ///< a write was refused: the editor holds unsaved text
};

} // namespace dyad::ui
