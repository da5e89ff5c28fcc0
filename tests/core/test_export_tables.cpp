#include "export_fixture.h"
#include "core/open/open.h"

#include "core/io/export/codebookexport.h"
#include "core/io/import/codebookimport.h"
#include "core/io/export/sheet.h"
#include "core/io/refi/safezip.h"

#include <QRegularExpression>

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

struct ExportTablesTest : dyad::testing::CodedProjectFixture
{
    QString readText(const QString &file)
    {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        return QString::fromUtf8(f.readAll());
    }

    int column(const Sheet &s, const QString &name)
    {
        return static_cast<int>(s.header.indexOf(name));
    }

    LayerChoice all() { return LayerChoice{LayerChoice::Kind::All, {}}; }
};

} // namespace

TEST_F(ExportTablesTest, CsvNeutralisesCellsASpreadsheetWouldRunAsFormulas)
{
    EXPECT_EQ(neutraliseFormula(QStringLiteral("=SUM(A1)")), QStringLiteral("'=SUM(A1)"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("+1+cmd")), QStringLiteral("'+1+cmd"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    // A cell that is only a number runs nothing: a negative kappa stays a number.
    EXPECT_EQ(neutraliseFormula(QStringLiteral("-0.25")), QStringLiteral("-0.25"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("\rx")), QStringLiteral("'\rx"));
    EXPECT_EQ(neutraliseFormula(QStringLiteral("safe = text")), QStringLiteral("safe = text"));

    code(alice, cost, r3, 0, 8, QStringLiteral("@HYPERLINK(\"http://x\")"));
    const QString out = path(QStringLiteral("segments.csv"));
    SegmentFilter f;
    f.layer = all();
    ASSERT_TRUE(exportSegments(*project, out, TableFormat::Csv, f).ok());
    const QString csv = readText(out);
    EXPECT_TRUE(csv.contains(QStringLiteral(",'=SUM(A1),"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'@HYPERLINK(\"\"http://x\"\")\""))) << csv.toStdString();
    EXPECT_FALSE(csv.contains(QStringLiteral(",=SUM")));
    // Numbers stay numbers: the span columns are not prefixed.
    EXPECT_TRUE(csv.contains(QStringLiteral(",0,8,")));
}

TEST_F(ExportTablesTest, XlsxOpensAndKeepsFormulaTextAsStrings)
{
    code(alice, cost, r3, 0, 8, QStringLiteral("=1+1"));
    const QString out = path(QStringLiteral("segments.xlsx"));
    SegmentFilter f;
    f.layer = all();
    ASSERT_TRUE(exportSegments(*project, out, TableFormat::Xlsx, f).ok());
    auto rows = readXlsxRows(out);
    ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
    ASSERT_EQ(rows->size(), 7u); // header + 6 codings
    const QStringList header = rows->front();
    EXPECT_EQ(header.value(11), QStringLiteral("Quote"));
    bool sawFormulaText = false, sawCjk = false;
    for (const QStringList &row : *rows) {
        if (row.value(11) == QStringLiteral("=SUM(A1)")) {
            sawFormulaText = true;
            EXPECT_EQ(row.value(15), QStringLiteral("=1+1"));
        }
        if (row.value(11) == QStringLiteral("\U0001F600 社区 \U00020000"))
            sawCjk = true;
    }
    EXPECT_TRUE(sawFormulaText);
    EXPECT_TRUE(sawCjk);
    // No cell of the sheet is a formula.
    auto zip = SafeZip::open(out);
    ASSERT_TRUE(zip.ok());
    const QByteArray sheet = (*zip)->read(QStringLiteral("xl/worksheets/sheet1.xml")).value();
    EXPECT_FALSE(sheet.contains("<f>"));
    // As docs/exchange.md says: text is an inline string, while numbers (offsets, years) are
    // number cells, so a spreadsheet sorts and sums them. The "=1+1" coding spans 0–8.
    EXPECT_TRUE(sheet.contains("t=\"inlineStr\""));
    const QRegularExpression numberCell(QStringLiteral("<c r=\"[A-Z]+[0-9]+\"><v>8</v></c>"));
    EXPECT_TRUE(numberCell.match(QString::fromUtf8(sheet)).hasMatch()) << sheet.left(2000).toStdString();
}

TEST_F(ExportTablesTest, SegmentsDefaultToConsensusAndFilter)
{
    const Sheet consensusOnly = segmentsSheet(*project);
    ASSERT_EQ(consensusOnly.rows.size(), 1u);
    EXPECT_EQ(consensusOnly.rows[0][column(consensusOnly, QStringLiteral("Layer"))].toString(), QStringLiteral("consensus"));
    EXPECT_EQ(consensusOnly.rows[0][column(consensusOnly, QStringLiteral("Quote"))].toString(), QStringLiteral("build trust"));
    EXPECT_EQ(consensusOnly.rows[0][column(consensusOnly, QStringLiteral("Code path"))].toString(),
              QStringLiteral("Governance > Trust > Mutual trust"));
    EXPECT_EQ(consensusOnly.rows[0][column(consensusOnly, QStringLiteral("Memo"))].toString(), QStringLiteral("agreed"));

    SegmentFilter everyone;
    everyone.layer = all();
    EXPECT_EQ(segmentsSheet(*project, everyone).rows.size(), 5u);
    SegmentFilter aliceOnly;
    aliceOnly.layer = {LayerChoice::Kind::Reviewer, alice.id};
    EXPECT_EQ(segmentsSheet(*project, aliceOnly).rows.size(), 3u);
    SegmentFilter accessOnly;
    accessOnly.layer = all();
    accessOnly.codes = {access.id}; // a theme includes the codes below it
    const Sheet a = segmentsSheet(*project, accessOnly);
    ASSERT_EQ(a.rows.size(), 1u);
    EXPECT_EQ(a.rows[0][column(a, QStringLiteral("Quote"))].toString(), QStringLiteral("Cost"));
    SegmentFilter noRound;
    noRound.layer = all();
    noRound.round = QUuid::createUuid();
    EXPECT_EQ(segmentsSheet(*project, noRound).rows.size(), 0u);
}

TEST_F(ExportTablesTest, WithoutConsensusCodingsSegmentsComeFromAllReviewers)
{
    ASSERT_TRUE(project->removeCoding(c1.id).ok());
    EXPECT_EQ(segmentsSheet(*project).rows.size(), 4u);
}

TEST_F(ExportTablesTest, ThemeSummaryMarksThemesAboveTheAverageAsMajor)
{
    // All layers: Governance 4 segments on 2 records, Access 1 on 1; average 2.5.
    const auto rows = themeSummary(*project, all());
    ASSERT_EQ(rows.size(), 4u); // Governance, Trust, Access, Cost
    EXPECT_EQ(rows[0].theme, QStringLiteral("Governance"));
    EXPECT_EQ(rows[0].segments, 4);
    EXPECT_EQ(rows[0].records, 2);
    EXPECT_TRUE(rows[0].major);
    EXPECT_EQ(rows[1].subTheme, QStringLiteral("Trust"));
    EXPECT_EQ(rows[1].segments, 4);
    EXPECT_TRUE(rows[1].major);
    EXPECT_EQ(rows[2].theme, QStringLiteral("Access"));
    EXPECT_EQ(rows[2].segments, 1);
    EXPECT_EQ(rows[2].records, 1);
    EXPECT_FALSE(rows[2].major);
    EXPECT_FALSE(rows[3].major);
    // Default layer is Consensus: only one segment, under Governance.
    const auto consensusRows = themeSummary(*project);
    EXPECT_EQ(consensusRows[0].segments, 1);
    EXPECT_EQ(consensusRows[2].segments, 0);
    ASSERT_TRUE(exportThemeSummary(*project, path(QStringLiteral("themes.html")), TableFormat::Html, all()).ok());
    const QString html = readText(path(QStringLiteral("themes.html")));
    EXPECT_TRUE(html.contains(QStringLiteral("<tr class=\"major\"><td>Governance</td>"))) << html.toStdString();
    ASSERT_TRUE(exportThemeSummary(*project, path(QStringLiteral("themes.csv")), TableFormat::Csv, all()).ok());
    EXPECT_TRUE(readText(path(QStringLiteral("themes.csv"))).contains(QStringLiteral("Access,,1,1,minor")));
}

TEST_F(ExportTablesTest, CodebookForPublicationHasHierarchyDefinitionsExamplesAndCounts)
{
    const Sheet s = codebookSheet(*project);
    ASSERT_EQ(s.rows.size(), 5u);
    const QVariantList &mt = s.rows[2];
    EXPECT_EQ(mt[column(s, QStringLiteral("Path"))].toString(), QStringLiteral("Governance > Trust > Mutual trust"));
    EXPECT_EQ(mt[column(s, QStringLiteral("Level"))].toString(), QStringLiteral("code"));
    EXPECT_EQ(mt[column(s, QStringLiteral("Example"))].toString(), QStringLiteral("\"they trusted us and we trusted them\""));
    EXPECT_EQ(mt[column(s, QStringLiteral("Records"))].toInt(), 1);
    EXPECT_EQ(mt[column(s, QStringLiteral("Codings"))].toInt(), 3);
    EXPECT_EQ(mt[column(s, QStringLiteral("Codings: Alice"))].toInt(), 1);
    EXPECT_EQ(mt[column(s, QStringLiteral("Codings: Consensus"))].toInt(), 1);
    // Without an example, the first coded quote stands in.
    const QVariantList &trustRow = s.rows[1];
    EXPECT_EQ(trustRow[column(s, QStringLiteral("Example"))].toString(), QStringLiteral("\U0001F600 社区 \U00020000"));

    const QString md = codebookMarkdown(*project);
    EXPECT_TRUE(md.contains(QStringLiteral("## Theme: Governance")));
    EXPECT_TRUE(md.contains(QStringLiteral("### Sub-theme: Trust")));
    EXPECT_TRUE(md.contains(QStringLiteral("#### Mutual trust\n\n**Definition:** Trust that runs both ways")));
    EXPECT_TRUE(md.contains(QStringLiteral("**Do not use when:** Only one side trusts.")));
    EXPECT_TRUE(md.contains(QStringLiteral("1 record(s), 3 coding(s) (Alice 1, Bob 1, Consensus 1)")));
    const QString html = codebookHtml(*project);
    EXPECT_TRUE(html.contains(QStringLiteral("<dt>Use when</dt><dd>Both sides are said to trust each other.</dd>")));
    EXPECT_TRUE(html.contains(QStringLiteral("background:#aa2244")));
    for (TableFormat f : {TableFormat::Csv, TableFormat::Xlsx, TableFormat::Markdown, TableFormat::Html})
        EXPECT_TRUE(exportCodebook(*project, path(QStringLiteral("cb.out")), f).ok());
}

TEST_F(ExportTablesTest, CodebookCsvImportBuildsTheTreeAndIsIdempotent)
{
    QFile f(path(QStringLiteral("deductive.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFName,Parent,Definition,Use when,Do not use when,Example,Colour\r\n"
            "Access,,Getting care,,,,#ff8800\r\n"
            "Distance,Access > Geography,\"Travel time, distance\",\"Km, hours\",Cost of travel,\"\"\"too far\"\"\",#0f0\r\n"
            "'=Odd,Access,Name that looks like a formula,,,,\r\n");
    f.close();
    auto fresh = createProject(path(QStringLiteral("deductive.dyad")));
    ASSERT_TRUE(fresh.ok());
    auto r = importCodebookTable(**fresh, path(QStringLiteral("deductive.csv")));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->created, 4); // Access, Geography (made on the way), Distance, =Odd
    QStringList paths;
    for (const Code &c : (*fresh)->allCodes())
        paths << (*fresh)->codePath(c.id).join(QStringLiteral(" > "));
    paths.sort();
    EXPECT_EQ(paths, (QStringList{QStringLiteral("Access"), QStringLiteral("Access > =Odd"), QStringLiteral("Access > Geography"),
                                  QStringLiteral("Access > Geography > Distance")}));
    for (const Code &c : (*fresh)->allCodes())
        if (c.name == QStringLiteral("Distance")) {
            EXPECT_EQ(c.definition, QStringLiteral("Travel time, distance"));
            EXPECT_EQ(c.useWhen, QStringLiteral("Km, hours"));
            EXPECT_EQ(c.example, QStringLiteral("\"too far\""));
            EXPECT_EQ(c.color, QStringLiteral("#00ff00"));
        }
    auto again = importCodebookTable(**fresh, path(QStringLiteral("deductive.csv")));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->created, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ((*fresh)->allCodes().size(), 4u);
}

TEST_F(ExportTablesTest, CodebookXlsxExportImportsBackIntoAnotherProject)
{
    ASSERT_TRUE(exportCodebook(*project, path(QStringLiteral("cb.xlsx")), TableFormat::Xlsx).ok());
    auto fresh = createProject(path(QStringLiteral("fromxlsx.dyad")));
    ASSERT_TRUE(fresh.ok());
    auto r = importCodebookTable(**fresh, path(QStringLiteral("cb.xlsx")));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->created, 5);
    auto c = (*fresh)->code(mutualTrust.id); // the ID column keeps identities
    ASSERT_TRUE(c);
    EXPECT_EQ((*fresh)->codePath(c->id).join(QStringLiteral(" > ")), QStringLiteral("Governance > Trust > Mutual trust"));
    EXPECT_EQ(c->doNotUseWhen, mutualTrust.doNotUseWhen);
    EXPECT_EQ(c->color, QStringLiteral("#aa2244"));
}

TEST_F(ExportTablesTest, BrokenCsvChangesNothing)
{
    QFile f(path(QStringLiteral("broken.csv")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("name,parent\nNew code,\n\"Unclosed,quote\n");
    f.close();
    const auto before = project->allCodes().size();
    auto r = importCodebookTable(*project, path(QStringLiteral("broken.csv")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("line 3"))) << r.error().toStdString();
    EXPECT_EQ(project->allCodes().size(), before);
}

TEST_F(ExportTablesTest, SegmentsHtmlIsLaidOutPerRecordInFourColumnsThatFitThePage)
{
    // The HTML used to be the 17-column sheet: the quote column was squeezed and columns were
    // cut when printed. Now: one section per record, four columns whose widths add up to 100 %.
    SegmentFilter all;
    all.layer.kind = LayerChoice::Kind::All; // every reviewer, so the emoji coding is in it
    const QString page = dyad::core::io::segmentsHtml(*project, all);
    const QRegularExpression header(QStringLiteral("<tr><th width=\"(\\d+)%\">Code</th><th width=\"(\\d+)%\">Quote</th>"
                                                   "<th width=\"(\\d+)%\">Reviewer</th><th width=\"(\\d+)%\">Memo</th></tr>"));
    const auto m = header.match(page);
    ASSERT_TRUE(m.hasMatch()) << page.left(600).toStdString();
    EXPECT_EQ(m.captured(1).toInt() + m.captured(2).toInt() + m.captured(3).toInt() + m.captured(4).toInt(), 100);
    EXPECT_GE(m.captured(2).toInt(), 40); // the quote gets the most room
    EXPECT_FALSE(page.contains(QStringLiteral("<th>Coding ID</th>")));
    // Every row has exactly four cells, and every coding of the fixture is there.
    const QRegularExpression row(QStringLiteral("<tr>(.*?)</tr>"));
    int rows = 0;
    for (auto it = row.globalMatch(page); it.hasNext();) {
        const QString cells = it.next().captured(1);
        EXPECT_EQ(cells.count(QStringLiteral("<td")) + cells.count(QStringLiteral("<th")), 4) << cells.toStdString();
        rows += cells.contains(QStringLiteral("<td")) ? 1 : 0;
    }
    EXPECT_EQ(rows, static_cast<int>(dyad::core::io::segmentsSheet(*project, all).rows.size()));
    EXPECT_EQ(rows, 5);
    EXPECT_TRUE(page.contains(QStringLiteral("<h2>Community health workers and trust</h2>")));
    EXPECT_TRUE(page.contains(QStringLiteral("\U0001F600 社区 \U00020000")));
}
