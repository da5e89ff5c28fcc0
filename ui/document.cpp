#include "ui/document.h"

#include "ui/commands/commandtext.h"

#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <array>

namespace dyad::ui {

namespace {

/** Waits between attempts to reach the team server again: 1 s, 2 s, 5 s, then every 10 s. */
constexpr std::array<int, 4> kReconnectDelaysMs{1000, 2000, 5000, 10000};
/** An attempt that has not connected by then is given up (a network that drops packets). */
constexpr qint64 kReconnectTimeoutMs = 10000;

/**
 * A change sent after the server came back: it has been done already, so the first redo the
 * stack asks for is skipped; undo and redo then work as for any other change.
 */
class SentChange : public QUndoCommand
{
public:
    explicit SentChange(std::unique_ptr<QUndoCommand> change)
        : QUndoCommand(change->text())
        , m_change(std::move(change))
    {
    }
    void undo() override { m_change->undo(); }
    void redo() override
    {
        if (std::exchange(m_done, false))
            return;
        m_change->redo();
    }

private:
    std::unique_ptr<QUndoCommand> m_change;
    bool m_done = true;
};

} // namespace

Document::Document(std::unique_ptr<core::Project> project, QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_undoStack(new QUndoStack(this))
{
    qRegisterMetaType<core::ChangeEvent>();
    m_listener = m_project->addListener([this](const core::ChangeEvent &event) { emit changed(event); });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });

    // dyad-cli or a second window may write the same file while this one is open.
    m_externalCheck = new QTimer(this);
    m_externalCheck->setInterval(1000);
    connect(m_externalCheck, &QTimer::timeout, this, &Document::checkExternalChanges);
    m_externalCheck->start();
    // A team server that went away is tried again while the window is idle, without waiting
    // for an answer in the event loop: the attempt is started, then polled.
    connect(m_externalCheck, &QTimer::timeout, this, &Document::watchConnection);
    m_reconnectDelay = new QTimer(this);
    m_reconnectDelay->setSingleShot(true);
    connect(m_reconnectDelay, &QTimer::timeout, this, &Document::tryReconnect);
    m_reconnectPoll = new QTimer(this);
    m_reconnectPoll->setInterval(50);
    connect(m_reconnectPoll, &QTimer::timeout, this, &Document::continueReconnect);
    if (qGuiApp)
        connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationActive)
                checkExternalChanges();
        });
}

Document::~Document()
{
    // Commands refer to the project; drop them before it goes.
    m_undoStack->clear();
    m_unsaved.clear();
    m_project->removeListener(m_listener);
}

QString Document::fileName() const
{
    return m_project->path();
}

QString Document::displayName() const
{
    const QString title = m_project->title();
    if (!title.isEmpty())
        return title;
    const QString path = fileName();
    return path.isEmpty() || path == QLatin1String(":memory:") ? tr("Untitled") : QFileInfo(path).fileName();
}

std::optional<core::Reviewer> Document::reviewer() const
{
    return m_project->reviewer(m_reviewerId);
}

void Document::setReviewer(const QUuid &reviewerId)
{
    if (m_reviewerId == reviewerId)
        return;
    emit reviewerAboutToChange();
    m_reviewerId = reviewerId;
    m_project->setActor(reviewerId);
    // Undoing another reviewer's edits under a new identity would be refused by core anyway.
    m_undoStack->clear();
    emit reviewerChanged(reviewerId);
}

std::optional<core::Round> Document::currentRound() const
{
    std::optional<core::Round> current;
    for (const core::Round &r : m_project->rounds())
        if (r.phase != core::RoundPhase::Closed)
            current = r;
    return current;
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::push(QUndoCommand *command)
{
    // Once one change waits, later ones wait behind it, so they reach the server in order.
    if (!m_unsaved.empty() || m_offline || m_project->isOffline()) {
        const QStringList words = describeUnsavedChange(*command, *m_project);
        m_unsaved.push_back({std::unique_ptr<QUndoCommand>(command), words.join(QLatin1Char('\n'))});
        watchConnection();
        emit unsavedChangesChanged(static_cast<int>(m_unsaved.size()));
        return;
    }
    m_undoStack->push(command);
}

void Document::reportError(const QString &message)
{
    if (m_collectErrors) {
        m_collectErrors->append(message);
        return;
    }
    emit error(message);
}

QStringList Document::unsavedChanges() const
{
    QStringList out;
    for (const Unsaved &u : m_unsaved)
        out << u.description;
    return out;
}

std::vector<const QUndoCommand *> Document::unsavedCommands() const
{
    std::vector<const QUndoCommand *> out;
    for (const Unsaved &u : m_unsaved)
        out.push_back(u.command.get());
    return out;
}

void Document::discardUnsavedChanges()
{
    if (m_unsaved.empty())
        return;
    m_unsaved.clear();
    emit unsavedChangesChanged(0);
}

void Document::watchConnection()
{
    if (m_reconnectPoll->isActive())
        return; // an attempt is under way
    const bool offline = m_project->isOffline();
    if (offline && !m_offline) {
        m_offline = true;
        m_reconnectAttempts = 0;
        emit connectionChanged(false);
        m_reconnectDelay->start(kReconnectDelaysMs.front());
    } else if (!offline && m_offline) {
        reconnected(); // a change or a read connected again on its own
    } else if (!offline && !m_unsaved.empty()) {
        sendUnsavedChanges();
    }
}

void Document::tryReconnect()
{
    if (!m_offline)
        return;
    if (!m_project->isOffline()) {
        reconnected();
        return;
    }
    if (m_project->startReconnect()) {
        m_reconnectStarted = QDateTime::currentMSecsSinceEpoch();
        m_reconnectPoll->start();
        return;
    }
    ++m_reconnectAttempts;
    m_reconnectDelay->start(kReconnectDelaysMs[std::min<size_t>(m_reconnectAttempts, kReconnectDelaysMs.size() - 1)]);
}

void Document::continueReconnect()
{
    const core::ReconnectStep step = m_project->continueReconnect();
    if (step == core::ReconnectStep::Connected) {
        m_reconnectPoll->stop();
        reconnected();
        return;
    }
    if (step == core::ReconnectStep::Waiting
        && QDateTime::currentMSecsSinceEpoch() - m_reconnectStarted < kReconnectTimeoutMs)
        return;
    // Failed or too slow: the next attempt starts afresh.
    m_reconnectPoll->stop();
    ++m_reconnectAttempts;
    m_reconnectDelay->start(kReconnectDelaysMs[std::min<size_t>(m_reconnectAttempts, kReconnectDelaysMs.size() - 1)]);
}

void Document::reconnected()
{
    m_offline = false;
    m_reconnectDelay->stop();
    m_reconnectAttempts = 0;
    emit connectionChanged(true);
    sendUnsavedChanges();
    // Notices sent while away were missed: the next look for others' changes (within a
    // second) reloads, so what they changed meanwhile appears.
}

void Document::sendUnsavedChanges()
{
    QStringList refused;
    const size_t before = m_unsaved.size();
    while (!m_unsaved.empty() && !m_project->isOffline()) {
        Unsaved &next = m_unsaved.front();
        QStringList errors;
        m_collectErrors = &errors;
        next.command->setObsolete(false); // a try cut short by a lost connection may have set it
        next.command->redo(); // one change, one transaction, as when it was made
        m_collectErrors = nullptr;
        if (!errors.isEmpty() && m_project->isOffline())
            break; // gone again: it waits, with the ones after it
        std::unique_ptr<QUndoCommand> command = std::move(next.command);
        const QString description = next.description;
        m_unsaved.erase(m_unsaved.begin());
        if (!errors.isEmpty())
            refused << tr("%1 — %2").arg(description, errors.join(QLatin1Char(' ')));
        else if (!command->isObsolete())
            m_undoStack->push(new SentChange(std::move(command)));
    }
    if (m_unsaved.size() != before)
        emit unsavedChangesChanged(static_cast<int>(m_unsaved.size()));
    if (!refused.isEmpty())
        emit unsavedChangesRefused(refused);
}

bool Document::checkExternalChanges()
{
    return m_project->refreshIfChangedElsewhere();
}

} // namespace dyad::ui
