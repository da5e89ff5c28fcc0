#pragma once

#include <QLabel>
#include <QPointer>

namespace dyad::ui {

class Document;

/**
 * A status-bar note shown while the open team project has lost its server, or while changes
 * made meanwhile wait to be sent: says that Dyad connects again by itself and how many
 * changes are not saved yet. A click lists them in words. Hidden for files and while
 * connected with nothing waiting. When the server is back, the status bar says so.
 */
class TeamStatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit TeamStatusLabel(QWidget *parent = nullptr);
    void setDocument(Document *document);
    /** Shows the changes not saved yet (what a click on the note does). */
    void showUnsavedChanges();
    /** Names the waiting changes the server refused when they were sent, with its reasons. */
    void showRefusedChanges(const QStringList &changes);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void update();

    QPointer<Document> m_document;
};

/**
 * Before the window closes or opens another project while changes wait for the team server:
 * asks whether to keep waiting (returns false, nothing closes), to keep the codings in a
 * file the next session offers to send, or to discard them (both return true). True at
 * once when nothing waits.
 */
bool confirmUnsavedTeamChanges(QWidget *parent, Document *document);

/** After opening a team project: offers to send the changes an earlier session kept in a file. */
void offerKeptTeamChanges(QWidget *parent, Document *document);

} // namespace dyad::ui
