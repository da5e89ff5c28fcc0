#pragma once

#include "core/model/types.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QUuid>

#include <optional>

namespace dyad::ui {

class Document;
class RecordListModel;

/** Filters the record list by round, status, coded/uncoded and full-text search. */
class RecordFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Coded { Any, Coded, Uncoded };

    explicit RecordFilterModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    void setRecordModel(RecordListModel *model);

    void setRound(const QUuid &roundId);            ///< null: every record
    void setStatus(std::optional<core::RecordStatus> status);
    void setCoded(Coded coded);
    /** Runs Project::search (English or Chinese); an empty query shows everything. */
    bool setSearch(const QString &query, QString *error = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Document *m_document = nullptr;
    RecordListModel *m_records = nullptr;
    QUuid m_round;
    QSet<QUuid> m_roundRecords;
    std::optional<core::RecordStatus> m_status;
    Coded m_coded = Coded::Any;
    bool m_searching = false;
    QSet<QUuid> m_hits;
};

} // namespace dyad::ui
