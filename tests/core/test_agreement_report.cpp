#include "core/agreement/report.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace dyad::core;
using namespace dyad::core::agreement;

namespace {

CodedSpan cs(const char *key, Offset s, Offset e)
{
    return {QString::fromLatin1(key), Span{s, e}};
}

// Codebook: theme T > sub-theme S > codes c1, c2; code c3 at top level.
ReportInput sample()
{
    ReportInput in;
    in.codes = {{QStringLiteral("T"), QString(), QStringLiteral("Theme")},
                {QStringLiteral("S"), QStringLiteral("T"), QStringLiteral("Sub")},
                {QStringLiteral("c1"), QStringLiteral("S"), QStringLiteral("one")},
                {QStringLiteral("c2"), QStringLiteral("S"), QStringLiteral("two")},
                {QStringLiteral("c3"), QString(), QStringLiteral("three")}};
    in.reviewers = {QStringLiteral("Ann"), QStringLiteral("Ben")};
    ReportRecord r1{QStringLiteral("r1"), 100, {}, {{cs("c1", 0, 20), cs("c3", 50, 60)}, {cs("c2", 10, 30), cs("c3", 50, 60)}}};
    ReportRecord r2{QStringLiteral("r2"), 40, {}, {{}, {}}}; // nobody coded this record
    ReportRecord r3{QStringLiteral("r3"), 60, {}, {{cs("c1", 0, 60)}, {cs("c1", 0, 60)}}};
    in.records = {r1, r2, r3};
    return in;
}

const ScopeResult &byKey(const std::vector<ScopeResult> &v, const char *key)
{
    return *std::find_if(v.begin(), v.end(), [&](const ScopeResult &s) { return s.key == QLatin1String(key); });
}

} // namespace

TEST(AgreementReport, PerCodeTablesIncludeRecordsWhereTheCodeIsAbsent)
{
    auto rep = computeAgreementReport(sample());
    ASSERT_TRUE(rep.ok()) << rep.error().toStdString();
    ASSERT_EQ(rep->pairs.size(), 1u);
    const PairReport &p = rep->pairs[0];
    const ScopeResult &c1 = byKey(p.codes, "c1");
    // records: r1 A only, r2 neither, r3 both
    EXPECT_EQ(c1.record.counts, (Table2x2{1, 1, 0, 1}));
    // records somebody coded: r1, r3 → leaves r2 out
    EXPECT_EQ(c1.recordCoded.counts, (Table2x2{1, 1, 0, 0}));
    // characters over 200 code points: r1 A [0,20) only, r3 both 60
    EXPECT_EQ(c1.characters.counts, (Table2x2{60, 20, 0, 120}));
    // coded by anybody: r1 [0,30) ∪ [50,60) = 40; r3 60 → universe 100
    EXPECT_EQ(c1.charactersCoded.counts, (Table2x2{60, 20, 0, 20}));
    EXPECT_NEAR(c1.characterJaccard, 60.0 / 80.0, 1e-12);
    EXPECT_EQ(c1.segments, (SegmentCounts{1, 1, 0}));
    EXPECT_EQ(c1.characters.coefficients.n, 200);
}

TEST(AgreementReport, ThemesRollUpTheUnionOfDescendants)
{
    auto rep = computeAgreementReport(sample());
    ASSERT_TRUE(rep.ok());
    const PairReport &p = rep->pairs[0];
    ASSERT_EQ(p.themes.size(), 2u); // T and S have children; c1..c3 do not
    const ScopeResult &s = byKey(p.themes, "S");
    const ScopeResult &t = byKey(p.themes, "T");
    // r1: A [0,20) (c1), B [10,30) (c2) → both 10, A only 10, B only 10; r3: both 60
    EXPECT_EQ(s.characters.counts, (Table2x2{70, 10, 10, 110}));
    EXPECT_EQ(t.characters.counts, s.characters.counts);
    EXPECT_EQ(s.record.counts, (Table2x2{2, 0, 0, 1}));
    // segments of a theme are its union components: r1 [0,20) vs [10,30) overlap 10/20 < 0.9
    EXPECT_EQ(s.segments, (SegmentCounts{1, 1, 1}));
}

TEST(AgreementReport, PooledIsTheSumOfCodeTables)
{
    auto rep = computeAgreementReport(sample());
    ASSERT_TRUE(rep.ok());
    const PairReport &p = rep->pairs[0];
    Table2x2 sum;
    for (const auto &c : p.codes)
        sum += c.characters.counts;
    EXPECT_EQ(p.pooled.characters.counts, sum);
    EXPECT_EQ(p.pooled.characters.counts.n(), 5 * 200); // every code × every code point
}

TEST(AgreementReport, PerRecordScopeCountsCodes)
{
    auto rep = computeAgreementReport(sample());
    ASSERT_TRUE(rep.ok());
    const ScopeResult &r1 = rep->pairs[0].records[0];
    EXPECT_EQ(r1.key, QStringLiteral("r1"));
    // codes in r1: c1 A only, c2 B only, c3 both; T, S are not codes here; 5 codes total
    EXPECT_EQ(r1.record.counts, (Table2x2{1, 1, 1, 2}));
    EXPECT_EQ(r1.characters.counts.n(), 5 * 100);
    const ScopeResult &r2 = rep->pairs[0].records[1];
    EXPECT_EQ(r2.recordCoded.counts.n(), 0); // nobody coded r2
    EXPECT_TRUE(std::isnan(r2.unitizing.alpha));
}

TEST(AgreementReport, PerfectAgreementEverywhereGivesOne)
{
    ReportInput in = sample();
    for (auto &r : in.records)
        r.codings[1] = r.codings[0];
    auto rep = computeAgreementReport(in);
    ASSERT_TRUE(rep.ok());
    const ScopeResult &pooled = rep->pairs[0].pooled;
    EXPECT_DOUBLE_EQ(pooled.characters.coefficients.kappa, 1);
    EXPECT_DOUBLE_EQ(pooled.unitizing.alpha, 1);
    EXPECT_DOUBLE_EQ(pooled.segments.score(), 1);
    EXPECT_DOUBLE_EQ(byKey(rep->pairs[0].codes, "c1").unitizing.alpha, 1);
}

TEST(AgreementReport, SymmetricInReviewersAndRecordOrder)
{
    ReportInput in = sample();
    auto base = computeAgreementReport(in);
    ReportInput swapped = in;
    std::swap(swapped.reviewers[0], swapped.reviewers[1]);
    for (auto &r : swapped.records)
        std::swap(r.codings[0], r.codings[1]);
    auto sw = computeAgreementReport(swapped);
    ReportInput reordered = in;
    std::reverse(reordered.records.begin(), reordered.records.end());
    auto ro = computeAgreementReport(reordered);
    ASSERT_TRUE(base.ok() && sw.ok() && ro.ok());
    const auto &x = base->pairs[0].pooled, &y = sw->pairs[0].pooled, &z = ro->pairs[0].pooled;
    EXPECT_NEAR(x.characters.coefficients.kappa, y.characters.coefficients.kappa, 1e-12);
    EXPECT_NEAR(x.characters.coefficients.kappa, z.characters.coefficients.kappa, 1e-12);
    EXPECT_NEAR(x.unitizing.alpha, y.unitizing.alpha, 1e-12);
    EXPECT_EQ(x.segments.matched, y.segments.matched);
    EXPECT_EQ(x.segments.aOnly, y.segments.bOnly);
    EXPECT_NEAR(x.record.coefficients.ac1, z.record.coefficients.ac1, 1e-12);
}

TEST(AgreementReport, ErrorsNameTheRecordAndCode)
{
    ReportInput in = sample();
    in.records[0].codings[1].push_back(cs("nope", 0, 5));
    auto rep = computeAgreementReport(in);
    ASSERT_FALSE(rep.ok());
    EXPECT_TRUE(rep.error().contains(QStringLiteral("'r1'")));
    EXPECT_TRUE(rep.error().contains(QStringLiteral("'nope'")));
    EXPECT_TRUE(rep.error().contains(QStringLiteral("Ben")));

    in = sample();
    in.records[2].codings[0].push_back(cs("c3", 50, 61));
    rep = computeAgreementReport(in);
    ASSERT_FALSE(rep.ok());
    EXPECT_TRUE(rep.error().contains(QStringLiteral("outside the text")));

    in = sample();
    in.codes[0].parentKey = QStringLiteral("c1"); // T → c1 → S → T
    rep = computeAgreementReport(in);
    ASSERT_FALSE(rep.ok());
    EXPECT_TRUE(rep.error().contains(QStringLiteral("cycle")));
}

TEST(AgreementReport, ThreeReviewersGivePairwiseMatrixAndMultiRaterFigures)
{
    ReportInput in = sample();
    in.reviewers << QStringLiteral("Cai");
    for (auto &r : in.records)
        r.codings.push_back(r.codings[0]); // Cai codes like Ann
    auto rep = computeAgreementReport(in);
    ASSERT_TRUE(rep.ok());
    EXPECT_EQ(rep->pairs.size(), 3u);
    const auto m = rep->pairwiseMatrix([](const ScopeResult &s) { return s.characters.coefficients.kappa; });
    EXPECT_DOUBLE_EQ(m[0][2], 1);       // Ann–Cai identical
    EXPECT_NEAR(m[0][1], m[1][2], 1e-12); // Ben vs Ann == Ben vs Cai
    EXPECT_LT(m[0][1], 1);
    ASSERT_EQ(rep->multiRater.size(), 5u);
    const MultiRaterCode &c3 = rep->multiRater[4];
    EXPECT_EQ(c3.key, QStringLiteral("c3"));
    ASSERT_TRUE(c3.recordFleiss.has_value());
    EXPECT_EQ(c3.recordFleiss->raters, 3);
    EXPECT_DOUBLE_EQ(c3.recordAlpha.alpha, 1); // all three used c3 in r1 only
}

TEST(AgreementReport, JsonAndCsvCarryCounts)
{
    auto rep = computeAgreementReport(sample());
    ASSERT_TRUE(rep.ok());
    const QJsonObject j = rep->toJson();
    const QJsonObject pooled = j.value(QStringLiteral("pairs")).toArray().at(0).toObject().value(QStringLiteral("pooled")).toObject();
    EXPECT_EQ(pooled.value(QStringLiteral("character")).toObject().value(QStringLiteral("counts")).toObject().value(QStringLiteral("n")).toDouble(),
              1000);
    EXPECT_EQ(pooled.value(QStringLiteral("segment")).toObject().value(QStringLiteral("curve")).toArray().size(), 10);
    const QString csv = rep->toCsv();
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const int columns = int(lines.first().split(QLatin1Char(',')).size());
    for (const QString &line : lines)
        EXPECT_EQ(line.split(QLatin1Char(',')).size(), columns) << line.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("Ann,Ben,code,c1,one,character,60,20,0,120,200,")));
}
