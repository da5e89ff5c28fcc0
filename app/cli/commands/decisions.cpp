// dyad-cli decisions: the reconciliation decision log, for a methods appendix.

#include "command.h"

#include "core/io/atomicfile.h"
#include "core/model/project.h"
#include "core/open/open.h"
#include "core/reconcile/decisionlog.h"
#include "core/reconcile/decisionstore.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

using namespace dyad::core;
using namespace dyad::core::reconcile;
using dyad::core::io::writeFileAtomically;

namespace dyad::cli {
namespace {

const QString kUsage = QStringLiteral(
    "Usage: dyad-cli decisions PROJECT [--csv] [--output FILE] [--reviewers A,B] [--active] [--as NAME]\n"
    "\n"
    "Prints the reconciliation decision log: when, who, record, reviewer pair, kind of\n"
    "disagreement, outcome, rationale, codings before and after, the codes' definitions at the\n"
    "time, and the status (active, stale when the underlying codings changed since, or undone).\n"
    "\n"
    "  --csv           CSV (RFC 4180, UTF-8) for a methods appendix\n"
    "  --output FILE   write to FILE instead of standard output; its extension names the format\n"
    "                  (.csv, .json, .txt); any other extension is refused\n"
    "  --reviewers A,B only this pair's decisions\n"
    "  --active        leave out undone decisions\n"
    "  --as NAME       only decisions on records where NAME may see both reviewers' work (blinding)\n"
    "\n"
    "The plain listing names records by title and reviewers and codes by name; --csv and --json\n"
    "carry the ids as well.\n"
    "  --json          JSON with full detail");

int run(Context &ctx);

const Command &self()
{
    static const Command command{QStringLiteral("decisions"),
                                 QStringLiteral("Print the reconciliation decision log (CSV, JSON)"), kUsage, run};
    return command;
}

int run(Context &ctx)
{
    const Command &cmd = self();
    bool csv = takeFlag(ctx.args, QStringLiteral("csv"));
    const bool activeOnly = takeFlag(ctx.args, QStringLiteral("active"));
    const QString output = takeOption(ctx.args, QStringLiteral("output"));
    const QString reviewers = takeOption(ctx.args, QStringLiteral("reviewers"));
    const QString as = takeOption(ctx.args, QStringLiteral("as"));
    if (ctx.args.size() != 1)
        return usageError(cmd, QStringLiteral("give one PROJECT"));
    // The file's extension names its format: .csv is CSV, .json JSON, .txt (or none) the
    // plain listing; anything else (a .pdf, an .xlsx) is refused rather than filled with text.
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (!output.isEmpty() && !suffix.isEmpty()) {
        if (suffix == QLatin1String("csv"))
            csv = true;
        else if (suffix == QLatin1String("json"))
            ctx.json = true;
        else if (suffix != QLatin1String("txt"))
            return usageError(cmd, QStringLiteral("the decision log cannot be written as .%1; it writes .csv, .json or .txt.")
                                       .arg(suffix));
        if ((csv && suffix != QLatin1String("csv")) || (ctx.json && suffix != QLatin1String("json")))
            return usageError(cmd, QStringLiteral("--output %1 does not match the format asked for (--csv writes .csv, "
                                                  "--json writes .json).")
                                       .arg(output));
    }
    const QString path = ctx.args.first();
    auto project = dyad::core::openProject(path, true);
    if (!project)
        return fail(project.error());
    auto store = openDecisionStore(**project);
    if (!store)
        return fail(store.error());

    DecisionQuery query;
    query.includeUndone = !activeOnly;
    if (!reviewers.isNull()) {
        const QStringList names = reviewers.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (names.size() != 2)
            return usageError(cmd, QStringLiteral("give the pair as --reviewers A,B"));
        const auto a = (*project)->reviewerByName(names[0].trimmed());
        const auto b = (*project)->reviewerByName(names[1].trimmed());
        if (!a || !b)
            return fail(QStringLiteral("%1: there is no reviewer called \"%2\".")
                            .arg(path, (!a ? names[0] : names[1]).trimmed()));
        query.pair = std::make_pair(a->id, b->id);
    }
    std::vector<Decision> log = (*store)->decisions(query);
    if (!as.isNull()) {
        const auto viewer = (*project)->reviewerByName(as);
        if (!viewer)
            return fail(QStringLiteral("%1: there is no reviewer called \"%2\".").arg(path, as));
        // A decision shows both reviewers' codings and the consensus: only where the viewer
        // may see all three.
        QHash<QPair<QUuid, QUuid>, QSet<QUuid>> hidden;
        const QUuid consensus = (*project)->consensusReviewer().id;
        std::erase_if(log, [&](const Decision &d) {
            const QPair<QUuid, QUuid> pair(d.reviewerA, d.reviewerB);
            auto it = hidden.find(pair);
            if (it == hidden.end())
                it = hidden.insert(pair, (*project)->recordsHiddenFrom(viewer->id, {d.reviewerA, d.reviewerB, consensus}));
            return it->contains(d.recordId);
        });
    }
    const QSet<QUuid> stale = staleDecisionIds(**project, **store, log);

    QByteArray text;
    if (csv)
        text = decisionLogCsv(**project, log, stale).toUtf8();
    else if (ctx.json)
        text = QJsonDocument(decisionLogJson(**project, log, stale)).toJson(QJsonDocument::Indented);
    else
        text = decisionLogText(**project, log, stale).toUtf8();
    if (output.isEmpty()) {
        if (text.endsWith('\n'))
            text.chop(1);
        out(QString::fromUtf8(text));
        return 0;
    }
    // A CSV file gets a byte-order mark like every CSV file Dyad writes (Excel reads Chinese titles).
    if (csv)
        text.prepend("\xEF\xBB\xBF");
    if (auto st = writeFileAtomically(output, text); !st)
        return fail(st.error());
    return 0;
}

static CommandRegistrar reg(self());

} // namespace
} // namespace dyad::cli
