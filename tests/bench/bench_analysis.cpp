// Analysis benchmarks: 2 reviewers × 100,000 codings on 2,000 generated records, a codebook
// of 10 themes × 19 codes. Run: build/tests/bench/dyad_bench --benchmark_filter=Analysis
#include "core/analysis/agreementreport.h"
#include "core/analysis/cooccurrence.h"
#include "core/analysis/frequencies.h"
#include "core/analysis/words.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace dyad::core;
using namespace dyad::core::analysis;

namespace {

struct AnalysisFixture
{
    std::unique_ptr<Project> project;
    Scope both;
    QUuid firstTheme;

    AnalysisFixture()
    {
        project = createInMemoryProject().value();
        const Reviewer a = project->addReviewer(QStringLiteral("A")).value();
        const Reviewer b = project->addReviewer(QStringLiteral("B")).value();
        std::vector<Record> rs;
        for (int i = 0; i < 2000; ++i) {
            Record r;
            r.title = QStringLiteral("Record %1").arg(i);
            r.text = QStringLiteral("Collaboration between partners in primary care builds trust. ").repeated(20)
                + QStringLiteral("社区卫生工作者在农村社区开展卫生服务。");
            rs.push_back(r);
        }
        const auto records = project->addRecords(rs).value();
        std::vector<QUuid> codes;
        for (int t = 0; t < 10; ++t) {
            Code theme;
            theme.name = QStringLiteral("Theme %1").arg(t);
            theme = project->createCode(theme).value();
            if (t == 0)
                firstTheme = theme.id;
            for (int c = 0; c < 19; ++c) {
                Code code;
                code.name = QStringLiteral("Code %1.%2").arg(t).arg(c);
                code.parentId = theme.id;
                codes.push_back(project->createCode(code).value().id);
            }
        }
        std::mt19937 rng(11);
        std::vector<Coding> codings;
        for (const Reviewer &who : {a, b})
            for (int i = 0; i < 100000; ++i) {
                Coding c;
                c.recordId = records[rng() % records.size()];
                c.codeId = codes[rng() % codes.size()];
                c.reviewerId = who.id;
                const Offset start = Offset(rng() % 1000);
                c.span = {start, start + 10 + Offset(rng() % 190)};
                codings.push_back(c);
            }
        (void)project->addCodings(std::move(codings));
        both.layers = {a, b};
    }
};

AnalysisFixture &fixture()
{
    static AnalysisFixture f;
    return f;
}

void BM_AnalysisFrequencies(benchmark::State &state)
{
    AnalysisFixture &f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(computeFrequencies(*f.project, f.both));
}
BENCHMARK(BM_AnalysisFrequencies)->Unit(benchmark::kMillisecond);

void BM_AnalysisCooccurrenceOverlap(benchmark::State &state)
{
    AnalysisFixture &f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(computeCooccurrence(*f.project, f.both));
}
BENCHMARK(BM_AnalysisCooccurrenceOverlap)->Unit(benchmark::kMillisecond);

void BM_AnalysisWordsOfATheme(benchmark::State &state)
{
    AnalysisFixture &f = fixture();
    WordOptions options;
    options.codeId = f.firstTheme;
    for (auto _ : state)
        benchmark::DoNotOptimize(computeWords(*f.project, f.both, options));
}
BENCHMARK(BM_AnalysisWordsOfATheme)->Unit(benchmark::kMillisecond);

void BM_AnalysisAgreementReport(benchmark::State &state)
{
    AnalysisFixture &f = fixture();
    AgreementReportOptions options;
    options.reviewers = {f.both.layers[0].id, f.both.layers[1].id};
    for (auto _ : state)
        benchmark::DoNotOptimize(computeAgreementAnalysis(*f.project, options));
}
BENCHMARK(BM_AnalysisAgreementReport)->Unit(benchmark::kMillisecond);

} // namespace

namespace {
// What every analysis pays first: reading the scope's codings from the store.
void BM_AnalysisLoadCodings(benchmark::State &state)
{
    AnalysisFixture &f = fixture();
    for (auto _ : state)
        benchmark::DoNotOptimize(scopedCodings(*f.project, f.both));
}
BENCHMARK(BM_AnalysisLoadCodings)->Unit(benchmark::kMillisecond);
} // namespace
