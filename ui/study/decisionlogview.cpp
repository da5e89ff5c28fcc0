#include "ui/study/decisionlogview.h"

#include "core/io/csv.h"
#include "core/model/project.h"
#include "core/reconcile/decisionlog.h"
#include "ui/document.h"
#include "ui/study/decisionlogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dyad::ui {

/** Words typed in the filter field (each must occur in some column) and the chosen round. */
class DecisionLogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        invalidateFilter();
    }
    void setRound(const QUuid &roundId)
    {
        m_round = roundId;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!m_round.isNull() && m->index(row, 0, parent).data(DecisionLogModel::RoundIdRole).toUuid() != m_round)
            return false;
        if (m_words.isEmpty())
            return true;
        QString all;
        for (int c = 0; c < m->columnCount(parent); ++c)
            all += m->index(row, c, parent).data().toString() + QLatin1Char('\n');
        for (const QString &w : m_words)
            if (!all.contains(w, Qt::CaseInsensitive))
                return false;
        return true;
    }

private:
    QStringList m_words;
    QUuid m_round;
};

DecisionLogView::DecisionLogView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new DecisionLogModel(this))
    , m_proxy(new DecisionLogFilter(this))
{
    setObjectName(QStringLiteral("DecisionLogView"));
    setWindowTitle(tr("Decision Log: %1").arg(document->displayName()));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("DecisionFilter"));
    m_filter->setPlaceholderText(tr("Filter: record, code, reviewer, outcome, rationale…"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_round = new QComboBox(this);
    m_round->setObjectName(QStringLiteral("DecisionRound"));
    auto *roundLabel = new QLabel(tr("&Round:"), this);
    roundLabel->setBuddy(m_round);
    m_undone = new QCheckBox(tr("Show &undone decisions"), this);
    m_undone->setChecked(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("DecisionCount"));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("ExportDecisions"));
    m_export->setAutoDefault(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(roundLabel);
    bar->addWidget(m_round);
    bar->addWidget(m_undone);
    bar->addWidget(m_count);
    bar->addWidget(m_export);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("DecisionTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // in the order decided until a header is clicked
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(DecisionLogModel::RationaleColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Double-click or press Enter to show the record in the workbench"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit showRecordRequested(index.data(DecisionLogModel::RecordIdRole).toUuid());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setWords(text);
        updateCount();
    });
    connect(m_round, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setRound(m_round->currentData().toUuid());
        updateCount();
    });
    connect(m_undone, &QCheckBox::toggled, m_model, &DecisionLogModel::setIncludeUndone);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshRounds();
        m_view->resizeColumnsToContents();
        // Long titles and code lists would push the rationale out of sight: cap them (the
        // tooltip shows the whole text).
        QHeaderView *header = m_view->horizontalHeader();
        for (int c = 0; c < DecisionLogModel::ColumnCount; ++c)
            if (header->sectionSize(c) > 280)
                header->resizeSection(c, 280);
        header->setSectionResizeMode(DecisionLogModel::RationaleColumn, QHeaderView::Stretch);
        updateCount();
    });
    connect(m_export, &QPushButton::clicked, this, &DecisionLogView::exportDialog);

    m_model->setDocument(document);
    m_filter->setFocus();
}

void DecisionLogView::refreshRounds()
{
    const QUuid current = m_round->currentData().toUuid();
    const QSignalBlocker block(m_round);
    m_round->clear();
    m_round->addItem(tr("All rounds"), QUuid());
    for (const core::Round &r : m_document->project().rounds())
        m_round->addItem(r.name, r.id);
    const int index = m_round->findData(current);
    m_round->setCurrentIndex(index < 0 ? 0 : index);
}

void DecisionLogView::setRound(const QUuid &roundId)
{
    const int index = m_round->findData(roundId);
    m_round->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setRound(m_round->currentData().toUuid());
    updateCount();
}

int DecisionLogView::shownCount() const
{
    return m_proxy->rowCount();
}

void DecisionLogView::updateCount()
{
    if (!m_model->errorString().isEmpty()) {
        m_count->setText(m_model->errorString());
        m_export->setEnabled(false);
        return;
    }
    m_count->setText(tr("%1 of %n decision(s)", nullptr, m_model->rowCount()).arg(shownCount()));
    m_export->setEnabled(shownCount() > 0);
}

bool DecisionLogView::exportCsv(const QString &path, QString *error) const
{
    std::vector<core::reconcile::Decision> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        shown.push_back(m_model->decisions()[static_cast<size_t>(source)]);
    }
    const QString csv = core::reconcile::decisionLogCsv(m_document->project(), shown, m_model->staleIds());
    // Through the one CSV file writer: a byte-order mark like every CSV Dyad writes, and the
    // file replaced only when everything was written.
    if (auto st = core::io::writeCsvFile(path, csv); !st) {
        if (error)
            *error = st.error();
        return false;
    }
    return true;
}

void DecisionLogView::exportDialog()
{
    auto *dialog = new QFileDialog(this, tr("Export Decision Log"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("ExportDecisionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("decision-log.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!exportCsv(path, &error))
            m_count->setText(error);
        else
            m_count->setText(tr("Wrote %n decision(s) to %1", nullptr, shownCount()).arg(path));
    });
    dialog->open();
}

} // namespace dyad::ui
