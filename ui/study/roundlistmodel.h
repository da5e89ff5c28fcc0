#pragma once

#include "core/model/types.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace dyad::core {
struct ChangeEvent;
}

namespace dyad::ui {

class Document;

/**
 * The rounds of a study, oldest first: name, phase (and whether the lead lifted blinding),
 * progress over every reviewer's assigned records, the number of records and who codes them.
 * Follows the Document's change events; never writes.
 */
class RoundListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PhaseColumn, ProgressColumn, RecordsColumn, ReviewersColumn, ColumnCount };
    static constexpr int RoundIdRole = Qt::UserRole + 1;

    explicit RoundListModel(QObject *parent = nullptr);

    void setDocument(Document *document);

    QUuid roundId(int row) const;
    int rowOf(const QUuid &roundId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "independent coding", "reconciliation", "closed", as a user reads it. */
    static QString phaseText(core::RoundPhase phase);

private:
    struct Row
    {
        core::Round round;
        qsizetype done = 0;
        qsizetype assignments = 0;
        qsizetype records = 0;
        QStringList reviewers;
    };

    void documentChanged(const core::ChangeEvent &event);
    void scheduleReload();
    void reload();
    /** After one record's status changed: adjusts the done counts from that record's rows only. */
    void recordStatusChanged(const QUuid &recordId);
    Row makeRow(const core::Round &round);

    Document *m_document = nullptr;
    std::vector<Row> m_rows;
    /** Per round, per record: assignments marked done (a "done" mark adjusts counts without a recount). */
    QHash<QUuid, QHash<QUuid, int>> m_doneByRecord;
    bool m_reloadPending = false;
};

} // namespace dyad::ui
