// All agreement statistics for 2 reviewers × 200,000 codings over ~18,400 records, 200 codes
// in a 3-level hierarchy (DESIGN.md budget: under 1 s). Run:
//   build/tests/bench/dyad_bench --benchmark_filter=Agreement
#include "core/agreement/report.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>

using namespace dyad::core;
using namespace dyad::core::agreement;

namespace {

constexpr int kRecords = 18400;
constexpr int kCodingsPerReviewer = 200000;

/** Codebook: 10 themes × 4 sub-themes × 3–4 codes = 200 nodes; codings use the 150 leaves. */
std::vector<CodeNode> codebook(std::vector<QString> &leaves)
{
    std::vector<CodeNode> codes;
    int leafCount = 0;
    for (int t = 0; t < 10; ++t) {
        const QString theme = QStringLiteral("theme-%1").arg(t);
        codes.push_back({theme, QString(), theme});
        for (int s = 0; s < 4; ++s) {
            const QString sub = QStringLiteral("sub-%1-%2").arg(t).arg(s);
            codes.push_back({sub, theme, sub});
            const int n = (t * 4 + s) % 4 == 0 ? 3 : 4; // 150 leaves in all
            for (int c = 0; c < n && leafCount < 150; ++c, ++leafCount) {
                const QString code = QStringLiteral("code-%1").arg(leafCount);
                codes.push_back({code, sub, code});
                leaves.push_back(code);
            }
        }
    }
    return codes;
}

const ReportInput &input()
{
    static ReportInput in = [] {
        ReportInput r;
        std::vector<QString> leaves;
        r.codes = codebook(leaves);
        r.reviewers = {QStringLiteral("A"), QStringLiteral("B")};
        std::mt19937_64 rng(20240501);
        // abstract-like lengths (title + abstract): 300..2700 code points, mode near 1500
        std::normal_distribution<double> lengthDist(1500, 450);
        std::uniform_int_distribution<int> wordLen(2, 10);
        r.records.resize(kRecords);
        for (int i = 0; i < kRecords; ++i) {
            ReportRecord &rec = r.records[size_t(i)];
            rec.key = QStringLiteral("rec-%1").arg(i);
            rec.textLength = Offset(std::clamp(lengthDist(rng), 300.0, 2700.0));
            for (Offset pos = 0; pos < rec.textLength;) { // words separated by one space
                const Offset end = std::min(rec.textLength, pos + wordLen(rng));
                rec.tokens.push_back({pos, end});
                pos = end + 1;
            }
            rec.codings.resize(2);
        }
        // Zipf-like code popularity, so some codes are rare (skewed prevalence)
        std::vector<double> weights;
        for (size_t c = 0; c < leaves.size(); ++c)
            weights.push_back(1.0 / double(c + 1));
        std::discrete_distribution<int> codeDist(weights.begin(), weights.end());
        std::uniform_int_distribution<int> recordDist(0, kRecords - 1);
        std::uniform_real_distribution<double> unit(0, 1);
        std::normal_distribution<double> jitter(0, 6);
        int bCount = 0;
        for (int k = 0; k < kCodingsPerReviewer; ++k) {
            ReportRecord &rec = r.records[size_t(recordDist(rng))];
            const Offset len = std::min<Offset>(rec.textLength, 20 + Offset(unit(rng) * 180));
            const Offset start = Offset(unit(rng) * double(rec.textLength - len));
            const QString &code = leaves[size_t(codeDist(rng))];
            rec.codings[0].push_back({code, Span{start, start + len}});
            const double u = unit(rng);
            if (u < 0.85 && bCount < kCodingsPerReviewer) { // B codes the same passage
                Offset s = std::clamp<Offset>(start + Offset(jitter(rng)), 0, rec.textLength - 1);
                Offset e = std::clamp<Offset>(start + len + Offset(jitter(rng)), s + 1, rec.textLength);
                const QString &codeB = u < 0.72 ? code : leaves[size_t(codeDist(rng))];
                rec.codings[1].push_back({codeB, Span{s, e}});
                ++bCount;
            }
        }
        while (bCount < kCodingsPerReviewer) { // B's own codings A did not make
            ReportRecord &rec = r.records[size_t(recordDist(rng))];
            const Offset len = std::min<Offset>(rec.textLength, 20 + Offset(unit(rng) * 180));
            const Offset start = Offset(unit(rng) * double(rec.textLength - len));
            rec.codings[1].push_back({leaves[size_t(codeDist(rng))], Span{start, start + len}});
            ++bCount;
        }
        return r;
    }();
    return in;
}

void BM_AgreementAllScopes(benchmark::State &state)
{
    const ReportInput &in = input();
    for (auto _ : state) {
        auto report = computeAgreementReport(in);
        if (!report.ok())
            state.SkipWithError(report.error().toStdString().c_str());
        benchmark::DoNotOptimize(report);
    }
    state.counters["records"] = kRecords;
    state.counters["codings"] = 2.0 * kCodingsPerReviewer;
}
BENCHMARK(BM_AgreementAllScopes)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

void BM_AgreementAllScopesToJson(benchmark::State &state)
{
    auto report = computeAgreementReport(input());
    for (auto _ : state)
        benchmark::DoNotOptimize(report->toJson());
}
BENCHMARK(BM_AgreementAllScopesToJson)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
