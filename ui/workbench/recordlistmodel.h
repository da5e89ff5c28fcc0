#pragma once

#include "core/model/store.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace dyad::core {
struct ChangeEvent;
}

namespace dyad::ui {

class Document;

/**
 * Every record of the project as one row: title, year, first author, the current
 * reviewer's status and number of codings. Built from the light summaries (one query, no
 * texts), with statuses and counts in two more grouped queries, so 100,000 rows load in
 * well under a second; data() only formats what is already in memory.
 */
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, YearColumn, AuthorColumn, StatusColumn, CodingsColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1, SortRole, StatusRole, CodingCountRole };

    explicit RecordListModel(QObject *parent = nullptr);

    void setDocument(Document *document);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QUuid &recordId, int column = 0) const;
    QUuid recordId(int row) const { return m_rows[static_cast<size_t>(row)].id; }
    const core::RecordSummary &summary(int row) const { return m_rows[static_cast<size_t>(row)]; }
    /** Status in the current round; nullopt when the record is not assigned to the reviewer. */
    std::optional<core::RecordStatus> status(int row) const;
    int codingCount(int row) const { return m_counts.value(recordId(row)); }

    static QString statusText(std::optional<core::RecordStatus> status);

    /** Whether the Codings column is still being counted (off the GUI thread, on a file). */
    bool countsPending() const { return m_countsPending; }

signals:
    /** The Codings column was (re)counted from the project. */
    void countsChanged();

private:
    void documentChanged(const core::ChangeEvent &event);
    void reload();
    /**
     * Reads the list again and changes only what differs: edited rows in place, new records
     * appended, so the current row and the scroll position stay (a full reload otherwise).
     */
    void refreshRows();
    /**
     * Whether the audit log shows a change to records (added, edited, new text) since the
     * last look: another program's coding or decision leaves the rows as they are.
     */
    bool recordsChangedElsewhere();
    void reloadStatuses();
    void reloadCounts();
    void emitColumnChanged(int column);
    void refreshRow(const QUuid &recordId);
    void addToCount(const QUuid &recordId, int delta);

    Document *m_document = nullptr;
    std::vector<core::RecordSummary> m_rows;
    qint64 m_auditSeen = 0;         ///< newest audit entry the rows are known to reflect
    QHash<QUuid, int> m_rowOf;
    QHash<QUuid, core::RecordStatus> m_status;
    QHash<QUuid, int> m_counts;
    QUuid m_countsReviewer; // whose codings m_counts counts
    quint64 m_countGeneration = 0;
    bool m_countsPending = false;
    bool m_countsStale = false;
};

} // namespace dyad::ui
