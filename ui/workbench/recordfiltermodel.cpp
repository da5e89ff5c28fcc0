#include "ui/workbench/recordfiltermodel.h"

#include "ui/document.h"
#include "ui/workbench/recordlistmodel.h"

#include "core/text/searchhits.h"

#include <algorithm>

namespace dyad::ui {

RecordFilterModel::RecordFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false); // locale-aware comparison is much slower on 100,000 titles
    // Re-filtering as counts change would pull the record being coded out from under the
    // reviewer (e.g. with "Uncoded" on); filters apply when the reviewer changes them.
    setDynamicSortFilter(false);
}

void RecordFilterModel::setDocument(Document *document)
{
    m_document = document;
    m_round = QUuid();
    m_roundRecords.clear();
    m_status.reset();
    m_coded = Coded::Any;
    m_searching = false;
    m_hits.clear();
    invalidateFilter();
}

void RecordFilterModel::setRecordModel(RecordListModel *model)
{
    m_records = model;
    setSourceModel(model);
}

void RecordFilterModel::setRound(const QUuid &roundId)
{
    m_round = roundId;
    m_roundRecords.clear();
    if (m_document && !roundId.isNull())
        for (const core::Assignment &a : m_document->project().assignments(roundId, std::nullopt, std::nullopt))
            m_roundRecords.insert(a.recordId);
    invalidateFilter();
}

void RecordFilterModel::setStatus(std::optional<core::RecordStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void RecordFilterModel::setCoded(Coded coded)
{
    m_coded = coded;
    invalidateFilter();
}

bool RecordFilterModel::setSearch(const QString &query, QString *error)
{
    m_hits.clear();
    m_searching = !query.trimmed().isEmpty() && m_document;
    bool ok = true;
    if (m_searching) {
        // Every word is a prefix, so the list narrows while the reviewer types ("depress"
        // finds "depression"); quoted text stays one phrase. The document view marks the
        // same hits (core::text::searchHitSpans).
        QStringList words;
        for (const QString &unit : core::text::searchUnits(query)) {
            if (unit.contains(QLatin1Char(' ')))
                words << QLatin1Char('"') + unit + QLatin1Char('"');
            else
                words << unit + QLatin1Char('*');
        }
        auto hits = m_document->project().search(words.join(QLatin1Char(' ')), 1000000);
        if (hits) {
            for (const core::SearchHit &h : hits.value())
                m_hits.insert(h.recordId);
        } else {
            ok = false;
            if (error)
                *error = hits.error();
        }
    }
    invalidateFilter();
    return ok;
}

bool RecordFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_records)
        return true;
    const QUuid id = m_records->recordId(sourceRow);
    if (!m_round.isNull() && !m_roundRecords.contains(id))
        return false;
    if (m_searching && !m_hits.contains(id))
        return false;
    if (m_status && m_records->status(sourceRow) != m_status)
        return false;
    if (m_coded != Coded::Any && (m_records->codingCount(sourceRow) > 0) != (m_coded == Coded::Coded))
        return false;
    return true;
}

} // namespace dyad::ui
