#pragma once

#include "core/model/types.h"

#include <functional>
#include <optional>
#include <vector>

class QWidget;

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
    bool cancelled = false;            ///< progress() asked to stop; the rest is incomplete
};

/**
 * Codings of @p codeId by @p reviewerId for every hit of the record search @p query (as
 * core::text::searchHitSpans() marks them) in @p records. Passages that already carry the
 * code by this reviewer are skipped, so running it twice adds nothing. @p progress, when
 * given, hears (records searched, records) now and then; returning false stops the search.
 */
SearchHitCodings codingsForSearchHits(const core::Project &project, const QUuid &reviewerId, const QUuid &codeId,
                                      const std::vector<QUuid> &records, const QString &query,
                                      const std::function<bool(qint64, qint64)> &progress = {});

/**
 * codingsForSearchHits() off the GUI thread, through a connection of its own to the project
 * file, while @p parent shows a progress dialog with Cancel (an in-memory project is searched
 * in place, and so is a file the worker cannot open). Returns nullopt when the person
 * cancelled.
 */
std::optional<SearchHitCodings> findSearchHitCodings(QWidget *parent, const core::Project &project,
                                                     const QUuid &reviewerId, const QUuid &codeId,
                                                     const std::vector<QUuid> &records, const QString &query);

} // namespace dyad::ui
