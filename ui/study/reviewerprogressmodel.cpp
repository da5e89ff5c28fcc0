#include "ui/study/reviewerprogressmodel.h"

#include "ui/study/progressdelegate.h"
#include "ui/study/progressmodel.h"

#include <QLocale>

namespace dyad::ui {

ReviewerProgressModel::ReviewerProgressModel(ProgressModel *source, QObject *parent)
    : QAbstractTableModel(parent), m_source(source)
{
    connect(m_source, &ProgressModel::progressChanged, this, [this] {
        const int rows = static_cast<int>(m_source->progress().reviewers.size());
        if (rows != m_rows) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
        } else if (m_rows > 0) {
            emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
        }
    });
}

int ReviewerProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ReviewerProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewerProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const QUuid reviewer = m_source->progress().reviewers[static_cast<size_t>(index.row())];
    const auto counts = m_source->reviewerCounts(reviewer);
    const auto number = [role](qsizetype n) -> QVariant {
        if (role == Qt::DisplayRole)
            return QLocale().toString(n);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    switch (index.column()) {
    case ReviewerColumn:
        return role == Qt::DisplayRole ? m_source->headerData(index.row() + 1, Qt::Horizontal) : QVariant();
    case ToDoColumn:
        return number(counts.toDo);
    case InProgressColumn:
        return number(counts.inProgress);
    case DoneColumn:
        return number(counts.done);
    case ProgressColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 / %2").arg(counts.done).arg(counts.total());
        if (role == ProgressDelegate::ProgressRole)
            return counts.total() ? static_cast<int>(counts.done * 100 / counts.total()) : 0;
        return {};
    default:
        return {};
    }
}

QVariant ReviewerProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReviewerColumn:
        return tr("Reviewer");
    case ToDoColumn:
        return tr("To do");
    case InProgressColumn:
        return tr("In progress");
    case DoneColumn:
        return tr("Done");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

} // namespace dyad::ui
