// dyad-cli agreement: inter-rater agreement of a project's reviewers, snapshots across rounds.
#include "cliutil.h"

#include "core/agreement/agreementformat.h"
#include "core/agreement/projectagreement.h"
#include "core/agreement/snapshots.h"
#include "core/io/csv.h"

#include <QJsonDocument>

#include <algorithm>

using namespace dyad::core;
using namespace dyad::core::agreement;

namespace dyad::cli {
namespace {

const Command &self()
{
    return *std::find_if(commands().begin(), commands().end(),
                         [](const Command &c) { return c.name == QLatin1String("agreement"); });
}

void print(const QString &format, const QString &table, const QString &csv, const QJsonObject &json)
{
    if (format == QLatin1String("json"))
        out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    else if (format == QLatin1String("csv"))
        outCsv(csv);
    else
        out(table.trimmed());
}

/** A snapshot by UUID, unique id prefix, label, or 1-based position (oldest first). */
std::optional<SnapshotInfo> findSnapshot(const std::vector<SnapshotInfo> &newestFirst, const QString &key)
{
    const QString k = key.trimmed();
    bool isNumber = false;
    const int n = k.toInt(&isNumber);
    if (isNumber && n >= 1 && size_t(n) <= newestFirst.size())
        return newestFirst[newestFirst.size() - size_t(n)];
    std::vector<const SnapshotInfo *> matches;
    for (const SnapshotInfo &s : newestFirst)
        if (uuidText(s.id).startsWith(k.toLower()) || snapshotTitle(s).compare(k, Qt::CaseInsensitive) == 0)
            matches.push_back(&s);
    if (matches.size() == 1)
        return *matches.front();
    fail(matches.empty() ? QStringLiteral("no agreement snapshot \"%1\" (see --snapshots).").arg(k)
                         : QStringLiteral("\"%1\" matches %2 snapshots; use more of the id.").arg(k).arg(matches.size()));
    return std::nullopt;
}

int listSnapshotsCommand(const Project &project, const QString &format)
{
    auto list = listSnapshots(project);
    if (!list)
        return fail(list.error());
    QList<QStringList> rows;
    QJsonArray json;
    io::CsvWriter csv(QStringLiteral("n,id,created,title,round,reviewers,unit,records,pooled_headline").split(QLatin1Char(',')));
    for (size_t i = 0; i < list->size(); ++i) {
        const SnapshotInfo &s = (*list)[list->size() - 1 - i]; // oldest first, numbered from 1
        const auto unit = unitFromName(s.unit).value_or(Unit::Character);
        const Figures pooled = Figures::fromJson(unit, s.summary.value(QStringLiteral("pooled")).toObject());
        QStringList names;
        for (const QJsonValue &v : s.summary.value(QStringLiteral("reviewers")).toArray())
            names << v.toString();
        const QString created = s.created.toString(Qt::ISODate);
        const QString records = QString::number(s.summary.value(QStringLiteral("records")).toInteger());
        rows << QStringList{QString::number(i + 1), uuidText(s.id).left(8), created, snapshotTitle(s),
                            s.summary.value(QStringLiteral("round")).toString(), names.join(QStringLiteral(", ")), s.unit,
                            records, formatFigure(pooled.headline())};
        csv.addCells({io::CsvCell(i + 1), uuidText(s.id), created, snapshotTitle(s),
                      s.summary.value(QStringLiteral("round")).toString(), names.join(QLatin1Char(';')), s.unit,
                      io::CsvCell::number(records), io::CsvCell(pooled.headline(), 10)});
        json.append(QJsonObject{{QStringLiteral("n"), qint64(i + 1)},
                                {QStringLiteral("id"), uuidText(s.id)},
                                {QStringLiteral("created"), created},
                                {QStringLiteral("unit"), s.unit},
                                {QStringLiteral("settings"), s.settings},
                                {QStringLiteral("summary"), s.summary}});
    }
    if (format == QLatin1String("json")) {
        printJson(json);
    } else if (format == QLatin1String("csv")) {
        outCsv(csv.text());
    } else if (rows.isEmpty()) {
        out(QStringLiteral("No agreement snapshots yet (save one with --save)."));
    } else {
        printTable({QStringLiteral("n"), QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("title"),
                    QStringLiteral("round"), QStringLiteral("reviewers"), QStringLiteral("unit"), QStringLiteral("records"),
                    QStringLiteral("pooled")},
                   rows);
    }
    return 0;
}

int run(Context &ctx)
{
    QStringList args = ctx.args;
    const QString unitText = takeOption(args, QStringLiteral("unit"));
    const bool codedOnly = takeFlag(args, QStringLiteral("coded-only"));
    const QString reviewersText = takeOption(args, QStringLiteral("reviewers"));
    const QString roundText = takeOption(args, QStringLiteral("round"));
    const QString recordsText = takeOption(args, QStringLiteral("records"));
    const QString codesText = takeOption(args, QStringLiteral("codes"));
    const QString thresholdText = takeOption(args, QStringLiteral("threshold"));
    const QString mapText = takeOption(args, QStringLiteral("map"));
    const bool suggestMap = takeFlag(args, QStringLiteral("suggest-map"));
    QString format = takeOption(args, QStringLiteral("format"));
    const bool save = takeFlag(args, QStringLiteral("save"));
    const QString label = takeOption(args, QStringLiteral("label"));
    const bool listOnly = takeFlag(args, QStringLiteral("snapshots"));
    const QString compare = takeOption(args, QStringLiteral("compare"));
    const QString figure = takeOption(args, QStringLiteral("figure"));
    const QString as = takeOption(args, QStringLiteral("as"));
    if (ctx.json)
        format = QStringLiteral("json");
    if (format.isEmpty())
        format = QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(self(), QStringLiteral("unknown format '%1' (table|csv|json)").arg(format));
    if (args.size() != 1)
        return usageError(self(), args.isEmpty() ? QStringLiteral("missing PROJECT")
                                                 : QStringLiteral("unexpected argument '%1'").arg(args.value(1)));

    std::vector<Unit> units;
    const QString unitArg = unitText.isEmpty() ? QStringLiteral("character") : unitText.toLower();
    if (unitArg == QLatin1String("all")) {
        for (Unit u : allUnits())
            units.push_back(u);
    } else {
        for (const QString &part : unitArg.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString n = part.trimmed();
            if (codedOnly && (n == QLatin1String("record") || n == QLatin1String("character") || n == QLatin1String("token")))
                n += QStringLiteral("-coded");
            const auto u = unitFromName(n);
            if (!u)
                return usageError(self(), QStringLiteral("unknown unit '%1' (record|character|token|segment|unitizing|all)").arg(part));
            units.push_back(*u);
        }
    }
    if (!figure.isEmpty() && !figureNames().contains(figure))
        return usageError(self(), QStringLiteral("unknown figure '%1' (%2)").arg(figure, figureNames().join(QLatin1Char('|'))));

    auto project = openProject(args.front(), !save);
    if (!project)
        return 1;
    std::optional<Reviewer> viewer;
    if (!as.isEmpty()) {
        viewer = findReviewer(*project, as);
        if (!viewer)
            return 1;
        project->setActor(viewer->id);
    }

    // Saved snapshots hold every reviewer's figures: not for a reviewer who is still blinded.
    if (viewer && (listOnly || !compare.isEmpty())) {
        std::vector<QUuid> everybody;
        for (const Reviewer &r : project->reviewers())
            everybody.push_back(r.id);
        if (!project->recordsHiddenFrom(viewer->id, everybody).isEmpty())
            return fail(QStringLiteral("agreement snapshots hold every reviewer's figures, and %1 is still blinded "
                                       "from others' work on some records; run without --snapshots/--compare, or "
                                       "ask the lead.")
                            .arg(viewer->name));
    }

    if (listOnly)
        return listSnapshotsCommand(*project, format);
    if (!compare.isEmpty()) {
        const QStringList keys = compare.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (keys.size() != 2)
            return usageError(self(), QStringLiteral("--compare takes two snapshots: S1,S2"));
        auto list = listSnapshots(*project);
        if (!list)
            return fail(list.error());
        const auto s1 = findSnapshot(*list, keys[0]);
        const auto s2 = s1 ? findSnapshot(*list, keys[1]) : std::nullopt;
        if (!s1 || !s2)
            return 1;
        auto before = loadSnapshot(*project, s1->id);
        auto after = loadSnapshot(*project, s2->id);
        if (!before || !after)
            return fail(before ? after.error() : before.error());
        const Unit unit = unitText.isEmpty() ? unitFromName(after->info.unit).value_or(Unit::Character) : units.front();
        const QString compared = !figure.isEmpty() ? figure
            : unit == Unit::Segment                 ? QStringLiteral("score")
            : unit == Unit::Unitizing               ? QStringLiteral("alphaU")
                                                    : QStringLiteral("kappa");
        const SnapshotComparison c = compareSnapshots(*before, *after, unit, compared);
        print(format, comparisonTable(c), comparisonCsv(c), comparisonJson(c));
        return 0;
    }

    ProjectAgreementOptions options;
    if (viewer)
        options.viewer = viewer->id;
    for (const QString &name : reviewersText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto r = findReviewer(*project, name.trimmed());
        if (!r)
            return 1;
        options.reviewers.push_back(r->id);
    }
    if (!roundText.isEmpty()) {
        std::optional<Round> round;
        for (const Round &r : project->rounds())
            if (r.name.compare(roundText, Qt::CaseInsensitive) == 0 || uuidText(r.id) == roundText.toLower())
                round = r;
        if (!round)
            return fail(QStringLiteral("no round \"%1\" (see 'dyad-cli rounds').").arg(roundText));
        options.round = round->id;
    }
    if (!recordsText.isEmpty()) {
        const auto sel = selectionFromName(recordsText);
        if (!sel)
            return usageError(self(), QStringLiteral("unknown record selection '%1' (auto|assigned|done|coded-by-any|coded-by-all|all)")
                                          .arg(recordsText));
        options.records = *sel;
    }
    for (const QString &name : codesText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString error;
        auto c = findCode(*project, name.trimmed(), &error);
        if (!c)
            return fail(error);
        options.codes.push_back(c->id);
    }
    if (!thresholdText.isEmpty()) {
        bool ok = false;
        options.segmentThreshold = thresholdText.toDouble(&ok);
        if (!ok || options.segmentThreshold <= 0 || options.segmentThreshold > 1)
            return usageError(self(), QStringLiteral("--threshold takes a share of the longer span, 0 < T <= 1 (got '%1')").arg(thresholdText));
    }
    options.tokens = std::any_of(units.begin(), units.end(), [](Unit u) { return needsTokens(u); });

    if (suggestMap || mapText == QLatin1String("auto")) {
        auto mapping = suggestProjectCodeMapping(*project, options);
        if (!mapping)
            return fail(mapping.error());
        if (suggestMap) {
            if (format == QLatin1String("json"))
                printJson(mapping->toJson());
            else
                outCsv(codeMappingCsv(*project, *mapping));
            return 0;
        }
        options.mapping = linksFrom(*mapping);
        if (format == QLatin1String("table"))
            err(QStringLiteral("Code mapping (auto): %1 pairs applied; write it out with --suggest-map to edit it.")
                    .arg(options.mapping.size()));
    } else if (!mapText.isEmpty()) {
        auto links = readCodeMappingCsv(*project, mapText);
        if (!links)
            return fail(links.error());
        options.mapping = std::move(*links);
    }

    auto result = computeProjectAgreement(*project, options);
    if (!result)
        return fail(result.error());
    if (result->job.recordsBlinded > 0)
        err(QStringLiteral("Left out %1 record(s) still blinded for %2 (independent coding not finished by both).")
                .arg(result->job.recordsBlinded)
                .arg(viewer->name));
    print(format, agreementTable(*result, units), agreementCsv(*result, units), agreementJson(*result, units));
    if (save) {
        auto info = saveSnapshot(*project, *result, units.front(), label);
        if (!info)
            return fail(info.error());
        err(QStringLiteral("Saved agreement snapshot %1 (\"%2\").").arg(uuidText(info->id), snapshotTitle(*info)));
    }
    return 0;
}

const QString kUsage = QStringLiteral(
    "Usage: dyad-cli agreement PROJECT [--unit record|character|token|segment|unitizing|all] [--coded-only]\n"
    "                 [--reviewers A,B] [--round R] [--records auto|assigned|done|coded-by-any|coded-by-all|all]\n"
    "                 [--codes C1,C2] [--threshold T] [--map auto|FILE.csv] [--suggest-map]\n"
    "                 [--format table|csv|json] [--save [--label L]] [--as REVIEWER]\n"
    "       dyad-cli agreement PROJECT --snapshots\n"
    "       dyad-cli agreement PROJECT --compare S1,S2 [--unit U] [--figure kappa|ac1|alpha|pabak|observed|score|alphaU]\n"
    "\n"
    "Inter-rater agreement of the project's reviewers, per code, per theme (a code with sub-codes:\n"
    "the union of its subtree) and pooled over all codes. For each unit the table shows the counts\n"
    "behind the figure (a = both coded, b = A only, c = B only, d = neither), percent agreement p_o,\n"
    "Cohen's kappa with its 95% CI, Gwet's AC1, PABAK, Krippendorff's alpha, the Landis & Koch band\n"
    "and a 'paradox' flag when agreement is high but kappa low (read AC1 and PABAK then).\n"
    "\n"
    "Units (--unit, default character; several with commas, or all):\n"
    "  record      the code is present in the record or not\n"
    "  character   every code point of the texts is covered or not (CJK characters and emoji count once)\n"
    "  token       ICU word tokens (Chinese segmented into words), coded when half covered\n"
    "  segment     codings matched one-to-one when they overlap by --threshold of the longer span (0.9)\n"
    "  unitizing   Krippendorff's alpha_U\n"
    "  --coded-only  record/character/token over the text somebody coded with any code only\n"
    "\n"
    "Which reviewers and records:\n"
    "  --reviewers A,B  names or ids, A first (default: every reviewer who coded; pairs and all-at-once\n"
    "                   figures with more than two)\n"
    "  --round R        records of round R and the codings made in it (or outside any round)\n"
    "  --records S      auto (default): 'assigned' with --round, 'coded-by-any' without;\n"
    "                   assigned: assigned to every chosen reviewer in the round; done: marked done by\n"
    "                   all of them; coded-by-any / coded-by-all: records any / every chosen reviewer\n"
    "                   coded; all: every record. A record a reviewer left uncoded counts as 'nothing found'.\n"
    "  --codes C1,C2    only these codes and their sub-codes (names, paths \"Theme > Code\" or ids)\n"
    "\n"
    "Independent (inductive) codebooks:\n"
    "  --suggest-map    print a suggested mapping of A's codes to B's (by overlap of coded text) as\n"
    "                   CSV (code_a,code_b,...); edit it and pass it back with --map FILE.csv\n"
    "  --map auto       apply the suggestion as it is\n"
    "  --map FILE.csv   columns code_a and code_b: B's code is counted as A's code. Codes only one\n"
    "                   reviewer used are listed in the notes.\n"
    "\n"
    "Snapshots (follow agreement from the pilot round to the main round):\n"
    "  --save [--label L]  store the figures (per code, theme, pooled; all units) with the round,\n"
    "                      settings and time; audited. --as names who saves.\n"
    "\n"
    "Blinding:\n"
    "  --as REVIEWER    who asks. A reviewer gets figures only for records on which they may see every\n"
    "                   chosen reviewer's codings (both marked done, the round in reconciliation, or\n"
    "                   unblinded); the others are left out and counted on stderr. Snapshots are not\n"
    "                   shown to a reviewer who is still blinded. Without --as nothing is left out.\n"
    "  --snapshots         list them (numbered from 1, oldest first)\n"
    "  --compare S1,S2     per code: the figure in S1, in S2 and the change (S = number, id or label)\n"
    "\n"
    "Formats: table (default), csv (one row per pair x scope x unit), json.\n");

CommandRegistrar reg({QStringLiteral("agreement"),
                      QStringLiteral("Inter-rater agreement per code, theme and pooled; snapshots across rounds"),
                      kUsage, run});

} // namespace
} // namespace dyad::cli
