// Broken input: empty, binary, truncated, malformed, huge fields, strict mode,
// cancellation. Every refusal must name the file and, where it applies, the line.

#include "import_test_util.h"

#include "core/io/import/importreader.h"

#include <gtest/gtest.h>

using namespace dyad::core::importer;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

ImportOptions named(const char *name)
{
    ImportOptions o;
    o.sourceName = QString::fromUtf8(name);
    return o;
}

const Diagnostic *firstError(const ParseReport &r)
{
    for (const auto &d : r.diagnostics) {
        if (d.severity == Severity::Error)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST(ImportFailures, EmptyAndBlankInputAreRefused)
{
    ParseReport r = parseBytes(QByteArray(), named("empty.ris"));
    EXPECT_TRUE(r.refused);
    ASSERT_NE(firstError(r), nullptr);
    EXPECT_TRUE(firstError(r)->message.contains(u8("empty")));
    EXPECT_EQ(firstError(r)->file, u8("empty.ris"));

    r = parseBytes("\n\r\n   \n", named("blank.csv"));
    EXPECT_TRUE(r.refused);
    EXPECT_TRUE(r.records.empty());
    EXPECT_TRUE(firstError(r)->message.contains(u8("empty")));
}

TEST(ImportFailures, BinaryFilesAreRefusedClearly)
{
    ParseReport r = parseBytes(QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"), named("paper.pdf"));
    EXPECT_TRUE(r.refused);
    EXPECT_TRUE(firstError(r)->message.contains(u8("PDF document"))) << firstError(r)->message.toStdString();

    r = parseBytes(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8), named("refs.xlsx"));
    EXPECT_TRUE(firstError(r)->message.contains(u8("ZIP")));

    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919 + 13) % 256));
    r = parseBytes(garbage, named("garbage.bin"));
    EXPECT_TRUE(r.refused);
    EXPECT_TRUE(r.records.empty());
    ASSERT_NE(firstError(r), nullptr);

    // A text file with one stray NUL in the middle: refused, with the line.
    QByteArray ris = "TY  - JOUR\nTI  - ok\nER  - \nTY  - JOUR\nTI  - bad";
    ris.append('\0');
    ris.append("\nER  - \n");
    r = parseBytes(ris, named("nul.ris"));
    EXPECT_TRUE(r.refused);
    EXPECT_TRUE(firstError(r)->message.contains(u8("NUL byte at offset 47 (line 5)")))
        << firstError(r)->message.toStdString();
}

TEST(ImportFailures, UnterminatedCsvQuoteSkipsRestWithLine)
{
    const QByteArray csv = "title,abstract\nGood,Fine.\nBroken,\"never closed\nmore text\n";
    const ParseReport r = parseBytes(csv, named("broken.csv"));
    ASSERT_EQ(r.records.size(), 1u);
    const Diagnostic *e = firstError(r);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->line, 3);
    EXPECT_EQ(e->recordNo, 2);
    EXPECT_EQ(e->file, u8("broken.csv"));
    EXPECT_TRUE(e->message.contains(u8("never closed")));
    EXPECT_EQ(e->toString().left(13), u8("broken.csv:3:"));
}

TEST(ImportFailures, CsvWithoutTitleOrAbstractColumnIsExplained)
{
    const ParseReport r = parseBytes("name,age\nAda,36\n", [] {
        ImportOptions o = named("people.csv");
        o.format = Format::Csv;
        return o;
    }());
    EXPECT_TRUE(r.records.empty());
    const Diagnostic *e = firstError(r);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->line, 1);
    EXPECT_TRUE(e->message.contains(u8("header: name, age")));
    EXPECT_TRUE(e->message.contains(u8("Title or Abstract")));
}

TEST(ImportFailures, TruncatedJsonKeepsEarlierRecords)
{
    const QByteArray json = "[\n {\"title\": \"Complete\"},\n {\"title\": \"Cut off\", \"abstract\": \"half";
    const ParseReport r = parseBytes(json, named("cut.json"));
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].title, u8("Complete"));
    const Diagnostic *e = firstError(r);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->line, 3);
    EXPECT_EQ(e->recordNo, 2);
    EXPECT_TRUE(e->message.contains(u8("never closes")));
}

TEST(ImportFailures, MalformedXmlReportsLine)
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<xml><records>\n<record><titles><title>One</title></titles></record>\n"
                           "<record><titles><title>Two</titles></record>\n</records></xml>\n";
    const ParseReport r = parseBytes(xml, named("bad.xml"));
    EXPECT_EQ(r.format, Format::EndnoteXml);
    ASSERT_EQ(r.records.size(), 1u);
    const Diagnostic *e = firstError(r);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->line, 4);
    EXPECT_EQ(e->recordNo, 2);
    EXPECT_TRUE(e->message.contains(u8("not well-formed")));
}

TEST(ImportFailures, BibtexUnclosedEntryIsSkippedOthersKept)
{
    const QByteArray bib = "@article{a, title = {Fine}, year = 2020}\n"
                           "@article{b, title = {Missing brace, year = 2021}\n"
                           "\n";
    const ParseReport r = parseBytes(bib, named("bad.bib"));
    ASSERT_EQ(r.records.size(), 1u) << dyad::test::diagnosticsText(r);
    EXPECT_EQ(r.records[0].title, u8("Fine"));
    const Diagnostic *e = firstError(r);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->line, 2);
    EXPECT_EQ(e->recordNo, 2);
    EXPECT_TRUE(e->message.contains(u8("entry \"b\"")));
}

TEST(ImportFailures, RecordWithoutTitleOrAbstractIsSkipped)
{
    const ParseReport r = parseBytes("TY  - JOUR\nAU  - Nobody\nER  - \nTY  - JOUR\nTI  - Kept\nER  - \n",
                                     named("x.ris"));
    ASSERT_EQ(r.records.size(), 1u);
    const Diagnostic *e = firstError(r);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->recordNo, 1);
    EXPECT_EQ(e->line, 1);
    EXPECT_TRUE(e->message.contains(u8("neither a title nor an abstract")));
}

TEST(ImportFailures, FiftyMegabyteAbstractIsRefusedNotTruncated)
{
    QByteArray csv = "title,abstract\nSmall,Fine.\nHuge,\"";
    csv.append(QByteArray(50 * 1024 * 1024, 'a'));
    csv.append("\"\nAfter,Also fine.\n");
    ParseReport r = parseBytes(csv, named("huge.csv"));
    ASSERT_EQ(r.records.size(), 2u);
    EXPECT_EQ(r.records[0].title, u8("Small"));
    EXPECT_EQ(r.records[1].title, u8("After"));
    const Diagnostic *e = firstError(r);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->line, 3);
    EXPECT_EQ(e->recordNo, 2);
    EXPECT_TRUE(e->message.contains(u8("abstract field is 52 428 800 characters long")))
        << e->message.toStdString();

    // Strict mode: the same input is refused as a whole.
    ImportOptions strict = named("huge.csv");
    strict.strict = true;
    r = parseBytes(csv, strict);
    EXPECT_TRUE(r.refused);
    EXPECT_TRUE(r.records.empty());
    EXPECT_TRUE(r.diagnostics.back().message.contains(u8("strict mode")));
}

TEST(ImportFailures, StrictModeAcceptsCleanInput)
{
    ImportOptions strict;
    strict.strict = true;
    const ParseReport r = parseFile(dyad::test::importData("zotero.ris"), strict);
    EXPECT_FALSE(r.refused);
    EXPECT_EQ(r.records.size(), 2u);
}

TEST(ImportFailures, ProgressIsReportedAndCancellationStops)
{
    QByteArray csv = "title,abstract\n";
    for (int i = 0; i < 20000; ++i)
        csv.append("Title " + QByteArray::number(i) + ",Some abstract text for row " + QByteArray::number(i) + ".\n");

    ImportOptions o;
    qint64 lastDone = 0, total = 0;
    int calls = 0;
    o.progress = [&](qint64 done, qint64 t) {
        ++calls;
        EXPECT_GE(done, lastDone);
        lastDone = done;
        total = t;
        return true;
    };
    ParseReport r = parseBytes(csv, o);
    EXPECT_EQ(r.records.size(), 20000u);
    EXPECT_GT(calls, 1);
    EXPECT_EQ(lastDone, total);

    int cancelCalls = 0;
    o.progress = [&](qint64, qint64) { return ++cancelCalls < 2; };
    r = parseBytes(csv, o);
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.records.empty());
    EXPECT_EQ(cancelCalls, 2);
    EXPECT_TRUE(r.diagnostics.back().message.contains(u8("cancelled")));
}

TEST(ImportFailures, WrongEncodingIsRefusedWhenMostlyUndecodable)
{
    // GB18030 bytes forced through a strict ASCII converter.
    ImportOptions o = named("cnki.ris");
    o.encoding = u8("US-ASCII");
    const ParseReport r = parseBytes(dyad::test::readAll(dyad::test::importData("cnki_gb18030.ris")), o);
    EXPECT_TRUE(r.refused);
    EXPECT_TRUE(firstError(r)->message.contains(u8("wrong encoding")));
}

TEST(ImportFailures, BibtexEntryWithAnUnbalancedBraceIsRecoveredAndWarned)
{
    // tests/data/import/scopus_unbalanced.bib has the shape of a Scopus export; entry 1's
    // abstract holds "{Austropotamobius pallipes)" (a '{' closed by ')'), entry 2 an e-mail
    // address with '@', entry 3 "{per kg @ day" (a stray '{' and '@'). All three are kept;
    // the two with unbalanced braces are warned about with their lines.
    const ParseReport r = parseFile(QStringLiteral(DYAD_TEST_DATA_DIR "/import/scopus_unbalanced.bib"));
    ASSERT_EQ(r.records.size(), 3u) << dyad::test::diagnosticsText(r);
    EXPECT_EQ(firstError(r), nullptr) << dyad::test::diagnosticsText(r);

    const auto &crayfish = r.records[0];
    EXPECT_EQ(crayfish.title, u8("Crayfish plague outbreaks and community monitoring in upland streams"));
    EXPECT_EQ(crayfish.doi, u8("10.1111/fwb.99001"));
    EXPECT_EQ(crayfish.year, 2021);
    EXPECT_EQ(crayfish.journal, u8("Freshwater Biology"));
    EXPECT_EQ(crayfish.attributes.value(u8("author_keywords")).toString(), u8("citizen science; crayfish plague; surveillance"));
    EXPECT_TRUE(crayfish.text.contains(u8("white-clawed crayfish"))) << crayfish.text.toStdString();
    EXPECT_TRUE(crayfish.text.contains(u8("Austropotamobius pallipes) in six streams")));
    EXPECT_TRUE(crayfish.text.endsWith(u8("nine days earlier than official surveillance."))) << crayfish.text.toStdString();
    EXPECT_FALSE(crayfish.text.contains(u8("author_keywords")));

    EXPECT_EQ(r.records[1].doi, u8("10.1111/fme.99002"));
    EXPECT_TRUE(r.records[1].text.contains(u8("contact: records@example.org for access.")));
    EXPECT_EQ(r.records[2].doi, u8("10.1016/j.dib.2023.99003"));
    EXPECT_TRUE(r.records[2].text.contains(u8("per kg @ day and samples were stored at -20 C.")));

    std::vector<const Diagnostic *> warnings;
    for (const Diagnostic &d : r.diagnostics)
        if (d.severity == Severity::Warning && d.message.contains(u8("braces do not balance")))
            warnings.push_back(&d);
    ASSERT_EQ(warnings.size(), 2u) << dyad::test::diagnosticsText(r);
    EXPECT_EQ(warnings[0]->line, 4);
    EXPECT_TRUE(warnings[0]->message.contains(u8("entry \"Marin2021123\""))) << warnings[0]->message.toStdString();
    EXPECT_TRUE(warnings[0]->message.contains(u8("value starting at line 13")));
    EXPECT_TRUE(warnings[0]->message.contains(u8("before line 20, where the next entry starts")));
    EXPECT_EQ(warnings[1]->line, 30);
    EXPECT_TRUE(warnings[1]->message.contains(u8("value starting at line 36")));
}
