// Building the reconciliation queue for a corpus-sized project: ~18,400 records and two
// reviewers with 100,000 codings each (budget: under 1 s). Only the queue building is timed;
// the project is generated once, with synthetic texts and codings written straight through the
// Store in one transaction (going through Project::addCoding's validation would take minutes).
//
//   build/tests/bench/dyad_bench --benchmark_filter=Reconcile --benchmark_repetitions=5

#include "core/model/project.h"
#include "core/open/open.h"
#include "core/reconcile/reconciler.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace dyad::core;
using namespace dyad::core::reconcile;

namespace {

constexpr int kRecords = 18400;
constexpr int kCodingsPerReviewer = 100000;
constexpr int kTextLength = 1200;   // code points: a typical title + abstract

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    DecisionStore *store = nullptr; // the project's
    Scope scope;
    bool ok = false;

    Fixture()
    {
        // DYAD_BENCH_RECONCILE_FILE keeps the generated project between runs (made when missing).
        const QString keep = qEnvironmentVariable("DYAD_BENCH_RECONCILE_FILE");
        if (!keep.isEmpty() && QFileInfo::exists(keep)) {
            auto opened = openProject(keep);
            if (!opened)
                return;
            project = std::move(opened).value();
            scope = {project->reviewerByName(QStringLiteral("A"))->id, project->reviewerByName(QStringLiteral("B"))->id,
                     {}, {}};
            project->setActor(project->reviewerByName(QStringLiteral("Lead"))->id);
            auto ds = openDecisionStore(*project);
            if (!ds)
                return;
            store = std::move(ds).value();
            ok = true;
            return;
        }
        auto p = createProject(keep.isEmpty() ? dir.filePath(QStringLiteral("bench.dyad")) : keep);
        if (!p)
            return;
        project = std::move(p).value();
        const Reviewer a = project->addReviewer(QStringLiteral("A")).value();
        const Reviewer b = project->addReviewer(QStringLiteral("B")).value();
        const Reviewer lead = project->addReviewer(QStringLiteral("Lead"), ReviewerRole::Lead).value();
        project->setActor(lead.id);
        scope = {a.id, b.id, {}, {}};

        std::vector<QUuid> codes;
        for (int i = 0; i < 60; ++i) {
            Code c;
            c.name = QStringLiteral("Code %1").arg(i);
            c.shared = i < 40; // 40 shared, 10 private to each reviewer
            c.creatorId = i < 40 ? lead.id : (i < 50 ? a.id : b.id);
            codes.push_back(project->createCode(c).value().id);
        }

        QString text;
        for (int i = 0; text.size() < kTextLength; ++i)
            text += QStringLiteral("word%1 ").arg(i % 97);
        text.truncate(kTextLength);
        std::vector<Record> records(kRecords);
        for (int i = 0; i < kRecords; ++i) {
            records[static_cast<size_t>(i)].title = QStringLiteral("Record %1").arg(i);
            records[static_cast<size_t>(i)].text = text;
        }
        const std::vector<QUuid> recordIds = project->addRecords(std::move(records)).value();

        // A codes; B agrees exactly half the time, moves a boundary, picks another code,
        // leaves it out, or adds a coding of its own.
        QRandomGenerator rng(20240601);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int written = 0, writtenB = 0;
        BulkWriter *w = nullptr;
        auto insert = [&](const QUuid &reviewer, const QUuid &record, const QUuid &code, Offset start, Offset end) {
            Coding c{QUuid::createUuid(), record, code, reviewer, {}, {start, end}, 1, {}, now, now};
            const Status st = w->addCoding(c);
            return st.ok() || st.error().contains(QStringLiteral("already carries")); // a rare repeat: skipped
        };
        auto generated = project->bulkWrite({QStringLiteral("bench.codings"), QStringLiteral("project"), {}, {}},
                                            [&](BulkWriter &writer) -> Status {
            w = &writer;
            for (int i = 0; written < kCodingsPerReviewer; ++i) {
                const QUuid record = recordIds[static_cast<size_t>(i % kRecords)];
                const Offset start = (i / kRecords) * 200 + static_cast<Offset>(rng.bounded(100));
                const Offset end = start + 20 + static_cast<Offset>(rng.bounded(60));
                const QUuid code = codes[rng.bounded(50)];
                if (!insert(scope.reviewerA, record, code, start, end))
                    return makeError(QStringLiteral("generation failed"));
                ++written;
                const quint32 roll = rng.bounded(100);
                if (roll < 10)
                    continue; // A only
                if (writtenB >= kCodingsPerReviewer)
                    continue;
                Offset bs = start, be = end;
                QUuid bc = code;
                if (roll < 60) {
                } else if (roll < 80) {
                    bs = start + 1 + rng.bounded(5);
                } else if (roll < 90) {
                    bc = codes[40 + rng.bounded(20)];
                } else {
                    bs = std::min<Offset>(end + 30, kTextLength - 40); // B only, elsewhere
                    be = bs + 25;
                }
                if (!insert(scope.reviewerB, record, bc, bs, be))
                    return makeError(QStringLiteral("generation failed"));
                ++writtenB;
            }
            for (int i = 0; writtenB < kCodingsPerReviewer; ++i, ++writtenB)
                if (!insert(scope.reviewerB, recordIds[static_cast<size_t>(i % kRecords)], codes[rng.bounded(40)], 1000,
                            1050 + i / kRecords))
                    return makeError(QStringLiteral("generation failed"));
            return {};
        });
        if (!generated)
            return;
        auto ds = openDecisionStore(*project);
        if (!ds)
            return;
        store = std::move(ds).value();
        ok = true;
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void BM_ReconcileBuildQueue(benchmark::State &state)
{
    Fixture &f = fixture();
    if (!f.ok) {
        state.SkipWithError("could not build the benchmark project");
        return;
    }
    Reconciler reconciler(*f.project, *f.store);
    size_t groups = 0;
    for (auto _ : state) {
        auto queue = reconciler.buildQueue(f.scope);
        if (!queue) {
            state.SkipWithError(queue.error().toUtf8().constData());
            return;
        }
        groups = queue->items.size();
        benchmark::DoNotOptimize(queue->items.data());
    }
    state.counters["groups"] = static_cast<double>(groups);
    state.counters["records"] = kRecords;
}
BENCHMARK(BM_ReconcileBuildQueue)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

// What the reconciliation window does after each decision: the queue of one record.
void BM_ReconcileRecordQueue(benchmark::State &state)
{
    Fixture &f = fixture();
    if (!f.ok) {
        state.SkipWithError("could not build the benchmark project");
        return;
    }
    Reconciler reconciler(*f.project, *f.store);
    std::vector<QUuid> records;
    for (const RecordSummary &r : f.project->recordSummaries())
        records.push_back(r.id);
    Scope one = f.scope;
    size_t groups = 0, i = 0;
    for (auto _ : state) {
        one.recordId = records[(i++ * 7919) % records.size()];
        auto queue = reconciler.buildQueue(one);
        if (!queue) {
            state.SkipWithError(queue.error().toUtf8().constData());
            return;
        }
        groups += queue->items.size();
        benchmark::DoNotOptimize(queue->items.data());
    }
    state.counters["groups/record"] = static_cast<double>(groups) / static_cast<double>(std::max<size_t>(i, 1));
}
BENCHMARK(BM_ReconcileRecordQueue)->Unit(benchmark::kMillisecond);
