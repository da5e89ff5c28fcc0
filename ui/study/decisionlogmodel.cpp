#include "ui/study/decisionlogmodel.h"

#include "core/model/project.h"
#include "core/reconcile/decisionlog.h"
#include "core/reconcile/decisionstore.h"
#include "ui/document.h"

#include <QJsonObject>
#include <QLocale>
#include <QPalette>
#include <QTimer>

namespace dyad::ui {

using core::reconcile::Decision;
using core::reconcile::Outcome;

DecisionLogModel::DecisionLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void DecisionLogModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::changed, this, &DecisionLogModel::documentChanged);
    reload();
}

void DecisionLogModel::setIncludeUndone(bool include)
{
    if (include == m_includeUndone)
        return;
    m_includeUndone = include;
    reload();
}

void DecisionLogModel::documentChanged(const core::ChangeEvent &event)
{
    using Kind = core::ChangeEvent::Kind;
    switch (event.kind) {
    case Kind::CodingAdded:
    case Kind::CodingChanged:
    case Kind::CodingRemoved:
    case Kind::CodeChanged:
    case Kind::CodeRemoved:
    case Kind::RecordChanged:
    case Kind::RoundChanged:
    case Kind::Reset:
        // A decision writes Consensus codings; undoing one removes them. One reread per burst.
        if (!m_reloadPending) {
            m_reloadPending = true;
            QTimer::singleShot(0, this, [this] {
                m_reloadPending = false;
                reload();
            });
        }
        break;
    case Kind::RecordsAdded:
    case Kind::ReviewerAdded:
    case Kind::CodeAdded:
    case Kind::AssignmentChanged:
        break;
    }
}

void DecisionLogModel::reload()
{
    beginResetModel();
    m_decisions.clear();
    m_stale.clear();
    m_reviewers.clear();
    m_rounds.clear();
    m_titles.clear();
    m_error.clear();
    if (m_document) {
        core::Project &project = m_document->project();
        auto store = core::reconcile::openDecisionStore(project);
        if (!store) {
            m_error = store.error();
        } else {
            core::reconcile::DecisionQuery query;
            query.includeUndone = m_includeUndone;
            m_decisions = (*store)->decisions(query);
            m_stale = core::reconcile::staleDecisionIds(project, **store, m_decisions);
        }
        for (const core::Reviewer &r : project.reviewers())
            m_reviewers.insert(r.id, r.name);
        for (const core::Round &r : project.rounds())
            m_rounds.insert(r.id, r.name);
        for (const core::RecordSummary &r : project.recordSummaries())
            m_titles.insert(r.id, r.title);
    }
    endResetModel();
}

QString DecisionLogModel::text(const Decision &d, int column) const
{
    switch (column) {
    case WhenColumn:
        return QLocale().toString(d.decidedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case DecidedByColumn:
        return m_reviewers.value(d.decidedBy);
    case RoundColumn:
        return d.roundId.isNull() ? tr("(no round)") : m_rounds.value(d.roundId);
    case RecordColumn:
        return m_titles.value(d.recordId, tr("(record removed)"));
    case ReviewersColumn:
        return tr("%1 / %2").arg(m_reviewers.value(d.reviewerA), m_reviewers.value(d.reviewerB));
    case KindColumn:
        return core::reconcile::kindLabel(d.kind);
    case OutcomeColumn:
        switch (d.outcome) {
        case Outcome::AcceptA:
            return tr("Accept %1").arg(m_reviewers.value(d.reviewerA));
        case Outcome::AcceptB:
            return tr("Accept %1").arg(m_reviewers.value(d.reviewerB));
        case Outcome::AcceptBoth:
            return tr("Accept both");
        case Outcome::AcceptNeither:
            return tr("Accept neither");
        case Outcome::EditedSpan:
            return tr("Edited span");
        case Outcome::CodesMerged:
            return tr("Codes merged");
        }
        return {};
    case CodesColumn: {
        QStringList before, after;
        for (const QJsonValue &v : d.before) {
            const QString name = v.toObject().value(QStringLiteral("codeName")).toString();
            if (!before.contains(name))
                before << name;
        }
        for (const core::reconcile::ConsensusCoding &c : d.after)
            if (!after.contains(c.codeName))
                after << c.codeName;
        return tr("%1 → %2").arg(before.join(QStringLiteral(", ")),
                                 after.isEmpty() ? tr("(nothing)") : after.join(QStringLiteral(", ")));
    }
    case RationaleColumn:
        return d.rationale;
    case StatusColumn:
        if (d.isUndone())
            return tr("undone by %1").arg(m_reviewers.value(d.undoneBy));
        return m_stale.contains(d.id) ? tr("stale (codings changed since)") : tr("active");
    default:
        return {};
    }
}

int DecisionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_decisions.size());
}

int DecisionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Decision &d = m_decisions[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(d, index.column());
    case Qt::ToolTipRole:
        if (index.column() == RationaleColumn || index.column() == RecordColumn || index.column() == CodesColumn)
            return text(d, index.column());
        if (index.column() == WhenColumn)
            return d.decidedAt.toUTC().toString(Qt::ISODate);
        return {};
    case Qt::ForegroundRole:
        if (d.isUndone())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case DecisionIdRole:
        return d.id;
    case RecordIdRole:
        return d.recordId;
    case RoundIdRole:
        return d.roundId;
    default:
        return {};
    }
}

QVariant DecisionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case DecidedByColumn:
        return tr("Decided by");
    case RoundColumn:
        return tr("Round");
    case RecordColumn:
        return tr("Record");
    case ReviewersColumn:
        return tr("Reviewers");
    case KindColumn:
        return tr("Disagreement");
    case OutcomeColumn:
        return tr("Outcome");
    case CodesColumn:
        return tr("Codes (before → after)");
    case RationaleColumn:
        return tr("Rationale");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace dyad::ui
