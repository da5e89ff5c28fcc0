// dyad-cli merge: bring a reviewer copy's work back into the project.

#include "command.h"

#include "core/io/export/reviewercopy.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dyad::cli;
using namespace dyad::core;
using namespace dyad::core::io;

namespace {

const QString kUsage = QStringLiteral(
    "Usage: dyad-cli merge PROJECT COPY.dyad [--dry-run] [--json]\n\n"
    "Brings the codings, edits, new codes, memos and record statuses of a reviewer copy (made\n"
    "with 'dyad-cli export reviewer-copy') back into PROJECT by UUID, in one audited\n"
    "transaction. What changed on both sides is reported as a conflict and the project's\n"
    "version is kept; codings on a record whose text differs are never placed. Merging the same\n"
    "copy again changes nothing. --dry-run reports what would happen without writing.\n"
    "Exit status: 0 merged, 1 error, 3 merged with conflicts.");

int run(Context &ctx)
{
    const Command self{QStringLiteral("merge"), {}, kUsage, {}};
    QStringList args = ctx.args;
    const bool dryRun = takeFlag(args, QStringLiteral("dry-run"));
    for (const QString &a : args)
        if (a.startsWith(QStringLiteral("--")))
            return usageError(self, QStringLiteral("unknown option %1").arg(a));
    if (args.size() != 2)
        return usageError(self, QStringLiteral("expected PROJECT COPY.dyad"));
    auto opened = dyad::core::openProject(args[0], dryRun);
    if (!opened)
        return fail(opened.error());
    auto r = mergeReviewerCopy(**opened, args[1], dryRun);
    if (!r)
        return fail(r.error());
    if (ctx.json) {
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("reviewer"), r->reviewerName},
                                                        {QStringLiteral("dryRun"), dryRun},
                                                        {QStringLiteral("codesAdded"), r->codesAdded},
                                                        {QStringLiteral("codesUpdated"), r->codesUpdated},
                                                        {QStringLiteral("codingsAdded"), r->codingsAdded},
                                                        {QStringLiteral("codingsUpdated"), r->codingsUpdated},
                                                        {QStringLiteral("codingsRemoved"), r->codingsRemoved},
                                                        {QStringLiteral("memosUpdated"), r->memosUpdated},
                                                        {QStringLiteral("statusesUpdated"), r->statusesUpdated},
                                                        {QStringLiteral("conflicts"), QJsonArray::fromStringList(r->conflicts)},
                                                        {QStringLiteral("notes"), QJsonArray::fromStringList(r->notes)}})
                                  .toJson(QJsonDocument::Compact)));
    } else {
        out(QStringLiteral("%1%2's copy: %3 code(s) added, %4 updated; %5 coding(s) added, %6 updated, %7 removed; "
                           "%8 memo(s), %9 status(es) updated.")
                .arg(dryRun ? QStringLiteral("Dry run, nothing written. ") : QString(), r->reviewerName)
                .arg(r->codesAdded)
                .arg(r->codesUpdated)
                .arg(r->codingsAdded)
                .arg(r->codingsUpdated)
                .arg(r->codingsRemoved)
                .arg(r->memosUpdated)
                .arg(r->statusesUpdated));
        if (!r->changed() && r->conflicts.isEmpty())
            out(QStringLiteral("Nothing to merge: the project already has everything in this copy."));
        for (const QString &c : r->conflicts)
            out(QStringLiteral("  conflict: ") + c);
        for (const QString &n : r->notes)
            out(QStringLiteral("  note: ") + n);
    }
    return r->conflicts.isEmpty() ? 0 : 3;
}

CommandRegistrar s_merge({QStringLiteral("merge"), QStringLiteral("Merge a reviewer copy back into the project"), kUsage, run});

} // namespace
