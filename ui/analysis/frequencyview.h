#pragma once

#include "core/analysis/frequencies.h"
#include "ui/analysis/common.h"

#include <QAbstractTableModel>
#include <QWidget>

class QChartView;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace dyad::ui::analysis {

/** Rows: codebook nodes; columns: code, then records / segments / codings per layer. */
class FrequencyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** Numeric value for sorting (Qt::DisplayRole shows "3 (42.9 %)" for records). */
    static constexpr int SortRole = Qt::UserRole + 1;
    /** The node's code id (QUuid). */
    static constexpr int CodeIdRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;
    void setTable(core::analysis::FrequencyTable table);
    const core::analysis::FrequencyTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    core::analysis::FrequencyTable m_table;
};

/** The Frequencies dock: a sortable, filterable table and a "themes by frequency" chart. */
class FrequencyView : public QWidget
{
    Q_OBJECT

public:
    FrequencyView(ProjectAccessor project, QWidget *parent = nullptr);
    void reload();    ///< refills the layer list (another project); refresh() recomputes
    void refresh();   ///< recompute

    FrequencyModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QChartView *chart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void rebuildChart();

    ProjectAccessor m_project;
    LayerPicker *m_layer;
    QLineEdit *m_filter;
    FrequencyModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QChartView *m_chart;
    QTabWidget *m_tabs;
};

} // namespace dyad::ui::analysis
