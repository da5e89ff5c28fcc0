// Team server benchmarks (docs/team.md): the same generated data and corpus as the file
// benchmarks, read from a PostgreSQL server started for the run. Run:
//   build/tests/bench/team/dyad_team_bench
#include "benchcluster.h"

#include "core/agreement/projectagreement.h"
#include "core/io/import/projectimport.h"
#include "core/model/project.h"
#include "core/open/open.h"
#include "core/pg/teamproject.h"
#include "support/agreementproject.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace dyad::core;
using namespace dyad::core::agreement;
using dyad::bench::BenchCluster;

namespace {

/** The 2 × 200,000-coding project, in a file and moved to the server. */
struct AgreementFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Project> file, server, asLead;
    Reviewer a, b;
    QString error;

    AgreementFixture()
    {
        BenchCluster &cluster = BenchCluster::instance();
        if (!cluster.ok()) {
            error = cluster.error();
            return;
        }
        const QString path = dir.filePath(QStringLiteral("bench.dyad"));
        auto generated = dyad::bench::generateAgreementProject(path);
        if (!generated.error.isEmpty()) {
            error = generated.error;
            return;
        }
        a = generated.a;
        b = generated.b;
        const QString url = cluster.url(cluster.newDatabase());
        if (auto moved = pg::createTeamProject(url, {}, path); !moved) {
            error = moved.error();
            return;
        }
        file = openProject(path).value();
        auto opened = pg::openTeamProject(url);
        if (!opened) {
            error = opened.error();
            return;
        }
        server = std::move(opened).value();
        // The lead reads through the row-level security policies (the owner bypasses them).
        const QString db = url.section(u'?', 0, 0).section(u'/', -1);
        const QString role = db + QStringLiteral("_lead");
        if (auto st = pg::addTeamMember(url, QStringLiteral("Lena"), role, pg::TeamRole::Lead); !st) {
            error = st.error();
            return;
        }
        auto lead = pg::openTeamProject(QString(url).replace(QStringLiteral("user=dyad_admin"), QStringLiteral("user=") + role));
        if (!lead) {
            error = lead.error();
            return;
        }
        asLead = std::move(lead).value();
    }
};

AgreementFixture &agreementFixture()
{
    static AgreementFixture f;
    return f;
}

enum class From { File, ServerOwner, ServerLead };

void agreementFrom(benchmark::State &state, From from)
{
    AgreementFixture &f = agreementFixture();
    if (!f.error.isEmpty()) {
        state.SkipWithError(f.error.toStdString().c_str());
        return;
    }
    ProjectAgreementOptions o;
    o.reviewers = {f.a.id, f.b.id};
    Project &project = from == From::File ? *f.file : from == From::ServerOwner ? *f.server : *f.asLead;
    TokenCache cache;
    (void)computeProjectAgreement(project, o, &cache);
    for (auto _ : state) {
        auto r = computeProjectAgreement(project, o, &cache);
        if (!r) {
            state.SkipWithError(r.error().toStdString().c_str());
            return;
        }
        state.counters["codings"] = double(r->job.codingCounts[0] + r->job.codingCounts[1]);
        benchmark::DoNotOptimize(r);
    }
}

// All agreement statistics for 2 × 200,000 codings, read from the file and from the server in
// the same run (issue 17: the server within 2× the file).
void BM_TeamAgreementFromFile(benchmark::State &state) { agreementFrom(state, From::File); }
void BM_TeamAgreementFromServer(benchmark::State &state) { agreementFrom(state, From::ServerOwner); }
void BM_TeamAgreementFromServerAsLead(benchmark::State &state) { agreementFrom(state, From::ServerLead); }
BENCHMARK(BM_TeamAgreementFromFile)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_TeamAgreementFromServer)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(5)->ReportAggregatesOnly(true);
BENCHMARK(BM_TeamAgreementFromServerAsLead)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(5)->ReportAggregatesOnly(true);

/** The real corpus imported into a file, then moved to the server. */
QString corpusOnServer(QString *error)
{
    static QTemporaryDir dir;
    static QString url, failure;
    if (!url.isEmpty() || !failure.isEmpty()) {
        *error = failure;
        return url;
    }
    BenchCluster &cluster = BenchCluster::instance();
    if (!cluster.ok()) {
        *error = failure = cluster.error();
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("corpus.dyad"));
    {
        auto project = createProject(path).value();
        const QDir corpus(QString::fromUtf8(qEnvironmentVariableIsSet("DYAD_CORPUS_DIR") ? qgetenv("DYAD_CORPUS_DIR")
                                                                                          : QByteArray(DYAD_CORPUS_DIR)));
        QStringList files;
        for (const QString &f : corpus.entryList({QStringLiteral("*.csv")}, QDir::Files))
            if (f != QStringLiteral("index.csv"))
                files << corpus.filePath(f);
        if (files.isEmpty()) {
            *error = failure = QStringLiteral("no corpus: set DYAD_CORPUS_DIR");
            return {};
        }
        const auto plan = importer::planImport(*project, files, {});
        (void)importer::applyImport(*project, plan);
    }
    const QString target = cluster.url(cluster.newDatabase());
    if (auto moved = pg::createTeamProject(target, {}, path); !moved) {
        *error = failure = moved.error();
        return {};
    }
    url = target;
    return url;
}

// Opening the corpus project on the server and showing the first record (issue 17: under 1 s).
void BM_TeamOpenCorpusAndShowFirstRecord(benchmark::State &state)
{
    QString error;
    const QString url = corpusOnServer(&error);
    if (!error.isEmpty()) {
        state.SkipWithError(error.toStdString().c_str());
        return;
    }
    size_t listed = 0;
    for (auto _ : state) {
        auto project = pg::openTeamProject(url);
        if (!project) {
            state.SkipWithError(project.error().toStdString().c_str());
            return;
        }
        const auto records = (*project)->recordSummaries();
        listed = records.size();
        auto first = (*project)->record(records.front().id);
        auto codings = (*project)->codingsForRecord(records.front().id, {});
        benchmark::DoNotOptimize(first);
        benchmark::DoNotOptimize(codings);
    }
    state.counters["records"] = double(listed);
}
BENCHMARK(BM_TeamOpenCorpusAndShowFirstRecord)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(5)->ReportAggregatesOnly(true);

// `dyad-cli import` of one corpus file into a new project, on the server and, for comparison
// in the same run, into a file: parse, plan, and the one transaction that writes the records
// (batched on the server: BatchStore::insertRecords() in libpq's pipeline mode).
//   build/tests/bench/team/dyad_team_bench --benchmark_filter=TeamImport
const char *const kImportFiles[] = {"Cohen_2006_ADHD.csv", "Cohen_2006_BetaBlockers.csv"}; // 851 and 2,072 records

void importCorpusFile(benchmark::State &state, bool intoServer)
{
    BenchCluster &cluster = BenchCluster::instance();
    if (intoServer && !cluster.ok()) {
        state.SkipWithError(cluster.error().toStdString().c_str());
        return;
    }
    const QDir corpus(QString::fromUtf8(qEnvironmentVariableIsSet("DYAD_CORPUS_DIR") ? qgetenv("DYAD_CORPUS_DIR")
                                                                                      : QByteArray(DYAD_CORPUS_DIR)));
    const QString csv = corpus.filePath(QString::fromLatin1(kImportFiles[state.range(0)]));
    if (!QFile::exists(csv)) {
        state.SkipWithError("no corpus: set DYAD_CORPUS_DIR");
        return;
    }
    int added = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto created = createProject(intoServer ? cluster.url(cluster.newDatabase()) : dir.filePath(QStringLiteral("i.dyad")),
                                     QStringLiteral("import"));
        if (!created) {
            state.SkipWithError(created.error().toStdString().c_str());
            return;
        }
        state.ResumeTiming();
        const auto plan = importer::planImport(**created, {csv}, {});
        const auto summary = importer::applyImport(**created, plan);
        if (!summary) {
            state.SkipWithError(summary.error().toStdString().c_str());
            return;
        }
        added = summary->added;
        state.PauseTiming();
        created->reset();
        state.ResumeTiming();
    }
    state.SetLabel(kImportFiles[state.range(0)]);
    state.counters["records"] = double(added);
}
void BM_TeamImportIntoServer(benchmark::State &state) { importCorpusFile(state, true); }
void BM_TeamImportIntoFile(benchmark::State &state) { importCorpusFile(state, false); }
BENCHMARK(BM_TeamImportIntoServer)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(true);
BENCHMARK(BM_TeamImportIntoFile)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(true);

} // namespace
