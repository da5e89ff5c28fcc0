#pragma once

#include "core/reconcile/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <vector>

namespace dyad::core {
struct ChangeEvent;
}

namespace dyad::ui {

class Document;

/**
 * The reconciliation decision log as a table a person reads: when, who decided, the round,
 * the record's title, the reviewer pair, the kind of disagreement, the outcome, the codes
 * before and after (by name), the rationale and whether the decision still stands (active,
 * stale when the codings changed since, undone). Follows the Document; never writes.
 */
class DecisionLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn, DecidedByColumn, RoundColumn, RecordColumn, ReviewersColumn, KindColumn, OutcomeColumn,
        CodesColumn, RationaleColumn, StatusColumn, ColumnCount
    };
    static constexpr int DecisionIdRole = Qt::UserRole + 1;
    static constexpr int RecordIdRole = Qt::UserRole + 2;
    static constexpr int RoundIdRole = Qt::UserRole + 3;

    explicit DecisionLogModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    void setIncludeUndone(bool include);
    /** Rereads the log (it changes when someone decides, elsewhere too). */
    void reload();

    const std::vector<core::reconcile::Decision> &decisions() const { return m_decisions; }
    const QSet<QUuid> &staleIds() const { return m_stale; }
    /** An error reading the log (no decision tables), or empty. */
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void documentChanged(const core::ChangeEvent &event);
    QString text(const core::reconcile::Decision &d, int column) const;

    Document *m_document = nullptr;
    bool m_includeUndone = true;
    std::vector<core::reconcile::Decision> m_decisions;
    QSet<QUuid> m_stale;
    QHash<QUuid, QString> m_reviewers, m_rounds, m_titles;
    QString m_error;
    bool m_reloadPending = false;
};

} // namespace dyad::ui
