#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace dyad::core {
class Project;
}

namespace dyad::core::io {

/** What a reviewer copy holds. */
struct ReviewerCopyReport
{
    int records = 0;
    int codes = 0;
    int codings = 0;
    int assignments = 0;
    int withheldCodes = 0;        ///< other reviewers' private codes left out
};

/**
 * Writes a reviewer copy for coding on another machine: a new .dyad with every record,
 * the codebook as that reviewer may see it (others' private codes withheld), only that
 * reviewer's rounds, assignments, codings and record memos, and none of the other
 * reviewers' work or the audit log. The copy remembers the project it came from and what
 * it held (the merge base), so merge() can tell the reviewer's edits from the lead's.
 */
Result<ReviewerCopyReport> exportReviewerCopy(Project &project, const QUuid &reviewerId, const QString &path);

/** What merge() did or, on a dry run, would do. */
struct MergeReport
{
    QString reviewerName;
    int codesAdded = 0;
    int codesUpdated = 0;
    int codingsAdded = 0;
    int codingsUpdated = 0;
    int codingsRemoved = 0;
    int memosUpdated = 0;
    int statusesUpdated = 0;
    QStringList conflicts;        ///< changed on both sides, or not placeable; the project's side kept
    QStringList notes;            ///< informational (e.g. codes deleted in the copy are kept)
    bool changed() const
    {
        return codesAdded + codesUpdated + codingsAdded + codingsUpdated + codingsRemoved + memosUpdated + statusesUpdated > 0;
    }
};

/**
 * Brings a reviewer copy's work back into the project by UUID: new and edited codes, the
 * reviewer's new, edited and removed codings, record memos and record statuses. Each item is
 * merged three-way against what the copy held when it was made: a change on one side is
 * applied, a change on both sides is a conflict (the project's version is kept and the
 * conflict reported), and codings on a record whose text differs are never placed.
 * One transaction, audited. The project remembers what it brought in from each copy, and
 * the next merge of that copy uses it as the base: only what changed in the copy since is
 * brought in, so merging an unchanged copy again changes nothing, whatever the project did
 * meanwhile.
 */
Result<MergeReport> mergeReviewerCopy(Project &project, const QString &copyPath, bool dryRun = false);

} // namespace dyad::core::io
