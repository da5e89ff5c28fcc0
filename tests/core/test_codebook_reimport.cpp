// What the docs promise about reading a codebook back: "importing twice changes nothing"
// (docs/exchange.md) for the codebook table Dyad exports and for a .qdc.

#include "export_fixture.h"

#include "core/io/export/codebookexport.h"
#include "core/io/import/codebookimport.h"
#include "core/io/refi/refiexport.h"
#include "core/io/refi/refiimport.h"

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

struct CodebookReimportTest : dyad::testing::CodedProjectFixture
{
};

} // namespace

TEST_F(CodebookReimportTest, TheExportedTableReadBackChangesNothingAndCopiesNoQuote)
{
    // "Trust" has no example of its own, but the table shows its first coded quote
    // ("😀 社区 𠀀") in the Example column. Reading the table back must leave Example empty.
    ASSERT_TRUE(project->code(trust.id)->example.isEmpty());
    const QString csv = path(QStringLiteral("codebook.csv"));
    ASSERT_TRUE(exportCodebook(*project, csv, TableFormat::Csv).ok());
    ASSERT_TRUE(codebookSheet(*project).rows.size() > 0);
    const auto auditBefore = project->auditLog().size();
    auto r = importCodebookTable(*project, csv);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->created, 0);
    EXPECT_EQ(r->updated, 0);
    EXPECT_EQ(r->unchanged, static_cast<int>(project->allCodes().size()));
    EXPECT_TRUE(project->code(trust.id)->example.isEmpty()) << project->code(trust.id)->example.toStdString();
    EXPECT_EQ(project->code(mutualTrust.id)->example, QStringLiteral("\"they trusted us and we trusted them\""));
    EXPECT_EQ(project->auditLog().size(), auditBefore);
    bool told = false;
    for (const QString &n : r->notes)
        told = told || n.contains(QStringLiteral("first coded quote"));
    EXPECT_TRUE(told);

    // A real example typed into the table still arrives.
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    const QString quote = QStringLiteral("\U0001F600 社区 \U00020000");
    ASSERT_TRUE(text.contains(quote));
    text.replace(quote, QStringLiteral("Families said they trusted the workers."));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
    f.close();
    r = importCodebookTable(*project, csv);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->updated, 1);
    EXPECT_EQ(project->code(trust.id)->example, QStringLiteral("Families said they trusted the workers."));
}

TEST_F(CodebookReimportTest, ReimportingTheSameQdcAddsNoAuditRow)
{
    const QString qdc = path(QStringLiteral("codebook.qdc"));
    ASSERT_TRUE(exportQdc(*project, qdc).ok());
    const auto auditBefore = project->auditLog().size();
    const size_t codesBefore = project->allCodes().size();
    auto r = importQdc(*project, qdc);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->codes, 0);
    EXPECT_EQ(r->codesUpdated, 0);
    EXPECT_EQ(project->allCodes().size(), codesBefore);
    EXPECT_EQ(project->auditLog().size(), auditBefore); // before: one codebook.import row for nothing
}
