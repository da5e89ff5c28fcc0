// rounds: batches of records assigned to reviewers; status and blinding.
#include "cliutil.h"

#include "core/model/study.h"

using namespace dyad::core;

namespace dyad::cli {
namespace {

std::optional<Round> findRound(const Project &project, const QString &name)
{
    for (const Round &r : project.rounds())
        if (r.name.compare(name, Qt::CaseInsensitive) == 0 || uuidText(r.id) == name)
            return r;
    fail(QStringLiteral("no round \"%1\".").arg(name));
    return std::nullopt;
}

int runRounds(Context &ctx)
{
    QStringList args = ctx.args;
    const QString create = takeOption(args, QStringLiteral("create"));
    const QString assign = takeOption(args, QStringLiteral("assign"));
    const QString records = takeOption(args, QStringLiteral("records"));
    const QString reviewers = takeOption(args, QStringLiteral("reviewers"));
    const QString done = takeOption(args, QStringLiteral("done"));
    const QString record = takeOption(args, QStringLiteral("record"));
    const QString unblind = takeOption(args, QStringLiteral("unblind"));
    const QString phase = takeOption(args, QStringLiteral("phase"));
    const QString to = takeOption(args, QStringLiteral("to"));
    const QString as = takeOption(args, QStringLiteral("as"));
    const QString sampleText = takeOption(args, QStringLiteral("sample"));
    const QString seedText = takeOption(args, QStringLiteral("seed"));
    if (args.size() != 1)
        return fail(QStringLiteral("rounds takes one project file (see 'dyad-cli rounds --help')."));
    const bool writing = !create.isEmpty() || !assign.isEmpty() || !done.isEmpty() || !unblind.isEmpty()
        || !phase.isEmpty();
    auto project = openProject(args.front(), !writing);
    if (!project)
        return 1;
    if (!as.isEmpty()) {
        auto who = findReviewer(*project, as);
        if (!who)
            return 1;
        project->setActor(who->id);
    }
    if (!create.isEmpty()) {
        auto r = project->createRound(create);
        if (!r)
            return fail(r.error());
        out(QStringLiteral("Created round \"%1\"").arg(r->name));
        return 0;
    }
    if (!assign.isEmpty()) {
        auto round = findRound(*project, assign);
        if (!round)
            return 1;
        std::vector<QUuid> recordIds, reviewerIds;
        if (records.isEmpty() || records == QStringLiteral("all")) {
            for (const RecordSummary &r : project->recordSummaries())
                recordIds.push_back(r.id);
        } else {
            for (const QString &key : records.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                QString recordError;
                auto r = findRecord(*project, key.trimmed(), &recordError);
                if (!r)
                    return fail(recordError);
                recordIds.push_back(r->id);
            }
        }
        for (const QString &name : reviewers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto r = findReviewer(*project, name.trimmed());
            if (!r)
                return 1;
            reviewerIds.push_back(r->id);
        }
        if (reviewerIds.empty())
            return fail(QStringLiteral("--assign needs --reviewers A,B."));
        RecordSelection how;
        how.how = records.isEmpty() || records == QStringLiteral("all") ? QStringLiteral("all")
                                                                        : QStringLiteral("selected");
        how.population = static_cast<qsizetype>(recordIds.size());
        if (!sampleText.isEmpty() || !seedText.isEmpty()) {
            // The same draw as the Study window's "random sample of N" (core/model/study.h).
            bool sizeOk = false, seedOk = false;
            const int n = sampleText.toInt(&sizeOk);
            const quint64 seed = seedText.isEmpty() ? newSampleSeed() : seedText.toULongLong(&seedOk);
            if (!sizeOk || n < 1)
                return fail(QStringLiteral("--sample needs a number of records of at least 1, not \"%1\".")
                                .arg(sampleText));
            if (!seedText.isEmpty() && !seedOk)
                return fail(QStringLiteral("--seed needs a whole number, not \"%1\".").arg(seedText));
            recordIds = randomSample(recordIds, n, seed);
            how.how = QStringLiteral("sample");
            how.seed = seed;
        }
        if (auto st = assignRecords(*project, round->id, recordIds, reviewerIds, how); !st)
            return fail(st.error());
        out(QStringLiteral("Assigned %1 record(s) to %2 reviewer(s) in \"%3\"%4")
                .arg(recordIds.size())
                .arg(reviewerIds.size())
                .arg(round->name,
                     how.seed ? QStringLiteral(" (random sample, seed %1)").arg(*how.seed) : QString()));
        return 0;
    }
    if (!done.isEmpty()) {
        auto round = findRound(*project, done);
        if (!round || record.isEmpty() || as.isEmpty())
            return fail(QStringLiteral("--done ROUND needs --record R and --as REVIEWER."));
        QString recordError;
        auto rec = findRecord(*project, record, &recordError);
        if (!rec)
            return fail(recordError);
        if (auto st = project->setRecordStatus(round->id, rec->id, project->actor(), RecordStatus::Done); !st)
            return fail(st.error());
        out(QStringLiteral("Marked done."));
        return 0;
    }
    if (!unblind.isEmpty()) {
        auto round = findRound(*project, unblind);
        if (!round)
            return 1;
        if (auto st = project->unblindRound(round->id); !st)
            return fail(st.error());
        out(QStringLiteral("Blinding lifted for \"%1\".").arg(round->name));
        return 0;
    }
    if (!phase.isEmpty()) {
        auto round = findRound(*project, phase);
        const auto p = phaseFromName(to);
        if (!round || !p)
            return fail(QStringLiteral("--phase ROUND needs --to independent|reconciliation|closed."));
        if (auto st = project->setRoundPhase(round->id, *p); !st)
            return fail(st.error());
        out(QStringLiteral("\"%1\" is now in the %2 phase.").arg(round->name, phaseName(*p)));
        return 0;
    }
    QJsonArray rows;
    QList<QStringList> table;
    for (const Round &r : project->rounds()) {
        const auto assigned = project->assignments(r.id, std::nullopt, std::nullopt);
        qint64 doneCount = 0;
        for (const Assignment &a : assigned)
            doneCount += a.status == RecordStatus::Done ? 1 : 0;
        rows.append(QJsonObject{{QStringLiteral("id"), uuidText(r.id)},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("phase"), phaseName(r.phase)},
                                {QStringLiteral("unblinded"), r.unblinded},
                                {QStringLiteral("assignments"), static_cast<qint64>(assigned.size())},
                                {QStringLiteral("done"), doneCount}});
        table << QStringList{r.name, phaseName(r.phase), r.unblinded ? QStringLiteral("yes") : QStringLiteral("no"),
                             QStringLiteral("%1/%2").arg(doneCount).arg(assigned.size())};
    }
    if (ctx.json)
        printJson(rows);
    else
        printTable({QStringLiteral("Round"), QStringLiteral("Phase"), QStringLiteral("Unblinded"), QStringLiteral("Done")},
                   table);
    return 0;
}

CommandRegistrar s_rounds({QStringLiteral("rounds"), QStringLiteral("Coding rounds: create, assign, done, unblind, phase"),
                           QStringLiteral(
                               "Usage: dyad-cli rounds PROJECT.dyad [--json]\n"
                               "       dyad-cli rounds PROJECT.dyad --create NAME --as LEAD\n"
                               "       dyad-cli rounds PROJECT.dyad --assign ROUND [--records all|1,2,...] "
                               "[--sample N [--seed S]] --reviewers A,B --as LEAD\n"
                               "       dyad-cli rounds PROJECT.dyad --done ROUND --record R --as REVIEWER\n"
                               "       dyad-cli rounds PROJECT.dyad --unblind ROUND --as LEAD\n"
                               "       dyad-cli rounds PROJECT.dyad --phase ROUND --to independent|reconciliation|"
                               "closed --as LEAD\n\n"
                               "--sample N draws N of the records at random; the same --seed draws the same records\n"
                               "again, here and in the Study window of the GUI (the seed goes to the audit log).\n"
                               "While a round is in its independent phase a reviewer sees another's codings on a\n"
                               "record only when both have marked it done, or after the lead unblinds the round."),
                           runRounds});

} // namespace
} // namespace dyad::cli
