// Re-importing: a corrected export updates the uncoded records it matches (the record
// fingerprint covers abstract, journal and authors), the same export again changes
// nothing, and a folder of short notes is skipped the second time, as the docs and
// 'dyad-cli import --help' promise.

#include "core/io/import/importinputs.h"
#include "core/io/import/projectimport.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::importer;

namespace {

const QByteArray kExport = "TY  - JOUR\n"
                           "TI  - Link workers in primary care: a qualitative study\n"
                           "AU  - Lindgren, Maja\n"
                           "AU  - Okoro, Chidi\n"
                           "PY  - 2023\n"
                           "JO  - Health Soc Care Community\n"
                           "DO  - 10.1111/hsc.90001\n"
                           "AB  - Link workers connect patients with communty groups.\n"
                           "ER  - \n"
                           "TY  - JOUR\n"
                           "TI  - Neighbourhood committees and vaccination uptake\n"
                           "AU  - Mensah, Ama\n"
                           "PY  - 2022\n"
                           "JO  - J Comunity Health\n"
                           "DO  - 10.1007/s10900-022-90002\n"
                           "AB  - Committees that meet regularly support vaccination.\n"
                           "ER  - \n";

struct ReimportTest : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = createInMemoryProject().value();

    QString write(const QString &relative, const QByteArray &bytes)
    {
        const QString path = dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    ImportSummary import(const QStringList &paths)
    {
        const ImportPlan plan = planImport(*project, expandImportInputs(paths), {});
        auto s = applyImport(*project, plan);
        EXPECT_TRUE(s.ok()) << (s ? std::string() : s.error().toStdString());
        return s ? *s : ImportSummary{};
    }

    Record byDoi(const QString &doi)
    {
        for (const RecordSummary &s : project->recordSummaries())
            if (s.doi == doi)
                return *project->record(s.id);
        ADD_FAILURE() << "no record " << doi.toStdString();
        return {};
    }
};

} // namespace

TEST_F(ReimportTest, ACorrectedExportUpdatesTheUncodedRecordsItMatches)
{
    const ImportSummary first = import({write(QStringLiteral("v1.ris"), kExport)});
    EXPECT_EQ(first.added, 2);

    // The team fixes a typo in one abstract, a journal name and adds an author: same DOIs
    // and titles, so only the fingerprint can see the change.
    QByteArray corrected = kExport;
    corrected.replace("communty groups", "community groups");
    corrected.replace("JO  - J Comunity Health", "JO  - J Community Health");
    corrected.replace("AU  - Mensah, Ama\n", "AU  - Mensah, Ama\nAU  - Boateng, Kofi\n");
    const ImportSummary second = import({write(QStringLiteral("v2.ris"), corrected)});
    EXPECT_EQ(second.added, 0);
    EXPECT_EQ(second.updated, 2);
    EXPECT_EQ(second.skippedExisting, 0);
    EXPECT_TRUE(byDoi(QStringLiteral("10.1111/hsc.90001")).text.contains(QStringLiteral("community groups")));
    const Record committees = byDoi(QStringLiteral("10.1007/s10900-022-90002"));
    EXPECT_EQ(committees.journal, QStringLiteral("J Community Health"));
    EXPECT_EQ(committees.authors.size(), 2);

    // The same corrected export again: nothing left to change.
    const ImportSummary third = import({write(QStringLiteral("v2-again.ris"), corrected)});
    EXPECT_EQ(third.added, 0);
    EXPECT_EQ(third.updated, 0);
    EXPECT_EQ(third.skippedExisting, 2);
}

TEST_F(ReimportTest, ACodedRecordKeepsItsTextWhenACorrectionArrives)
{
    import({write(QStringLiteral("v1.ris"), kExport)});
    const Record linked = byDoi(QStringLiteral("10.1111/hsc.90001"));
    const Reviewer r = project->addReviewer(QStringLiteral("Alice"), ReviewerRole::Reviewer).value();
    Code c;
    c.name = QStringLiteral("Referral");
    const Code code = project->createCode(c).value();
    project->setActor(r.id);
    Coding coding;
    coding.recordId = linked.id;
    coding.codeId = code.id;
    coding.reviewerId = r.id;
    coding.span = {0, 4};
    ASSERT_TRUE(project->addCoding(coding).ok());
    project->setActor(QUuid());

    QByteArray corrected = kExport;
    corrected.replace("communty groups", "community groups");
    const ImportSummary s = import({write(QStringLiteral("v2.ris"), corrected)});
    EXPECT_EQ(s.updated, 0);
    EXPECT_EQ(s.skippedExisting, 2);
    EXPECT_TRUE(byDoi(QStringLiteral("10.1111/hsc.90001")).text.contains(QStringLiteral("communty groups")));
}

TEST_F(ReimportTest, AFolderOfShortNotesIsNotAddedTwice)
{
    write(QStringLiteral("notes/01.txt"), "Steering group, March\nThe group agreed to share data monthly.\n");
    write(QStringLiteral("notes/02.txt"), "Steering group, April\nData sharing started; two sites lagged.\n");
    write(QStringLiteral("notes/03.txt"), "Steering group, May\nThe group agreed to share data monthly.\n");
    const QString folder = dir.filePath(QStringLiteral("notes"));
    EXPECT_EQ(import({folder}).added, 3);
    const ImportSummary again = import({folder});
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.skippedExisting, 3);
    EXPECT_EQ(project->recordCount(), 3);
}
