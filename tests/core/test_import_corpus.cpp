// Every CSV of the real ASReview corpus parses with one record per data row. The row
// counts were taken with Python's csv module (csv.reader, header excluded).

#include "import_test_util.h"

#include "core/io/import/importreader.h"

#include <gtest/gtest.h>

#include <QDir>

using namespace dyad::core::importer;

TEST(ImportCorpus, EveryAsreviewCsvParsesOneRecordPerRow)
{
    const QDir dir(dyad::test::sharedDir() + QStringLiteral("/corpora/asreview_srd"));
    if (!dir.exists())
        GTEST_SKIP() << "corpus folder absent: " << dir.path().toStdString()
                     << ": would have checked that every real ASReview CSV parses one record per row";
    const std::pair<const char *, size_t> expected[] = {
        {"Bannach-Brown_2019.csv", 1993},
        {"Cohen_2006_ADHD.csv", 851},
        {"Cohen_2006_Antihistamines.csv", 310},
        {"Cohen_2006_AtypicalAntipsychotics.csv", 1120},
        {"Cohen_2006_BetaBlockers.csv", 2072},
        {"Cohen_2006_CalciumChannelBlockers.csv", 1218},
        {"Cohen_2006_Estrogens.csv", 368},
        {"Cohen_2006_NSAIDS.csv", 393},
        {"Cohen_2006_Opiods.csv", 1915},
        {"Cohen_2006_OralHypoglycemics.csv", 503},
        {"Cohen_2006_ProtonPumpInhibitors.csv", 1333},
        {"Cohen_2006_SkeletalMuscleRelaxants.csv", 1643},
        {"Cohen_2006_Triptans.csv", 671},
        {"Cohen_2006_UrinaryIncontinence.csv", 327},
        {"Kitchenham_2010.csv", 1704},
        {"Nagtegaal_2019.csv", 2019},
        {"index.csv", 27},
    };
    const QStringList present = dir.entryList({QStringLiteral("*.csv")}, QDir::Files);
    EXPECT_EQ(present.size(), qsizetype(std::size(expected)));
    for (const auto &[name, rows] : expected) {
        const QString path = dir.filePath(QString::fromUtf8(name));
        const ParseReport r = parseFile(path);
        EXPECT_EQ(r.format, Format::Csv) << name;
        EXPECT_EQ(r.encoding.name, QStringLiteral("UTF-8")) << name;
        EXPECT_EQ(r.count(Severity::Error), 0) << name << "\n" << dyad::test::diagnosticsText(r);
        // Rows with neither title nor abstract would be refused; the corpus has none.
        EXPECT_EQ(r.records.size(), rows) << name;
    }

    // Spot check (first data row of Cohen_2006_ADHD.csv, read by hand).
    const ParseReport adhd = parseFile(dir.filePath(QStringLiteral("Cohen_2006_ADHD.csv")));
    ASSERT_FALSE(adhd.records.empty());
    const auto &a = adhd.records.front();
    EXPECT_EQ(a.pmid, QStringLiteral("10051933"));
    EXPECT_EQ(a.title, QStringLiteral("The effectiveness of clonidine as an analgesic in paediatric adenotonsillectomy."));
    EXPECT_EQ(a.authors.front(), QStringLiteral("Reimer, E J"));
    EXPECT_EQ(a.keywords.front(), QStringLiteral("Acetaminophen"));
    EXPECT_EQ(a.attributes.value(QStringLiteral("label_included")).toString(), QStringLiteral("0"));
}
