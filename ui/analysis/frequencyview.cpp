#include "ui/analysis/frequencyview.h"

#include "core/analysis/htmlwriter.h"
#include "core/analysis/report.h"
#include "core/model/project.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace dyad::ui::analysis {

using namespace dyad::core::analysis;

void FrequencyModel::setTable(FrequencyTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int FrequencyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int FrequencyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + 3 * int(m_table.scope.layers.size());
}

QVariant FrequencyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const FrequencyRow &row = m_table.rows[size_t(index.row())];
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole: return QString(row.depth * 3, u' ') + row.name;
        case SortRole: return row.node; // tree order
        case Qt::ToolTipRole: return row.path;
        case Qt::DecorationRole: return QColor(row.color);
        case Qt::FontRole: {
            QFont f;
            f.setBold(row.isTheme);
            return f;
        }
        case CodeIdRole: return row.codeId;
        default: return {};
        }
    }
    const int layer = (index.column() - 1) / 3, kind = (index.column() - 1) % 3;
    const FrequencyCell &c = row.cells[size_t(layer)];
    const int value = kind == 0 ? c.records : kind == 1 ? c.segments : c.codings;
    switch (role) {
    case Qt::DisplayRole:
        return kind == 0 ? QStringLiteral("%1 (%2)").arg(value).arg(formatPercent(value, m_table.recordTotal))
                         : QString::number(value);
    case SortRole: return value;
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case CodeIdRole: return row.codeId;
    default: return {};
    }
}

QVariant FrequencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Code");
    const int layer = (section - 1) / 3, kind = (section - 1) % 3;
    const QString name = m_table.scope.layers[size_t(layer)].name;
    if (role == Qt::ToolTipRole) {
        if (kind == 0)
            return tr("Records where %1 applied the code (or, for a theme, any code below it)").arg(name);
        if (kind == 1)
            return tr("Coded passages; a theme merges overlapping passages of its codes per record");
        return tr("Applications of the code and the codes below it");
    }
    return kind == 0 ? tr("%1 records").arg(name) : kind == 1 ? tr("%1 segments").arg(name) : tr("%1 codings").arg(name);
}

FrequencyView::FrequencyView(ProjectAccessor project, QWidget *parent)
    : QWidget(parent)
    , m_project(std::move(project))
    , m_layer(new LayerPicker(this))
    , m_filter(new QLineEdit(this))
    , m_model(new FrequencyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_chart(new QChartView(this))
    , m_tabs(new QTabWidget(this))
{
    m_filter->setPlaceholderText(tr("Filter codes"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FrequencyModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_chart->setRenderHint(QPainter::Antialiasing);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Layer:"), this));
    top->addWidget(m_layer);
    top->addWidget(m_filter, 1);
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    top->addWidget(refresh);
    top->addWidget(exportButton(this, {
        {tr("HTML report…"), [this] {
             if (auto *p = m_project())
                 saveText(this, tr("Save report"), QStringLiteral("frequencies.html"), tr("HTML (*.html)"),
                          frequenciesHtml(m_model->table(), {p->title(), {}, {}, QStringLiteral("Dyad")},
                                          describeScope(*p, m_model->table().scope)));
         }},
        {tr("CSV table…"), [this] {
             saveText(this, tr("Save table"), QStringLiteral("frequencies.csv"), tr("CSV (*.csv)"),
                      frequenciesCsv(m_model->table()), true);
         }},
        {tr("Code-by-record matrix (CSV)…"), [this] {
             if (auto *p = m_project())
                 saveText(this, tr("Save matrix"), QStringLiteral("code-by-record.csv"), tr("CSV (*.csv)"),
                          codeRecordMatrixCsv(computeCodeRecordMatrix(*p, m_model->table().scope)), true);
         }},
        {tr("PDF report…"), [this] {
             if (auto *p = m_project())
                 savePdf(this, QStringLiteral("frequencies.pdf"),
                         frequenciesHtml(m_model->table(), {p->title(), {}, {}, QStringLiteral("Dyad")},
                                         describeScope(*p, m_model->table().scope)));
         }},
        {tr("Chart as PNG or SVG…"), [this] { saveChart(this, m_chart, QStringLiteral("themes-by-frequency.png")); }},
    }));

    m_tabs->addTab(m_table, tr("Table"));
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setWidget(m_chart);
    m_tabs->addTab(chartScroll, tr("Themes by frequency"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &FrequencyView::refresh);
    connect(refresh, &QToolButton::clicked, this, &FrequencyView::refresh);
}

void FrequencyView::reload()
{
    if (auto *p = m_project())
        m_layer->reload(*p);
}

void FrequencyView::refresh()
{
    core::Project *p = m_project();
    if (!p) {
        m_model->setTable({});
        rebuildChart();
        return;
    }
    auto scope = resolveScope(*p, m_layer->spec());
    if (!scope)
        return;
    m_model->setTable(computeFrequencies(*p, *scope));
    rebuildChart();
}

void FrequencyView::rebuildChart()
{
    // top-level themes (depth 0), by records in the first layer, largest on top
    const FrequencyTable &t = m_model->table();
    std::vector<const FrequencyRow *> themes;
    for (const FrequencyRow &r : t.rows)
        if (r.depth == 0)
            themes.push_back(&r);
    std::stable_sort(themes.begin(), themes.end(), [](const FrequencyRow *a, const FrequencyRow *b) {
        return (a->cells.empty() ? 0 : a->cells[0].records) < (b->cells.empty() ? 0 : b->cells[0].records);
    });
    auto *chart = new QChart;
    chart->setTitle(tr("Themes by frequency (records)"));
    auto *series = new QHorizontalBarSeries;
    QStringList categories;
    for (const FrequencyRow *r : themes)
        categories << r->name;
    int max = 0;
    for (size_t l = 0; l < t.scope.layers.size(); ++l) {
        auto *set = new QBarSet(t.scope.layers[l].name);
        for (const FrequencyRow *r : themes) {
            *set << r->cells[l].records;
            max = std::max(max, r->cells[l].records);
        }
        series->append(set);
    }
    chart->addSeries(series);
    // Full theme names and bars a reader can compare: no "…" labels, and the chart grows
    // with the number of themes (the tab scrolls) instead of squeezing the bars.
    series->setBarWidth(0.8);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, std::max(1, max));
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTitleText(tr("Records"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const int barsPerTheme = std::max(1, int(t.scope.layers.size()));
    m_chart->setMinimumHeight(std::max(260, 110 + int(themes.size()) * (10 + 14 * barsPerTheme)));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace dyad::ui::analysis
