#pragma once

#include "core/model/project.h"

#include <QObject>
#include <QUuid>

#include <memory>

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
     */
    void push(QUndoCommand *command);

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

private:
    std::unique_ptr<core::Project> m_project;
    QUndoStack *m_undoStack;
    QUuid m_reviewerId;
    int m_listener = 0;
    QTimer *m_externalCheck;
};

} // namespace dyad::ui

Q_DECLARE_METATYPE(dyad::core::ChangeEvent)
