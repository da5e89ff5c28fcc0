#pragma once

#include "core/agreement/projectagreement.h"

#include <QFutureWatcher>
#include <QHash>
#include <QUuid>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

class QChartView;

namespace dyad::core {
class Project;
}

namespace dyad::ui {

class AgreementTableModel;
class Document;

/**
 * The agreement dashboard: choose reviewers, round, records, unit and segment threshold;
 * the figures per code, theme and pooled appear in a sortable, filterable table with their
 * counts and bands. Selecting a row lists the records behind the figure; activating a
 * record emits openComparison(). A chart follows the saved snapshots across rounds.
 * Reading the project happens on the GUI thread (it is quick, and the project's SQLite
 * connection belongs to that thread); tokenising and the statistics run in the background
 * (runInBackground()) with a progress bar.
 */
class AgreementDashboard : public QWidget
{
    Q_OBJECT

public:
    /** Saves snapshots into @p document's project, so it holds the document (its reviewer is the viewer). */
    explicit AgreementDashboard(Document *document, QWidget *parent = nullptr);
    ~AgreementDashboard() override;

    /** Shows another document (or none). Clears results and caches. */
    void setDocument(Document *document);
    Document *document() const { return m_document; }

    /** The last result, or null. */
    std::shared_ptr<const core::agreement::ProjectAgreement> result() const { return m_result; }
    core::agreement::ProjectAgreementOptions currentOptions() const;
    core::agreement::Unit currentUnit() const;

    /** For tests and automation: the widgets. */
    QTableView *tableView() const { return m_table; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    AgreementTableModel *tableModel() const { return m_model; }
    QTreeWidget *evidenceView() const { return m_evidence; }
    QChartView *chartView() const { return m_chart; }
    /** Names of the lines in the snapshot chart ("All codes pooled", then the selected code). */
    QStringList chartSeriesNames() const;
    /** The segment score over overlap thresholds 0.1 … 1.0: pooled and the selected code. */
    QChartView *curveView() const { return m_curve; }
    /** Names of the lines in the curve chart. */
    QStringList curveSeriesNames() const;
    /** The status line under the buttons (records compared, notes). */
    QLabel *statusLabel() const { return m_status; }

public slots:
    /** Reloads reviewers, rounds and codes (after the project changed). */
    void reloadChoices();
    /** Starts a computation with the current choices (no-op while one runs). */
    void compute();
    /** Marks the figures out of date (connect Document::changed to it). */
    void markStale();
    /** Writes the current table (all units, every pair) to a CSV file chosen by the user. */
    void exportCsv();
    /** Writes the current figures to @p path; returns an error message or an empty string. */
    QString exportCsvTo(const QString &path) const;
    /** Saves a snapshot of the current result (asks for a label). */
    void saveSnapshot();
    /** Redraws the chart from the project's snapshots. */
    void refreshChart();
    /** Redraws the segment curve of the current result (pooled and the selected code). */
    void refreshCurve();

signals:
    /** The user asked to see reviewer A's and B's codings side by side on a record. */
    void openComparison(const QUuid &recordId);
    /** A computation finished (successfully or not: see errorText). */
    void computed();

private:
    struct Outcome
    {
        std::shared_ptr<const core::agreement::ProjectAgreement> result;
        QString error;
    };

    void buildUi();
    void showResult();
    void showEvidence();
    void setBusy(bool busy);
    void onUnitChanged();

    Document *m_document = nullptr;
    core::Project *m_project = nullptr; ///< the document's project, or null
    std::shared_ptr<core::agreement::TokenCache> m_tokens;
    std::shared_ptr<const core::agreement::ProjectAgreement> m_result;
    QFutureWatcher<Outcome> m_watcher;
    bool m_stale = false;

    QComboBox *m_reviewerA = nullptr;
    QComboBox *m_reviewerB = nullptr;
    QComboBox *m_round = nullptr;
    QComboBox *m_records = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_scopeFilter = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_computeButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_snapshotButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    AgreementTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeWidget *m_evidence = nullptr;
    QChartView *m_chart = nullptr;
    QChartView *m_curve = nullptr;
    QHash<QUuid, QString> m_titles; ///< record titles for the drill-down, read with the result
};

} // namespace dyad::ui
