// Analysis views on a small project whose counts were worked out by hand (see the comments
// next to each expectation).
#include "core/analysis/agreementreport.h"
#include "core/analysis/cooccurrence.h"
#include "core/analysis/frequencies.h"
#include "core/analysis/htmlwriter.h"
#include "core/analysis/report.h"
#include "core/analysis/words.h"
#include "core/model/project.h"
#include "core/open/open.h"
#include "core/reconcile/decisionstore.h"
#include "core/reconcile/reconciler.h"

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::analysis;

namespace {

// R1: "Fees are high." [0,14) " " "The clinic is far away." [15,38) " " "Patients trust the workers." [39,66)
const QString kR1 = QStringLiteral("Fees are high. The clinic is far away. Patients trust the workers.");
const QString kR2 = QStringLiteral("Training of health workers builds trust. 社区卫生工作者在农村社区开展卫生服务。");
const QString kR3 = QStringLiteral("TRUST is not relevant here.");

struct AnalysisTest : ::testing::Test
{
    std::unique_ptr<Project> project;
    Reviewer alice, bob, consensus;
    QUuid r1, r2, r3;
    Code access, cost, distance, trustTheme, mutualTrust, training;

    void SetUp() override
    {
        project = createInMemoryProject().value();
        alice = project->addReviewer(QStringLiteral("Alice")).value();
        bob = project->addReviewer(QStringLiteral("Bob")).value();
        consensus = project->consensusReviewer();
        std::vector<Record> records(3);
        records[0].title = QStringLiteral("Fees");
        records[0].text = kR1;
        records[1].title = QStringLiteral("Training");
        records[1].text = kR2;
        records[2].title = QStringLiteral("Uncoded");
        records[2].text = kR3;
        const auto ids = project->addRecords(records).value();
        r1 = ids[0];
        r2 = ids[1];
        r3 = ids[2];
        // Access > {Cost, Distance}; Trust > Mutual trust; Training (top level, no children)
        access = makeCode(QStringLiteral("Access"), {}, 0);
        cost = makeCode(QStringLiteral("Cost"), access.id, 0);
        distance = makeCode(QStringLiteral("Distance"), access.id, 1);
        trustTheme = makeCode(QStringLiteral("Trust"), {}, 1);
        mutualTrust = makeCode(QStringLiteral("Mutual trust"), trustTheme.id, 0);
        training = makeCode(QStringLiteral("Training"), {}, 2);

        // Alice, R1: Cost and Distance overlap on "The clinic"; Mutual trust apart.
        code(alice, r1, cost, kR1, QStringLiteral("Fees are high. The clinic"));
        code(alice, r1, distance, kR1, QStringLiteral("The clinic is far away"));
        code(alice, r1, mutualTrust, kR1, QStringLiteral("Patients trust the workers"));
        // Alice, R2: Training twice (English, Chinese), Mutual trust apart from both.
        code(alice, r2, training, kR2, QStringLiteral("Training of health workers"));
        code(alice, r2, training, kR2, QStringLiteral("社区卫生工作者在农村社区开展卫生服务"));
        code(alice, r2, mutualTrust, kR2, QStringLiteral("builds trust"));
        // Bob, R1: Cost and Distance apart.
        code(bob, r1, cost, kR1, QStringLiteral("Fees are high"));
        code(bob, r1, distance, kR1, QStringLiteral("far away"));
        // Bob, R2: Training overlaps Mutual trust on "builds trust".
        code(bob, r2, training, kR2, QStringLiteral("Training of health workers builds trust"));
        code(bob, r2, mutualTrust, kR2, QStringLiteral("builds trust"));
        // Consensus, R1: Cost and Distance apart.
        code(consensus, r1, cost, kR1, QStringLiteral("Fees are high"));
        code(consensus, r1, distance, kR1, QStringLiteral("The clinic is far away"));
    }

    Code makeCode(const QString &name, const QUuid &parent, int order)
    {
        Code c;
        c.name = name;
        c.parentId = parent;
        c.sortOrder = order;
        auto created = project->createCode(c);
        EXPECT_TRUE(created.ok()) << created.error().toStdString();
        return created.ok() ? created.value() : Code{};
    }

    static Span spanOf(const QString &text, const QString &quote)
    {
        const qsizetype at = text.indexOf(quote);
        EXPECT_GE(at, 0) << quote.toStdString();
        const Offset start = QStringView(text).left(at).toUcs4().size();
        return {start, start + Offset(quote.toUcs4().size())};
    }

    void code(const Reviewer &who, const QUuid &record, const Code &c, const QString &text, const QString &quote)
    {
        project->setActor({}); // a tool acting for every layer
        Coding coding;
        coding.recordId = record;
        coding.codeId = c.id;
        coding.reviewerId = who.id;
        coding.span = spanOf(text, quote);
        auto added = project->addCoding(coding);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
    }

    Scope layers(std::vector<Reviewer> list) const { return Scope{std::move(list), std::nullopt}; }
};

FrequencyCell cell(int records, int segments, int codings)
{
    return FrequencyCell{records, segments, codings};
}

} // namespace

TEST_F(AnalysisTest, CodeTreeOrdersDepthFirstAndRollsUp)
{
    const CodeTree tree(project->allCodes());
    ASSERT_EQ(tree.size(), 6);
    QStringList order;
    for (int i = 0; i < tree.size(); ++i)
        order << tree.path(i);
    EXPECT_EQ(order.join(u'|'), QStringLiteral("Access|Access > Cost|Access > Distance|Trust|Trust > Mutual trust|Training"));
    const int d = tree.indexOf(distance.id);
    EXPECT_EQ(tree.topLevel(d), tree.indexOf(access.id));
    EXPECT_TRUE(tree.isWithin(d, tree.indexOf(access.id)));
    EXPECT_FALSE(tree.isWithin(d, tree.indexOf(trustTheme.id)));
    EXPECT_TRUE(tree.hasChildren(tree.indexOf(access.id)));
    EXPECT_FALSE(tree.hasChildren(tree.indexOf(training.id)));
}

TEST_F(AnalysisTest, UnionComponentsMergeOverlapsButNotTouchingSpans)
{
    const auto u = unionComponents({{10, 20}, {0, 5}, {15, 30}, {30, 40}, {7, 7}});
    ASSERT_EQ(u.size(), 3u);
    EXPECT_EQ(u[0], (Span{0, 5}));
    EXPECT_EQ(u[1], (Span{10, 30}));
    EXPECT_EQ(u[2], (Span{30, 40}));
}

TEST_F(AnalysisTest, FrequenciesCountRecordsSegmentsAndCodingsPerLayerWithThemeRollUp)
{
    const FrequencyTable t = computeFrequencies(*project, layers({alice, bob, consensus}));
    EXPECT_EQ(t.recordTotal, 3);
    EXPECT_EQ(t.codedRecords, 2);
    // cells: Alice, Bob, Consensus
    // Access: Alice's Cost and Distance overlap in R1 → one merged passage; Bob's and the
    // consensus' are apart → two.
    EXPECT_EQ(t.row(access.id)->cells, (std::vector{cell(1, 1, 2), cell(1, 2, 2), cell(1, 2, 2)}));
    EXPECT_TRUE(t.row(access.id)->isTheme);
    EXPECT_EQ(t.row(cost.id)->cells, (std::vector{cell(1, 1, 1), cell(1, 1, 1), cell(1, 1, 1)}));
    EXPECT_EQ(t.row(distance.id)->cells, (std::vector{cell(1, 1, 1), cell(1, 1, 1), cell(1, 1, 1)}));
    // Trust: Alice in R1 and R2, Bob in R2 only, consensus nowhere.
    EXPECT_EQ(t.row(trustTheme.id)->cells, (std::vector{cell(2, 2, 2), cell(1, 1, 1), cell(0, 0, 0)}));
    EXPECT_EQ(t.row(mutualTrust.id)->cells, (std::vector{cell(2, 2, 2), cell(1, 1, 1), cell(0, 0, 0)}));
    // Training: a code without children counts each application.
    EXPECT_EQ(t.row(training.id)->cells, (std::vector{cell(1, 2, 2), cell(1, 1, 1), cell(0, 0, 0)}));
    EXPECT_EQ(t.row(access.id)->path, QStringLiteral("Access"));
    EXPECT_EQ(t.row(cost.id)->path, QStringLiteral("Access > Cost"));
}

TEST_F(AnalysisTest, ResolveScopeNamesLayers)
{
    auto all = resolveScope(*project, QStringLiteral("all"));
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->layers.size(), 3u);
    EXPECT_EQ(all->layers[0].name, QStringLiteral("Alice"));
    EXPECT_EQ(all->layers[2].id, consensus.id);
    auto one = resolveScope(*project, QStringLiteral("bob"));
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->layers.front().id, bob.id);
    auto none = resolveScope(*project, QStringLiteral("Carol"));
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().contains(QStringLiteral("Carol")));
    EXPECT_EQ(resolveScope(*project, QStringLiteral("consensus"))->layers.front().id, consensus.id);
}

TEST_F(AnalysisTest, CodeRecordMatrixHasCodedRecordsInImportOrder)
{
    const CodeRecordMatrix m = computeCodeRecordMatrix(*project, layers({alice, bob}));
    ASSERT_EQ(m.records.size(), 2u); // R3 has no coding
    EXPECT_EQ(m.records[0].id, r1);
    EXPECT_EQ(m.records[1].id, r2);
    const int accessCol = m.tree.indexOf(access.id), trainingCol = m.tree.indexOf(training.id);
    EXPECT_EQ(m.counts[0][size_t(accessCol)], 3);   // Alice 1 merged + Bob 2
    EXPECT_EQ(m.counts[1][size_t(trainingCol)], 3); // Alice 2 + Bob 1
    EXPECT_EQ(m.counts[1][size_t(accessCol)], 0);
    const QString csv = codeRecordMatrixCsv(m);
    EXPECT_TRUE(csv.startsWith(QStringLiteral("record_id,title,Access,Access > Cost,")));
}

TEST_F(AnalysisTest, CooccurrenceOfOverlappingSpans)
{
    const CooccurrenceMatrix m = computeCooccurrence(*project, layers({alice, bob}));
    // Rows: nodes with own codings (the themes Access and Trust have none).
    ASSERT_EQ(m.size(), 4);
    const int c = m.rowOf(cost.id), d = m.rowOf(distance.id), t = m.rowOf(mutualTrust.id), tr = m.rowOf(training.id);
    ASSERT_TRUE(c >= 0 && d >= 0 && t >= 0 && tr >= 0);
    EXPECT_EQ(m.rowOf(access.id), -1);
    auto at = [&](int r, int col) { return m.counts[size_t(r)][size_t(col)]; };
    EXPECT_EQ(at(c, d), 1);  // Alice, R1 ("The clinic")
    EXPECT_EQ(at(d, c), 1);  // symmetric
    EXPECT_EQ(at(tr, t), 1); // Bob, R2 ("builds trust")
    EXPECT_EQ(at(c, t), 0);
    EXPECT_EQ(at(c, c), 2);  // Alice 1 + Bob 1
    EXPECT_EQ(at(t, t), 3);  // Alice 2 + Bob 1
    EXPECT_EQ(at(tr, tr), 3); // Alice 2 + Bob 1

    const auto passages = cooccurrencePassages(*project, m.scope, m.options, cost.id, distance.id);
    ASSERT_EQ(passages.size(), 1u);
    EXPECT_EQ(passages[0].recordId, r1);
    EXPECT_EQ(passages[0].reviewer, QStringLiteral("Alice"));
    EXPECT_EQ(passages[0].quote, QStringLiteral("Fees are high. The clinic is far away"));
    EXPECT_EQ(passages[0].spansA, (std::vector<Span>{{0, 25}}));
    EXPECT_EQ(passages[0].spansB, (std::vector<Span>{{15, 37}}));
}

TEST_F(AnalysisTest, CooccurrenceWithinRecordsAndAtThemeLevel)
{
    CooccurrenceOptions byRecord;
    byRecord.mode = CooccurrenceMode::SameRecord;
    const CooccurrenceMatrix m = computeCooccurrence(*project, layers({alice, bob}), byRecord);
    auto at = [&](const Code &x, const Code &y) { return m.counts[size_t(m.rowOf(x.id))][size_t(m.rowOf(y.id))]; };
    EXPECT_EQ(at(cost, distance), 2);       // Alice R1, Bob R1
    EXPECT_EQ(at(cost, mutualTrust), 1);    // Alice R1
    EXPECT_EQ(at(training, mutualTrust), 2);// Alice R2, Bob R2
    EXPECT_EQ(at(training, cost), 0);
    EXPECT_EQ(at(mutualTrust, mutualTrust), 3);
    const auto passages = cooccurrencePassages(*project, m.scope, byRecord, training.id, mutualTrust.id);
    ASSERT_EQ(passages.size(), 2u);
    EXPECT_EQ(passages[0].reviewer, QStringLiteral("Alice"));
    EXPECT_EQ(passages[0].quote, QStringLiteral("Training of health workers … builds trust … 社区卫生工作者在农村社区开展卫生服务"));

    CooccurrenceOptions themes;
    themes.level = CooccurrenceLevel::Themes;
    const CooccurrenceMatrix t = computeCooccurrence(*project, layers({alice, bob}), themes);
    ASSERT_EQ(t.size(), 3); // Access, Trust, Training
    auto th = [&](const Code &x, const Code &y) { return t.counts[size_t(t.rowOf(x.id))][size_t(t.rowOf(y.id))]; };
    EXPECT_EQ(th(access, access), 3);       // Alice 1 merged passage + Bob 2
    EXPECT_EQ(th(access, trustTheme), 0);
    EXPECT_EQ(th(training, trustTheme), 1); // Bob, R2
    // a code maps to its theme when asking for passages at theme level
    EXPECT_EQ(cooccurrencePassages(*project, t.scope, themes, training.id, mutualTrust.id).size(), 1u);
}

TEST_F(AnalysisTest, IcuSegmentsChineseIntoDictionaryWords)
{
    const QString s = QStringLiteral("社区卫生工作者在农村社区开展卫生服务。");
    const std::u32string cps = codePointsOf(s);
    QStringList words;
    for (const WordToken &t : wordTokens(s))
        words << textOf(cps, t.span);
    // ICU 72's dictionary segmentation, checked by hand
    EXPECT_EQ(words.join(u'|'), QStringLiteral("社区|卫生|工作|者|在|农村|社区|开展|卫生|服务"));
}

TEST_F(AnalysisTest, WordCountsForACodeInChineseAndEnglish)
{
    WordOptions options;
    options.codeId = training.id;
    const WordTable t = computeWords(*project, layers({alice}), options);
    // "Training of health workers" + 社区|卫生|工作|者|在|农村|社区|开展|卫生|服务
    // minus the stop words "of" and 在 → 12 words
    EXPECT_EQ(t.tokens, 12);
    EXPECT_EQ(t.records, 1);
    ASSERT_GE(t.words.size(), 2u);
    EXPECT_EQ(t.words[0].word, QStringLiteral("卫生"));
    EXPECT_EQ(t.words[0].count, 2);
    EXPECT_EQ(t.words[1].word, QStringLiteral("社区"));
    EXPECT_EQ(t.words[1].count, 2);
    auto count = [&](const WordTable &table, const QString &w) {
        for (const WordCount &c : table.words)
            if (c.word == w)
                return c.count;
        return 0;
    };
    EXPECT_EQ(count(t, QStringLiteral("training")), 1); // folded
    EXPECT_EQ(count(t, QStringLiteral("者")), 1);
    EXPECT_EQ(count(t, QStringLiteral("of")), 0);
    EXPECT_EQ(count(t, QStringLiteral("在")), 0);
    EXPECT_EQ(count(t, QStringLiteral("builds")), 0);   // Alice did not code it as Training

    // Both layers: Bob's Training adds "builds trust"; text both coded counts once.
    const WordTable both = computeWords(*project, layers({alice, bob}), options);
    EXPECT_EQ(both.tokens, 14);
    EXPECT_EQ(count(both, QStringLiteral("training")), 1);
    EXPECT_EQ(count(both, QStringLiteral("builds")), 1);

    // A theme reads its codes' text: Access, consensus → "Fees are high", "The clinic is far away"
    WordOptions accessWords;
    accessWords.codeId = access.id;
    const WordTable a = computeWords(*project, layers({consensus}), accessWords);
    // fees, high, clinic, far, away (are, the, is: stop words)
    EXPECT_EQ(a.tokens, 5);
}

TEST_F(AnalysisTest, WholeRecordWordsFoldCase)
{
    WordOptions options;
    options.wholeRecords = true;
    const WordTable t = computeWords(*project, layers({}), options);
    EXPECT_EQ(t.records, 3);
    const auto it = std::find_if(t.words.begin(), t.words.end(), [](const WordCount &w) { return w.word == QStringLiteral("trust"); });
    ASSERT_NE(it, t.words.end());
    EXPECT_EQ(it->count, 3);   // "trust" in R1 and R2, "TRUST" in R3
    EXPECT_EQ(it->records, 3);
    EXPECT_TRUE(isStopWord(QStringLiteral("the")));
    EXPECT_TRUE(isStopWord(QStringLiteral("的")));
    EXPECT_EQ(foldWord(QStringLiteral("STRASSE")), foldWord(QStringLiteral("Straße")));
}

TEST_F(AnalysisTest, KeywordInContextLines)
{
    WordOptions options;
    options.wholeRecords = true;
    const auto lines = keywordInContext(*project, layers({}), options, QStringLiteral("Trust"), 10);
    ASSERT_EQ(lines.size(), 3u);
    // R1: trust is [48, 53); 10 code points either side: " Patients " and " the worke"
    EXPECT_EQ(lines[0].recordId, r1);
    EXPECT_EQ(lines[0].span, (Span{48, 53}));
    EXPECT_EQ(lines[0].left, QStringLiteral(" Patients "));
    EXPECT_EQ(lines[0].keyword, QStringLiteral("trust"));
    EXPECT_EQ(lines[0].right, QStringLiteral(" the worke"));
    EXPECT_EQ(lines[2].keyword, QStringLiteral("TRUST")); // as written
    EXPECT_EQ(lines[2].left, QString());

    // A Chinese phrase matches consecutive tokens: 卫生 + 服务, once.
    const auto zh = keywordInContext(*project, layers({}), options, QStringLiteral("卫生服务"), 4);
    ASSERT_EQ(zh.size(), 1u);
    EXPECT_EQ(zh[0].left, QStringLiteral("社区开展"));
    EXPECT_EQ(zh[0].keyword, QStringLiteral("卫生服务"));
    EXPECT_EQ(zh[0].right, QStringLiteral("。"));

    // Limited to a code's text: Mutual trust, Alice → R1 and R2 occurrences, not R3
    WordOptions coded;
    coded.codeId = mutualTrust.id;
    EXPECT_EQ(keywordInContext(*project, layers({alice}), coded, QStringLiteral("trust")).size(), 2u);
    EXPECT_EQ(keywordInContext(*project, layers({alice}), coded, QStringLiteral("trust"), 40, 1).size(), 1u);
}

TEST_F(AnalysisTest, ReportsCarryTheFigures)
{
    const Scope scope = layers({alice, bob, consensus});
    ReportMeta meta;
    meta.projectTitle = QStringLiteral("CHW <review>");
    const FrequencyTable f = computeFrequencies(*project, scope);
    const QString html = frequenciesHtml(f, meta, describeScope(*project, scope));
    EXPECT_TRUE(html.contains(QStringLiteral("CHW &lt;review&gt;")));   // escaped
    EXPECT_TRUE(html.contains(QStringLiteral("Alice: segments")));
    // Trust, Alice: 2 records of 3 = 66.7 %
    EXPECT_TRUE(html.contains(QStringLiteral("2 (66.7 %)"))) << html.toStdString();
    const QString csv = frequenciesCsv(f);
    // Access, Alice: 1 record (1/3), 1 merged segment, 2 codings
    EXPECT_TRUE(csv.contains(QStringLiteral(",Access,0,1,Alice,1,0.3333,1,2\r\n"))) << csv.toStdString();

    const CooccurrenceMatrix m = computeCooccurrence(*project, layers({alice, bob}));
    const QString co = cooccurrenceHtml(m, meta, describeScope(*project, m.scope), project.get());
    EXPECT_TRUE(co.contains(QStringLiteral("Access &gt; Cost × Access &gt; Distance: 1")));
    EXPECT_TRUE(co.contains(QStringLiteral("Fees are high. The clinic is far away")));
    const QString coCsv = cooccurrenceCsv(m);
    EXPECT_TRUE(coCsv.contains(QStringLiteral("Access > Cost,2,1,0,0\r\n"))) << coCsv.toStdString();

    WordOptions wo;
    wo.codeId = training.id;
    const WordTable w = computeWords(*project, layers({alice}), wo);
    const auto kwic = keywordInContext(*project, layers({alice}), wo, QStringLiteral("社区"), 3);
    const QString wh = wordsHtml(w, meta, QStringLiteral("Training; Alice"), kwic, QStringLiteral("社区"));
    EXPECT_TRUE(wh.contains(QStringLiteral("<td>卫生</td><td class=\"n\">2</td>")));
    EXPECT_TRUE(wh.contains(QStringLiteral("Keyword in context: 社区 (2 lines)")));
    EXPECT_TRUE(wordsCsv(w).contains(QStringLiteral("社区,2,1\r\n")));
    EXPECT_EQ(csvLine({QStringLiteral("a \"b\", c")}), QStringLiteral("\"a \"\"b\"\", c\"\r\n"));
}

TEST_F(AnalysisTest, AgreementReportShowsCountsAndFiguresWorkedByHand)
{
    AgreementReportOptions options;
    options.reviewers = {alice.id, bob.id};
    auto analysis = computeAgreementAnalysis(*project, options);
    ASSERT_TRUE(analysis.ok()) << analysis.error().toStdString();
    // No assignments: the records either coded (R1, R2) are compared.
    EXPECT_EQ(analysis->records, 2);
    ASSERT_EQ(analysis->report.pairs.size(), 1u);
    const auto &pooled = analysis->report.pairs[0].pooled.record;
    // Per code over R1, R2 (a both, b Alice only, c Bob only, d neither):
    // Cost 1/0/0/1, Distance 1/0/0/1, Mutual trust 1/1/0/0, Training 1/0/0/1. The themes Access
    // and Trust were applied by nobody: they are themes only and add nothing to the pool (the
    // engine's definition, shared with `dyad-cli agreement`) → pooled a 4, b 1, c 0, d 3;
    // p_o = 7/8; p_e = (5/8)(4/8) + (3/8)(4/8) = 1/2; κ = (7/8 − 1/2) / (1/2) = 0.75
    EXPECT_EQ(pooled.counts, (agreement::Table2x2{4, 1, 0, 3}));
    EXPECT_NEAR(pooled.coefficients.kappa, 0.75, 1e-12);

    ReportMeta meta;
    meta.projectTitle = QStringLiteral("Test");
    const QString html = agreementHtml(*analysis, meta);
    EXPECT_TRUE(html.contains(QStringLiteral("<td class=\"n\">87.5 %</td><td class=\"n\">0.750 ("))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("almost perfect")));
    EXPECT_TRUE(html.contains(QStringLiteral("Landis and Koch (1977)")));
    // the Mutual trust row carries its counts: a 1, b 1, c 0, d 0
    EXPECT_TRUE(html.contains(QStringLiteral("<td>Trust &gt; Mutual trust</td><td class=\"n\">1</td><td class=\"n\">1</td>"
                                             "<td class=\"n\">0</td><td class=\"n\">0</td>")));
    // parts that are absent say so
    EXPECT_TRUE(html.contains(QStringLiteral("fewer than two rounds")));
    EXPECT_TRUE(html.contains(QStringLiteral("No decision log is available")));

    DecisionLogSummary log;
    log.decisions = 7;
    log.byOutcome = {{QStringLiteral("Accept A"), 4}, {QStringLiteral("Accept both"), 3}};
    options.decisions = log;
    const QString withLog = agreementHtml(computeAgreementAnalysis(*project, options).value(), meta);
    EXPECT_TRUE(withLog.contains(QStringLiteral("<td>Accept A</td><td class=\"n\">4</td>")));
    EXPECT_FALSE(withLog.contains(QStringLiteral("No decision log is available")));
}

TEST(AnalysisAgreementTrend, OneRowPerRoundWithThatRoundsCodings)
{
    auto project = createInMemoryProject().value();
    const Reviewer a = project->addReviewer(QStringLiteral("A")).value();
    const Reviewer b = project->addReviewer(QStringLiteral("B")).value();
    std::vector<Record> records(3);
    records[0].text = QStringLiteral("First pilot abstract.");
    records[1].text = QStringLiteral("Second main abstract.");
    records[2].text = QStringLiteral("Third pilot abstract.");
    const auto ids = project->addRecords(records).value();
    Code k, l;
    k.name = QStringLiteral("K");
    l.name = QStringLiteral("L");
    k = project->createCode(k).value();
    l = project->createCode(l).value();
    const Round pilot = project->createRound(QStringLiteral("Pilot")).value();
    const Round main = project->createRound(QStringLiteral("Main")).value();
    ASSERT_TRUE(project->assign(pilot.id, {ids[0], ids[2]}, {a.id, b.id}).ok());
    ASSERT_TRUE(project->assign(main.id, {ids[1]}, {a.id, b.id}).ok());
    auto add = [&](const Reviewer &who, const QUuid &record, const Code &c) {
        Coding x;
        x.recordId = record;
        x.codeId = c.id;
        x.reviewerId = who.id;
        x.span = {0, 5};
        ASSERT_TRUE(project->addCoding(x).ok());
    };
    // pilot: both K in the first record, both L in the third → per code a 1, d 1, pooled a 2,
    // d 2: κ = 1 (each round compares the codes used in it, as `agreement --round` does)
    add(a, ids[0], k);
    add(b, ids[0], k);
    add(a, ids[2], l);
    add(b, ids[2], l);
    add(a, ids[1], k); // main: A K, B L → b 1, c 1: p_o 0, p_e 0.5, κ = −1
    add(b, ids[1], l);
    auto analysis = computeAgreementAnalysis(*project, {});
    ASSERT_TRUE(analysis.ok()) << analysis.error().toStdString();
    ASSERT_EQ(analysis->trend.size(), 2u);
    EXPECT_EQ(analysis->trend[0].round, QStringLiteral("Pilot"));
    EXPECT_EQ(analysis->trend[0].records, 2);
    EXPECT_EQ(analysis->trend[0].pooled.record.counts, (agreement::Table2x2{2, 0, 0, 2}));
    EXPECT_DOUBLE_EQ(analysis->trend[0].pooled.record.coefficients.kappa, 1.0);
    EXPECT_EQ(analysis->trend[1].round, QStringLiteral("Main"));
    EXPECT_DOUBLE_EQ(analysis->trend[1].pooled.record.coefficients.kappa, -1.0);
    EXPECT_EQ(analysis->universe, QStringLiteral("records any chosen reviewer coded")); // no round: the engine's auto
    const QString html = agreementHtml(*analysis, {});
    EXPECT_TRUE(html.contains(QStringLiteral("<td>Main</td><td class=\"n\">1</td><td class=\"n\">-1.000</td>"))) << html.toStdString();
}

TEST_F(AnalysisTest, DecisionLogSummaryComesFromReconciliation)
{
    // No decision yet: the report says so.
    EXPECT_FALSE(decisionLogSummary(*project, {alice.id, bob.id}).has_value());
    // Alice's and Bob's "builds trust" (Mutual trust, R2) is the one exact agreement.
    auto store = reconcile::openDecisionStore(*project);
    ASSERT_TRUE(store.ok()) << store.error().toStdString();
    project->setActor(alice.id);
    reconcile::Reconciler reconciler(*project, **store);
    auto accepted = reconciler.acceptAllExact({alice.id, bob.id, std::nullopt, std::nullopt});
    ASSERT_TRUE(accepted.ok()) << accepted.error().toStdString();
    ASSERT_EQ(accepted->size(), 1u);
    const auto summary = decisionLogSummary(*project, {bob.id, alice.id}); // either order
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->decisions, 1);
    EXPECT_EQ(summary->undone, 0);
    ASSERT_EQ(summary->byKind.size(), 1);
    EXPECT_EQ(summary->byKind[0].first, reconcile::kindLabel(reconcile::GroupKind::ExactAgreement));
    EXPECT_EQ(summary->byKind[0].second, 1);
    AgreementReportOptions options;
    options.reviewers = {alice.id, bob.id};
    options.decisions = summary;
    const QString html = agreementHtml(computeAgreementAnalysis(*project, options).value(), {});
    EXPECT_TRUE(html.contains(QStringLiteral("<td>%1</td><td class=\"n\">1</td>")
                                  .arg(reconcile::kindLabel(reconcile::GroupKind::ExactAgreement).toHtmlEscaped())));
}
