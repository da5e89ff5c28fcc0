#include "ui/study/progressmodel.h"

#include "ui/document.h"

#include <QBrush>
#include <QColor>
#include <QTimer>

namespace dyad::ui {

namespace {

void count(core::RoundProgress::Counts &counts, core::WorkState state, int delta)
{
    switch (state) {
    case core::WorkState::ToDo:
        counts.toDo += delta;
        break;
    case core::WorkState::InProgress:
        counts.inProgress += delta;
        break;
    case core::WorkState::Done:
        counts.done += delta;
        break;
    }
}

} // namespace

ProgressModel::ProgressModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProgressModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_round = QUuid();
    if (m_document)
        connect(m_document, &Document::changed, this, &ProgressModel::documentChanged);
    reload();
}

void ProgressModel::setRound(const QUuid &roundId)
{
    if (roundId == m_round)
        return;
    m_round = roundId;
    reload();
}

QString ProgressModel::stateText(core::WorkState state)
{
    switch (state) {
    case core::WorkState::ToDo:
        return tr("to do");
    case core::WorkState::InProgress:
        return tr("in progress");
    case core::WorkState::Done:
        return tr("done");
    }
    return {};
}

void ProgressModel::documentChanged(const core::ChangeEvent &event)
{
    using Kind = core::ChangeEvent::Kind;
    switch (event.kind) {
    case Kind::CodingAdded:
    case Kind::CodingChanged:
    case Kind::CodingRemoved:
        if (!event.recordId.isNull())
            refreshRecord(event.recordId);
        else
            scheduleReload();
        break;
    case Kind::AssignmentChanged:
        // One record's status (a reviewer marked it done), or a new batch of assignments.
        if (!event.recordId.isNull() && m_rowOf.contains(event.recordId))
            refreshRecord(event.recordId);
        else
            scheduleReload();
        break;
    case Kind::RoundChanged:
    case Kind::ReviewerAdded:
    case Kind::RecordsAdded:
    case Kind::RecordChanged:
    case Kind::Reset:
        scheduleReload();
        break;
    case Kind::CodeAdded:
    case Kind::CodeChanged:
    case Kind::CodeRemoved:
        break;
    }
}

void ProgressModel::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void ProgressModel::reload()
{
    beginResetModel();
    m_progress = {};
    m_rowOf.clear();
    m_titles.clear();
    m_names.clear();
    m_counts.clear();
    if (m_document && !m_round.isNull()) {
        const core::Project &project = m_document->project();
        m_progress = core::roundProgress(project, m_round);
        for (const core::Reviewer &r : project.reviewers())
            m_names.insert(r.id, r.name);
        QHash<QUuid, QString> titles;
        for (const core::RecordSummary &r : project.recordSummaries())
            titles.insert(r.id, r.title);
        for (size_t i = 0; i < m_progress.records.size(); ++i) {
            const QUuid &id = m_progress.records[i];
            m_rowOf.insert(id, static_cast<int>(i));
            m_titles.insert(id, titles.value(id));
        }
        for (const auto &perReviewer : std::as_const(m_progress.state))
            for (auto it = perReviewer.cbegin(); it != perReviewer.cend(); ++it)
                count(m_counts[it.key()], it.value(), +1);
    }
    endResetModel();
    emit progressChanged();
}

void ProgressModel::refreshRecord(const QUuid &recordId)
{
    const auto row = m_rowOf.constFind(recordId);
    if (row == m_rowOf.cend() || !m_document)
        return;
    QHash<QUuid, core::WorkState> &states = m_progress.state[recordId];
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        count(m_counts[it.key()], it.value(), -1);
    states = core::recordProgress(m_document->project(), m_round, recordId);
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        count(m_counts[it.key()], it.value(), +1);
    emit dataChanged(index(*row, 0), index(*row, columnCount() - 1));
    emit progressChanged();
}

QUuid ProgressModel::recordId(int row) const
{
    return row >= 0 && row < rowCount() ? m_progress.records[static_cast<size_t>(row)] : QUuid();
}

QUuid ProgressModel::reviewerId(int column) const
{
    return column >= 1 && column < columnCount() ? m_progress.reviewers[static_cast<size_t>(column - 1)] : QUuid();
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_progress.records.size());
}

int ProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + static_cast<int>(m_progress.reviewers.size());
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QUuid record = recordId(index.row());
    if (role == RecordIdRole)
        return record;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return m_titles.value(record);
        if (role == Qt::ToolTipRole) {
            const auto counts = m_progress.forRecord(record);
            return tr("%1\nDone by %2 of %3 reviewers")
                .arg(m_titles.value(record))
                .arg(counts.done)
                .arg(counts.total());
        }
        return {};
    }
    const QUuid reviewer = reviewerId(index.column());
    const auto states = m_progress.state.value(record);
    const auto state = states.constFind(reviewer);
    if (state == states.cend())
        return role == Qt::DisplayRole ? tr("not assigned") : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return stateText(*state);
    case StateRole:
        return static_cast<int>(*state);
    case Qt::BackgroundRole:
        // Soft tints that stay readable in the light and the dark colour scheme.
        if (*state == core::WorkState::Done)
            return QBrush(QColor(60, 180, 75, 70));
        if (*state == core::WorkState::InProgress)
            return QBrush(QColor(245, 130, 48, 70));
        return {};
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(m_names.value(reviewer), stateText(*state));
    default:
        return {};
    }
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Record");
    return m_names.value(reviewerId(section));
}

} // namespace dyad::ui
