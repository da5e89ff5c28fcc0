#pragma once

#include "core/analysis/agreementreport.h"
#include "ui/analysis/common.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QTabWidget;
class QTextBrowser;

namespace dyad::ui::analysis {

/**
 * The Agreement dock: the HTML agreement report (as exported), a chart of agreement per
 * code, and a chart of agreement across rounds. Compares every reviewer with codings
 * (the Consensus layer aside).
 */
class AgreementView : public QWidget
{
    Q_OBJECT

public:
    AgreementView(ProjectAccessor project, QWidget *parent = nullptr);
    void reload();   ///< refills the pickers (another project); refresh() recomputes
    void refresh();

    /**
     * Overrides the decision-log summary shown in the report (by default it is read from
     * core/reconcile's decision store for the first pair of reviewers).
     */
    void setDecisionLog(std::optional<core::analysis::DecisionLogSummary> summary);

    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *report() const { return m_report; }
    QChartView *perCodeChart() const { return m_perCode; }
    QChartView *roundsChart() const { return m_rounds; }
    const std::optional<core::analysis::AgreementAnalysis> &analysis() const { return m_analysis; }

private:
    QString html() const;
    void buildPerCodeChart();
    void buildRoundsChart();

    ProjectAccessor m_project;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QTextBrowser *m_report;
    QChartView *m_perCode;
    QChartView *m_rounds;
    std::optional<core::analysis::AgreementAnalysis> m_analysis;
    std::optional<core::analysis::DecisionLogSummary> m_decisions;
};

} // namespace dyad::ui::analysis
