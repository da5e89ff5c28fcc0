// Storage benchmarks: bulk coding inserts and reopening a large project.
#include "core/io/import/projectimport.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QDir>

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <random>

using namespace dyad::core;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    std::vector<QUuid> records, codes;
    Reviewer alice;

    explicit Fixture(int recordCount, int codeCount)
    {
        project = createProject(dir.filePath(QStringLiteral("bench.dyad"))).value();
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        project->setActor(alice.id);
        std::vector<Record> rs;
        for (int i = 0; i < recordCount; ++i) {
            Record r;
            r.title = QStringLiteral("Record %1").arg(i);
            r.text = QStringLiteral("Collaboration between partners in primary care. ").repeated(30);
            rs.push_back(r);
        }
        records = project->addRecords(rs).value();
        for (int i = 0; i < codeCount; ++i) {
            Code c;
            c.name = QStringLiteral("Code %1").arg(i);
            codes.push_back(project->createCode(c).value().id);
        }
    }
};

// 200,000 codings in one transaction through the validating domain API (as an import or
// a merge would add them).
void BM_AddCodings(benchmark::State &state)
{
    const auto n = static_cast<int>(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        auto fixture = std::make_unique<Fixture>(18400, 200);
        Fixture &f = *fixture;
        std::mt19937 rng(7);
        std::vector<Coding> codings;
        codings.reserve(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            Coding c;
            c.recordId = f.records[rng() % f.records.size()];
            c.codeId = f.codes[rng() % f.codes.size()];
            const auto start = static_cast<Offset>(rng() % 1370);
            c.span = {start, start + 1 + static_cast<Offset>(rng() % 60)};
            codings.push_back(c);
        }
        state.ResumeTiming();
        auto added = f.project->addCodings(codings);
        if (!added)
            state.SkipWithError(added.error().toStdString().c_str());
        state.PauseTiming();
        fixture.reset(); // closing checkpoints the WAL: not part of adding codings
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_AddCodings)->Arg(200000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

namespace {

/** The real corpus imported once into a project file (the import itself is measured by
 *  tests/bench/import_vs_sqlite.sh). */
const QString &corpusProject()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("corpus.dyad"));
        auto project = createProject(path).value();
        QStringList files;
        const QDir corpus(QString::fromUtf8(qEnvironmentVariableIsSet("DYAD_CORPUS_DIR")
                                                ? qgetenv("DYAD_CORPUS_DIR").constData()
                                                : DYAD_CORPUS_DIR));
        for (const QString &f : corpus.entryList({QStringLiteral("*.csv")}, QDir::Files))
            if (f != QStringLiteral("index.csv"))
                files << corpus.filePath(f);
        if (files.isEmpty())
            return path; // the benchmark reports the missing corpus
        const auto plan = dyad::core::importer::planImport(*project, files, {});
        (void)dyad::core::importer::applyImport(*project, plan);
    }
    return path;
}

// Opening the corpus project and listing its records (what the record list shows first).
void BM_OpenCorpusProjectAndListRecords(benchmark::State &state)
{
    const QString path = corpusProject();
    size_t listed = 0;
    for (auto _ : state) {
        auto project = openProject(path);
        if (!project) {
            state.SkipWithError(project.error().toStdString().c_str());
            break;
        }
        const auto records = (*project)->recordSummaries();
        listed = records.size();
        if (listed == 0) {
            state.SkipWithError("no corpus records: set DYAD_CORPUS_DIR");
            break;
        }
        auto first = (*project)->record(records.front().id);
        benchmark::DoNotOptimize(first);
    }
    state.counters["records"] = static_cast<double>(listed);
}
BENCHMARK(BM_OpenCorpusProjectAndListRecords)->Unit(benchmark::kMillisecond);

} // namespace
