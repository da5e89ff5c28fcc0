// User text in outputs: code colours are validated before they reach a style attribute,
// names are never a format string for a later arg(), Markdown escapes HTML, and a code
// whose name holds '>' can be addressed.

#include "export_fixture.h"

#include "core/analysis/agreementreport.h"
#include "core/analysis/report.h"
#include "core/io/export/codebookexport.h"
#include "core/model/codecolor.h"
#include "core/model/codelookup.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

struct UserTextTest : dyad::testing::CodedProjectFixture
{
};

} // namespace

TEST_F(UserTextTest, CodeColoursAreSixHexDigitsOrRefused)
{
    EXPECT_TRUE(isCodeColor(QStringLiteral("#a0B1c2")));
    for (const QString &bad : {QStringLiteral("red"), QStringLiteral("#fff"), QStringLiteral("#12345g"),
                               QStringLiteral("#123456;background:url(http://x.invalid/)"), QStringLiteral("\"><script>")})
        EXPECT_FALSE(isCodeColor(bad)) << bad.toStdString();
    EXPECT_EQ(cssColor(QStringLiteral("#22aa44")), QStringLiteral("#22aa44"));
    EXPECT_EQ(cssColor(QStringLiteral("red;x:y")), QStringLiteral("#888888"));

    project->setActor(lead.id);
    Code c;
    c.name = QStringLiteral("Styled");
    c.color = QStringLiteral("#123456\" onmouseover=\"alert(1)");
    auto created = project->createCode(c);
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error(), QStringLiteral("\"#123456\" onmouseover=\"alert(1)\" is not a colour: use #rrggbb (six "
                                              "hexadecimal digits)."));
    Code t = trust;
    t.color = QStringLiteral("blue");
    EXPECT_FALSE(project->updateCode(t).ok());
    EXPECT_EQ(project->code(trust.id)->color, QStringLiteral("#22aa44"));
    EXPECT_TRUE(codebookHtml(*project).contains(QStringLiteral("style=\"background:#22aa44\"")));
}

TEST_F(UserTextTest, NamesWithPercentPlaceholdersAreNotFormatStrings)
{
    project->setActor(lead.id);
    Code theme;
    theme.name = QStringLiteral("Theme %0 zero %1");
    auto made = project->createCode(theme);
    ASSERT_TRUE(made.ok());
    const Reviewer pct = project->addReviewer(QStringLiteral("Rev %1 %2")).value();
    code(pct, made.value(), r1, 0, 9, QString());

    const QString themes = themeSummaryHtml(*project, {LayerChoice::Kind::Reviewer, pct.id});
    // Hand-checked row: the theme, no sub-theme, 1 segment in 1 record, major (above the average of
    // the three themes, 1/3).
    EXPECT_TRUE(themes.contains(QStringLiteral("<td>Theme %0 zero %1</td><td></td><td>1</td><td>1</td><td>major</td>")))
        << themes.toStdString();

    // The codebook's counts line keeps the reviewer's name as typed.
    EXPECT_TRUE(codebookMarkdown(*project).contains(QStringLiteral("Rev %1 %2 1"))) << codebookMarkdown(*project).toStdString();

    analysis::AgreementReportOptions options;
    options.reviewers = {pct.id, alice.id};
    auto result = analysis::computeAgreementAnalysis(*project, options);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    const QString html = analysis::agreementHtml(*result, analysis::ReportMeta{});
    // Rev coded 1 span, Alice 3 (two on record 1, one on record 2): none match.
    EXPECT_TRUE(html.contains(QStringLiteral("Segments: 0 matched, 1 of Rev %1 %2's and 3 of Alice's unmatched")))
        << html.toStdString();
}

TEST_F(UserTextTest, MarkdownEscapesHtmlInUserText)
{
    Code t = trust;
    t.definition = QStringLiteral("<script>alert('x')</script> & <b>bold</b>");
    project->setActor(lead.id);
    ASSERT_TRUE(project->updateCode(t).ok());
    const QString md = codebookMarkdown(*project);
    EXPECT_FALSE(md.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(md.contains(QStringLiteral("**Definition:** &lt;script&gt;alert('x')&lt;/script&gt; &amp; "
                                           "&lt;b&gt;bold&lt;/b&gt;")))
        << md.toStdString();
}

TEST_F(UserTextTest, CodesWhoseNamesHoldAnAngleBracketCanBeAddressed)
{
    EXPECT_EQ(splitCodePath(QStringLiteral(" Costs >  \"cost > benefit\" ")),
              (QStringList{QStringLiteral("Costs"), QStringLiteral("cost > benefit")}));
    EXPECT_EQ(splitCodePath(QStringLiteral("\"say \"\"hi\"\"\" > x")), (QStringList{QStringLiteral("say \"hi\""), QStringLiteral("x")}));
    EXPECT_EQ(joinCodePath({QStringLiteral("Costs"), QStringLiteral("cost > benefit")}),
              QStringLiteral("Costs > \"cost > benefit\""));

    project->setActor(lead.id);
    Code inner;
    inner.name = QStringLiteral("cost > benefit");
    inner.parentId = cost.id;
    const Code made = project->createCode(inner).value();
    Code top;
    top.name = QStringLiteral("a > b");
    const Code topMade = project->createCode(top).value();

    const std::vector<Code> all = project->allCodes();
    auto byPath = findCodeBySpec(all, QStringLiteral("Access > Cost > \"cost > benefit\""));
    ASSERT_TRUE(byPath.ok()) << byPath.error().toStdString();
    EXPECT_EQ(byPath->id, made.id);
    auto byQuotedName = findCodeBySpec(all, QStringLiteral("\"cost > benefit\""));
    ASSERT_TRUE(byQuotedName.ok()) << byQuotedName.error().toStdString();
    EXPECT_EQ(byQuotedName->id, made.id);
    auto unquoted = findCodeBySpec(all, QStringLiteral("a > b"));
    ASSERT_TRUE(unquoted.ok()) << unquoted.error().toStdString();
    EXPECT_EQ(unquoted->id, topMade.id);
    auto byId = findCodeBySpec(all, uuidText(made.id));
    ASSERT_TRUE(byId.ok());
    EXPECT_EQ(byId->id, made.id);
    // A name used at the top and deeper: the top-level code is the one whose path is the name.
    Code deeper;
    deeper.name = QStringLiteral("Access");
    deeper.parentId = governance.id;
    ASSERT_TRUE(project->createCode(deeper).ok());
    auto top2 = findCodeBySpec(project->allCodes(), QStringLiteral("access"));
    ASSERT_TRUE(top2.ok()) << top2.error().toStdString();
    EXPECT_EQ(top2->id, access.id);
    EXPECT_EQ(findCodeBySpec(project->allCodes(), QStringLiteral("Trust")).value().id, trust.id);
    EXPECT_EQ(findCodeBySpec(all, QStringLiteral("Nowhere > x")).error(),
              QStringLiteral("there is no code \"Nowhere > x\" in the codebook"));

    // The codebook CSV quotes such names in its paths, and they read back to the same tree.
    ASSERT_TRUE(exportCodebook(*project, path(QStringLiteral("cb.csv")), TableFormat::Csv).ok());
    QFile f(path(QStringLiteral("cb.csv")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("\"Access > Cost > \"\"cost > benefit\"\"\""));
}

TEST_F(UserTextTest, ReconcileQueueShowsCodeNamesWithPlaceholdersAsTyped)
{
    // Two processes: the project is written here and read by the built dyad-cli.
    project->setActor(lead.id);
    Code pct;
    pct.name = QStringLiteral("Fees %1 %2");
    const Code made = project->createCode(pct).value();
    code(bob, made, r3, 0, 8, QString()); // "=SUM(A1)" on the uncoded record: a B-only group
    QProcess cli;
    cli.start(QStringLiteral(DYAD_CLI_PATH), {QStringLiteral("reconcile"), QStringLiteral("queue"), path(QStringLiteral("source.dyad")),
                                              QStringLiteral("--reviewers"), QStringLiteral("Alice,Bob")});
    ASSERT_TRUE(cli.waitForFinished(60000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Fees %1 %2 [0, 8)"))) << out.toStdString();
}
