// Import inputs: a folder stands for its files, one record per plain-text file.
#include "core/io/import/importinputs.h"
#include "core/io/import/importreader.h"
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

struct ImportInputsTest : ::testing::Test
{
    QTemporaryDir dir;

    QString write(const QString &relative, const QByteArray &bytes)
    {
        const QString path = dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    QStringList names(const QStringList &files) const
    {
        QStringList out;
        for (const QString &f : files)
            out << QDir(dir.path()).relativeFilePath(f);
        return out;
    }
};

} // namespace

TEST_F(ImportInputsTest, AFolderStandsForItsFilesInNameOrder)
{
    write(QStringLiteral("notes/b interview.txt"), "Second interview\nWe met twice.\n");
    write(QStringLiteral("notes/A interview.txt"), "First interview\nThe clinic opened late.\n");
    write(QStringLiteral("notes/later/c.txt"), "Third\nFollow-up call.\n");
    write(QStringLiteral("notes/.DS_Store"), "\x00\x01");
    write(QStringLiteral("notes/project.dyad"), "SQLite format 3");
    const ImportInputs inputs = expandImportInputs({dir.filePath(QStringLiteral("notes"))});
    EXPECT_TRUE(inputs.problems.isEmpty()) << inputs.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(names(inputs.files), (QStringList{QStringLiteral("notes/A interview.txt"),
                                                QStringLiteral("notes/b interview.txt"),
                                                QStringLiteral("notes/later/c.txt")}));
}

TEST_F(ImportInputsTest, FilesNamedTwiceAreReadOnce)
{
    const QString a = write(QStringLiteral("in/a.ris"), "TY  - JOUR\nTI  - A\nER  - \n");
    const ImportInputs inputs = expandImportInputs({a, dir.filePath(QStringLiteral("in")), a});
    EXPECT_EQ(names(inputs.files), QStringList{QStringLiteral("in/a.ris")});
}

TEST_F(ImportInputsTest, MissingPathsAndEmptyFoldersAreReported)
{
    QDir(dir.path()).mkdir(QStringLiteral("empty"));
    const ImportInputs inputs =
        expandImportInputs({dir.filePath(QStringLiteral("nothing.ris")), dir.filePath(QStringLiteral("empty"))});
    EXPECT_TRUE(inputs.files.isEmpty());
    ASSERT_EQ(inputs.problems.size(), 2);
    EXPECT_TRUE(inputs.problems[0].contains(QStringLiteral("nothing.ris: no such file")));
    EXPECT_TRUE(inputs.problems[1].contains(QStringLiteral("holds no files")));
}

TEST_F(ImportInputsTest, FolderFilesAreTextUnlessTheyAreAnExport)
{
    // A note that happens to open like a web page, and a RIS export kept beside the notes.
    // Detection alone takes this note for a pasted web page (citation line, DOI).
    write(QStringLiteral("mix/note.txt"), "Interview 4\nOkafor N, Lindqvist E\nJ Rural Health. 2021 Mar "
                                          "3;12(4):55-60. doi: 10.5555/rural.2021.001.\nShe described how the "
                                          "referral pathway changed after the clinic merged.\n");
    write(QStringLiteral("mix/refs.ris"), "TY  - JOUR\nTI  - Referral pathways\nAB  - A study.\nER  - \n");
    const QString named = write(QStringLiteral("named.txt"), "Interview 5\nNotes.\n");
    EXPECT_EQ(detectFormat("Interview 4\nOkafor N, Lindqvist E\nJ Rural Health. 2021 Mar 3;12(4):55-60. doi: "
                           "10.5555/rural.2021.001.\nShe described how the referral pathway changed after the "
                           "clinic merged.\n",
                           QStringLiteral("note.txt"))
                  .format,
              Format::Pasted);
    const ImportInputs inputs = expandImportInputs({dir.filePath(QStringLiteral("mix")), named});
    ASSERT_EQ(names(inputs.files), (QStringList{QStringLiteral("mix/note.txt"), QStringLiteral("mix/refs.ris"),
                                                QStringLiteral("named.txt")}));
    EXPECT_EQ(inputs.plainText, (std::vector<bool>{true, false, false})); // a named file is detected as usual

    auto project = createInMemoryProject().value();
    const ImportPlan plan = planImport(*project, inputs, {});
    ASSERT_EQ(plan.records.size(), 3u);
    EXPECT_EQ(plan.records[0].title, QStringLiteral("Interview 4")); // first line, whatever follows
    EXPECT_EQ(plan.sources[0].report.format, Format::Text);
    EXPECT_EQ(plan.sources[1].report.format, Format::Ris);
    EXPECT_EQ(plan.records[1].title, QStringLiteral("Referral pathways"));
}

TEST_F(ImportInputsTest, AFolderOfTextFilesBecomesOneRecordPerFile)
{
    write(QStringLiteral("minutes/01.txt"), "Steering group, March\nThe group agreed to share data monthly.\n");
    write(QStringLiteral("minutes/02.txt"), "Steering group, April\r\nData sharing started; two sites lagged.\r\n");
    auto project = createInMemoryProject().value();
    const ImportInputs inputs = expandImportInputs({dir.filePath(QStringLiteral("minutes"))});
    const ImportPlan plan = planImport(*project, inputs, {});
    auto summary = applyImport(*project, plan);
    ASSERT_TRUE(summary.ok()) << summary.error().toStdString();
    EXPECT_EQ(summary->added, 2);
    const std::vector<RecordSummary> records = project->recordSummaries();
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].title, QStringLiteral("Steering group, March"));
    EXPECT_EQ(records[1].title, QStringLiteral("Steering group, April"));
    EXPECT_EQ(project->record(records[1].id)->text,
              QStringLiteral("Steering group, April\n\nData sharing started; two sites lagged."));
}
