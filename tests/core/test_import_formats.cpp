// Every import format on hand-written fixtures in tests/data/import/; expected values were
// read off the fixture files by hand.

#include "import_test_util.h"

#include "core/io/import/importreader.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace dyad::core::importer;
using dyad::test::importData;
using dyad::test::readAll;

namespace {

ParseReport parseFixture(const char *name, std::optional<Format> format = std::nullopt)
{
    ImportOptions o;
    o.format = format;
    return parseFile(importData(name), o);
}

QStringList qsl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

TEST(ImportFormats, RisZoteroAndEndNoteStyleRecords)
{
    const ParseReport r = parseFixture("zotero.ris");
    ASSERT_EQ(r.format, Format::Ris);
    ASSERT_EQ(r.records.size(), 2u) << dyad::test::diagnosticsText(r);
    EXPECT_EQ(r.count(Severity::Warning), 0) << dyad::test::diagnosticsText(r);

    const auto &a = r.records[0];
    // TI continued on the next line is joined with a space.
    EXPECT_EQ(a.title, u8("Peer support for carers of people with dementia: a qualitative evaluation"));
    EXPECT_EQ(a.authors, qsl({"Okafor, Chidi", "Lindqvist, Åsa"}));
    EXPECT_EQ(a.journal, u8("Journal of Community Care Research"));
    EXPECT_EQ(a.year, 2021);
    EXPECT_EQ(a.doi, u8("10.5555/jccr.2021.0042"));
    EXPECT_EQ(a.keywords, qsl({"dementia", "carers", "peer support"}));
    EXPECT_EQ(a.language, u8("en"));
    const QString abstract = u8("Background: Carers describe isolation.\nMethods: We interviewed 24 "
                                "carers in three towns.\nResults: Peer groups reduced isolation and "
                                "built confidence.");
    EXPECT_EQ(a.text, a.title + u8("\n\n") + abstract);
    EXPECT_EQ(a.attributes.value(u8("ZZ")).toString(), u8("an unknown tag kept as an attribute"));
    EXPECT_EQ(a.attributes.value(u8("UR")).toString(), u8("https://example.org/jccr/42"));
    EXPECT_TRUE(a.rawSource.startsWith(u8("TY  - JOUR\n")));
    EXPECT_TRUE(a.rawSource.endsWith(u8("ER  - ")));
    EXPECT_EQ(a.sourceFormat, u8("ris"));
    EXPECT_EQ(a.sourceName, u8("zotero.ris"));
    EXPECT_FALSE(a.id.isNull());

    const auto &b = r.records[1];
    EXPECT_EQ(b.title, u8("Coding together: reflexivity in team-based analysis"));
    EXPECT_EQ(b.authors, qsl({"Moreau, Hélène"}));
    EXPECT_EQ(b.year, 2019);
    EXPECT_EQ(b.journal, u8("Qualitative Methods Annual"));
    EXPECT_TRUE(b.text.endsWith(u8("We describe three strategies.")));
    EXPECT_EQ(b.pmid, u8("31234567")); // AN from a PubMed database
    EXPECT_EQ(b.attributes.value(u8("ID")).toString(), u8("ref-77"));
}

TEST(ImportFormats, RisMissingFinalErKeepsRecordAndWarns)
{
    const ParseReport r = parseFixture("missing_er.ris");
    ASSERT_EQ(r.records.size(), 2u);
    EXPECT_EQ(r.records[1].title, u8("Second record cut off by a truncated download"));
    ASSERT_EQ(r.count(Severity::Warning), 1) << dyad::test::diagnosticsText(r);
    const Diagnostic &d = r.diagnostics.back();
    EXPECT_EQ(d.line, 6);
    EXPECT_EQ(d.recordNo, 2);
    EXPECT_EQ(d.file, u8("missing_er.ris"));
    EXPECT_TRUE(d.message.contains(u8("no closing"))) << d.message.toStdString();
}

TEST(ImportFormats, PubmedNbib)
{
    const ParseReport r = parseFixture("pubmed.nbib");
    ASSERT_EQ(r.format, Format::Pubmed);
    ASSERT_EQ(r.records.size(), 2u) << dyad::test::diagnosticsText(r);
    const auto &a = r.records[0];
    EXPECT_EQ(a.pmid, u8("29876543"));
    EXPECT_EQ(a.title, u8("Shared decision making in primary care: a cluster randomised trial of a "
                          "brief training programme."));
    EXPECT_EQ(a.doi, u8("10.1000/xyz.2018.123"));
    EXPECT_EQ(a.year, 2018);
    EXPECT_EQ(a.authors, qsl({"Novak, Petra", "Haddad, Samir"}));
    EXPECT_EQ(a.journal, u8("BMJ quality & safety"));
    EXPECT_EQ(a.keywords, qsl({"Decision Making, Shared", "Humans", "primary care"}));
    EXPECT_EQ(a.language, u8("en"));
    const QString abs = a.text.mid(a.title.size() + 2);
    EXPECT_TRUE(abs.startsWith(u8("OBJECTIVE: To test whether a two-hour training programme increases "
                                  "shared decision making. DESIGN:")));
    EXPECT_TRUE(abs.endsWith(u8("CONCLUSION: Training increased observed shared decision making.")));
    EXPECT_EQ(a.attributes.value(u8("AU")).toArray().size(), 2);

    const auto &b = r.records[1];
    EXPECT_EQ(b.pmid, u8("31111111"));
    EXPECT_EQ(b.language, u8("ja"));
    EXPECT_EQ(b.year, 2019);
    EXPECT_EQ(b.journal, u8("Nursing Today"));
}

TEST(ImportFormats, WebOfSciencePlainText)
{
    const ParseReport r = parseFixture("wos.txt");
    ASSERT_EQ(r.format, Format::Wos);
    ASSERT_EQ(r.records.size(), 2u) << dyad::test::diagnosticsText(r);
    EXPECT_EQ(r.count(Severity::Warning), 0) << dyad::test::diagnosticsText(r);
    const auto &a = r.records[0];
    EXPECT_EQ(a.authors, qsl({"Garcia, Maria", "Chen, Li"}));
    EXPECT_EQ(a.title, u8("Barriers to implementing community health worker programmes: a systematic review"));
    EXPECT_EQ(a.journal, u8("BMC HEALTH SERVICES RESEARCH"));
    EXPECT_EQ(a.keywords, qsl({"community health workers", "implementation", "barriers"}));
    EXPECT_EQ(a.text.mid(a.title.size() + 2),
              u8("Community health worker programmes face recurring barriers. We reviewed 48 "
                 "studies and grouped the barriers into five themes."));
    EXPECT_EQ(a.year, 2020);
    EXPECT_EQ(a.doi, u8("10.1186/s12913-020-05000-1"));
    EXPECT_EQ(a.pmid, u8("32000001"));
    EXPECT_EQ(a.language, u8("en"));
    EXPECT_EQ(a.attributes.value(u8("UT")).toString(), u8("WOS:000500000000001"));
    EXPECT_EQ(r.records[1].title, u8("Second record"));
}

TEST(ImportFormats, BibtexAccentsMacrosAndEscapes)
{
    const ParseReport r = parseFixture("accents.bib");
    ASSERT_EQ(r.format, Format::Bibtex);
    ASSERT_EQ(r.records.size(), 2u) << dyad::test::diagnosticsText(r); // @comment ignored
    EXPECT_EQ(r.count(Severity::Warning), 0) << dyad::test::diagnosticsText(r);
    const auto &a = r.records[0];
    // {\"u}, {\"o}, \'{a}, {\'\i}, {\ss}
    EXPECT_EQ(a.authors, qsl({"Müller, Jörg", "González, María", "Straßer, Pia"}));
    // -- → en dash, ~ → space, protective braces dropped
    EXPECT_EQ(a.title, u8("Größere Gruppen – kleinere Effekte: a re-analysis of 40 trials"));
    EXPECT_EQ(a.journal, u8("Journal of Qualitative Research")); // @string macro
    EXPECT_EQ(a.year, 2017);                                      // @string macro with braces
    EXPECT_EQ(a.doi, u8("10.1234/jqr.2017.5"));
    EXPECT_EQ(a.keywords, qsl({"group size", "effect size"}));
    // --- → em dash, ``…'' → curly quotes, \% and \& unescaped, line break → space
    EXPECT_EQ(a.text.mid(a.title.size() + 2),
              u8("We re-analysed 40 trials. Larger groups showed smaller effects—a pattern known "
                 "as “dilution”. Costs rose by 5% per member & time by 3%."));
    EXPECT_EQ(a.attributes.value(u8("note")).toString(),
              u8("Reprinted in Journal of Qualitative Research")); // "…" # macro
    EXPECT_EQ(a.attributes.value(u8("pages")).toString(), u8("12–34"));
    EXPECT_EQ(a.attributes.value(u8("citationKey")).toString(), u8("mueller2017"));
    EXPECT_TRUE(a.rawSource.startsWith(u8("@article{mueller2017,")));
    EXPECT_TRUE(a.rawSource.endsWith(u8("}")));
    EXPECT_TRUE(a.text == a.text.normalized(QString::NormalizationForm_C));

    const auto &b = r.records[1];
    EXPECT_EQ(b.title, u8("Naïve coding of Chinese interviews"));
    EXPECT_EQ(b.journal, u8("Proceedings of the ACM Conference"));
    EXPECT_EQ(b.year, 2020);
    EXPECT_EQ(b.attributes.value(u8("month")).toString(), u8("January"));
    EXPECT_EQ(b.attributes.value(u8("entryType")).toString(), u8("inproceedings"));
}

TEST(ImportFormats, EndnoteXml)
{
    const ParseReport r = parseFixture("endnote.xml");
    ASSERT_EQ(r.format, Format::EndnoteXml);
    ASSERT_EQ(r.records.size(), 2u) << dyad::test::diagnosticsText(r);
    const auto &a = r.records[0];
    EXPECT_EQ(a.title, u8("Reconciling independent codings in a scoping review"));
    EXPECT_EQ(a.authors, qsl({"Andersson, Karin", "Brown, T."}));
    EXPECT_EQ(a.journal, u8("Research Synthesis Methods"));
    EXPECT_EQ(a.year, 2021);
    EXPECT_EQ(a.doi, u8("10.1002/jrsm.1400"));
    EXPECT_EQ(a.pmid, u8("33000000"));
    EXPECT_EQ(a.keywords, qsl({"reconciliation", "inter-rater agreement"}));
    EXPECT_EQ(a.language, u8("en"));
    EXPECT_TRUE(a.text.endsWith(u8("Two reviewers coded 200 abstracts & reconciled 35 disagreements.")));
    EXPECT_TRUE(a.rawSource.startsWith(u8("<record>")));
    EXPECT_TRUE(a.rawSource.endsWith(u8("</record>")));
    EXPECT_EQ(a.attributes.value(u8("ref-type")).toString(), u8("Journal Article"));
    EXPECT_EQ(r.records[1].title, u8("A book without abstract"));
    EXPECT_EQ(r.records[1].text, u8("A book without abstract"));
}

TEST(ImportFormats, PubmedXml)
{
    const ParseReport r = parseFixture("pubmed.xml");
    ASSERT_EQ(r.format, Format::PubmedXml);
    ASSERT_EQ(r.records.size(), 1u) << dyad::test::diagnosticsText(r);
    const auto &a = r.records[0];
    EXPECT_EQ(a.pmid, u8("35555555"));
    EXPECT_EQ(a.title, u8("Integrating qualitative and quantitative strands."));
    EXPECT_EQ(a.text.mid(a.title.size() + 2),
              u8("BACKGROUND: Integration is often claimed but rarely shown.\nRESULTS: Only 12 of "
                 "80 studies (15%) integrated results; p<0.05."));
    EXPECT_EQ(a.authors, qsl({"Øster, Ingrid", "MMR Study Group"}));
    EXPECT_EQ(a.journal, u8("Journal of Mixed Methods Research"));
    EXPECT_EQ(a.year, 2022);
    EXPECT_EQ(a.doi, u8("10.1177/15586898221000000"));
    EXPECT_EQ(a.keywords, qsl({"Research Design", "integration"}));
    EXPECT_EQ(a.language, u8("en"));
    EXPECT_TRUE(a.rawSource.startsWith(u8("<PubmedArticle>")));
}

TEST(ImportFormats, JsonArrayWithCslKeysAndSupplementaryCharacters)
{
    const ParseReport r = parseFixture("records.json");
    ASSERT_EQ(r.format, Format::Json);
    ASSERT_EQ(r.records.size(), 2u) << dyad::test::diagnosticsText(r);
    const auto &a = r.records[0];
    EXPECT_EQ(a.title, u8("Burnout among midwives: a meta-synthesis"));
    EXPECT_EQ(a.authors, qsl({"Kowalska, Anna", "Dubois, Marc"}));
    EXPECT_EQ(a.year, 2023);
    EXPECT_EQ(a.journal, u8("Midwifery"));
    EXPECT_EQ(a.doi, u8("10.1016/j.midw.2023.103600"));
    // <p> markup becomes paragraphs.
    EXPECT_EQ(a.text.mid(a.title.size() + 2),
              u8("We synthesised 18 qualitative studies.\n\nThree themes emerged."));
    EXPECT_EQ(a.attributes.value(u8("record_id")).toInt(), 7);
    EXPECT_TRUE(a.rawSource.trimmed().startsWith(u8("{")));
    EXPECT_TRUE(a.rawSource.contains(u8("\"record_id\": 7")));

    const auto &b = r.records[1];
    EXPECT_EQ(b.title, u8("Emoji 😀 and rare Han 𠀀 in a title"));
    EXPECT_EQ(b.pmid, u8("40000001"));
    EXPECT_EQ(b.year, 2024);
    // U+20000 and U+1F600 survive as surrogate pairs: 2 UTF-16 units, 1 code point each.
    EXPECT_EQ(b.text.toUcs4().count(char32_t(0x20000)), 2);
    EXPECT_EQ(b.text.toUcs4().count(char32_t(0x1F600)), 2);
}

TEST(ImportFormats, JsonSingleObject)
{
    const QByteArray json = R"({"Title": "One object", "abstract": "Only one.", "journal": {"name": "J One"}, "publicationDate": "2021-07-01"})";
    const ParseReport r = parseBytes(json, {});
    ASSERT_EQ(r.format, Format::Json);
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].title, u8("One object"));
    EXPECT_EQ(r.records[0].journal, u8("J One"));
    EXPECT_EQ(r.records[0].year, 2021);
}

TEST(ImportFormats, JsonNumbersBecomeTextWithoutOverflow)
{
    // Numeric PMIDs and years are common in JSON dumps. A number too large for an integer
    // (found by fuzz_json: converting 2e85 to an integer is undefined) must not turn into
    // some other number.
    const QByteArray json = R"([{"title": "Numeric ids", "abstract": "A.", "pmid": 31234567, "year": 2020},
                                {"title": "Huge id", "abstract": "B.", "pmid": 2.0e85, "year": 2021.0}])";
    const ParseReport r = parseBytes(json, {});
    ASSERT_EQ(r.records.size(), 2u) << dyad::test::diagnosticsText(r);
    EXPECT_EQ(r.records[0].pmid, u8("31234567"));
    EXPECT_EQ(r.records[0].year, 2020);
    EXPECT_EQ(r.records[1].year, 2021);
    EXPECT_FALSE(r.records[1].pmid.contains(u8("9223372036854775"))) << r.records[1].pmid.toStdString();
}

TEST(ImportFormats, CsvCovidenceWithQuotedMultilineField)
{
    const ParseReport r = parseFixture("covidence.csv");
    ASSERT_EQ(r.format, Format::Csv);
    ASSERT_EQ(r.records.size(), 2u) << dyad::test::diagnosticsText(r);
    const auto &a = r.records[0];
    EXPECT_EQ(a.title, u8("Home visits for frail older people"));
    EXPECT_EQ(a.authors, qsl({"Lee, S.", "Park, J."}));
    EXPECT_EQ(a.text.mid(a.title.size() + 2),
              u8("A trial of home visits.\nSecond paragraph with a \"quoted\" word, and a comma."));
    EXPECT_EQ(a.year, 2019);
    EXPECT_EQ(a.journal, u8("Age Ageing"));
    EXPECT_EQ(a.doi, u8("10.1093/ageing/afz001"));
    EXPECT_EQ(a.attributes.value(u8("Covidence #")).toString(), u8("#101"));
    EXPECT_EQ(a.attributes.value(u8("Accession Number")).toString(), u8("30999999"));
    EXPECT_TRUE(a.rawSource.startsWith(u8("\"Home visits")));
    EXPECT_TRUE(a.rawSource.contains(u8("\"\"quoted\"\"")));
    EXPECT_EQ(r.records[1].title, u8("A second study"));
    // header line 1, first record lines 2–3, second record line 4
    EXPECT_EQ(r.records[1].rawSource.left(16), u8("\"A second study\""));
}

TEST(ImportFormats, CsvScopusStyleSemicolonDelimiter)
{
    const ParseReport r = parseFixture("scopus_semicolon.csv");
    ASSERT_EQ(r.format, Format::Csv);
    ASSERT_EQ(r.records.size(), 1u) << dyad::test::diagnosticsText(r);
    const auto &a = r.records[0];
    EXPECT_EQ(a.title, u8("Scopus-style record; with a semicolon"));
    EXPECT_EQ(a.authors, qsl({"Müller J.", "Ito K."}));
    EXPECT_EQ(a.year, 2022);
    EXPECT_EQ(a.journal, u8("Health Policy"));
    EXPECT_EQ(a.doi, u8("10.1016/j.healthpol.2022.01.001"));
    EXPECT_EQ(a.keywords, qsl({"policy", "health"}));
    EXPECT_EQ(a.language, u8("de"));
    EXPECT_EQ(a.pmid, u8("35000001"));
}

TEST(ImportFormats, WosTabDelimitedIsTsvWithFullAuthorNames)
{
    const ParseReport r = parseFixture("wos_tab.txt");
    ASSERT_EQ(r.format, Format::Tsv);
    ASSERT_EQ(r.records.size(), 1u) << dyad::test::diagnosticsText(r);
    const auto &a = r.records[0];
    EXPECT_EQ(a.authors, qsl({"Garcia, Maria", "Chen, Li"})); // AF preferred over AU
    EXPECT_EQ(a.title, u8("Tab-delimited WoS record"));
    EXPECT_EQ(a.journal, u8("BMC HEALTH SERVICES RESEARCH"));
    EXPECT_EQ(a.pmid, u8("32000001"));
    EXPECT_EQ(a.doi, u8("10.1186/s12913-020-05000-1"));
    EXPECT_EQ(a.attributes.value(u8("AU")).toString(), u8("Garcia, M; Chen, L"));
    EXPECT_EQ(a.attributes.value(u8("UT")).toString(), u8("WOS:000500000000001"));
}

TEST(ImportFormats, PlainTextFirstLineIsTitle)
{
    const ParseReport r = parseFixture("interview.txt");
    ASSERT_EQ(r.format, Format::Text);
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].title, u8("Interview 7: the night shift"));
    EXPECT_EQ(r.records[0].text, u8("Interview 7: the night shift\n\nI started on nights in 2015. At "
                                    "first it was lonely.\nLater the team became like a family."));
    EXPECT_EQ(r.records[0].language, u8("en"));
}

TEST(ImportFormats, DetectionNamesEveryFixture)
{
    const std::pair<const char *, Format> cases[] = {
        {"zotero.ris", Format::Ris},          {"pubmed.nbib", Format::Pubmed},
        {"wos.txt", Format::Wos},             {"accents.bib", Format::Bibtex},
        {"endnote.xml", Format::EndnoteXml},  {"pubmed.xml", Format::PubmedXml},
        {"records.json", Format::Json},       {"covidence.csv", Format::Csv},
        {"wos_tab.txt", Format::Tsv},         {"interview.txt", Format::Text},
        {"cnki_gb18030.ris", Format::Ris},
    };
    for (const auto &[file, format] : cases) {
        const FormatGuess g = detectFormat(readAll(importData(file)), QString::fromUtf8(file));
        EXPECT_EQ(formatName(g.format), formatName(format)) << file;
        EXPECT_GT(g.confidence, 0.2) << file;
    }
    // Without a file name the content alone decides.
    EXPECT_EQ(detectFormat(readAll(importData("zotero.ris"))).format, Format::Ris);
}

TEST(ImportFormats, CliNamesRoundTrip)
{
    const QStringList names = formatNames();
    EXPECT_EQ(names, qsl({"ris", "pubmed", "csv", "tsv", "bibtex", "endnote-xml", "wos", "pubmed-xml",
                          "json", "text", "pasted"}));
    for (const QString &n : names)
        EXPECT_EQ(formatName(*formatFromName(n)), n);
    EXPECT_EQ(formatFromName(u8("NBIB")), Format::Pubmed);
    EXPECT_FALSE(formatFromName(u8("docx")).has_value());
    for (const QString &n : names)
        EXPECT_NE(readerFor(*formatFromName(n)), nullptr) << n.toStdString();
    EXPECT_TRUE(importNameFilters().contains(u8("*.ris")));
}

TEST(ImportFormats, ManualFormatOverrideWins)
{
    // A RIS file forced to be read as plain text becomes one text record.
    const ParseReport r = parseFixture("zotero.ris", Format::Text);
    EXPECT_EQ(r.format, Format::Text);
    EXPECT_EQ(r.formatConfidence, 1.0);
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].title, u8("TY - JOUR")); // blanks tidied
}
