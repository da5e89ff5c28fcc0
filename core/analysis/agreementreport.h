#pragma once

#include "core/agreement/projectagreement.h"
#include "core/agreement/report.h"
#include "core/analysis/report.h"
#include "core/result.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace dyad::core::analysis {

/**
 * What the decision log of reconciliation says, for the report's summary. Filled by the
 * caller from core/reconcile when the project has decision tables; the report leaves the
 * section out (and says so) when it is absent.
 */
struct DecisionLogSummary
{
    int decisions = 0;                           ///< standing decisions
    int undone = 0;                              ///< decisions later undone
    int openEscalations = 0;
    QList<std::pair<QString, int>> byKind;       ///< "Exact agreement" → 120, ...
    QList<std::pair<QString, int>> byOutcome;    ///< "Accept A" → 30, ...
    int groupsOpen = -1;                         ///< groups still to decide; −1 when not known
};

/** Agreement for one round, for the trend across rounds. */
struct RoundAgreement
{
    QString round;
    int records = 0;
    agreement::ScopeResult pooled;   ///< first pair of reviewers
};

struct AgreementReportOptions
{
    /** Reviewers to compare (two or more); empty: defaultAgreementReviewers(). */
    std::vector<QUuid> reviewers;
    std::optional<QUuid> roundId;    ///< only that round's records and codings
    double segmentThreshold = 0.9;
    bool trendAcrossRounds = true;   ///< agreement per round, when the project has two or more rounds
    std::optional<DecisionLogSummary> decisions;
};

/** Everything the agreement report shows. */
struct AgreementAnalysis
{
    std::vector<Reviewer> reviewers;
    QString roundName;               ///< empty: all rounds
    int records = 0;                 ///< records compared
    QString universe;                ///< how the compared records were chosen, for the methods section
    agreement::ProjectAgreementOptions settings; ///< as the engine resolved them (reviewers, selection, threshold)
    agreement::AgreementReport report;
    std::vector<RoundAgreement> trend;
    std::optional<DecisionLogSummary> decisions;

    QJsonObject toJson() const;
};

/**
 * The decision-log summary of reconciliation between the first two of @p reviewers (either
 * order; one round when given), read from core/reconcile's decision store. Nullopt when the
 * project keeps no decision log or it has no decision for that pair.
 */
std::optional<DecisionLogSummary> decisionLogSummary(Project &project, const std::vector<QUuid> &reviewers,
                                                     const std::optional<QUuid> &roundId = std::nullopt);

/** The reviewers the report compares when none are named: agreement::defaultAgreementReviewerIds(). */
std::vector<Reviewer> defaultAgreementReviewers(const Project &project);

/**
 * Computes the report with the agreement engine (agreement::computeProjectAgreement(), its
 * defaults: records `auto`, codes somebody used), so its figures are those of
 * `dyad-cli agreement` and the dashboard; plus the trend (the engine per round).
 */
Result<AgreementAnalysis> computeAgreementAnalysis(const Project &project, const AgreementReportOptions &options);

/**
 * The HTML agreement report: settings; pooled figures; per-theme and per-code tables with
 * the counts behind each figure; interpretation after Landis & Koch (1977), named as a
 * convention; kappa-paradox notes; the trend across rounds and the decision-log summary when
 * present (each section says when there is nothing to show).
 */
QString agreementHtml(const AgreementAnalysis &analysis, const ReportMeta &meta);

/** CSV: the engine's full table (one row per pair × scope × unit). */
QString agreementCsv(const AgreementAnalysis &analysis);

} // namespace dyad::core::analysis
