#include "ui/analysis/wordsview.h"

#include "core/analysis/report.h"
#include "core/model/project.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dyad::ui::analysis {

using namespace dyad::core::analysis;

namespace {
const QString kCoded = QStringLiteral("coded");
const QString kWhole = QStringLiteral("whole");
} // namespace

void WordsModel::setTable(WordTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int WordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.words.size());
}

int WordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant WordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const WordCount &w = m_table.words[size_t(index.row())];
    const double per1000 = m_table.tokens > 0 ? 1000.0 * w.count / double(m_table.tokens) : 0.0;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case 0: return w.word;
        case 1: return w.count;
        case 2: return w.records;
        default: return QString::number(per1000, 'f', 1);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case 0: return w.word;
        case 1: return w.count;
        case 2: return w.records;
        default: return per1000;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() > 0)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case 0: return tr("Word");
        case 1: return tr("Count");
        case 2: return tr("Records");
        default: return tr("Per 1,000");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

WordsView::WordsView(ProjectAccessor project, QWidget *parent)
    : QWidget(parent)
    , m_project(std::move(project))
    , m_layer(new LayerPicker(this))
    , m_source(new QComboBox(this))
    , m_stopWords(new QCheckBox(tr("Hide stop words"), this))
    , m_context(new QSpinBox(this))
    , m_model(new WordsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_kwic(new QTableWidget(this))
{
    m_stopWords->setChecked(true);
    m_stopWords->setToolTip(tr("Dyad's English and Chinese function-word lists"));
    m_context->setRange(5, 200);
    m_context->setValue(40);
    m_context->setSuffix(tr(" characters"));
    m_context->setToolTip(tr("Context on either side of the keyword"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WordsModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(1, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_kwic->setColumnCount(4);
    m_kwic->setHorizontalHeaderLabels({tr("Record"), tr("Before"), tr("Keyword"), tr("After")});
    m_kwic->verticalHeader()->hide();
    m_kwic->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kwic->horizontalHeader()->setStretchLastSection(true);
    m_kwic->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Layer:"), this));
    top->addWidget(m_layer);
    top->addWidget(new QLabel(tr("Text:"), this));
    top->addWidget(m_source);
    top->addWidget(m_stopWords);
    top->addWidget(new QLabel(tr("Context:"), this));
    top->addWidget(m_context);
    top->addStretch(1);
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    top->addWidget(refresh);
    auto html = [this] {
        core::Project *p = m_project();
        if (!p)
            return QString();
        std::vector<KwicLine> lines;
        if (!m_keyword.isEmpty())
            if (auto scope = resolveScope(*p, m_layer->spec()))
                lines = keywordInContext(*p, *scope, options(), m_keyword, m_context->value());
        return wordsHtml(m_model->table(), {p->title(), {}, {}, QStringLiteral("Dyad")},
                         m_source->currentText() + QStringLiteral("; ") + m_layer->currentText(), lines, m_keyword);
    };
    top->addWidget(exportButton(this, {
        {tr("HTML report…"), [this, html] {
             saveText(this, tr("Save report"), QStringLiteral("words.html"), tr("HTML (*.html)"), html());
         }},
        {tr("Word list (CSV)…"), [this] {
             saveText(this, tr("Save word list"), QStringLiteral("words.csv"), tr("CSV (*.csv)"),
                      wordsCsv(m_model->table()), true);
         }},
        {tr("Keyword in context (CSV)…"), [this] {
             core::Project *p = m_project();
             auto scope = p ? resolveScope(*p, m_layer->spec()) : core::Result<Scope>(core::makeError(QString()));
             if (p && scope && !m_keyword.isEmpty())
                 saveText(this, tr("Save keyword in context"), QStringLiteral("kwic.csv"), tr("CSV (*.csv)"),
                          kwicCsv(keywordInContext(*p, *scope, options(), m_keyword, m_context->value())), true);
         }},
        {tr("PDF report…"), [this, html] { savePdf(this, QStringLiteral("words.pdf"), html()); }},
    }));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_kwic);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_layer, &QComboBox::currentIndexChanged, this, &WordsView::refresh);
    connect(m_source, &QComboBox::currentIndexChanged, this, &WordsView::refresh);
    connect(m_stopWords, &QCheckBox::toggled, this, &WordsView::refresh);
    connect(m_context, &QSpinBox::valueChanged, this, [this] { showKwic(m_keyword); });
    connect(refresh, &QToolButton::clicked, this, &WordsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            showKwic(m_proxy->index(i.row(), 0).data().toString());
    });
}

WordOptions WordsView::options() const
{
    WordOptions o;
    const QString source = m_source->currentData().toString();
    o.wholeRecords = source == kWhole;
    if (source != kWhole && source != kCoded && !source.isEmpty())
        o.codeId = QUuid::fromString(source);
    o.removeStopWords = m_stopWords->isChecked();
    return o;
}

void WordsView::reload()
{
    core::Project *p = m_project();
    if (p) {
        m_layer->reload(*p);
        const QString keep = m_source->currentData().toString();
        QSignalBlocker block(m_source);
        m_source->clear();
        m_source->addItem(tr("All coded text"), kCoded);
        m_source->addItem(tr("Whole records"), kWhole);
        const CodeTree tree(p->allCodes());
        for (int i = 0; i < tree.size(); ++i)
            m_source->addItem(QString(tree.depth(i) * 2, u' ') + tree.node(i).name, core::uuidText(tree.node(i).id));
        m_source->setCurrentIndex(std::max(0, m_source->findData(keep)));
    }
}

void WordsView::refresh()
{
    core::Project *p = m_project();
    auto scope = p ? resolveScope(*p, m_layer->spec()) : core::Result<Scope>(core::makeError(QString()));
    m_model->setTable(p && scope ? computeWords(*p, *scope, options()) : WordTable{});
    showKwic(m_keyword);
}

void WordsView::showKwic(const QString &word)
{
    m_keyword = word;
    m_kwic->setRowCount(0);
    core::Project *p = m_project();
    if (!p || word.isEmpty())
        return;
    auto scope = resolveScope(*p, m_layer->spec());
    if (!scope)
        return;
    const auto lines = keywordInContext(*p, *scope, options(), word, m_context->value(), 2000);
    m_kwic->setRowCount(int(lines.size()));
    QFont bold = m_kwic->font();
    bold.setBold(true);
    for (int i = 0; i < int(lines.size()); ++i) {
        const KwicLine &k = lines[size_t(i)];
        auto *title = new QTableWidgetItem(k.recordTitle);
        title->setToolTip(k.recordTitle);
        title->setData(Qt::UserRole, k.recordId);
        m_kwic->setItem(i, 0, title);
        auto *left = new QTableWidgetItem(k.left);
        left->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_kwic->setItem(i, 1, left);
        auto *kw = new QTableWidgetItem(k.keyword);
        kw->setFont(bold);
        kw->setTextAlignment(Qt::AlignCenter);
        m_kwic->setItem(i, 2, kw);
        m_kwic->setItem(i, 3, new QTableWidgetItem(k.right));
    }
    m_kwic->setColumnWidth(0, 180);
    m_kwic->resizeColumnToContents(1);
    m_kwic->resizeColumnToContents(2);
}

} // namespace dyad::ui::analysis
