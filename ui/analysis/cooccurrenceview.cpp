#include "ui/analysis/cooccurrenceview.h"

#include "ui/analysis/rotatedheader.h"

#include "core/analysis/report.h"
#include "core/model/project.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dyad::ui::analysis {

using namespace dyad::core::analysis;

void CooccurrenceModel::setMatrix(CooccurrenceMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_max = 0;
    for (int r = 0; r < m_matrix.size(); ++r)
        for (int c = 0; c < m_matrix.size(); ++c)
            if (r != c)
                m_max = std::max(m_max, m_matrix.counts[size_t(r)][size_t(c)]);
    endResetModel();
}

int CooccurrenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_matrix.size();
}

int CooccurrenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_matrix.size();
}

QVariant CooccurrenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int v = m_matrix.counts[size_t(index.row())][size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole: return v;
    case HeatRole:
        if (index.row() == index.column())
            return -1.0;
        return m_max > 0 ? double(v) / m_max : 0.0;
    case Qt::ToolTipRole:
        return index.row() == index.column()
            ? tr("%1: %2").arg(m_matrix.label(index.row())).arg(v)
            : tr("%1 × %2: %3").arg(m_matrix.label(index.row()), m_matrix.label(index.column())).arg(v);
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    default: return {};
    }
}

QVariant CooccurrenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_matrix.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    // Columns are named too (written upwards by the view's header; the tooltip holds the
    // path), so a cell can be read without looking its number up in the rows.
    if (role == Qt::DisplayRole)
        return m_matrix.tree.node(m_matrix.nodes[size_t(section)]).name;
    if (role == Qt::ToolTipRole)
        return m_matrix.label(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void HeatmapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double heat = index.data(CooccurrenceModel::HeatRole).toDouble();
    QColor fill;
    if (heat < 0) {
        fill = option.palette.color(QPalette::AlternateBase);
    } else {
        // white → #2b6cb0 on a square-root scale, as in the HTML report
        const double t = std::sqrt(heat);
        fill = QColor(int(255 + (0x2b - 255) * t), int(255 + (0x6c - 255) * t), int(255 + (0xb0 - 255) * t));
    }
    painter->fillRect(option.rect, fill);
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    const int v = index.data().toInt();
    painter->setPen(heat > 0.45 ? Qt::white : (v == 0 ? QColor(0xb0, 0xb6, 0xbe) : QColor(0x1d, 0x23, 0x2b)));
    painter->drawText(option.rect, Qt::AlignCenter, QString::number(v));
}

CooccurrenceView::CooccurrenceView(ProjectAccessor project, QWidget *parent)
    : QWidget(parent)
    , m_project(std::move(project))
    , m_layer(new LayerPicker(this))
    , m_mode(new QComboBox(this))
    , m_themes(new QCheckBox(tr("Themes"), this))
    , m_model(new CooccurrenceModel(this))
    , m_view(new QTableView(this))
    , m_passages(new QTableWidget(this))
{
    m_mode->addItem(tr("Overlapping passages"), int(CooccurrenceMode::OverlappingSpans));
    m_mode->addItem(tr("Same record"), int(CooccurrenceMode::SameRecord));
    m_themes->setToolTip(tr("Rows and columns are top-level themes, each with everything below it"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HeatmapDelegate(m_view));
    m_view->setHorizontalHeader(new RotatedHeaderView(m_view)); // narrow columns, each name readable
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setDefaultSectionSize(40);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setShowGrid(true);
    m_passages->setColumnCount(4);
    m_passages->setHorizontalHeaderLabels({tr("Record"), tr("Layer"), tr("Characters"), tr("Passage")});
    m_passages->horizontalHeader()->setStretchLastSection(true);
    m_passages->verticalHeader()->hide();
    m_passages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_passages->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Layer:"), this));
    top->addWidget(m_layer);
    top->addWidget(new QLabel(tr("Count:"), this));
    top->addWidget(m_mode);
    top->addWidget(m_themes);
    top->addStretch(1);
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    top->addWidget(refresh);
    auto html = [this] {
        core::Project *p = m_project();
        return p ? cooccurrenceHtml(m_model->matrix(), {p->title(), {}, {}, QStringLiteral("Dyad")},
                                    describeScope(*p, m_model->matrix().scope), p)
                 : QString();
    };
    top->addWidget(exportButton(this, {
        {tr("HTML report…"), [this, html] {
             saveText(this, tr("Save report"), QStringLiteral("cooccurrence.html"), tr("HTML (*.html)"), html());
         }},
        {tr("CSV matrix…"), [this] {
             saveText(this, tr("Save matrix"), QStringLiteral("cooccurrence.csv"), tr("CSV (*.csv)"),
                      cooccurrenceCsv(m_model->matrix()), true);
         }},
        {tr("PDF report…"), [this, html] { savePdf(this, QStringLiteral("cooccurrence.pdf"), html()); }},
    }));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_passages);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_layer, &QComboBox::currentIndexChanged, this, &CooccurrenceView::refresh);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CooccurrenceView::refresh);
    connect(m_themes, &QCheckBox::toggled, this, &CooccurrenceView::refresh);
    connect(refresh, &QToolButton::clicked, this, &CooccurrenceView::refresh);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &i) { showPassages(i.row(), i.column()); });
}

CooccurrenceOptions CooccurrenceView::options() const
{
    CooccurrenceOptions o;
    o.mode = CooccurrenceMode(m_mode->currentData().toInt());
    o.level = m_themes->isChecked() ? CooccurrenceLevel::Themes : CooccurrenceLevel::Codes;
    return o;
}

void CooccurrenceView::reload()
{
    if (auto *p = m_project())
        m_layer->reload(*p);
}

void CooccurrenceView::refresh()
{
    m_passages->setRowCount(0);
    core::Project *p = m_project();
    if (!p) {
        m_model->setMatrix({});
        return;
    }
    auto scope = resolveScope(*p, m_layer->spec());
    if (scope)
        m_model->setMatrix(computeCooccurrence(*p, *scope, options()));
}

void CooccurrenceView::showPassages(int row, int column)
{
    core::Project *p = m_project();
    const CooccurrenceMatrix &m = m_model->matrix();
    m_passages->setRowCount(0);
    if (!p || row < 0 || column < 0 || row >= m.size() || column >= m.size())
        return;
    const auto passages = cooccurrencePassages(*p, m.scope, m.options, m.tree.node(m.nodes[size_t(row)]).id,
                                               m.tree.node(m.nodes[size_t(column)]).id);
    m_passages->setRowCount(int(passages.size()));
    for (int i = 0; i < int(passages.size()); ++i) {
        const Passage &x = passages[size_t(i)];
        auto *title = new QTableWidgetItem(x.recordTitle);
        title->setData(Qt::UserRole, x.recordId);
        title->setToolTip(x.recordTitle);
        m_passages->setItem(i, 0, title);
        m_passages->setItem(i, 1, new QTableWidgetItem(x.reviewer));
        m_passages->setItem(i, 2, new QTableWidgetItem(QStringLiteral("%1–%2").arg(x.extent.start).arg(x.extent.end)));
        auto *quote = new QTableWidgetItem(x.quote);
        quote->setToolTip(x.quote);
        m_passages->setItem(i, 3, quote);
    }
    m_passages->resizeColumnToContents(1);
    m_passages->resizeColumnToContents(2);
    m_passages->resizeColumnToContents(0);
    m_passages->setColumnWidth(0, std::min(260, m_passages->columnWidth(0)));
    m_passages->resizeRowsToContents();
}

} // namespace dyad::ui::analysis
