#include "ui/document.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTimer>
#include <QUndoStack>

namespace dyad::ui {

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
    m_undoStack->push(command);
}

void Document::reportError(const QString &message)
{
    emit error(message);
}

bool Document::checkExternalChanges()
{
    return m_project->refreshIfChangedElsewhere();
}

} // namespace dyad::ui
