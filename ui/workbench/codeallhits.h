#pragma once

#include "core/model/types.h"

#include <vector>

namespace dyad::core {
class Project;
}

namespace dyad::ui {

/** What "Code All Hits" is about to add. */
struct SearchHitCodings
{
    std::vector<core::Coding> codings; ///< one per hit not yet carrying the code
    int records = 0;                   ///< records with at least one new coding
    int alreadyCoded = 0;              ///< hits the reviewer had coded with the code before
};

/**
 * Codings of @p codeId by @p reviewerId for every hit of the record search @p query (as
 * core::text::searchHitSpans() marks them) in @p records. Passages that already carry the
 * code by this reviewer are skipped, so running it twice adds nothing.
 */
SearchHitCodings codingsForSearchHits(const core::Project &project, const QUuid &reviewerId, const QUuid &codeId,
                                      const std::vector<QUuid> &records, const QString &query);

} // namespace dyad::ui
