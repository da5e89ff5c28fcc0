#include "ui/workbench/recordlistmodel.h"

#include "ui/backgroundquery.h"
#include "ui/document.h"

#include <QColor>

namespace dyad::ui {

RecordListModel::RecordListModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecordListModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::changed, this, &RecordListModel::documentChanged);
        connect(m_document, &Document::reviewerChanged, this, [this] {
            reloadStatuses();
            reloadCounts();
            emitColumnChanged(StatusColumn);
            emitColumnChanged(CodingsColumn);
        });
    }
    reload();
}

void RecordListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    if (m_document) {
        m_auditSeen = m_document->project().lastAuditSeq(); // before the read: nothing slips
        m_rows = m_document->project().recordSummaries();
        m_rowOf.reserve(static_cast<qsizetype>(m_rows.size()));
        for (size_t i = 0; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows[i].id, static_cast<int>(i));
    }
    reloadStatuses();
    m_counts.clear();
    m_countsReviewer = QUuid();
    endResetModel();
    reloadCounts();
}

bool RecordListModel::recordsChangedElsewhere()
{
    if (!m_document)
        return false;
    // Every change to a record is audited in its own transaction (entity "record": added,
    // edited, new text); reading the log's tail costs what was written, not the project size.
    const core::Project &project = m_document->project();
    constexpr int kChunk = 2000;
    for (;;) {
        const std::vector<core::AuditEntry> entries = project.auditLog(m_auditSeen, kChunk);
        for (const core::AuditEntry &e : entries) {
            if (e.entityType == QLatin1String("record") && e.action != QLatin1String("record.memo")
                && e.action != QLatin1String("record.status"))
                return true; // refreshRows() sets m_auditSeen
            m_auditSeen = e.seq;
        }
        if (entries.size() < static_cast<size_t>(kChunk))
            return false;
    }
}

void RecordListModel::refreshRows()
{
    if (!m_document)
        return;
    m_auditSeen = m_document->project().lastAuditSeq(); // before the read: nothing slips
    std::vector<core::RecordSummary> now = m_document->project().recordSummaries();
    const size_t shown = m_rows.size();
    // Records are only ever appended (in import order); anything else needs the full reload.
    bool appended = now.size() >= shown;
    for (size_t i = 0; appended && i < shown; ++i)
        appended = now[i].id == m_rows[i].id;
    if (!appended) {
        reload();
        return;
    }
    auto same = [](const core::RecordSummary &x, const core::RecordSummary &y) {
        return x.title == y.title && x.firstAuthor == y.firstAuthor && x.year == y.year && x.journal == y.journal
            && x.language == y.language && x.doi == y.doi && x.pmid == y.pmid;
    };
    for (size_t i = 0; i < shown; ++i) {
        if (same(now[i], m_rows[i]))
            continue;
        m_rows[i] = std::move(now[i]);
        const int row = static_cast<int>(i);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (now.size() > shown) {
        beginInsertRows({}, static_cast<int>(shown), static_cast<int>(now.size()) - 1);
        for (size_t i = shown; i < now.size(); ++i) {
            m_rowOf.insert(now[i].id, static_cast<int>(i));
            m_rows.push_back(std::move(now[i]));
        }
        endInsertRows();
    }
}

void RecordListModel::reloadStatuses()
{
    m_status.clear();
    if (!m_document || m_document->reviewerId().isNull())
        return;
    const auto round = m_document->currentRound();
    if (!round)
        return;
    for (const core::Assignment &a : m_document->project().assignments(round->id, std::nullopt, m_document->reviewerId()))
        m_status.insert(a.recordId, a.status);
}

void RecordListModel::reloadCounts()
{
    // The counts shown stay until the recount arrives, unless they are another reviewer's.
    const QUuid viewer = m_document ? m_document->reviewerId() : QUuid();
    if (viewer.isNull() || viewer != m_countsReviewer)
        m_counts.clear();
    m_countsReviewer = viewer;
    const quint64 generation = ++m_countGeneration;
    m_countsStale = false;
    m_countsPending = false;
    if (!m_document || m_document->reviewerId().isNull())
        return;
    // One grouped query, off the GUI thread on a project file: the list (and the first
    // record) show at once, the Codings column fills in when the count arrives.
    m_countsPending = true;
    using Counts = QHash<QUuid, int>;
    auto count = [viewer](const core::Project &project) {
        Counts counts;
        for (const auto &[id, n] : project.codingCountsByRecord(viewer))
            counts.insert(id, n);
        return counts;
    };
    queryInBackground<Counts>(this, m_document->project(), count,
                              [this, generation, count](std::optional<Counts> counts) {
                                  if (generation != m_countGeneration || !m_document)
                                      return;
                                  if (!counts)
                                      counts = count(m_document->project());
                                  const bool stale = m_countsStale;
                                  m_counts = std::move(*counts);
                                  m_countsPending = false;
                                  emitColumnChanged(CodingsColumn);
                                  emit countsChanged();
                                  if (stale) // codings changed while counting: count again
                                      reloadCounts();
                              });
}

void RecordListModel::emitColumnChanged(int column)
{
    if (!m_rows.empty())
        emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

void RecordListModel::refreshRow(const QUuid &recordId)
{
    const auto it = m_rowOf.constFind(recordId);
    if (it == m_rowOf.cend() || !m_document)
        return;
    if (m_countsPending)
        m_countsStale = true;
    core::CodingQuery q;
    q.recordId = recordId;
    q.reviewerId = m_document->reviewerId();
    const int n = static_cast<int>(m_document->project().codingCount(q, m_document->reviewerId()));
    if (n)
        m_counts.insert(recordId, n);
    else
        m_counts.remove(recordId);
    if (const auto round = m_document->currentRound()) {
        if (auto s = m_document->project().recordStatus(round->id, recordId, m_document->reviewerId()))
            m_status.insert(recordId, *s);
    }
    emit dataChanged(index(*it, StatusColumn), index(*it, CodingsColumn));
}

void RecordListModel::addToCount(const QUuid &recordId, int delta)
{
    if (m_countsPending)
        m_countsStale = true;
    const auto it = m_rowOf.constFind(recordId);
    if (it == m_rowOf.cend())
        return;
    const int n = m_counts.value(recordId) + delta;
    if (n > 0)
        m_counts.insert(recordId, n);
    else
        m_counts.remove(recordId);
    emit dataChanged(index(*it, CodingsColumn), index(*it, CodingsColumn));
}

void RecordListModel::documentChanged(const core::ChangeEvent &event)
{
    using Kind = core::ChangeEvent::Kind;
    switch (event.kind) {
    case Kind::CodingAdded:
    case Kind::CodingRemoved:
        if (!event.reviewerId.isNull()) {
            // The event says whose coding it was: count by itself, no query.
            if (event.reviewerId == m_document->reviewerId())
                addToCount(event.recordId, event.kind == Kind::CodingAdded ? +1 : -1);
            break;
        }
        refreshRow(event.recordId);
        break;
    case Kind::CodingChanged:
        if (event.reviewerId.isNull())
            refreshRow(event.recordId);
        break;
    case Kind::AssignmentChanged:
        if (!event.recordId.isNull()) {
            refreshRow(event.recordId);
            break;
        }
        [[fallthrough]];
    case Kind::RoundChanged:
        reloadStatuses();
        emitColumnChanged(StatusColumn);
        break;
    case Kind::RecordsAdded:
    case Kind::Reset:
        // Reset: another process wrote the project (a re-import may have corrected a title
        // without adding a record); PRAGMA data_version does not say what: the audit log does.
        if (event.kind == Kind::RecordsAdded || recordsChangedElsewhere())
            refreshRows();
        reloadStatuses();
        reloadCounts();
        emitColumnChanged(StatusColumn);
        emitColumnChanged(CodingsColumn);
        break;
    case Kind::RecordChanged:
        if (const auto it = m_rowOf.constFind(event.id); it != m_rowOf.cend()) {
            if (const auto r = m_document->project().record(event.id)) {
                core::RecordSummary &s = m_rows[static_cast<size_t>(*it)];
                s.title = r->title;
                s.year = r->year;
                s.firstAuthor = r->authors.value(0);
                s.journal = r->journal;
                emit dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
            }
        }
        break;
    case Kind::CodeAdded:
    case Kind::CodeChanged:
    case Kind::CodeRemoved:
    case Kind::ReviewerAdded:
        break;
    }
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<core::RecordStatus> RecordListModel::status(int row) const
{
    const auto it = m_status.constFind(recordId(row));
    if (it == m_status.cend())
        return std::nullopt;
    return *it;
}

QString RecordListModel::statusText(std::optional<core::RecordStatus> status)
{
    if (!status)
        return tr("—");
    switch (*status) {
    case core::RecordStatus::NotStarted:
        return tr("To do");
    case core::RecordStatus::InProgress:
        return tr("In progress");
    case core::RecordStatus::Done:
        return tr("Done");
    }
    return {};
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::RecordSummary &s = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case RecordIdRole:
        return s.id;
    case StatusRole: {
        const auto st = status(index.row());
        return st ? QVariant(static_cast<int>(*st)) : QVariant();
    }
    case CodingCountRole:
        return codingCount(index.row());
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return s.title;
        case YearColumn:
            if (s.year)
                return *s.year;
            return role == SortRole ? QVariant(0) : QVariant();
        case AuthorColumn:
            return s.firstAuthor;
        case StatusColumn: {
            const auto st = status(index.row());
            if (role == SortRole)
                return st ? static_cast<int>(*st) : -1;
            return statusText(st);
        }
        case CodingsColumn:
            return codingCount(index.row());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QString tip = s.title.toHtmlEscaped();
            if (!s.journal.isEmpty())
                tip += QStringLiteral("<br><i>%1</i>").arg(s.journal.toHtmlEscaped());
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == YearColumn || index.column() == CodingsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && status(index.row()) == core::RecordStatus::Done)
            return QColor(0x2e, 0x9d, 0x57);
        return {};
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case YearColumn:
        return tr("Year");
    case AuthorColumn:
        return tr("First author");
    case StatusColumn:
        return tr("Status");
    case CodingsColumn:
        return tr("Codings");
    default:
        return {};
    }
}

QModelIndex RecordListModel::indexOf(const QUuid &recordId, int column) const
{
    const auto it = m_rowOf.constFind(recordId);
    return it == m_rowOf.cend() ? QModelIndex() : index(*it, column);
}

} // namespace dyad::ui
