// The one CSV writer and reader (core/io/csv): the formula guard and its exact inverse,
// RFC 4180 quoting, the byte-order mark, bounded reading with file and line in every error,
// and every CSV Dyad writes going through the guard (decision log, agreement, codebook).

#include "export_fixture.h"
#include "core/open/open.h"

#include "core/analysis/agreementreport.h"
#include "core/io/csv.h"
#include "core/io/export/codebookexport.h"
#include "core/io/import/codebookimport.h"
#include "core/reconcile/decisionlog.h"
#include "core/reconcile/reconciler.h"

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

// Cells a spreadsheet would run, or that sit next to the guard's own apostrophe.
const QStringList kHostileCells{
    QStringLiteral("=SUM(A1:A9)"),
    QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")"),
    QStringLiteral("+1+cmd|' /C calc'!A0"),
    QStringLiteral("-2+3"),
    QStringLiteral("@SUM(1)"),
    QStringLiteral("\t=tabbed"),
    QStringLiteral("\rcarriage"),
    QStringLiteral("'=already quoted"),
    QStringLiteral("''@twice"),
    QStringLiteral("'"),
    QStringLiteral("'plain apostrophe"),
    QStringLiteral("-0.25"),
    QStringLiteral("+3"),
    QStringLiteral("1e-5"),
    QStringLiteral("safe = text"),
    QString(),
    QStringLiteral("患者信任 \U0001F600 社区 \U00020000"),
    QStringLiteral("comma, \"quote\" and\nnew line"),
};

} // namespace

TEST(CsvGuard, GuardsFormulaStartsAndLeavesNumbersAndPlainText)
{
    // Hand-written expectations: one apostrophe in front of = + - @ tab CR, and in front of
    // apostrophes that precede one; numbers and other text untouched.
    EXPECT_EQ(neutraliseFormula(QStringLiteral("=SUM(A1:A9)")), QStringLiteral("'=SUM(A1:A9)"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("\t=tabbed")), QStringLiteral("'\t=tabbed"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("'=already quoted")), QStringLiteral("''=already quoted"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("'plain apostrophe")), QStringLiteral("'plain apostrophe"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("-0.25")), QStringLiteral("-0.25"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("+3")), QStringLiteral("+3"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("-")), QStringLiteral("'-"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("-1e")), QStringLiteral("'-1e"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("-.5")), QStringLiteral("-.5"));
}

TEST(CsvGuard, RestoringUndoesTheGuardExactly)
{
    for (const QString &cell : kHostileCells)
        EXPECT_EQ(restoreFormula(neutraliseFormula(cell)), cell) << cell.toStdString();
    // A cell another tool wrote with a leading apostrophe before a formula loses that one mark.
    EXPECT_EQ(restoreFormula(QStringLiteral("'=x")), QStringLiteral("=x"));
    EXPECT_EQ(restoreFormula(QStringLiteral("'x")), QStringLiteral("'x"));
}

TEST(CsvWriter, QuotesWhatNeedsQuotingWithCrlfAndAByteOrderMark)
{
    CsvWriter csv({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
    csv.addCells({QStringLiteral("x,y"), QStringLiteral("say \"hi\""), QStringLiteral("line\nbreak"), CsvCell(-0.5)});
    csv.addCells({QStringLiteral("=1+1"), QStringLiteral("a;b"), CsvCell(std::nan("")), CsvCell(42)});
    EXPECT_EQ(csv.text(), QStringLiteral("a,b,c,d\r\n"
                                         "\"x,y\",\"say \"\"hi\"\"\",\"line\nbreak\",-0.5\r\n"
                                         "'=1+1,\"a;b\",,42\r\n"));
    EXPECT_TRUE(csv.bytes().startsWith("\xEF\xBB\xBF" "a,b,c,d\r\n"));
    EXPECT_EQ(csv.rowCount(), 3);
}

TEST(CsvReader, ReadsBackExactlyWhatTheWriterWrote)
{
    CsvWriter csv(kHostileCells);
    csv.addRow(kHostileCells);
    CsvReadOptions options;
    options.restoreFormulas = true;
    auto rows = readCsv(csv.bytes(), QStringLiteral("round.csv"), options);
    ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].fields, kHostileCells);
    EXPECT_EQ((*rows)[1].fields, kHostileCells);
    EXPECT_EQ((*rows)[0].line, 1);
    EXPECT_EQ((*rows)[1].line, 4); // the first row holds two line breaks inside quotes (a CR and an LF)
}

TEST(CsvReader, SniffsSemicolonsAndTabsAndSkipsBlankRows)
{
    CsvReadOptions options;
    options.delimiter = QChar();
    auto semi = readCsv("Name;Definition\r\n\r\nAccess;\"Getting; care\"\r\n", QStringLiteral("eu.csv"), options);
    ASSERT_TRUE(semi.ok());
    ASSERT_EQ(semi->size(), 2u);
    EXPECT_EQ((*semi)[1].fields, (QStringList{QStringLiteral("Access"), QStringLiteral("Getting; care")}));
    EXPECT_EQ((*semi)[1].line, 3);
    auto tabs = readCsv("a\tb\n1\t2", QStringLiteral("t.tsv"), options);
    ASSERT_TRUE(tabs.ok());
    EXPECT_EQ((*tabs)[1].fields, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
}

TEST(CsvReader, ErrorsNameTheFileTheLineAndWhatWasExpected)
{
    auto open = readCsv("a,b\n1,2\n\"never closed,3\n4,5\n", QStringLiteral("ratings.csv"));
    ASSERT_FALSE(open.ok());
    EXPECT_EQ(open.error(), QStringLiteral("ratings.csv, line 3: a quoted field is never closed (a \" is missing)."));

    CsvReadOptions strict;
    strict.strictQuotes = true;
    auto stray = readCsv("unit,rater,value\nu1,ann\"e,1\n", QStringLiteral("r.csv"), strict);
    ASSERT_FALSE(stray.ok());
    EXPECT_TRUE(stray.error().startsWith(QStringLiteral("r.csv, line 2: a quote inside an unquoted field")))
        << stray.error().toStdString();

    // One million columns in one row (the 67-second file) stops at the limit.
    QByteArray wide = "a";
    wide += QByteArray(1000000, ',');
    auto tooWide = readCsv(wide, QStringLiteral("wide.csv"));
    ASSERT_FALSE(tooWide.ok());
    EXPECT_EQ(tooWide.error(),
              QStringLiteral("wide.csv, line 1: more than 4096 columns in one row; a table Dyad reads has at most 4096."));

    CsvReadOptions small;
    small.limits.maxFieldChars = 10;
    auto tooLong = readCsv("a\n\"0123456789ab\"\n", QStringLiteral("long.csv"), small);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error(), QStringLiteral("long.csv, line 2: a field is longer than 10 characters."));
}

namespace {

using dyad::testing::CodedProjectFixture;
struct CsvExportsTest : CodedProjectFixture
{
};

} // namespace

TEST_F(CsvExportsTest, CodebookCsvAndXlsxRoundTripsKeepEveryCharacter)
{
    Code odd;
    odd.name = QStringLiteral("-negative");
    odd.parentId = access.id;
    odd.color = QStringLiteral("#123456");
    odd.definition = QStringLiteral("\t=tabbed");
    odd.useWhen = QStringLiteral("'=already quoted");
    odd.doNotUseWhen = QStringLiteral("@mention, \"quoted\"\nsecond line");
    project->setActor(lead.id);
    ASSERT_TRUE(project->createCode(odd).ok());
    project->setActor(QUuid());

    for (TableFormat format : {TableFormat::Csv, TableFormat::Xlsx}) {
        const QString file = path(format == TableFormat::Csv ? QStringLiteral("cb.csv") : QStringLiteral("cb.xlsx"));
        ASSERT_TRUE(exportCodebook(*project, file, format).ok());
        auto fresh = createProject(path(QStringLiteral("fresh-%1.dyad").arg(int(format))));
        ASSERT_TRUE(fresh.ok());
        auto report = importCodebookTable(**fresh, file);
        ASSERT_TRUE(report.ok()) << report.error().toStdString();
        bool found = false;
        for (const Code &c : (*fresh)->allCodes()) {
            if (c.name != odd.name)
                continue;
            found = true;
            EXPECT_EQ((*fresh)->codePath(c.id), (QStringList{QStringLiteral("Access"), QStringLiteral("-negative")}));
            EXPECT_EQ(c.definition, odd.definition) << file.toStdString();
            EXPECT_EQ(c.useWhen, odd.useWhen) << file.toStdString();
            EXPECT_EQ(c.doNotUseWhen, odd.doNotUseWhen) << file.toStdString();
            EXPECT_EQ(c.color, odd.color);
        }
        EXPECT_TRUE(found) << file.toStdString();
    }
    // What the spreadsheet sees in the CSV: the guarded cells.
    QFile f(path(QStringLiteral("cb.csv")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains(",'-negative,")) << bytes.toStdString();
    EXPECT_TRUE(bytes.contains(",'\t=tabbed,")) << bytes.toStdString();
    EXPECT_TRUE(bytes.contains(",''=already quoted,")) << bytes.toStdString();
}

TEST_F(CsvExportsTest, DecisionLogCsvGuardsRationalesAndReviewerNames)
{
    auto store = reconcile::openDecisionStore(*project);
    ASSERT_TRUE(store.ok()) << store.error().toStdString();
    // Record 2: only Alice coded (Trust [5,11)), a group nobody decided yet.
    reconcile::Reconciler reconciler(*project, **store);
    const Reviewer hostileLead = project->addReviewer(QStringLiteral("@Lena"), ReviewerRole::Lead).value();
    project->setActor(hostileLead.id);
    auto queue = reconciler.buildQueue({alice.id, bob.id, {}, {}});
    ASSERT_TRUE(queue.ok()) << queue.error().toStdString();
    const reconcile::QueueItem *item = nullptr;
    for (const reconcile::QueueItem &i : queue->items)
        if (i.group.recordId == r2)
            item = &i;
    ASSERT_NE(item, nullptr);
    reconcile::DecisionInput in;
    in.outcome = reconcile::Outcome::AcceptA;
    in.rationale = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"see\")");
    auto decided = reconciler.decide({alice.id, bob.id, {}, {}}, item->group, in);
    ASSERT_TRUE(decided.ok()) << decided.error().toStdString();

    const QString csv = reconcile::decisionLogCsv(*project, reconciler.decisionLog(), {});
    EXPECT_TRUE(csv.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"see\"\")\",")))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral(",'@Lena,"))) << csv.toStdString();
    EXPECT_FALSE(csv.contains(QStringLiteral(",=HYPERLINK")));
    CsvReadOptions options;
    options.restoreFormulas = true;
    auto rows = readCsv(csvFileBytes(csv), QStringLiteral("decisions.csv"), options);
    ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
    ASSERT_EQ(rows->size(), 2u);
    const qsizetype rationale = (*rows)[0].fields.indexOf(QStringLiteral("rationale"));
    ASSERT_GE(rationale, 0);
    EXPECT_EQ((*rows)[1].fields.value(rationale), in.rationale);
}

TEST_F(CsvExportsTest, AgreementReportCsvGuardsNamesAndKeepsFiguresNumeric)
{
    const Reviewer evil = project->addReviewer(QStringLiteral("=cmd|' /C calc'!A0")).value();
    const Reviewer minus = project->addReviewer(QStringLiteral("-Bob")).value();
    code(evil, mutualTrust, r1, 25, 36, QString());
    code(minus, mutualTrust, r1, 25, 50, QString());
    code(minus, cost, r1, 52, 56, QString());
    analysis::AgreementReportOptions options;
    options.reviewers = {evil.id, minus.id};
    auto result = analysis::computeAgreementAnalysis(*project, options);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const QString csv = analysis::agreementCsv(*result);
    auto rows = readCsv(csvFileBytes(csv), QStringLiteral("agreement.csv"));
    ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
    ASSERT_GT(rows->size(), 1u);
    int cells = 0;
    for (size_t r = 1; r < rows->size(); ++r) {
        const QStringList &f = (*rows)[r].fields;
        ASSERT_EQ(f.size(), (*rows)[0].fields.size()) << "row " << r;
        EXPECT_EQ(f[0], QStringLiteral("'=cmd|' /C calc'!A0"));
        EXPECT_EQ(f[1], QStringLiteral("'-Bob"));
        for (const QString &cell : f) {
            // Nothing a spreadsheet would run: every cell is a number or starts harmlessly.
            const bool risky = !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()) && !isPlainNumber(cell);
            EXPECT_FALSE(risky) << cell.toStdString();
            ++cells;
        }
    }
    EXPECT_GT(cells, 100);
}
