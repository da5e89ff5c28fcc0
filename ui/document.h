#pragma once

#include "core/model/project.h"

#include <QObject>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <vector>

class QTimer;
class QUndoCommand;
class QUndoStack;

namespace dyad::ui {

/**
 * One open project in the workbench: owns the core::Project and the QUndoStack, knows who
 * is working (the reviewer, who is also core's actor and the viewer for every blinded read)
 * and relays core's change notifications as one Qt signal.
 *
 * Widgets and models read through project() and write only by pushing undo commands.
 */
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(std::unique_ptr<core::Project> project, QObject *parent = nullptr);
    ~Document() override;

    core::Project &project() { return *m_project; }
    const core::Project &project() const { return *m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString fileName() const;
    QString displayName() const;

    /** The reviewer working in this window (actor for writes, viewer for reads). */
    QUuid reviewerId() const { return m_reviewerId; }
    std::optional<core::Reviewer> reviewer() const;
    void setReviewer(const QUuid &reviewerId);

    /** The round the status bar shows: the latest round not yet closed, if any. */
    std::optional<core::Round> currentRound() const;

    /** Whether there are edits since the project was opened (or since setClean()). */
    bool isModified() const;

    /**
     * Pushes a command. Commands write at once through core; when the first redo fails the
     * command marks itself obsolete, the stack drops it and error() has been emitted.
     *
     * While a team project's server cannot be reached (and while earlier such changes wait),
     * the command is not run: it waits in the queue of unsaved changes and is sent, in order
     * and each in its own transaction, once the connection is back (docs/team.md).
     */
    void push(QUndoCommand *command);

    /** Whether the team server was found unreachable and not yet reached again. */
    bool isOffline() const { return m_offline; }
    /** The changes waiting for the server, oldest first, in words. */
    QStringList unsavedChanges() const;
    /** The waiting changes themselves, oldest first (to keep them in a file, see UnsentChanges). */
    std::vector<const QUndoCommand *> unsavedCommands() const;
    /** Drops the waiting changes (the user chose to discard them, or they were kept in a file). */
    void discardUnsavedChanges();

    /** Called by commands when core refuses an edit. */
    void reportError(const QString &message);

    /**
     * Looks whether another process (dyad-cli, another window) has written the project and,
     * if so, makes every view reload. Runs every second and when the application becomes
     * active again; returns whether there was something new.
     */
    bool checkExternalChanges();

signals:
    void changed(const dyad::core::ChangeEvent &event);
    /** Before the reviewer changes: views finish edits in progress, as the reviewer who made them. */
    void reviewerAboutToChange();
    void reviewerChanged(const QUuid &reviewerId);
    void modifiedChanged(bool modified);
    void error(const QString &message);
    /** The team server was found gone (false) or reached again (true). */
    void connectionChanged(bool online);
    /** The number of changes waiting for the server changed. */
    void unsavedChangesChanged(int count);
    /**
     * Waiting changes the server refused when they were sent (each "what — why"); they were
     * dropped from the queue, the others went through.
     */
    void unsavedChangesRefused(const QStringList &changes);

private:
    struct Unsaved
    {
        std::unique_ptr<QUndoCommand> command;
        QString description;
    };

    void watchConnection();
    void tryReconnect();
    void continueReconnect();
    void reconnected();
    void sendUnsavedChanges();

    std::unique_ptr<core::Project> m_project;
    QUndoStack *m_undoStack;
    QUuid m_reviewerId;
    int m_listener = 0;
    QTimer *m_externalCheck;

    bool m_offline = false;
    int m_reconnectAttempts = 0;
    QTimer *m_reconnectDelay;
    QTimer *m_reconnectPoll;
    qint64 m_reconnectStarted = 0;
    std::vector<Unsaved> m_unsaved;
    /** While a waiting change is sent: its errors are collected, not shown one by one. */
    QStringList *m_collectErrors = nullptr;
};

} // namespace dyad::ui

Q_DECLARE_METATYPE(dyad::core::ChangeEvent)
