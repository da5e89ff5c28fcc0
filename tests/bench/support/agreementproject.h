#pragma once

#include "core/model/types.h"

#include <QString>

#include <vector>

namespace dyad::bench {

/** What generateAgreementProject() wrote. */
struct GeneratedProject
{
    QString error;                 ///< empty on success
    core::Reviewer a, b;           ///< the two reviewers
    std::vector<QUuid> records;    ///< in import order
    std::vector<QUuid> leaves;     ///< the 150 codes that carry codings
};

/**
 * Writes the benchmark project of DESIGN.md's budgets to `path` (a new file): 18,400
 * abstract-like records, a codebook of 200 codes in three levels (10 themes × 4 sub-themes ×
 * 3–4 codes) and 2 reviewers × 200,000 codings with Zipf-like code popularity, B coding
 * 85 % of A's passages with jittered boundaries. Deterministic (fixed seed). Used by the
 * agreement benchmark (dyad_bench) and the workbench benchmark (dyad_ui_bench).
 */
GeneratedProject generateAgreementProject(const QString &path);

} // namespace dyad::bench
