// Agreement computed from a project: which records and codings enter, the hierarchy for
// themes, word tokens, code mapping, rounds. Every expected figure is worked out by hand in
// the comment next to it.
#include "core/agreement/agreementformat.h"
#include "core/agreement/projectagreement.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace dyad::core;
using namespace dyad::core::agreement;

namespace {

struct AgreementProjectTest : ::testing::Test
{
    std::unique_ptr<Project> project;
    Reviewer alice, bob, carol;
    std::vector<QUuid> records;

    void SetUp() override
    {
        project = createInMemoryProject().value();
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        bob = project->addReviewer(QStringLiteral("Bob")).value();
        carol = project->addReviewer(QStringLiteral("Carol")).value();
    }

    void addRecords(int n, const QString &text)
    {
        std::vector<Record> rs;
        for (int i = 0; i < n; ++i) {
            Record r;
            r.title = QStringLiteral("Record %1").arg(i);
            r.text = text;
            rs.push_back(r);
        }
        auto ids = project->addRecords(rs);
        ASSERT_TRUE(ids.ok()) << ids.error().toStdString();
        records.insert(records.end(), ids->begin(), ids->end());
    }

    Code makeCode(const QString &name, const QUuid &parent = {})
    {
        Code c;
        c.name = name;
        c.parentId = parent;
        auto created = project->createCode(c);
        EXPECT_TRUE(created.ok()) << created.error().toStdString();
        return created.ok() ? created.value() : Code{};
    }

    void code(const Reviewer &who, int record, const Code &c, Offset s, Offset e)
    {
        Coding coding;
        coding.recordId = records[size_t(record)];
        coding.codeId = c.id;
        coding.reviewerId = who.id;
        coding.span = {s, e};
        auto added = project->addCoding(coding);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
    }

    ProjectAgreement compute(ProjectAgreementOptions o)
    {
        auto r = computeProjectAgreement(*project, o);
        EXPECT_TRUE(r.ok()) << r.error().toStdString();
        return r.ok() ? std::move(r).value() : ProjectAgreement{};
    }

    ProjectAgreementOptions pair() const
    {
        ProjectAgreementOptions o;
        o.reviewers = {alice.id, bob.id};
        return o;
    }
};

const ScopeResult &scopeOf(const ProjectAgreement &r, const Code &c)
{
    const ScopeResult *s = r.scope(uuidText(c.id));
    EXPECT_NE(s, nullptr) << c.name.toStdString();
    static const ScopeResult none;
    return s ? *s : none;
}

// Ten records; Alice applies "Trust" in records 0–4, Bob in 0, 1, 2 and 5.
struct RecordUnitTest : AgreementProjectTest
{
    Code trust, other;
    void SetUp() override
    {
        AgreementProjectTest::SetUp();
        addRecords(10, QStringLiteral("Trust between partners grows slowly."));
        trust = makeCode(QStringLiteral("Trust"));
        other = makeCode(QStringLiteral("Other"));
        for (int r : {0, 1, 2, 3, 4})
            code(alice, r, trust, 0, 5);
        for (int r : {0, 1, 2, 5})
            code(bob, r, trust, 0, 5);
    }
};

TEST_F(RecordUnitTest, AllRecordsGiveTheHandCountedTableAndKappa)
{
    ProjectAgreementOptions o = pair();
    o.records = RecordSelection::All;
    o.tokens = false;
    const ProjectAgreement r = compute(o);
    ASSERT_EQ(r.job.recordIds.size(), 10u);
    const Figures f = figures(scopeOf(r, trust), Unit::Record);
    // a = records 0,1,2; b = 3,4; c = 5; d = 6..9
    EXPECT_EQ(f.counts, (Table2x2{3, 2, 1, 4}));
    // p_o = 7/10; p_e = 0.5·0.4 + 0.5·0.6 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4
    EXPECT_NEAR(f.observed, 0.7, 1e-12);
    EXPECT_NEAR(f.kappa, 0.4, 1e-12);
    EXPECT_EQ(f.band, QStringLiteral("fair"));
    // PABAK = 2·0.7 − 1
    EXPECT_NEAR(f.pabak, 0.4, 1e-12);
    // "Other" was never used: it is not in the report at all
    EXPECT_EQ(r.scope(uuidText(other.id)), nullptr);
    EXPECT_EQ(r.pair().codes.size(), 1u);
}

TEST_F(RecordUnitTest, DefaultSelectionIsRecordsAnyReviewerCoded)
{
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    const ProjectAgreement r = compute(o);
    EXPECT_EQ(r.job.options.records, RecordSelection::CodedByAny);
    ASSERT_EQ(r.job.recordIds.size(), 6u); // records 0–5
    const Figures f = figures(scopeOf(r, trust), Unit::Record);
    EXPECT_EQ(f.counts, (Table2x2{3, 2, 1, 0}));
    // p_o = 3/6; p_e = (5/6)(4/6) + (1/6)(2/6) = 22/36; κ = (18/36 − 22/36)/(14/36) = −2/7
    EXPECT_NEAR(f.kappa, -2.0 / 7.0, 1e-12);
}

TEST_F(RecordUnitTest, CodedByAllKeepsOnlyRecordsBothCoded)
{
    ProjectAgreementOptions o = pair();
    o.records = RecordSelection::CodedByAll;
    o.tokens = false;
    const ProjectAgreement r = compute(o);
    ASSERT_EQ(r.job.recordIds.size(), 3u); // 0, 1, 2
    EXPECT_EQ(figures(scopeOf(r, trust), Unit::Record).counts, (Table2x2{3, 0, 0, 0}));
    // κ is undefined when both said "yes" to every record, never reported as 0 or 1
    EXPECT_TRUE(std::isnan(figures(scopeOf(r, trust), Unit::Record).kappa));
}

TEST_F(RecordUnitTest, DefaultReviewersAreThoseWhoCoded)
{
    ProjectAgreementOptions o; // Carol has not coded: she is left out
    o.tokens = false;
    const ProjectAgreement r = compute(o);
    EXPECT_EQ(r.job.reviewerIds, (std::vector<QUuid>{alice.id, bob.id}));
    EXPECT_EQ(r.job.codingCounts, (std::vector<qint64>{5, 4}));
}

TEST_F(RecordUnitTest, TooFewReviewersOrUnknownOnesAreClearErrors)
{
    ProjectAgreementOptions o;
    o.reviewers = {alice.id};
    auto r = computeProjectAgreement(*project, o);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("two reviewers"))) << r.error().toStdString();
    o.reviewers = {alice.id, alice.id};
    r = computeProjectAgreement(*project, o);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("Alice"))) << r.error().toStdString();
    o.reviewers = {alice.id, bob.id};
    o.records = RecordSelection::Done;
    r = computeProjectAgreement(*project, o);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("round"))) << r.error().toStdString();
}

TEST_F(RecordUnitTest, ThreeReviewersGetEveryPairAndAllAtOnceFigures)
{
    for (int rec : {0, 1, 2, 3, 4})
        code(carol, rec, trust, 0, 5);
    ProjectAgreementOptions o;
    o.reviewers = {alice.id, bob.id, carol.id};
    o.records = RecordSelection::All;
    o.tokens = false;
    const ProjectAgreement r = compute(o);
    ASSERT_EQ(r.report.pairs.size(), 3u);
    // Alice and Carol coded the same records: perfect agreement, a = 5, d = 5
    const PairReport &ac = r.report.pairs[1];
    EXPECT_EQ(ac.reviewerB, 2);
    EXPECT_EQ(figures(ac.codes.front(), Unit::Record).counts, (Table2x2{5, 0, 0, 5}));
    EXPECT_NEAR(figures(ac.codes.front(), Unit::Record).kappa, 1.0, 1e-12);
    ASSERT_EQ(r.report.multiRater.size(), 1u);
}

// One record whose text mixes Chinese, an emoji (outside the BMP) and English:
//   信任很重要😀 trust matters
//   0 1 2 3 4 5 6 7...11 12 13..19      → 20 code points (21 UTF-16 units)
struct CharacterUnitTest : AgreementProjectTest
{
    Code trust;
    void SetUp() override
    {
        AgreementProjectTest::SetUp();
        addRecords(1, QStringLiteral("信任很重要\U0001F600 trust matters"));
        trust = makeCode(QStringLiteral("Trust"));
        code(alice, 0, trust, 0, 2); // 信任
        code(alice, 0, trust, 5, 6); // 😀
        code(bob, 0, trust, 0, 6);   // 信任很重要😀
    }
};

TEST_F(CharacterUnitTest, CountsAreInCodePoints)
{
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    const ProjectAgreement r = compute(o);
    ASSERT_EQ(r.job.input.records.size(), 1u);
    EXPECT_EQ(r.job.input.records.front().textLength, 20);
    // A = {0, 1, 5}, B = {0..5}: a = 3, b = 0, c = 3, d = 20 − 6 = 14
    const Figures f = figures(scopeOf(r, trust), Unit::Character);
    EXPECT_EQ(f.counts, (Table2x2{3, 0, 3, 14}));
    // Jaccard a / (a + b + c) = 3/6
    EXPECT_NEAR(f.jaccard, 0.5, 1e-12);
    // Coded-only universe: the 6 code points somebody coded → d = 0
    EXPECT_EQ(figures(scopeOf(r, trust), Unit::CharacterCoded).counts, (Table2x2{3, 0, 3, 0}));
    // Segments at 0.9: [0,2) vs [0,6) overlap 2 of 6, [5,6) overlap 1 of 6 → nothing matched
    const Figures seg = figures(scopeOf(r, trust), Unit::Segment);
    EXPECT_EQ(seg.segments, (SegmentCounts{0, 2, 1}));
}

TEST_F(CharacterUnitTest, TokenUnitsUseIcuWordsOverCjkAndEmoji)
{
    ProjectAgreementOptions o = pair();
    TokenCache cache;
    auto job = prepareAgreement(*project, o, &cache);
    ASSERT_TRUE(job.ok()) << job.error().toStdString();
    ASSERT_EQ(job->pendingTexts.size(), 1u);
    EXPECT_FALSE(job->pendingTexts.front().isEmpty());
    auto r = runAgreement(std::move(job).value(), &cache);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(cache.size(), 1u);
    EXPECT_TRUE(r->report.hasTokens);
    // Alice covers 信任 and 😀; Bob covers 信任, 很, 重要, 😀: a = 2, b = 0, c = 2, d = 2
    EXPECT_EQ(figures(scopeOf(*r, trust), Unit::Token).counts, (Table2x2{2, 0, 2, 2}));

    // A second computation takes the tokens from the cache: nothing left to tokenise.
    auto again = prepareAgreement(*project, o, &cache);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->pendingTexts.front().isEmpty());
    // ICU splits the Chinese run into dictionary words: 信任 | 很 | 重要, then 😀, trust, matters.
    const std::vector<Span> expected{{0, 2}, {2, 3}, {3, 5}, {5, 6}, {7, 12}, {13, 20}};
    EXPECT_EQ(again->input.records.front().tokens, expected);

    // A changed text (new version) is tokenised again, never served stale.
    ASSERT_TRUE(runAgreement(std::move(again).value(), &cache).ok());
    auto changed = project->replaceRecordText(records[0], QStringLiteral("信任很重要\U0001F600 trust matters!"));
    ASSERT_TRUE(changed.ok()) << changed.error().toStdString();
    auto fresh = prepareAgreement(*project, o, &cache);
    ASSERT_TRUE(fresh.ok());
    EXPECT_FALSE(fresh->pendingTexts.front().isEmpty());
}

TEST_F(CharacterUnitTest, NoTokensWhenNotAsked)
{
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    const ProjectAgreement r = compute(o);
    EXPECT_FALSE(r.report.hasTokens);
    EXPECT_TRUE(r.job.input.records.front().tokens.empty());
}

// Themes roll their codes up; a code subset keeps a theme's subtree.
struct ThemeTest : AgreementProjectTest
{
    Code theme, c1, c2, lone;
    void SetUp() override
    {
        AgreementProjectTest::SetUp();
        addRecords(2, QStringLiteral("0123456789abcdefghij")); // 20 code points
        theme = makeCode(QStringLiteral("Relationships"));
        c1 = makeCode(QStringLiteral("Trust"), theme.id);
        c2 = makeCode(QStringLiteral("Respect"), theme.id);
        lone = makeCode(QStringLiteral("Funding"));
        code(alice, 0, c1, 0, 5);
        code(bob, 0, c2, 0, 5);
        code(alice, 1, lone, 10, 20);
        code(bob, 1, lone, 12, 20);
    }
};

TEST_F(ThemeTest, ThemeIsTheUnionOfItsCodes)
{
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    const ProjectAgreement r = compute(o);
    // Per code the reviewers disagree completely (over 2 records × 20 = 40 code points) ...
    EXPECT_EQ(figures(scopeOf(r, c1), Unit::Character).counts, (Table2x2{0, 5, 0, 35}));
    EXPECT_EQ(figures(scopeOf(r, c2), Unit::Character).counts, (Table2x2{0, 0, 5, 35}));
    // ... but both coded the same 5 characters with a code of the theme.
    ASSERT_EQ(r.pair().themes.size(), 1u);
    EXPECT_EQ(r.pair().themes.front().key, uuidText(theme.id));
    EXPECT_EQ(figures(r.pair().themes.front(), Unit::Character).counts, (Table2x2{5, 0, 0, 35}));
    // Funding: A [10,20), B [12,20) in record 1 → a = 8, b = 2, c = 0, d = 30
    EXPECT_EQ(figures(scopeOf(r, lone), Unit::Character).counts, (Table2x2{8, 2, 0, 30}));
    // Pooled: the sum of the three per-code tables
    EXPECT_EQ(figures(r.pair().pooled, Unit::Character).counts, (Table2x2{8, 7, 5, 100}));
    EXPECT_EQ(r.job.codePaths.value(uuidText(c1.id)), QStringLiteral("Relationships > Trust"));
}

TEST_F(ThemeTest, CodeSubsetKeepsTheSubtree)
{
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    o.codes = {theme.id};
    const ProjectAgreement r = compute(o);
    // Trust and Respect; the theme node nobody applied is a theme only
    EXPECT_EQ(r.pair().codes.size(), 2u);
    EXPECT_EQ(r.job.structuralCodes, QStringList{uuidText(theme.id)});
    EXPECT_EQ(r.scope(uuidText(lone.id)), nullptr);
    // Record 1 (Funding only) is still compared: both reviewers coded in it
    EXPECT_EQ(r.job.recordIds.size(), 2u);
    EXPECT_EQ(figures(r.pair().pooled, Unit::Character).counts, (Table2x2{0, 5, 5, 70}));
}

TEST_F(ThemeTest, DrillDownListsTheRecordsBehindAFigure)
{
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    const ProjectAgreement r = compute(o);
    const auto trustEvidence = scopeEvidence(r, uuidText(c1.id));
    ASSERT_EQ(trustEvidence.size(), 1u);
    EXPECT_EQ(trustEvidence.front().recordId, records[0]);
    EXPECT_EQ(trustEvidence.front().a, (std::vector<Span>{{0, 5}}));
    EXPECT_TRUE(trustEvidence.front().b.empty());
    EXPECT_FALSE(trustEvidence.front().agrees());
    const auto themeEvidence = scopeEvidence(r, uuidText(theme.id));
    ASSERT_EQ(themeEvidence.size(), 1u);
    EXPECT_TRUE(themeEvidence.front().agrees());
    EXPECT_EQ(themeEvidence.front().characters, (Table2x2{5, 0, 0, 15}));
    const auto pooled = scopeEvidence(r, QString());
    ASSERT_EQ(pooled.size(), 2u);
    EXPECT_EQ(pooled[1].characters, (Table2x2{8, 2, 0, 10}));
}

// Independently grown codebooks: Alice's "Vertrauen" is Bob's "Trust".
struct MappingTest : AgreementProjectTest
{
    Code vertrauen, trust, extra;
    void SetUp() override
    {
        AgreementProjectTest::SetUp();
        addRecords(3, QStringLiteral("Partners trust each other after years of joint work."));
        vertrauen = makeCode(QStringLiteral("Vertrauen"));
        trust = makeCode(QStringLiteral("Trust"));
        extra = makeCode(QStringLiteral("Extra"));
        for (int r : {0, 1, 2}) {
            code(alice, r, vertrauen, 9, 14);
            code(bob, r, trust, 9, 14);
        }
        code(bob, 2, extra, 0, 8);
    }
};

TEST_F(MappingTest, WithoutMappingTheCodesDisagreeCompletely)
{
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    const ProjectAgreement r = compute(o);
    EXPECT_EQ(figures(scopeOf(r, vertrauen), Unit::Record).counts, (Table2x2{0, 3, 0, 0}));
    EXPECT_EQ(figures(scopeOf(r, trust), Unit::Record).counts, (Table2x2{0, 0, 3, 0}));
    EXPECT_EQ(r.job.unmappedA, QStringList{uuidText(vertrauen.id)});
    EXPECT_EQ(r.job.unmappedB, (QStringList{uuidText(trust.id), uuidText(extra.id)}));
}

TEST_F(MappingTest, SuggestedMappingIsAppliedAndUnmappedCodesListed)
{
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    auto mapping = suggestProjectCodeMapping(*project, o);
    ASSERT_TRUE(mapping.ok()) << mapping.error().toStdString();
    ASSERT_EQ(mapping->pairs.size(), 1u);
    EXPECT_EQ(mapping->pairs.front().codeA, uuidText(vertrauen.id));
    EXPECT_EQ(mapping->pairs.front().codeB, uuidText(trust.id));
    EXPECT_DOUBLE_EQ(mapping->pairs.front().jaccard, 1.0); // same 5 code points in 3 records
    EXPECT_EQ(mapping->unmappedB, QStringList{uuidText(extra.id)});

    o.mapping = linksFrom(*mapping);
    const ProjectAgreement r = compute(o);
    // Bob's Trust now counts as Alice's Vertrauen: 3 records both, 15 characters both
    EXPECT_EQ(figures(scopeOf(r, vertrauen), Unit::Record).counts, (Table2x2{3, 0, 0, 0}));
    EXPECT_EQ(figures(scopeOf(r, vertrauen), Unit::Character).counts.a, 15);
    EXPECT_EQ(r.scope(uuidText(trust.id)), nullptr); // renamed away
    EXPECT_TRUE(r.job.unmappedA.isEmpty());
    EXPECT_EQ(r.job.unmappedB, QStringList{uuidText(extra.id)});
    const QString table = agreementTable(r, {Unit::Record});
    EXPECT_TRUE(table.contains(QStringLiteral("Codes only Bob used (unmapped): Extra"))) << table.toStdString();
}

TEST_F(MappingTest, MappingReadFromAnEditedCsv)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("path_a,code_a,code_b\r\nx,Vertrauen,\"Trust\"\r\n,,Extra\r\n");
    f.close();
    auto links = readCodeMappingCsv(*project, path);
    ASSERT_TRUE(links.ok()) << links.error().toStdString();
    EXPECT_EQ(*links, (std::vector<CodeLink>{{vertrauen.id, trust.id}}));

    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("code_a,code_b\nVertrauen,Trust\nVertrauen,Nothing\n");
    f.close();
    auto bad = readCodeMappingCsv(*project, path);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().contains(QStringLiteral("line 3"))) << bad.error().toStdString();
    EXPECT_TRUE(bad.error().contains(QStringLiteral("Nothing"))) << bad.error().toStdString();
}

TEST_F(MappingTest, OneCodeMappedToTwoIsRefused)
{
    ProjectAgreementOptions o = pair();
    o.mapping = {{vertrauen.id, trust.id}, {extra.id, trust.id}};
    auto r = computeProjectAgreement(*project, o);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("Trust"))) << r.error().toStdString();
}

// Rounds: a pilot of records 0–1 and a main round of records 2–5.
struct RoundTest : AgreementProjectTest
{
    Code trust;
    Round pilot, main;
    void SetUp() override
    {
        AgreementProjectTest::SetUp();
        addRecords(6, QStringLiteral("0123456789"));
        trust = makeCode(QStringLiteral("Trust"));
        pilot = project->createRound(QStringLiteral("Pilot")).value();
        main = project->createRound(QStringLiteral("Main")).value();
        ASSERT_TRUE(project->assign(pilot.id, {records[0], records[1]}, {alice.id, bob.id}).ok());
        ASSERT_TRUE(project->assign(main.id, {records[2], records[3], records[4], records[5]}, {alice.id, bob.id}).ok());
        // pilot: A codes both records, B only record 0
        code(alice, 0, trust, 0, 4);
        code(alice, 1, trust, 0, 4);
        code(bob, 0, trust, 0, 4);
        // main: both code records 2 and 3; records 4 and 5 nobody codes
        for (int r : {2, 3}) {
            code(alice, r, trust, 2, 6);
            code(bob, r, trust, 2, 6);
        }
    }
};

TEST_F(RoundTest, RoundLimitsRecordsToItsAssignments)
{
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    o.round = pilot.id;
    const ProjectAgreement p = compute(o);
    EXPECT_EQ(p.job.roundName, QStringLiteral("Pilot"));
    EXPECT_EQ(p.job.options.records, RecordSelection::Assigned);
    EXPECT_EQ(p.job.recordIds, (std::vector<QUuid>{records[0], records[1]}));
    EXPECT_EQ(figures(scopeOf(p, trust), Unit::Record).counts, (Table2x2{1, 1, 0, 0}));

    o.round = main.id;
    const ProjectAgreement m = compute(o);
    // all four assigned records, including the two nobody coded (d = 2)
    EXPECT_EQ(m.job.recordIds.size(), 4u);
    EXPECT_EQ(figures(scopeOf(m, trust), Unit::Record).counts, (Table2x2{2, 0, 0, 2}));
    EXPECT_NEAR(figures(scopeOf(m, trust), Unit::Record).kappa, 1.0, 1e-12);
}

TEST_F(RoundTest, DoneSelectionNeedsEveryReviewerDone)
{
    ASSERT_TRUE(project->setRecordStatus(main.id, records[2], alice.id, RecordStatus::Done).ok());
    ASSERT_TRUE(project->setRecordStatus(main.id, records[2], bob.id, RecordStatus::Done).ok());
    ASSERT_TRUE(project->setRecordStatus(main.id, records[3], alice.id, RecordStatus::Done).ok());
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    o.round = main.id;
    o.records = RecordSelection::Done;
    const ProjectAgreement r = compute(o);
    EXPECT_EQ(r.job.recordIds, std::vector<QUuid>{records[2]});
}

TEST_F(RoundTest, CodingsOfAnotherRoundAreLeftOut)
{
    // A coding Bob made on a pilot record while the pilot was current belongs to the pilot.
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    o.round = main.id;
    o.records = RecordSelection::CodedByAny;
    const ProjectAgreement r = compute(o);
    EXPECT_EQ(r.job.recordIds, (std::vector<QUuid>{records[2], records[3]}));
    EXPECT_EQ(r.job.codingCounts, (std::vector<qint64>{2, 2}));
}

TEST_F(RoundTest, TableCsvAndJsonShowTheCounts)
{
    ProjectAgreementOptions o = pair();
    o.tokens = false;
    o.round = pilot.id;
    const ProjectAgreement r = compute(o);
    const QString table = agreementTable(r, {Unit::Record, Unit::Segment});
    // the per-code line carries the 2×2 counts and p_o = 1/2
    bool found = false;
    for (const QString &line : table.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("code")) && line.contains(QStringLiteral("Trust"))) {
            const QStringList cells = line.simplified().split(QLatin1Char(' '));
            ASSERT_GE(cells.size(), 8);
            EXPECT_EQ(cells.mid(2, 5), (QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0"),
                                                    QStringLiteral("0"), QStringLiteral("0.500")}));
            found = true;
            break;
        }
    EXPECT_TRUE(found) << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("2 records (records of round \"Pilot\" assigned to every chosen reviewer)")))
        << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("matched"))) << table.toStdString();

    const QStringList csv = agreementCsv(r, {Unit::Record, Unit::Character}).trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(csv.size(), 1 + 2 * 2); // header + (code, pooled) × 2 units
    EXPECT_TRUE(csv[1].startsWith(QStringLiteral("Alice,Bob,code,%1,Trust,record,1,1,0,0,2,0.5,").arg(uuidText(trust.id))))
        << csv[1].toStdString();

    const QJsonObject json = agreementJson(r, {Unit::Record});
    EXPECT_EQ(json.value(QStringLiteral("round")).toString(), QStringLiteral("Pilot"));
    const QJsonObject pooled = json.value(QStringLiteral("pairs")).toArray().at(0).toObject().value(QStringLiteral("pooled")).toObject();
    const QJsonObject rec = pooled.value(QStringLiteral("units")).toObject().value(QStringLiteral("record")).toObject();
    EXPECT_EQ(rec.value(QStringLiteral("a")).toInt(), 1);
    EXPECT_EQ(rec.value(QStringLiteral("b")).toInt(), 1);
    // p_o = 1/2; p_e = 1·(1/2) + 0·(1/2) = 1/2 → κ = 0
    EXPECT_DOUBLE_EQ(rec.value(QStringLiteral("kappa")).toDouble(), 0.0);
}

} // namespace
