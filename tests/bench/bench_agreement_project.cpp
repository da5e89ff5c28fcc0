// Agreement from a project file: 2 reviewers × 200,000 codings on 18,400 records, 200 codes
// in three levels, every unit and coefficient (DESIGN.md budget: under 1 s). The project is
// built once through Project::addRecords / addCodings (bulk path); the timed part is
// project → ReportInput → report. Run:
//   build/tests/bench/dyad_bench --benchmark_filter=ProjectAgreement
#include "core/agreement/projectagreement.h"
#include "core/model/project.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>
#include <set>
#include <tuple>

using namespace dyad::core;
using namespace dyad::core::agreement;

namespace {

constexpr int kRecords = 18400;
constexpr int kCodingsPerReviewer = 200000;

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    Reviewer a, b;
    QString error;

    Fixture()
    {
        auto created = Project::create(dir.filePath(QStringLiteral("bench.dyad")));
        if (!created) {
            error = created.error();
            return;
        }
        project = std::move(created).value();
        a = project->addReviewer(QStringLiteral("A")).value();
        b = project->addReviewer(QStringLiteral("B")).value();

        // Abstract-like texts (title + abstract): 300..2700 code points, mode near 1500,
        // words of 2–10 letters from a small vocabulary.
        std::mt19937_64 rng(20240502);
        std::normal_distribution<double> lengthDist(1500, 450);
        const QStringList vocabulary = QStringLiteral(
            "care primary health workers trust community partners study trial outcomes patients "
            "randomised results methods participants intervention quality access policy barriers "
            "services nurses evidence review data analysis support training costs rural urban")
                                           .split(QLatin1Char(' '));
        std::vector<Record> records(kRecords);
        for (int i = 0; i < kRecords; ++i) {
            const int length = int(std::clamp(lengthDist(rng), 300.0, 2700.0));
            QString text;
            text.reserve(length + 12);
            while (text.size() < length)
                text += vocabulary[qsizetype(rng() % size_t(vocabulary.size()))] + QLatin1Char(' ');
            text.truncate(length);
            records[size_t(i)].title = QStringLiteral("Record %1").arg(i);
            records[size_t(i)].text = text;
        }
        auto ids = project->addRecords(records);
        if (!ids) {
            error = ids.error();
            return;
        }
        std::vector<Offset> lengths;
        for (const Record &r : records)
            lengths.push_back(Offset(r.text.size())); // ASCII: code points = UTF-16 units

        // Codebook: 10 themes × 4 sub-themes × 3–4 codes = 200 nodes; codings use the 150 leaves.
        std::vector<QUuid> leaves;
        for (int t = 0; t < 10; ++t) {
            Code theme;
            theme.name = QStringLiteral("Theme %1").arg(t);
            const QUuid themeId = project->createCode(theme).value().id;
            for (int s = 0; s < 4; ++s) {
                Code sub;
                sub.name = QStringLiteral("Sub-theme %1.%2").arg(t).arg(s);
                sub.parentId = themeId;
                const QUuid subId = project->createCode(sub).value().id;
                const int n = (t * 4 + s) % 4 == 0 ? 3 : 4;
                for (int c = 0; c < n && leaves.size() < 150; ++c) {
                    Code leaf;
                    leaf.name = QStringLiteral("Code %1").arg(leaves.size());
                    leaf.parentId = subId;
                    leaves.push_back(project->createCode(leaf).value().id);
                }
            }
        }

        // Zipf-like code popularity; B codes 85 % of A's passages with jittered boundaries.
        std::vector<double> weights;
        for (size_t c = 0; c < leaves.size(); ++c)
            weights.push_back(1.0 / double(c + 1));
        std::discrete_distribution<int> codeDist(weights.begin(), weights.end());
        std::uniform_int_distribution<int> recordDist(0, kRecords - 1);
        std::uniform_real_distribution<double> unit(0, 1);
        std::normal_distribution<double> jitter(0, 6);
        std::set<std::tuple<int, int, int, Offset, Offset>> seen; // reviewer, record, code, span
        std::vector<Coding> codings;
        codings.reserve(2 * kCodingsPerReviewer);
        auto add = [&](const Reviewer &who, int reviewer, int record, int code, Offset s, Offset e) {
            if (!seen.emplace(reviewer, record, code, s, e).second)
                return false;
            Coding c;
            c.recordId = (*ids)[size_t(record)];
            c.codeId = leaves[size_t(code)];
            c.reviewerId = who.id;
            c.span = {s, e};
            codings.push_back(c);
            return true;
        };
        int countA = 0, countB = 0;
        while (countA < kCodingsPerReviewer) {
            const int r = recordDist(rng);
            const Offset textLength = lengths[size_t(r)];
            const Offset len = std::min<Offset>(textLength, 20 + Offset(unit(rng) * 180));
            const Offset start = Offset(unit(rng) * double(textLength - len));
            const int code = codeDist(rng);
            if (!add(a, 0, r, code, start, start + len))
                continue;
            ++countA;
            const double u = unit(rng);
            if (u < 0.85 && countB < kCodingsPerReviewer) {
                const Offset s = std::clamp<Offset>(start + Offset(jitter(rng)), 0, textLength - 1);
                const Offset e = std::clamp<Offset>(start + len + Offset(jitter(rng)), s + 1, textLength);
                if (add(b, 1, r, u < 0.72 ? code : codeDist(rng), s, e))
                    ++countB;
            }
        }
        while (countB < kCodingsPerReviewer) {
            const int r = recordDist(rng);
            const Offset textLength = lengths[size_t(r)];
            const Offset len = std::min<Offset>(textLength, 20 + Offset(unit(rng) * 180));
            const Offset start = Offset(unit(rng) * double(textLength - len));
            if (add(b, 1, r, codeDist(rng), start, start + len))
                ++countB;
        }
        auto added = project->addCodings(std::move(codings));
        if (!added) {
            error = added.error();
            return;
        }
        // Measure on the project as a user opens it (closing checkpoints the WAL).
        const QString path = project->path();
        project.reset();
        auto reopened = Project::open(path);
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
