#pragma once

#include "core/io/export/sheet.h"
#include "core/model/types.h"
#include "core/result.h"

#include <optional>
#include <vector>

namespace dyad::core {
class Project;
}

namespace dyad::core::analysis {

/** One coded passage, as the retrieval view lists it. */
struct CodedPassage
{
    Coding coding;
    QString codeName;
    QString recordTitle;
    qint64 recordSeq = 0;  ///< import order of the record
    QString reviewerName;
    QString text;          ///< the coded text itself
    QString before;        ///< up to contextLength code points before it (cut at a word)
    QString after;         ///< and after it
};

/** What to retrieve. */
struct RetrievalQuery
{
    QUuid codeId;
    bool withSubCodes = false;        ///< also the codes below it in the codebook
    std::optional<QUuid> layer;       ///< one reviewer (or the Consensus); unset: every layer
    int contextLength = 80;           ///< code points of context on each side
};

/**
 * Every passage coded with a code, as @p viewer may see it (Project::codingsWithCode(), so
 * blinding holds: a reviewer in the independent phase gets only their own passages and
 * what has been unblinded). Ordered by record (import order), then span, then layer.
 * Fails with a message when the code does not exist or the viewer may not see it.
 */
Result<std::vector<CodedPassage>> retrievePassages(const Project &project, const QUuid &viewer,
                                              const RetrievalQuery &query);

/** The passages as a table for CSV/XLSX: record, reviewer, code, span, passage, memo. */
io::Sheet passagesSheet(const std::vector<CodedPassage> &passages);

} // namespace dyad::core::analysis
