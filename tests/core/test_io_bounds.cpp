// Inputs that stay bounded: each hostile input of issue 12 (written small for
// tests/data/fuzz, where the fuzz_replay test also replays them) is refused with a message
// that names the file and the line or the limit, instead of taking gigabytes or minutes.

#include "export_fixture.h"

#include "core/agreement/ratingstable.h"
#include "core/io/import/importinputs.h"
#include "core/io/import/importreader.h"
#include "core/io/refi/refiimport.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile f(QStringLiteral(DYAD_TEST_DATA_DIR "/fuzz/") + relative);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << relative.toStdString();
    return f.readAll();
}

importer::ParseReport parse(const QByteArray &bytes, importer::Format format, const QString &name)
{
    importer::ImportOptions o;
    o.format = format;
    o.sourceName = name;
    return importer::parseBytes(bytes, o);
}

QStringList messages(const importer::ParseReport &r, importer::Severity severity)
{
    QStringList out;
    for (const importer::Diagnostic &d : r.diagnostics)
        if (d.severity == severity)
            out << d.message;
    return out;
}

} // namespace

TEST(InputBounds, QdpxWhoseSourcesShareOneTextIsRefusedBeforeDecoding)
{
    // 70 sources name one 1,000,000-byte text: a 7 KB archive that decodes to 70 MB.
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.dyad"));
    auto r = io::importQdpx(QStringLiteral(DYAD_TEST_DATA_DIR "/fuzz/qdpx/shared_source.qdpx"), target);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), QStringLiteral("Cannot import shared_source.qdpx: its 70 sources add up to more than 64 MB of "
                                        "text (several may name the same text file), more than Dyad imports from one "
                                        "archive. Nothing was imported."));
    EXPECT_FALSE(QFileInfo::exists(target));
}

TEST(InputBounds, XmlEntityExpansionIsCappedForTheWholeDocument)
{
    // One 4,000-character entity used 5,000 times: 20 million characters, each use within
    // Qt's per-entity limit.
    for (const auto &[file, format] : {std::pair{QStringLiteral("endnote_xml/entity_expansion.xml"), importer::Format::EndnoteXml},
                                       std::pair{QStringLiteral("pubmed_xml/entity_expansion.xml"), importer::Format::PubmedXml}}) {
        const importer::ParseReport r = parse(fixture(file), format, file);
        EXPECT_TRUE(r.records.empty()) << file.toStdString();
        const QStringList errors = messages(r, importer::Severity::Error);
        ASSERT_EQ(errors.size(), 1) << file.toStdString();
        EXPECT_EQ(errors.front(), QStringLiteral("the document's entities would expand to more than 16 million characters "
                                                 "(&e; alone is used 5000 times); Dyad refuses such a file"));
    }
    // Nested: &b; is 1,000 × &a; of 1,000 characters, used 20 times = 20 million.
    const importer::ParseReport nested =
        parse(fixture(QStringLiteral("endnote_xml/nested_entities.xml")), importer::Format::EndnoteXml, QStringLiteral("n.xml"));
    EXPECT_TRUE(nested.records.empty());
    EXPECT_EQ(messages(nested, importer::Severity::Error).size(), 1);
}

TEST(InputBounds, AnExternalEntityThatIsDroppedGetsAWarning)
{
    const importer::ParseReport r =
        parse(fixture(QStringLiteral("endnote_xml/external_entity.xml")), importer::Format::EndnoteXml, QStringLiteral("e.xml"));
    ASSERT_EQ(r.records.size(), 1u);
    const QStringList warnings = messages(r, importer::Severity::Warning);
    ASSERT_FALSE(warnings.isEmpty());
    EXPECT_EQ(warnings.front(), QStringLiteral("the entity &ext; refers to an outside file (file:///etc/hostname), which "
                                               "Dyad does not read; its 1 reference(s) were left out of the text"));
    EXPECT_FALSE(r.records[0].title.contains(QStringLiteral("ext")));
}

TEST(InputBounds, RatingsWithTooManyRatersOrCategoriesAreRefusedAtTheirLine)
{
    auto raters = agreement::parseRatingsCsv(fixture(QStringLiteral("ratings_csv/many_raters.csv")), QStringLiteral("r.csv"));
    ASSERT_FALSE(raters.ok());
    // Rater r1000, the 1,001st, is on line 1,002.
    EXPECT_EQ(raters.error(), QStringLiteral("r.csv, line 1002: more than 1000 raters; a ratings table Dyad reads has at "
                                             "most 1000 (is the rater column the right one?)."));
    auto cats = agreement::parseRatingsCsv(fixture(QStringLiteral("ratings_csv/many_categories.csv")), QStringLiteral("c.csv"));
    ASSERT_FALSE(cats.ok());
    // Unit i's rows are lines 2+2i (A: i) and 3+2i (B: i+1); value 2000 is the 2,001st, on unit 1999's B row.
    EXPECT_EQ(cats.error(), QStringLiteral("c.csv, line 4001: more than 2000 different values; Dyad compares at most 2000 "
                                           "(the tables grow with their square; is the value column the right one?)."));
}

TEST(InputBounds, RecordCsvColumnsAndAttributesAreCapped)
{
    const importer::ParseReport header =
        parse(fixture(QStringLiteral("csv/too_many_columns.csv")), importer::Format::Csv, QStringLiteral("wide.csv"));
    EXPECT_TRUE(header.records.empty());
    EXPECT_EQ(messages(header, importer::Severity::Error),
              QStringList{QStringLiteral("the header row has 5002 columns; a table Dyad imports has at most 4096 (is this "
                                         "a bibliographic export?)")});

    // "T,A," and 5,000 more commas: 5,003 cells.
    const importer::ParseReport row = parse(fixture(QStringLiteral("csv/wide_row.csv")), importer::Format::Csv, QStringLiteral("row.csv"));
    EXPECT_TRUE(row.records.empty());
    EXPECT_EQ(messages(row, importer::Severity::Error),
              QStringList{QStringLiteral("the row has 5003 cells, more than the 4096 a record may have; the record was skipped")});

    // Two attribute columns of 600,000 characters: 1,200,010 with their names.
    const QByteArray big = "Title,Notes,Extra\nKept,short,\nDropped," + QByteArray(600000, 'n') + ',' + QByteArray(600000, 'e') + '\n';
    const importer::ParseReport attrs = parse(big, importer::Format::Csv, QStringLiteral("notes.csv"));
    ASSERT_EQ(attrs.records.size(), 1u);
    EXPECT_EQ(attrs.records[0].title, QStringLiteral("Kept"));
    EXPECT_EQ(messages(attrs, importer::Severity::Error),
              QStringList{QStringLiteral("the columns kept as attributes hold 1200010 characters, more than the 1048576 a "
                                         "record may carry; the record was skipped")});
}

TEST(InputBounds, FoldersImportRegularFilesOnly)
{
    QTemporaryDir dir;
    QFile ris(dir.filePath(QStringLiteral("a.ris")));
    ASSERT_TRUE(ris.open(QIODevice::WriteOnly));
    ris.write("TY  - JOUR\nTI  - Trust\nER  - \n");
    ris.close();
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("zero.ris"))));
    const importer::ImportInputs in = importer::expandImportInputs({dir.path()});
    EXPECT_EQ(in.files, QStringList{dir.filePath(QStringLiteral("a.ris"))});
    EXPECT_EQ(in.problems, QStringList{QStringLiteral("%1: not imported, it is not a regular file (a link whose target is "
                                                      "missing or not a file).")
                                           .arg(dir.filePath(QStringLiteral("zero.ris")))});

    const importer::ImportInputs device = importer::expandImportInputs({QStringLiteral("/dev/zero")});
    EXPECT_TRUE(device.files.isEmpty());
    EXPECT_EQ(device.problems, QStringList{QStringLiteral("/dev/zero: not a regular file (a device, pipe or socket); Dyad "
                                                          "imports files and folders of files.")});
}
