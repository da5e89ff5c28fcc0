#pragma once

#include "core/analysis/cooccurrence.h"
#include "ui/analysis/common.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>
#include <QWidget>

class QCheckBox;
class QTableView;
class QTableWidget;

namespace dyad::ui::analysis {

/** The co-occurrence matrix as a table model; the display role is the count. */
class CooccurrenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** 0…1: the cell's count relative to the largest off-diagonal count (−1 on the diagonal). */
    static constexpr int HeatRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    void setMatrix(core::analysis::CooccurrenceMatrix matrix);
    const core::analysis::CooccurrenceMatrix &matrix() const { return m_matrix; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    core::analysis::CooccurrenceMatrix m_matrix;
    int m_max = 0;
};

/** Paints a cell's background from white to blue by HeatRole, the count on top. */
class HeatmapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/** The Co-occurrence dock: heat map; clicking a cell lists its passages below. */
class CooccurrenceView : public QWidget
{
    Q_OBJECT

public:
    CooccurrenceView(ProjectAccessor project, QWidget *parent = nullptr);
    void reload();   ///< refills the pickers (another project); refresh() recomputes
    void refresh();
    /** Lists the passages of a cell (what a click does). */
    void showPassages(int row, int column);

    CooccurrenceModel *model() const { return m_model; }
    QTableView *heatmap() const { return m_view; }
    QTableWidget *passages() const { return m_passages; }

private:
    core::analysis::CooccurrenceOptions options() const;

    ProjectAccessor m_project;
    LayerPicker *m_layer;
    QComboBox *m_mode;
    QCheckBox *m_themes;
    CooccurrenceModel *m_model;
    QTableView *m_view;
    QTableWidget *m_passages;
};

} // namespace dyad::ui::analysis
