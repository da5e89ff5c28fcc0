// Text files that are copied record pages (PubMed, EBSCO) are read by the pasted-record
// reader when they come from a folder, so a folder of them gives the same records as
// pasting them; a note in the same folder stays one plain-text record. Fixtures in
// tests/data/import/record_pages are ours, in the shape of the real pages; the real
// seeds (shared/seeds beside the checkout) are checked the same way when present.

#include "import_test_util.h"

#include "core/io/import/importinputs.h"
#include "core/io/import/importreader.h"
#include "core/io/import/projectimport.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::importer;

namespace {

/** The records a folder import plans, and the same files pasted one by one. */
struct FolderVsPaste
{
    ImportPlan folder;
    std::vector<std::vector<Record>> pasted;
};

FolderVsPaste importBothWays(const QString &folder)
{
    FolderVsPaste out;
    auto project = createInMemoryProject().value();
    const ImportInputs inputs = expandImportInputs({folder});
    out.folder = planImport(*project, inputs, {});
    for (const QString &file : inputs.files)
        out.pasted.push_back(planPastedImport(*project, QString::fromUtf8(dyad::test::readAll(file)), {}).records);
    return out;
}

void expectSameRecord(const Record &a, const Record &b)
{
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.authors, b.authors);
    EXPECT_EQ(a.year, b.year);
    EXPECT_EQ(a.journal, b.journal);
    EXPECT_EQ(a.doi, b.doi);
    EXPECT_EQ(a.pmid, b.pmid);
    EXPECT_EQ(a.text, b.text);
}

} // namespace

TEST(ImportRecordPages, AFolderOfRecordPagesGivesTheRecordsPastingGives)
{
    const QString folder = QStringLiteral(DYAD_TEST_DATA_DIR "/import/record_pages");
    const ImportInputs inputs = expandImportInputs({folder});
    ASSERT_EQ(inputs.files.size(), 3);
    EXPECT_EQ(inputs.plainText, (std::vector<bool>{false, false, true})); // the meeting note stays a note

    const FolderVsPaste r = importBothWays(folder);
    ASSERT_EQ(r.folder.records.size(), 3u);
    EXPECT_EQ(r.folder.sources[0].report.format, Format::Pasted);
    EXPECT_GE(r.folder.sources[0].report.formatConfidence, 0.5);
    EXPECT_EQ(r.folder.sources[1].report.format, Format::Pasted);
    EXPECT_EQ(r.folder.sources[2].report.format, Format::Text);
    for (size_t i = 0; i < 2; ++i) {
        ASSERT_EQ(r.pasted[i].size(), 1u);
        expectSameRecord(r.folder.records[i], r.pasted[i][0]);
    }

    // Known answers, read off the fixtures by hand.
    const Record &pubmed = r.folder.records[0];
    EXPECT_EQ(pubmed.authors, (QStringList{QStringLiteral("Lindgren Maja"), QStringLiteral("Okoro Chidi"),
                                           QStringLiteral("van der Berg Anouk")}));
    EXPECT_EQ(pubmed.year, 2023);
    EXPECT_EQ(pubmed.journal, QStringLiteral("Health Soc Care Community"));
    EXPECT_EQ(pubmed.doi, QStringLiteral("10.1111/hsc.99999"));
    EXPECT_EQ(pubmed.pmid, QStringLiteral("36999999"));
    EXPECT_FALSE(pubmed.text.contains(QStringLiteral("Lindgren Maja"))); // the author line is not the title
    EXPECT_TRUE(pubmed.text.contains(QStringLiteral("Link workers connect patients in primary care")));

    const Record &ebsco = r.folder.records[1];
    EXPECT_EQ(ebsco.title, QStringLiteral("Neighbourhood health committees and the uptake of childhood vaccination: a mixed "
                                          "methods evaluation."));
    EXPECT_EQ(ebsco.year, 2022);
    EXPECT_EQ(ebsco.journal, QStringLiteral("Journal of community health"));
    EXPECT_EQ(ebsco.doi, QStringLiteral("10.1007/s10900-022-99999-9"));
    EXPECT_FALSE(ebsco.title.contains(QStringLiteral("Back to Search")));

    const Record &note = r.folder.records[2];
    EXPECT_EQ(note.title, QStringLiteral("Steering group, 14 March")); // first line, as documented for notes
    EXPECT_TRUE(note.doi.isEmpty());
}

TEST(ImportRecordPages, TheRealSeedsAsAFolderGiveTheRecordsPastingGives)
{
    const QString folder = dyad::test::sharedDir() + QStringLiteral("/seeds");
    if (!QDir(folder).exists())
        GTEST_SKIP() << "seeds not found under " << dyad::test::sharedDir().toStdString()
                     << ": would have checked that the five real record pages imported as a folder give the same "
                        "title, authors, year, journal and DOI as pasting them";
    const FolderVsPaste r = importBothWays(folder);
    ASSERT_EQ(r.folder.records.size(), 5u);
    for (size_t i = 0; i < r.folder.records.size(); ++i) {
        SCOPED_TRACE(r.folder.sources[i].name.toStdString());
        EXPECT_EQ(r.folder.sources[i].report.format, Format::Pasted);
        ASSERT_EQ(r.pasted[i].size(), 1u);
        expectSameRecord(r.folder.records[i], r.pasted[i][0]);
        EXPECT_TRUE(r.folder.records[i].year.has_value());
    }
    // Seed 000 (a PubMed page that starts at the author line): no author line as title.
    EXPECT_FALSE(r.folder.records[0].title.startsWith(QStringLiteral("Bäck Annika")));
    EXPECT_EQ(r.folder.records[0].doi, QStringLiteral("10.1136/bmjopen-2024-092525"));
    EXPECT_EQ(r.folder.records[0].journal, QStringLiteral("BMJ Open"));
    EXPECT_EQ(r.folder.records[0].year, 2025);
    EXPECT_FALSE(r.folder.records[1].title.startsWith(QStringLiteral("Back to Search")));
}
