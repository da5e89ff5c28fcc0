// Import into a project: one transaction, duplicates never added twice, coded records
// never changed, refused inputs leave the project exactly as it was.
#include "core/io/import/projectimport.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::importer;

namespace {

const QString kData = QStringLiteral(DYAD_TEST_DATA_DIR "/import/");

struct ProjectImportTest : ::testing::Test
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project = createInMemoryProject().value();

    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(QString::fromUtf8(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    ImportSummary import(const QStringList &files)
    {
        const ImportPlan plan = planImport(*project, files, {});
        auto summary = applyImport(*project, plan);
        EXPECT_TRUE(summary.ok()) << summary.error().toStdString();
        return summary.ok() ? *summary : ImportSummary{};
    }
};

} // namespace

TEST_F(ProjectImportTest, ReimportingTheSameFilesAddsNothing)
{
    const QStringList files{kData + QStringLiteral("zotero.ris"), kData + QStringLiteral("pubmed.nbib")};
    const ImportSummary first = import(files);
    EXPECT_GT(first.added, 0);
    const qint64 count = project->recordCount();
    const ImportSummary second = import(files);
    EXPECT_EQ(second.added, 0);
    EXPECT_EQ(second.skippedExisting, first.added);
    EXPECT_EQ(project->recordCount(), count);
}

TEST_F(ProjectImportTest, ACodedRecordIsNeverChangedByReimport)
{
    const QString v1 = write("v1.ris", "TY  - JOUR\nTI  - Trust in partnerships\nAB  - Partners built trust slowly.\n"
                                       "DO  - 10.1000/xyz1\nPY  - 2020\nER  - \n");
    const QString v2 = write("v2.ris", "TY  - JOUR\nTI  - Trust in partnerships (corrected)\nAB  - Partners built trust "
                                       "quickly.\nDO  - 10.1000/XYZ1\nPY  - 2020\nER  - \n");
    ASSERT_EQ(import({v1}).added, 1);
    const QUuid id = project->recordSummaries().front().id;
    const Reviewer alice = project->addReviewer(QStringLiteral("Alice")).value();
    project->setActor(alice.id);
    Code c;
    c.name = QStringLiteral("Trust");
    const Code trust = project->createCode(c).value();
    Coding coding;
    coding.recordId = id;
    coding.codeId = trust.id;
    coding.span = {0, 5};
    ASSERT_TRUE(project->addCoding(coding).ok());
    const Record before = project->record(id).value();

    const ImportPlan plan = planImport(*project, {v2}, {});
    ASSERT_EQ(plan.decisions.size(), 1u);
    EXPECT_EQ(plan.decisions.front().action, DuplicateAction::SkipExisting) << plan.decisions.front().reason.toStdString();
    ASSERT_TRUE(applyImport(*project, plan).ok());
    EXPECT_EQ(project->record(id)->text, before.text);
    EXPECT_EQ(project->record(id)->title, before.title);
    EXPECT_EQ(project->recordCount(), 1);
}

TEST_F(ProjectImportTest, AnUncodedRecordIsUpdatedInPlace)
{
    const QString v1 = write("v1.ris", "TY  - JOUR\nTI  - Trust in partnerships\nAB  - Partners built trust slowly.\n"
                                       "DO  - 10.1000/xyz2\nPY  - 2020\nER  - \n");
    const QString v2 = write("v2.ris", "TY  - JOUR\nTI  - Trust in partnerships revisited\nAB  - Partners built trust "
                                       "quickly.\nDO  - 10.1000/xyz2\nPY  - 2021\nER  - \n");
    ASSERT_EQ(import({v1}).added, 1);
    const QUuid id = project->recordSummaries().front().id;
    const ImportSummary s = import({v2});
    EXPECT_EQ(s.updated, 1);
    EXPECT_EQ(project->recordCount(), 1);
    EXPECT_EQ(project->record(id)->title, QStringLiteral("Trust in partnerships revisited"));
    EXPECT_TRUE(project->record(id)->text.contains(QStringLiteral("quickly")));
}

TEST_F(ProjectImportTest, ARefusedInputLeavesTheProjectAsItWas)
{
    ASSERT_GT(import({kData + QStringLiteral("zotero.ris")}).added, 0);
    const qint64 before = project->recordCount();
    const qsizetype auditBefore = static_cast<qsizetype>(project->auditLog().size());
    const QString binary = write("garbage.ris", QByteArray("\x00\x01\x02PK\x03\x04", 8).repeated(200));
    const ImportPlan plan = planImport(*project, {kData + QStringLiteral("pubmed.nbib"), binary}, {});
    EXPECT_TRUE(plan.refusedAny());
    auto applied = applyImport(*project, plan);
    ASSERT_FALSE(applied.ok());
    EXPECT_TRUE(applied.error().contains(QStringLiteral("garbage.ris"))) << applied.error().toStdString();
    EXPECT_EQ(project->recordCount(), before);
    EXPECT_EQ(static_cast<qsizetype>(project->auditLog().size()), auditBefore);
}

TEST_F(ProjectImportTest, ChineseRecordsAreSearchableAfterImport)
{
    const ImportSummary s = import({kData + QStringLiteral("cnki_gb18030.ris")});
    ASSERT_GT(s.added, 0);
    const Record first = project->record(project->recordSummaries().front().id).value();
    // Any two-character Han word of the title must be found through the ICU tokenizer.
    const QString title = first.title;
    ASSERT_GE(title.size(), 2);
    auto hits = project->search(title.left(2) + QLatin1Char('*'));
    ASSERT_TRUE(hits.ok()) << hits.error().toStdString();
    EXPECT_FALSE(hits->empty()) << title.toStdString();
}
