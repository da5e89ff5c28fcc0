// Agreement from a project file: 2 reviewers × 200,000 codings on 18,400 records, 200 codes
// in three levels, every unit and coefficient (DESIGN.md budget: under 1 s). The project is
// built once by support/agreementproject.cpp (Project::addRecords / addCodings, the bulk
// path); the timed part is project → ReportInput → report. Run:
//   build/tests/bench/dyad_bench --benchmark_filter=ProjectAgreement
#include "core/agreement/projectagreement.h"
#include "core/model/project.h"
#include "core/open/open.h"
#include "support/agreementproject.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace dyad::core;
using namespace dyad::core::agreement;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    Reviewer a, b;
    QString error;

    Fixture()
    {
        const QString path = dir.filePath(QStringLiteral("bench.dyad"));
        dyad::bench::GeneratedProject generated = dyad::bench::generateAgreementProject(path);
        if (!generated.error.isEmpty()) {
            error = generated.error;
            return;
        }
        a = generated.a;
        b = generated.b;
        // Measure on the project as a user opens it (closing checkpoints the WAL).
        auto reopened = openProject(path);
        if (!reopened) {
            error = reopened.error();
            return;
        }
        project = std::move(reopened).value();
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

ProjectAgreementOptions options(const Fixture &f, bool tokens)
{
    ProjectAgreementOptions o;
    o.reviewers = {f.a.id, f.b.id};
    o.tokens = tokens;
    return o;
}

void report(benchmark::State &state, const Result<ProjectAgreement> &r)
{
    if (!r.ok()) {
        state.SkipWithError(r.error().toStdString().c_str());
        return;
    }
    state.counters["records"] = double(r->job.recordIds.size());
    state.counters["codings"] = double(r->job.codingCounts[0] + r->job.codingCounts[1]);
}

// Every unit and coefficient, with word tokens taken from a warm cache (the dashboard keeps
// one per open project, so only the first computation tokenises).
void BM_ProjectAgreementAllUnits(benchmark::State &state)
{
    Fixture &f = fixture();
    if (!f.error.isEmpty()) {
        state.SkipWithError(f.error.toStdString().c_str());
        return;
    }
    TokenCache cache;
    (void)computeProjectAgreement(*f.project, options(f, true), &cache);
    for (auto _ : state) {
        auto r = computeProjectAgreement(*f.project, options(f, true), &cache);
        report(state, r);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ProjectAgreementAllUnits)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(5)->ReportAggregatesOnly(true);

// The first computation on an opened project: reading and tokenising every text as well.
void BM_ProjectAgreementAllUnitsColdTokens(benchmark::State &state)
{
    Fixture &f = fixture();
    if (!f.error.isEmpty()) {
        state.SkipWithError(f.error.toStdString().c_str());
        return;
    }
    for (auto _ : state) {
        auto r = computeProjectAgreement(*f.project, options(f, true));
        report(state, r);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ProjectAgreementAllUnitsColdTokens)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(3)->ReportAggregatesOnly(true);

// Every unit except tokens (no text is read at all).
void BM_ProjectAgreementNoTokens(benchmark::State &state)
{
    Fixture &f = fixture();
    if (!f.error.isEmpty()) {
        state.SkipWithError(f.error.toStdString().c_str());
        return;
    }
    for (auto _ : state) {
        auto r = computeProjectAgreement(*f.project, options(f, false));
        report(state, r);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ProjectAgreementNoTokens)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(5)->ReportAggregatesOnly(true);

// The project → input step alone (one lean query per reviewer, record geometry, codebook).
void BM_ProjectAgreementPrepare(benchmark::State &state)
{
    Fixture &f = fixture();
    if (!f.error.isEmpty()) {
        state.SkipWithError(f.error.toStdString().c_str());
        return;
    }
    TokenCache cache;
    (void)computeProjectAgreement(*f.project, options(f, true), &cache);
    for (auto _ : state) {
        auto job = prepareAgreement(*f.project, options(f, true), &cache);
        if (!job.ok())
            state.SkipWithError(job.error().toStdString().c_str());
        benchmark::DoNotOptimize(job);
    }
}
BENCHMARK(BM_ProjectAgreementPrepare)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(5)->ReportAggregatesOnly(true);

} // namespace
