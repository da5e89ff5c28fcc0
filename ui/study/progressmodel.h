#pragma once

#include "core/model/study.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dyad::core {
struct ChangeEvent;
}

namespace dyad::ui {

class Document;

/**
 * One round's work as a table: a row per assigned record (its title), a column per
 * reviewer (done / in progress / to do). A coding or a "done" mark updates that record's row
 * only; assignments and phase changes recount the round. Never writes.
 */
class ProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int RecordIdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2; ///< core::WorkState as int; absent when not assigned

    explicit ProgressModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    void setRound(const QUuid &roundId);
    QUuid round() const { return m_round; }

    const core::RoundProgress &progress() const { return m_progress; }
    /** One reviewer's counts, kept up to date with each change (views ask on every paint). */
    core::RoundProgress::Counts reviewerCounts(const QUuid &reviewerId) const { return m_counts.value(reviewerId); }
    QUuid recordId(int row) const;
    /** The reviewer of a column (null for the title column). */
    QUuid reviewerId(int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(core::WorkState state);

signals:
    /** After any change of the counts (for summaries built on this model). */
    void progressChanged();

private:
    void documentChanged(const core::ChangeEvent &event);
    void scheduleReload();
    void reload();
    void refreshRecord(const QUuid &recordId);

    Document *m_document = nullptr;
    QUuid m_round;
    core::RoundProgress m_progress;
    QHash<QUuid, int> m_rowOf;
    QHash<QUuid, QString> m_titles;
    QHash<QUuid, QString> m_names;
    QHash<QUuid, core::RoundProgress::Counts> m_counts; ///< per reviewer
    bool m_reloadPending = false;
};

} // namespace dyad::ui
