#pragma once

#include <QAbstractTableModel>

namespace dyad::ui {

class ProgressModel;

/**
 * Per reviewer of a round: records to do, in progress and done, and a progress bar. A view of
 * the ProgressModel's counts; follows it.
 */
class ReviewerProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReviewerColumn, ToDoColumn, InProgressColumn, DoneColumn, ProgressColumn, ColumnCount };

    explicit ReviewerProgressModel(ProgressModel *source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ProgressModel *m_source;
    int m_rows = 0;
};

} // namespace dyad::ui
