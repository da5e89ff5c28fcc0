// The price of durability: one acknowledged coding, and one import, with the project's
// `synchronous` setting at NORMAL (a power cut may lose the last commits; WAL fsyncs only at
// checkpoints) and at FULL (every commit is fsynced before it is acknowledged; Dyad's
// setting). Run on the disk the projects live on:
//   build/tests/bench/dyad_bench --benchmark_filter=Durab --benchmark_repetitions=5
#include "core/db/database.h"
#include "core/db/sqlitebackend.h"
#include "core/model/project.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace dyad::core;

namespace {

/** A new project file whose connection runs with PRAGMA synchronous 1 = NORMAL or 2 = FULL. */
std::unique_ptr<Project> createWithSynchronous(const QString &path, int level)
{
    auto backend = db::SqliteBackend::create(path).value();
    const QByteArray sql = "PRAGMA synchronous=" + QByteArray::number(level);
    (void)backend->database().exec(sql.constData());
    return Project::initialise(std::move(backend), {}).value();
}

std::vector<Record> makeRecords(int n)
{
    std::vector<Record> rs;
    for (int i = 0; i < n; ++i) {
        Record r;
        r.title = QStringLiteral("Record %1 on trust in primary care").arg(i);
        r.text = QStringLiteral("Community health workers build trust with families over years. ").repeated(12);
        rs.push_back(r);
    }
    return rs;
}

// One coding as the GUI or `dyad-cli code` adds it: its own transaction, acknowledged when
// the call returns.
void BM_DurabilityAddCoding(benchmark::State &state)
{
    QTemporaryDir dir;
    auto project = createWithSynchronous(dir.filePath(QStringLiteral("durability.dyad")), static_cast<int>(state.range(0)));
    const Reviewer alice = project->addReviewer(QStringLiteral("Alice")).value();
    project->setActor(alice.id);
    const QUuid record = project->addRecords(makeRecords(1)).value().front();
    Code code;
    code.name = QStringLiteral("Trust");
    const QUuid codeId = project->createCode(code).value().id;
    qint64 i = 0;
    for (auto _ : state) {
        Coding c;
        c.recordId = record;
        c.codeId = codeId;
        c.span = {i % 700, i % 700 + 1 + (i / 700)};
        ++i;
        if (!project->addCoding(c))
            state.SkipWithError("addCoding failed");
    }
    state.SetLabel(state.range(0) == 2 ? "synchronous=FULL" : "synchronous=NORMAL");
}
BENCHMARK(BM_DurabilityAddCoding)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// An import of 2,000 records in its one transaction.
void BM_DurabilityImport(benchmark::State &state)
{
    const std::vector<Record> records = makeRecords(2000);
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto project =
            createWithSynchronous(dir.filePath(QStringLiteral("durability.dyad")), static_cast<int>(state.range(0)));
        state.ResumeTiming();
        if (!project->addRecords(records))
            state.SkipWithError("addRecords failed");
        state.PauseTiming();
        project.reset();
        state.ResumeTiming();
    }
    state.SetLabel(state.range(0) == 2 ? "synchronous=FULL" : "synchronous=NORMAL");
}
BENCHMARK(BM_DurabilityImport)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
