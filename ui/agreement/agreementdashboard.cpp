#include "agreementdashboard.h"

#include "agreementtablemodel.h"
#include "ui/document.h"

#include "core/agreement/agreementformat.h"
#include "core/agreement/snapshots.h"
#include "core/analysis/scope.h"
#include "core/io/csv.h"
#include "core/model/project.h"
#include "ui/taskrunner.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace dyad::ui {

using namespace core::agreement;

namespace {

/** Sorts on numbers, filters on the code text and the scope kind. */
class ScopeFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setKind(const QString &kind)
    {
        m_kind = kind;
        invalidateFilter();
    }

protected:
    // Undefined figures (NaN) go last whichever way the column is sorted.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant l = left.data(sortRole()), r = right.data(sortRole());
        if (l.typeId() == QMetaType::Double && r.typeId() == QMetaType::Double) {
            const double x = l.toDouble(), y = r.toDouble();
            if (std::isnan(x) || std::isnan(y)) {
                if (std::isnan(x) && std::isnan(y))
                    return false;
                return std::isnan(x) == (sortOrder() == Qt::DescendingOrder);
            }
            return x < y;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }

    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex code = sourceModel()->index(row, AgreementTableModel::CodeColumn, parent);
        const QString kind = code.data(AgreementTableModel::ScopeKindRole).toString();
        if (!m_kind.isEmpty() && kind != m_kind && kind != QLatin1String("pooled"))
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_kind;
};

QString spansText(const std::vector<core::Span> &spans)
{
    QStringList parts;
    for (const core::Span &s : spans)
        parts << QStringLiteral("%1–%2").arg(s.start).arg(s.end);
    return parts.join(QStringLiteral(", "));
}

/** The passages a reviewer coded, quoted (long ones shortened in the middle), one per line. */
QString quotesText(const std::u32string &text, const std::vector<core::Span> &spans)
{
    constexpr int kMax = 90;
    QStringList parts;
    for (const core::Span &s : spans) {
        QString quote = core::analysis::textOf(text, s).simplified();
        if (quote.size() > kMax)
            quote = quote.left(kMax / 2 - 1) + QStringLiteral(" … ") + quote.right(kMax / 2 - 1);
        parts << QStringLiteral("“%1”").arg(quote);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

AgreementDashboard::AgreementDashboard(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_tokens(std::make_shared<TokenCache>())
{
    buildUi();
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, this, [this](int, int maximum) {
        m_progress->setRange(0, maximum); // 0: the statistics, a busy bar
        m_status->setText(maximum ? tr("Splitting texts into words…") : tr("Computing every unit and coefficient…"));
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome o = m_watcher.result();
        setBusy(false);
        if (!o.error.isEmpty()) {
            m_status->setText(tr("Could not compute agreement: %1").arg(o.error));
        } else {
            m_result = o.result;
            m_stale = false;
            showResult();
        }
        emit computed();
    });
    setDocument(document);
}

AgreementDashboard::~AgreementDashboard()
{
    m_watcher.waitForFinished();
}

void AgreementDashboard::buildUi()
{
    m_reviewerA = new QComboBox(this);
    m_reviewerB = new QComboBox(this);
    m_round = new QComboBox(this);
    m_records = new QComboBox(this);
    m_records->addItem(tr("Automatic"), int(RecordSelection::Auto));
    m_records->addItem(tr("Assigned to both (round)"), int(RecordSelection::Assigned));
    m_records->addItem(tr("Marked done by both (round)"), int(RecordSelection::Done));
    m_records->addItem(tr("Coded by either"), int(RecordSelection::CodedByAny));
    m_records->addItem(tr("Coded by both"), int(RecordSelection::CodedByAll));
    m_records->addItem(tr("All records"), int(RecordSelection::All));
    m_records->setToolTip(tr("Which records are compared. Automatic: the round's records assigned to both, or, "
                             "without a round, the records either reviewer coded."));
    m_unit = new QComboBox(this);
    for (Unit u : allUnits())
        m_unit->addItem(unitDescription(u).section(QLatin1Char(':'), 0, 0), int(u));
    m_unit->setCurrentIndex(m_unit->findData(int(Unit::Character)));
    for (int i = 0; i < m_unit->count(); ++i)
        m_unit->setItemData(i, unitDescription(Unit(m_unit->itemData(i).toInt())), Qt::ToolTipRole);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setRange(0.05, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.9);
    m_threshold->setToolTip(tr("Segments match when they overlap by this share of the longer one"));
    m_computeButton = new QPushButton(tr("&Compute"), this);
    m_exportButton = new QPushButton(tr("Export &CSV…"), this);
    m_snapshotButton = new QPushButton(tr("&Save Snapshot…"), this);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(200);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *choices = new QFormLayout;
    auto *who = new QHBoxLayout;
    who->addWidget(m_reviewerA, 1);
    who->addWidget(new QLabel(tr("vs"), this));
    who->addWidget(m_reviewerB, 1);
    choices->addRow(tr("Reviewers:"), who);
    auto *which = new QHBoxLayout;
    which->addWidget(m_round, 1);
    which->addWidget(m_records, 1);
    choices->addRow(tr("Round, records:"), which);
    auto *how = new QHBoxLayout;
    how->addWidget(m_unit, 1);
    how->addWidget(new QLabel(tr("Segment overlap:"), this));
    how->addWidget(m_threshold);
    choices->addRow(tr("Unit:"), how);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_computeButton);
    buttons->addWidget(m_progress);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_snapshotButton);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter codes…"));
    m_filter->setClearButtonEnabled(true);
    m_scopeFilter = new QComboBox(this);
    m_scopeFilter->addItem(tr("Codes and themes"), QString());
    m_scopeFilter->addItem(tr("Codes"), QStringLiteral("code"));
    m_scopeFilter->addItem(tr("Themes"), QStringLiteral("theme"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_scopeFilter);

    m_model = new AgreementTableModel(this);
    auto *proxy = new ScopeFilterModel(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AgreementTableModel::SortRole);
    m_proxy->setFilterKeyColumn(AgreementTableModel::CodeColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_evidence = new QTreeWidget(this);
    m_evidence->setRootIsDecorated(false);
    m_evidence->setHeaderLabels({tr("Record"), tr("A"), tr("B"), tr("Agree"), tr("a / b / c characters")});
    m_evidence->setToolTip(tr("The records behind the selected figure: the passages each reviewer coded. "
                              "Double-click to compare the codings."));
    m_evidence->setWordWrap(true);
    m_evidence->setUniformRowHeights(false);
    m_evidence->header()->setStretchLastSection(false);
    m_evidence->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_evidence->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_evidence->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_evidence->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_evidence->header()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_evidence->setColumnWidth(0, 220);

    auto *chart = new QChart;
    chart->setTitle(tr("Agreement across snapshots"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart = new QChartView(chart, this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);

    auto *curve = new QChart;
    curve->setTitle(tr("Segment score (F1) by overlap threshold"));
    curve->legend()->setAlignment(Qt::AlignBottom);
    curve->setMargins(QMargins(4, 4, 4, 4));
    m_curve = new QChartView(curve, this);
    m_curve->setRenderHint(QPainter::Antialiasing);
    m_curve->setMinimumHeight(260);
    m_curve->setToolTip(tr("How the segment score depends on the overlap two codings need to match (share of the "
                           "longer span): all codes pooled and the selected code or theme."));
    auto *charts = new QTabWidget(this);
    charts->addTab(m_curve, tr("By overlap threshold"));
    charts->addTab(m_chart, tr("Across snapshots"));

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_evidence);
    lower->addWidget(charts);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_table, 1);
    split->addWidget(top);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_computeButton, &QPushButton::clicked, this, &AgreementDashboard::compute);
    connect(m_exportButton, &QPushButton::clicked, this, &AgreementDashboard::exportCsv);
    connect(m_snapshotButton, &QPushButton::clicked, this, &AgreementDashboard::saveSnapshot);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AgreementDashboard::onUnitChanged);
    for (QComboBox *box : {m_reviewerA, m_reviewerB, m_round, m_records})
        connect(box, &QComboBox::activated, this, &AgreementDashboard::markStale);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &AgreementDashboard::markStale);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_scopeFilter, &QComboBox::currentIndexChanged, this,
            [this, proxy] { proxy->setKind(m_scopeFilter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showEvidence();
        refreshChart();
        refreshCurve();
    });
    connect(m_evidence, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit openComparison(QUuid::fromString(item->data(0, Qt::UserRole).toString()));
    });
    setBusy(false);
}

void AgreementDashboard::setDocument(Document *document)
{
    m_watcher.waitForFinished();
    m_document = document;
    m_project = document ? &document->project() : nullptr;
    m_tokens = std::make_shared<TokenCache>();
    m_result.reset();
    m_titles.clear();
    m_model->setResult(nullptr, 0, currentUnit());
    m_evidence->clear();
    m_status->setText(m_project ? tr("Choose the reviewers and press Compute.") : QString());
    reloadChoices();
    refreshChart();
    refreshCurve();
    setBusy(false);
}

void AgreementDashboard::reloadChoices()
{
    const QVariant a = m_reviewerA->currentData(), b = m_reviewerB->currentData(), round = m_round->currentData();
    m_reviewerA->clear();
    m_reviewerB->clear();
    m_round->clear();
    m_round->addItem(tr("All rounds"), QString());
    if (!m_project)
        return;
    int reviewers = 0;
    for (const core::Reviewer &r : m_project->reviewers()) {
        m_reviewerA->addItem(r.name, core::uuidText(r.id));
        m_reviewerB->addItem(r.name, core::uuidText(r.id));
        if (r.role == core::ReviewerRole::Reviewer && ++reviewers <= 2)
            (reviewers == 1 ? m_reviewerA : m_reviewerB)->setCurrentIndex(m_reviewerA->count() - 1);
    }
    for (const core::Round &r : m_project->rounds())
        m_round->addItem(r.name, core::uuidText(r.id));
    auto restore = [](QComboBox *box, const QVariant &value) {
        const int i = box->findData(value);
        if (value.isValid() && i >= 0)
            box->setCurrentIndex(i);
    };
    restore(m_reviewerA, a);
    restore(m_reviewerB, b);
    restore(m_round, round);
}

Unit AgreementDashboard::currentUnit() const
{
    return Unit(m_unit->currentData().toInt());
}

ProjectAgreementOptions AgreementDashboard::currentOptions() const
{
    ProjectAgreementOptions o;
    o.reviewers = {QUuid::fromString(m_reviewerA->currentData().toString()),
                   QUuid::fromString(m_reviewerB->currentData().toString())};
    const QUuid round = QUuid::fromString(m_round->currentData().toString());
    if (!round.isNull())
        o.round = round;
    o.records = RecordSelection(m_records->currentData().toInt());
    o.tokens = needsTokens(currentUnit());
    o.segmentThreshold = m_threshold->value();
    // Whoever works in the window: a reviewer still blinded on some records gets figures
    // without them (invariant 5); a lead or adjudicator gets everything.
    o.viewer = m_project->actor();
    return o;
}

void AgreementDashboard::compute()
{
    if (!m_project || m_watcher.isRunning())
        return;
    // Reading the project is quick and must stay on the project's thread (one SQLite
    // connection); only the tokenising and the statistics go to the worker.
    auto job = prepareAgreement(*m_project, currentOptions(), m_tokens.get());
    if (!job) {
        m_status->setText(job.error());
        return;
    }
    m_titles.clear();
    for (const core::RecordSummary &r : m_project->recordSummaries())
        m_titles.insert(r.id, r.title);
    auto shared = std::make_shared<AgreementJob>(std::move(job).value());
    auto cache = m_tokens;
    setBusy(true);
    // Splitting the texts into words reports how far it got; the statistics after it report
    // no steps (a busy bar). The watcher hands both to the bar on this thread.
    m_watcher.setFuture(runInBackground<Outcome>([shared, cache](TaskContext &context) {
        auto progress = [&context](int done, int total, const QString &stage) {
            context.setProgress(done, stage == QLatin1String("computing") ? 0 : total);
        };
        auto r = runAgreement(std::move(*shared), cache.get(), progress);
        if (r)
            return Outcome{std::make_shared<const ProjectAgreement>(std::move(r).value()), QString()};
        return Outcome{nullptr, r.error()};
    }));
}

void AgreementDashboard::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_computeButton->setEnabled(!busy && m_project);
    m_exportButton->setEnabled(!busy && m_result);
    m_snapshotButton->setEnabled(!busy && m_result && m_project && !m_project->isReadOnly());
}

void AgreementDashboard::markStale()
{
    if (!m_result || m_stale)
        return;
    m_stale = true;
    m_status->setText(tr("The figures are out of date: press Compute to update them."));
}

void AgreementDashboard::onUnitChanged()
{
    if (!m_result)
        return;
    if (needsTokens(currentUnit()) && !m_result->report.hasTokens) {
        compute(); // word tokens were not computed yet
        return;
    }
    showResult();
}

void AgreementDashboard::showResult()
{
    setBusy(false);
    const int sortColumn = m_table->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = m_table->horizontalHeader()->sortIndicatorOrder();
    m_model->setResult(m_result, 0, currentUnit());
    if (sortColumn >= 0 && sortColumn < m_model->columnCount())
        m_table->sortByColumn(sortColumn, order);
    if (!m_result) {
        m_status->clear();
        return;
    }
    const AgreementJob &job = m_result->job;
    QString text = tr("%n record(s) compared", nullptr, int(job.recordIds.size()));
    if (!job.roundName.isEmpty())
        text += tr(" in round “%1”").arg(job.roundName);
    if (!job.unmappedA.isEmpty() || !job.unmappedB.isEmpty())
        text += tr("; %1 code(s) used by one reviewer only").arg(job.unmappedA.size() + job.unmappedB.size());
    if (job.recordsBlinded > 0)
        text += tr("; %n record(s) left out: still blinded for you", nullptr, job.recordsBlinded);
    for (const ScopeResult &s : m_result->pair().codes)
        if (isTableUnit(currentUnit()) && figures(s, currentUnit()).paradox) {
            text += tr(". Some codes show the kappa paradox (high agreement, low κ): read AC1 and PABAK.");
            break;
        }
    m_status->setText(text);
    showEvidence();
    refreshCurve();
}

void AgreementDashboard::showEvidence()
{
    m_evidence->clear();
    if (!m_result)
        return;
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    const QString key = m_model->index(current.row(), AgreementTableModel::CodeColumn)
                            .data(AgreementTableModel::ScopeKeyRole)
                            .toString();
    const std::vector<RecordEvidence> evidence = scopeEvidence(*m_result, key, m_model->pairIndex());
    // disagreements first: they are what a team looks at
    std::vector<const RecordEvidence *> order;
    for (const RecordEvidence &e : evidence)
        if (!e.agrees())
            order.push_back(&e);
    for (const RecordEvidence &e : evidence)
        if (e.agrees())
            order.push_back(&e);
    constexpr size_t kShown = 1000;
    QList<QTreeWidgetItem *> items;
    for (size_t i = 0; i < order.size() && i < kShown; ++i) {
        const RecordEvidence &e = *order[i];
        auto *item = new QTreeWidgetItem;
        const QString title = m_titles.value(e.recordId);
        item->setText(0, title.isEmpty() ? core::uuidText(e.recordId) : title);
        item->setData(0, Qt::UserRole, core::uuidText(e.recordId));
        const auto record = m_project ? m_project->record(e.recordId) : std::nullopt;
        const std::u32string text = core::analysis::codePointsOf(record ? record->text : QString());
        item->setText(1, quotesText(text, e.a));
        item->setText(2, quotesText(text, e.b));
        item->setToolTip(1, tr("Code points %1").arg(spansText(e.a)));
        item->setToolTip(2, tr("Code points %1").arg(spansText(e.b)));
        item->setText(3, e.agrees() ? tr("yes") : tr("no"));
        item->setText(4, QStringLiteral("%1 / %2 / %3").arg(e.characters.a).arg(e.characters.b).arg(e.characters.c));
        items << item;
    }
    m_evidence->addTopLevelItems(items);
    if (order.size() > kShown)
        m_status->setText(tr("Showing the first %1 of %2 records behind this figure.").arg(kShown).arg(order.size()));
}

QString AgreementDashboard::exportCsvTo(const QString &path) const
{
    if (!m_result)
        return tr("There are no figures to export yet.");
    std::vector<Unit> units;
    for (Unit u : allUnits())
        if (!needsTokens(u) || m_result->report.hasTokens)
            units.push_back(u);
    if (auto st = core::io::writeCsvFile(path, agreementCsv(*m_result, units)); !st)
        return st.error();
    return {};
}

void AgreementDashboard::exportCsv()
{
    if (!m_result)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Agreement"), QStringLiteral("agreement.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsvTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export Agreement"), error);
}

void AgreementDashboard::saveSnapshot()
{
    if (!m_result || !m_project)
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Save Snapshot"), tr("Label (e.g. “Pilot, before codebook revision”):"),
                                                QLineEdit::Normal, m_result->job.roundName, &ok);
    if (!ok)
        return;
    auto saved = core::agreement::saveSnapshot(*m_project, *m_result, currentUnit(), label);
    if (!saved) {
        QMessageBox::warning(this, tr("Save Snapshot"), saved.error());
        return;
    }
    m_status->setText(tr("Saved snapshot “%1”.").arg(snapshotTitle(*saved)));
    refreshChart();
}

QStringList AgreementDashboard::chartSeriesNames() const
{
    QStringList names;
    for (const QAbstractSeries *s : m_chart->chart()->series())
        names << s->name();
    return names;
}

QStringList AgreementDashboard::curveSeriesNames() const
{
    QStringList names;
    for (const QAbstractSeries *s : m_curve->chart()->series())
        names << s->name();
    return names;
}

void AgreementDashboard::refreshCurve()
{
    QChart *chart = m_curve->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    if (!m_result)
        return;
    auto addCurve = [chart](const QString &name, const SegmentCurve &curve) {
        auto *line = new QLineSeries;
        line->setName(name);
        for (int i = 0; i < kCurvePoints; ++i)
            if (const double v = curve[size_t(i)].score(); std::isfinite(v))
                line->append(curveThreshold(i), v);
        line->setPointsVisible(true);
        chart->addSeries(line);
    };
    const int pair = m_model->pairIndex();
    if (const ScopeResult *pooled = m_result->scope(QString(), pair))
        addCurve(tr("All codes pooled"), pooled->curve);
    if (const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex()); current.isValid()) {
        const QString key = m_model->index(current.row(), AgreementTableModel::CodeColumn)
                                .data(AgreementTableModel::ScopeKeyRole)
                                .toString();
        if (!key.isEmpty())
            if (const ScopeResult *s = m_result->scope(key, pair))
                addCurve(m_result->job.codePaths.value(key, s->name), s->curve);
    }
    auto *xAxis = new QValueAxis;
    xAxis->setRange(0.1, 1.0);
    xAxis->setTickCount(10);
    xAxis->setLabelFormat(QStringLiteral("%.1f"));
    xAxis->setTitleText(tr("Overlap needed"));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0.0, 1.0);
    yAxis->setTitleText(tr("F1"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
}

void AgreementDashboard::refreshChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    if (!m_project)
        return;
    auto list = listSnapshots(*m_project);
    if (!list || list->empty())
        return;
    const Unit unit = currentUnit();
    const QUuid a = QUuid::fromString(m_reviewerA->currentData().toString());
    const QUuid b = QUuid::fromString(m_reviewerB->currentData().toString());
    QString code;
    if (const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex()); current.isValid())
        code = m_model->index(current.row(), AgreementTableModel::CodeColumn).data(AgreementTableModel::ScopeKeyRole).toString();

    auto *pooled = new QLineSeries;
    pooled->setName(tr("All codes pooled"));
    QLineSeries *codeSeries = nullptr;
    if (!code.isEmpty()) {
        codeSeries = new QLineSeries;
        codeSeries->setName(m_result ? m_result->job.codePaths.value(code) : code);
    }
    QStringList categories;
    double low = 0;
    // oldest first, only snapshots of the chosen pair (either order)
    for (auto it = list->rbegin(); it != list->rend(); ++it) {
        const SnapshotInfo &info = *it;
        if (info.reviewers.size() < 2
            || !((info.reviewers[0] == a && info.reviewers[1] == b) || (info.reviewers[0] == b && info.reviewers[1] == a)))
            continue;
        const auto snap = loadSnapshot(*m_project, info.id);
        if (!snap)
            continue;
        const int x = int(categories.size());
        categories << snapshotTitle(info);
        for (const SnapshotRow &row : snap->rows) {
            const bool isPooled = row.scopeKind == QLatin1String("pooled");
            if (!isPooled && row.codeKey != code)
                continue;
            const double v = snapshotFigures(row, unit).headline();
            if (!std::isfinite(v))
                continue;
            low = std::min(low, v);
            (isPooled ? pooled : codeSeries)->append(x, v);
        }
    }
    if (categories.isEmpty()) {
        delete pooled;
        delete codeSeries;
        return;
    }
    chart->addSeries(pooled);
    if (codeSeries)
        chart->addSeries(codeSeries);
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(std::floor(low * 10) / 10, 1.0);
    yAxis->setTitleText(unit == Unit::Segment ? tr("F1") : unit == Unit::Unitizing ? tr("αU") : tr("κ"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    for (QAbstractSeries *s : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            line->setPointsVisible(true);
}

} // namespace dyad::ui
