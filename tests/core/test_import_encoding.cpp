// Encodings and line endings: GB18030 (CNKI), UTF-16 with BOM (LE and BE), Windows-1252,
// UTF-8 with BOM, CRLF and CR, supplementary-plane characters, overrides.

#include "import_test_util.h"

#include "core/io/import/encoding.h"
#include "core/io/import/importreader.h"

#include <gtest/gtest.h>

using namespace dyad::core::importer;
using dyad::test::importData;
using dyad::test::readAll;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

QByteArray utf16(const QString &s, bool bigEndian)
{
    QByteArray out = bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (QChar c : s) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

} // namespace

TEST(ImportEncoding, Gb18030ChineseRisFromCnki)
{
    const QByteArray bytes = readAll(importData("cnki_gb18030.ris"));
    ASSERT_FALSE(bytes.isEmpty());
    ASSERT_FALSE(isValidUtf8(bytes.constData(), bytes.size()));
    ImportOptions o;
    o.sourceName = u8("cnki_gb18030.ris");
    const ParseReport r = parseBytes(bytes, o);
    EXPECT_EQ(r.encoding.name, u8("GB18030"));
    EXPECT_EQ(r.encoding.method, u8("icu"));
    EXPECT_GT(r.encoding.confidence, 0);
    ASSERT_EQ(r.records.size(), 1u) << dyad::test::diagnosticsText(r);
    const auto &a = r.records[0];
    EXPECT_EQ(a.title, u8("社区卫生服务中的跨部门合作研究"));
    EXPECT_EQ(a.authors, (QStringList{u8("王小明"), u8("李华")}));
    EXPECT_EQ(a.journal, u8("中国卫生政策研究"));
    EXPECT_EQ(a.language, u8("zh"));
    // U+20000 is a four-byte GB18030 sequence (outside GBK) and must come through.
    EXPECT_TRUE(a.text.contains(u8("罕见字𠀀也应保留。")));
    EXPECT_TRUE(a.text.endsWith(u8("罕见字𠀀也应保留。")));
    EXPECT_EQ(r.count(Severity::Warning), 0) << dyad::test::diagnosticsText(r);
}

TEST(ImportEncoding, EncodingOverrideAndUnknownEncoding)
{
    const QByteArray bytes = readAll(importData("cnki_gb18030.ris"));
    ImportOptions o;
    o.encoding = u8("GB18030");
    ParseReport r = parseBytes(bytes, o);
    EXPECT_EQ(r.encoding.method, u8("override"));
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].title, u8("社区卫生服务中的跨部门合作研究"));

    o.encoding = u8("no-such-encoding");
    r = parseBytes(bytes, o);
    EXPECT_TRUE(r.refused);
    EXPECT_TRUE(r.records.empty());
    ASSERT_FALSE(r.diagnostics.empty());
    EXPECT_TRUE(r.diagnostics.back().message.contains(u8("unknown text encoding \"no-such-encoding\"")));
}

TEST(ImportEncoding, Utf16LittleEndianFileWithBom)
{
    const ParseReport r = parseFile(importData("interview_utf16.txt"));
    EXPECT_EQ(r.encoding.name, u8("UTF-16LE"));
    EXPECT_TRUE(r.encoding.hasBom);
    ASSERT_EQ(r.records.size(), 1u) << dyad::test::diagnosticsText(r);
    EXPECT_EQ(r.records[0].title, u8("Interview 7: the night shift"));
    EXPECT_FALSE(r.records[0].rawSource.startsWith(QChar(0xFEFF)));
}

TEST(ImportEncoding, Utf16BigEndianWithSupplementaryCharacters)
{
    const QString ris = u8("TY  - JOUR\nTI  - 𠀀 and 😀 in UTF-16\nAB  - Surrogates 😀😀.\nER  - \n");
    const ParseReport r = parseBytes(utf16(ris, true), {});
    EXPECT_EQ(r.encoding.name, u8("UTF-16BE"));
    ASSERT_EQ(r.records.size(), 1u) << dyad::test::diagnosticsText(r);
    EXPECT_EQ(r.records[0].title, u8("𠀀 and 😀 in UTF-16"));
    EXPECT_EQ(r.records[0].text.toUcs4().count(char32_t(0x1F600)), 3);
}

TEST(ImportEncoding, Utf16WithoutBomIsRecognisedByNulPattern)
{
    QByteArray bytes = utf16(u8("TY  - JOUR\nTI  - No BOM here\nER  - \n"), false).mid(2);
    const EncodingGuess g = detectEncoding(bytes);
    EXPECT_EQ(g.name, u8("UTF-16LE"));
    EXPECT_FALSE(g.hasBom);
    const ParseReport r = parseBytes(bytes, {});
    ASSERT_EQ(r.records.size(), 1u) << dyad::test::diagnosticsText(r);
    EXPECT_EQ(r.records[0].title, u8("No BOM here"));
}

TEST(ImportEncoding, Windows1252WithCrlf)
{
    const ParseReport r = parseFile(importData("cp1252.ris"));
    EXPECT_EQ(r.encoding.name, u8("windows-1252"));
    ASSERT_EQ(r.records.size(), 1u) << dyad::test::diagnosticsText(r);
    EXPECT_EQ(r.records[0].title, u8("Café culture and naïve coding – a Windows export"));
    EXPECT_TRUE(r.records[0].text.endsWith(u8("Written in Windows-1252: “quoted” text, 5°C, £100.")));
    EXPECT_TRUE(r.records[0].rawSource.contains(u8("\r\n"))); // raw text kept exactly
}

TEST(ImportEncoding, Utf8BomAndLineEndingsGiveIdenticalRecords)
{
    const QByteArray lf = readAll(importData("zotero.ris"));
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace("\n", "\r");
    const QByteArray bom = QByteArray("\xEF\xBB\xBF") + crlf;

    const ParseReport base = parseBytes(lf, {});
    ASSERT_EQ(base.records.size(), 2u);
    for (const QByteArray &variant : {crlf, cr, bom}) {
        const ParseReport r = parseBytes(variant, {});
        ASSERT_EQ(r.records.size(), 2u) << dyad::test::diagnosticsText(r);
        for (size_t i = 0; i < 2; ++i) {
            EXPECT_EQ(r.records[i].title, base.records[i].title);
            EXPECT_EQ(r.records[i].text, base.records[i].text);
            EXPECT_EQ(r.records[i].authors, base.records[i].authors);
            EXPECT_FALSE(r.records[i].text.contains(u'\r'));
        }
    }
    EXPECT_TRUE(parseBytes(bom, {}).encoding.hasBom);
    EXPECT_TRUE(parseBytes(crlf, {}).records[0].rawSource.contains(u8("\r\n")));
}

TEST(ImportEncoding, InvalidBytesInForcedUtf8AreReplacedAndReported)
{
    ImportOptions o;
    o.encoding = u8("UTF-8");
    o.sourceName = u8("cp1252.ris");
    const ParseReport r = parseBytes(readAll(importData("cp1252.ris")), o);
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_TRUE(r.records[0].title.contains(QChar(0xFFFD)));
    bool warned = false;
    for (const auto &d : r.diagnostics)
        warned = warned || (d.severity == Severity::Warning && d.line == 2
                            && d.message.contains(u8("not valid UTF-8")));
    EXPECT_TRUE(warned) << dyad::test::diagnosticsText(r);
}

TEST(ImportEncoding, TextIsNfcAndControlCharactersAreRemoved)
{
    // "Cafe" + combining acute (NFD), a vertical tab, a zero-width space, NBSPs.
    const QByteArray ris = "TY  - JOUR\nTI  - Cafe\xCC\x81\x0B  au\xE2\x80\x8Blait\xC2\xA0\xC2\xA0time\nER  - \n";
    const ParseReport r = parseBytes(ris, {});
    ASSERT_EQ(r.records.size(), 1u);
    EXPECT_EQ(r.records[0].title, u8("Café aulait time"));
    EXPECT_EQ(r.records[0].title.size(), 16); // é is one code unit after NFC
}

TEST(ImportEncoding, Utf8Validator)
{
    const auto valid = [](const QByteArray &b) { return isValidUtf8(b.constData(), b.size()); };
    EXPECT_TRUE(valid("plain ascii"));
    EXPECT_TRUE(valid("\xE4\xB8\xAD\xF0\xA0\x80\x80"));   // 中 and U+20000
    EXPECT_FALSE(valid("\xC0\xAF"));                       // overlong '/'
    EXPECT_FALSE(valid("\xED\xA0\x80"));                   // surrogate
    EXPECT_FALSE(valid("abc\xE4\xB8"));                    // truncated at the end
    EXPECT_FALSE(valid("\xF5\x80\x80\x80"));               // beyond U+10FFFF
}
