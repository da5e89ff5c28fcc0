#pragma once

#include "projectagreement.h"
#include "snapshots.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace dyad::core::agreement {

/** One line describing a unit for table headings, e.g. "character: every code point of the texts". */
QString unitDescription(Unit unit);

/**
 * Plain-text tables of a project report, one block per pair and unit: per code, theme and
 * pooled, the counts behind the figure and its coefficients (table units: a, b, c, d, p_o,
 * κ with 95 % CI, AC1, PABAK, α, Landis & Koch band, paradox flag; segments: matched, A-only,
 * B-only, F1; unitizing: α_U), then notes (paradox, codes only one side used, mapping).
 */
QString agreementTable(const ProjectAgreement &result, const std::vector<Unit> &units);

/** CSV, one row per pair × scope × unit; header first. */
QString agreementCsv(const ProjectAgreement &result, const std::vector<Unit> &units);

/** JSON with the selection, mapping and per pair, scope and unit the figures. */
QJsonObject agreementJson(const ProjectAgreement &result, const std::vector<Unit> &units);

/** A plain-text comparison of two snapshots. */
QString comparisonTable(const SnapshotComparison &comparison);
QString comparisonCsv(const SnapshotComparison &comparison);
QJsonObject comparisonJson(const SnapshotComparison &comparison);

/** Which records a computation compared, in words, e.g. "records of round \"Pilot\" assigned to every chosen reviewer". */
QString selectionDescription(const AgreementJob &job);

/** A figure with three decimals, or "n/a" when undefined. */
QString formatFigure(double value, int decimals = 3);

} // namespace dyad::core::agreement
