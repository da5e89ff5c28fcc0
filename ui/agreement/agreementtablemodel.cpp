#include "agreementtablemodel.h"

#include "core/agreement/agreementformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>
#include <limits>

namespace dyad::ui {

using namespace core::agreement;

namespace {

// Undefined figures are NaN here; the dashboard's proxy sorts them last in either order.
QVariant sortNumber(double v)
{
    return std::isfinite(v) ? v : std::numeric_limits<double>::quiet_NaN();
}

enum SegmentColumn { MatchedCol = AgreementTableModel::CodeColumn + 1, AOnlyCol, BOnlyCol, ScoreCol, SegmentColumnCount };
enum UnitizingColumn { AlphaUCol = AgreementTableModel::CodeColumn + 1, ObservedDCol, ExpectedDCol, UnitizingColumnCount };

} // namespace

AgreementTableModel::AgreementTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgreementTableModel::setResult(std::shared_ptr<const ProjectAgreement> result, int pairIndex, Unit unit)
{
    beginResetModel();
    m_result = std::move(result);
    m_pair = pairIndex;
    m_unit = unit;
    m_rows.clear();
    if (m_result && pairIndex >= 0 && size_t(pairIndex) < m_result->report.pairs.size()) {
        const PairReport &p = m_result->report.pairs[size_t(pairIndex)];
        for (const ScopeResult &s : p.codes)
            m_rows.push_back(&s);
        for (const ScopeResult &s : p.themes)
            m_rows.push_back(&s);
        m_rows.push_back(&p.pooled);
    }
    endResetModel();
}

const ScopeResult *AgreementTableModel::scopeAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)] : nullptr;
}

int AgreementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (m_unit == Unit::Segment)
        return SegmentColumnCount;
    if (m_unit == Unit::Unitizing)
        return UnitizingColumnCount;
    return TableColumnCount;
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (isTableUnit(m_unit)) {
            switch (section) {
            case ACol: return tr("a: both reviewers coded it");
            case BCol: return tr("b: only reviewer A coded it");
            case CCol: return tr("c: only reviewer B coded it");
            case DCol: return tr("d: neither coded it");
            case ObservedCol: return tr("Percent agreement (as a proportion)");
            case KappaCol: return tr("Cohen's kappa");
            case CiCol: return tr("95% confidence interval of kappa (Fleiss, Cohen & Everitt 1969)");
            case Ac1Col: return tr("Gwet's AC1: stable when prevalence is skewed");
            case PabakCol: return tr("Prevalence- and bias-adjusted kappa");
            case AlphaCol: return tr("Krippendorff's alpha (nominal)");
            case BandCol: return tr("Landis & Koch band of kappa (a convention, not a test)");
            case FlagCol: return tr("Kappa paradox: high agreement but low kappa; read AC1 and PABAK");
            default: break;
            }
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == ScopeColumn)
        return tr("Scope");
    if (section == CodeColumn)
        return tr("Code");
    if (m_unit == Unit::Segment) {
        switch (section) {
        case MatchedCol: return tr("Matched");
        case AOnlyCol: return tr("A only");
        case BOnlyCol: return tr("B only");
        case ScoreCol: return tr("F1");
        default: return {};
        }
    }
    if (m_unit == Unit::Unitizing) {
        switch (section) {
        case AlphaUCol: return tr("αU");
        case ObservedDCol: return tr("Dₒ");
        case ExpectedDCol: return tr("Dₑ");
        default: return {};
        }
    }
    switch (section) {
    case ACol: return QStringLiteral("a");
    case BCol: return QStringLiteral("b");
    case CCol: return QStringLiteral("c");
    case DCol: return QStringLiteral("d");
    case ObservedCol: return tr("pₒ");
    case KappaCol: return tr("κ");
    case CiCol: return tr("95% CI");
    case Ac1Col: return tr("AC1");
    case PabakCol: return tr("PABAK");
    case AlphaCol: return tr("α");
    case BandCol: return tr("Band");
    case FlagCol: return tr("Flag");
    default: return {};
    }
}

QVariant AgreementTableModel::tableCell(const Figures &f, int column, int role) const
{
    const bool sort = role == SortRole;
    auto number = [&](double v) -> QVariant { return sort ? sortNumber(v) : QVariant(formatFigure(v)); };
    auto count = [&](std::int64_t v) -> QVariant { return sort ? QVariant(double(v)) : QVariant(QString::number(v)); };
    switch (column) {
    case ACol: return count(f.counts.a);
    case BCol: return count(f.counts.b);
    case CCol: return count(f.counts.c);
    case DCol: return count(f.counts.d);
    case ObservedCol: return number(f.observed);
    case KappaCol: return number(f.kappa);
    case CiCol:
        if (sort)
            return sortNumber(f.kappaLow);
        return std::isfinite(f.kappa) ? QStringLiteral("%1 – %2").arg(formatFigure(f.kappaLow), formatFigure(f.kappaHigh))
                                      : QString();
    case Ac1Col: return number(f.ac1);
    case PabakCol: return number(f.pabak);
    case AlphaCol: return number(f.alpha);
    case BandCol: return landisKochLabel(f.band);
    case FlagCol:
        if (f.paradox)
            return tr("paradox");
        if (const QString who = onlyOne(f); !who.isEmpty())
            return tr("only %1").arg(who);
        return QString();
    default: return {};
    }
}

QString AgreementTableModel::onlyOne(const Figures &f) const
{
    // A code only one reviewer applied: κ ≤ 0 there is disagreement, not the paradox.
    const bool aUsed = f.counts.a + f.counts.b > 0, bUsed = f.counts.a + f.counts.c > 0;
    if (aUsed == bUsed || !m_result || m_pair < 0 || size_t(m_pair) >= m_result->report.pairs.size())
        return {};
    const PairReport &p = m_result->report.pairs[size_t(m_pair)];
    return m_result->report.reviewers.value(aUsed ? p.reviewerA : p.reviewerB);
}

QVariant AgreementTableModel::data(const QModelIndex &index, int role) const
{
    const ScopeResult *s = scopeAt(index.row());
    if (!s || !m_result)
        return {};
    const int col = index.column();
    if (role == ScopeKeyRole)
        return s->kind == ScopeKind::Pooled ? QString() : s->key;
    if (role == ScopeKindRole)
        return scopeName(s->kind);
    if (role == Qt::TextAlignmentRole)
        return col >= ACol ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::FontRole && s->kind == ScopeKind::Pooled) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    const Figures f = figures(*s, m_unit);
    if (role == Qt::ToolTipRole) {
        if (isTableUnit(m_unit) && f.paradox)
            return tr("High observed agreement (%1) with a low kappa (%2): prevalence index %3, bias index %4. "
                      "AC1 %5 and PABAK %6 are less affected.")
                .arg(formatFigure(f.observed), formatFigure(f.kappa), formatFigure(f.prevalenceIndex),
                     formatFigure(f.biasIndex), formatFigure(f.ac1), formatFigure(f.pabak));
        if (isTableUnit(m_unit))
            if (const QString who = onlyOne(f); !who.isEmpty())
                return tr("Only %1 applied this code: the reviewers disagree wherever it was used (not the kappa "
                          "paradox).")
                    .arg(who);
        return {};
    }
    if (role == Qt::ForegroundRole && isTableUnit(m_unit) && col == FlagCol && f.paradox)
        return QBrush(QColor(0xb0, 0x60, 0x00));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    if (col == ScopeColumn)
        return role == SortRole ? QVariant(int(s->kind)) : QVariant(scopeName(s->kind));
    if (col == CodeColumn) {
        if (s->kind == ScopeKind::Pooled)
            return tr("(all codes pooled)");
        return m_result->job.codePaths.value(s->key, s->name);
    }
    if (isTableUnit(m_unit))
        return tableCell(f, col, role);
    const bool sort = role == SortRole;
    if (m_unit == Unit::Segment) {
        switch (col) {
        case MatchedCol: return sort ? QVariant(double(f.segments.matched)) : QVariant(QString::number(f.segments.matched));
        case AOnlyCol: return sort ? QVariant(double(f.segments.aOnly)) : QVariant(QString::number(f.segments.aOnly));
        case BOnlyCol: return sort ? QVariant(double(f.segments.bOnly)) : QVariant(QString::number(f.segments.bOnly));
        case ScoreCol: return sort ? sortNumber(f.segmentScore) : QVariant(formatFigure(f.segmentScore));
        default: return {};
        }
    }
    switch (col) {
    case AlphaUCol: return sort ? sortNumber(s->unitizing.alpha) : QVariant(formatFigure(s->unitizing.alpha));
    case ObservedDCol:
        return sort ? sortNumber(s->unitizing.observedDisagreement) : QVariant(formatFigure(s->unitizing.observedDisagreement, 5));
    case ExpectedDCol:
        return sort ? sortNumber(s->unitizing.expectedDisagreement) : QVariant(formatFigure(s->unitizing.expectedDisagreement, 5));
    default: return {};
    }
}

} // namespace dyad::ui
