#include "export_fixture.h"
#include "core/open/open.h"

#include "core/io/refi/refiexport.h"
#include "core/io/refi/refiformat.h"
#include "core/io/refi/refiimport.h"
#include "core/io/refi/safezip.h"
#include "core/io/refi/sourcetext.h"

#include <QFileInfo>

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

struct RefiImportTest : dyad::testing::CodedProjectFixture
{
    std::unique_ptr<Project> roundTrip()
    {
        const QString qdpx = path(QStringLiteral("rt.qdpx"));
        auto ex = exportQdpx(*project, qdpx);
        EXPECT_TRUE(ex.ok()) << (ex ? std::string() : ex.error().toStdString());
        auto im = importQdpx(qdpx, path(QStringLiteral("rt.dyad")));
        EXPECT_TRUE(im.ok()) << (im ? std::string() : im.error().toStdString());
        if (!im)
            return nullptr;
        lastReport = *im;
        auto opened = openProject(path(QStringLiteral("rt.dyad")));
        EXPECT_TRUE(opened.ok());
        return opened ? std::move(opened).value() : nullptr;
    }

    /** Imports a hand-written archive; the qde is given with %R1 etc. replaced. */
    Result<ImportReport> importArchive(const std::vector<std::pair<QString, QByteArray>> &entries,
                                       const QString &name = QStringLiteral("hand.dyad"))
    {
        const QString qdpx = path(QStringLiteral("hand.qdpx"));
        EXPECT_TRUE(writeZipArchive(qdpx, entries).ok());
        return importQdpx(qdpx, path(name));
    }

    std::vector<Coding> sorted(std::vector<Coding> v)
    {
        std::sort(v.begin(), v.end(), [](const Coding &a, const Coding &b) { return a.id < b.id; });
        return v;
    }

    ImportReport lastReport;
};

const char *kSource = "11111111-2222-3333-4444-555555555555";
const char *kCode = "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE";
const char *kUser = "99999999-8888-7777-6666-555555555555";

/** A minimal project document with one text source and the given selections. */
QByteArray qde(const QString &selections, const QString &ns = QStringLiteral("urn:QDA-XML:project:1.0"),
               const QString &sourceGuid = QString::fromLatin1(kSource), const QString &codeGuid = QString::fromLatin1(kCode))
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                          "<Project xmlns=\"%1\" name=\"Hand made\">\n"
                          " <Users><User guid=\"%2\" name=\"Nora\"/></Users>\n"
                          " <CodeBook><Codes><Code guid=\"%3\" name=\"Hope\" isCodable=\"true\" color=\"#0a0\"/></Codes></CodeBook>\n"
                          " <Sources><TextSource guid=\"%4\" name=\"Interview\" plainTextPath=\"internal://%5.txt\">\n%6\n"
                          " </TextSource></Sources>\n</Project>\n")
        .arg(ns, QString::fromLatin1(kUser), codeGuid, sourceGuid, QString::fromLatin1(kSource), selections)
        .toUtf8();
}

QString selection(qint64 s, qint64 e, const QString &quote = QString(), const QString &guid = QStringLiteral("{0F000000-0000-0000-0000-000000000001}"))
{
    return QStringLiteral("  <PlainTextSelection guid=\"%1\" %2startPosition=\"%3\" endPosition=\"%4\" creatingUser=\"%5\">"
                          "<Coding guid=\"%6\" creatingUser=\"%5\"><CodeRef targetGUID=\"%7\"/></Coding></PlainTextSelection>")
        .arg(guid, quote.isNull() ? QString() : QStringLiteral("name=\"%1\" ").arg(quote.toHtmlEscaped()))
        .arg(s)
        .arg(e)
        .arg(QString::fromLatin1(kUser), QUuid::createUuid().toString(QUuid::WithoutBraces), QString::fromLatin1(kCode));
}

QString sourceEntry()
{
    return QStringLiteral("sources/%1.txt").arg(QString::fromLatin1(kSource));
}

std::vector<Coding> importedCodings(const QString &file)
{
    auto p = openProject(file);
    EXPECT_TRUE(p.ok());
    return p ? (*p)->codings() : std::vector<Coding>{};
}

bool mentions(const QStringList &lines, const QString &word)
{
    for (const QString &l : lines)
        if (l.contains(word, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

TEST_F(RefiImportTest, RoundTripKeepsTextsCodebookCodingsAndUsers)
{
    auto copy = roundTrip();
    ASSERT_TRUE(copy);
    // Records and texts, by UUID.
    for (const QUuid &id : {r1, r2, r3}) {
        auto a = project->record(id), b = copy->record(id);
        ASSERT_TRUE(b) << uuidText(id).toStdString();
        EXPECT_EQ(a->text, b->text);
        EXPECT_EQ(a->title, b->title);
    }
    const Record back = *copy->record(r1);
    EXPECT_EQ(back.authors, (QStringList{QStringLiteral("Ng, Amy"), QStringLiteral("Osei, Kwame")}));
    EXPECT_EQ(back.year, 2021);
    EXPECT_EQ(back.doi, QStringLiteral("10.1136/bmjgh-2020-000001"));
    // Codebook with hierarchy, colours and descriptions.
    ASSERT_EQ(copy->allCodes().size(), project->allCodes().size());
    for (const Code &c : project->allCodes()) {
        auto d = copy->code(c.id);
        ASSERT_TRUE(d) << c.name.toStdString();
        EXPECT_EQ(d->name, c.name);
        EXPECT_EQ(d->parentId, c.parentId);
        EXPECT_EQ(d->color, c.color);
        EXPECT_EQ(d->definition, c.definition);
        EXPECT_EQ(d->useWhen, c.useWhen);
        EXPECT_EQ(d->doNotUseWhen, c.doNotUseWhen);
        EXPECT_EQ(d->example, c.example);
        EXPECT_EQ(d->memo, c.memo);
    }
    EXPECT_EQ(copy->codePath(mutualTrust.id),
              (QStringList{QStringLiteral("Governance"), QStringLiteral("Trust"), QStringLiteral("Mutual trust")}));
    // Codings: same ids, spans (the CJK/emoji/U+20000 one included), reviewers and memos.
    const auto before = sorted(project->codings()), after = sorted(copy->codings());
    ASSERT_EQ(before.size(), after.size());
    for (size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(after[i].id, before[i].id);
        EXPECT_EQ(after[i].span, before[i].span);
        EXPECT_EQ(after[i].codeId, before[i].codeId);
        EXPECT_EQ(after[i].reviewerId, before[i].reviewerId);
        EXPECT_EQ(after[i].memo, before[i].memo);
    }
    EXPECT_EQ(copy->coding(a3.id)->span, (Span{5, 11}));
    // Users, the Consensus layer staying the Consensus layer.
    EXPECT_EQ(copy->consensusReviewer().id, consensus.id);
    EXPECT_EQ(copy->reviewer(alice.id)->name, QStringLiteral("Alice"));
    EXPECT_EQ(copy->reviewers().size(), project->reviewers().size());
    copy->setActor(alice.id);
    EXPECT_EQ(copy->recordMemo(r1), QStringLiteral("Alice's note on record 1"));
    EXPECT_TRUE(copy->check().ok()) << copy->check().problems.join(QLatin1Char(';')).toStdString();
    EXPECT_TRUE(lastReport.skipped.isEmpty()) << lastReport.skipped.join(QLatin1Char('\n')).toStdString();
}

TEST_F(RefiImportTest, ImportRefusesAnExistingTarget)
{
    ASSERT_TRUE(exportQdpx(*project, path(QStringLiteral("x.qdpx"))).ok());
    auto r = importQdpx(path(QStringLiteral("x.qdpx")), path(QStringLiteral("source.dyad")));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(project->codings().size(), 5u);
}

TEST_F(RefiImportTest, NamespaceVariantSourcesFolderCaseBracesAndOddQdeNameAreAccepted)
{
    const QByteArray doc = qde(selection(0, 4, QStringLiteral("Hope")), QStringLiteral("urn:QDA-XML:project:1:0"),
                               QStringLiteral("{%1}").arg(QString::fromLatin1(kSource).toLower()));
    auto r = importArchive({{QStringLiteral("Export/My Project.QDE"), doc},
                            {QStringLiteral("Export/Sources/%1.TXT").arg(QString::fromLatin1(kSource)).replace(QStringLiteral(".TXT"), QStringLiteral(".txt")),
                             QByteArray("Hope remains.")}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->sources, 1);
    EXPECT_EQ(r->codings, 1);
    EXPECT_TRUE(mentions(r->adjustments, QStringLiteral("namespace")));
    EXPECT_TRUE(mentions(r->adjustments, QStringLiteral("not \"project.qde\"")));
    EXPECT_TRUE(mentions(r->adjustments, QStringLiteral("Sources/")));
    EXPECT_TRUE(mentions(r->adjustments, QStringLiteral("braces")));
    auto codings = importedCodings(path(QStringLiteral("hand.dyad")));
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{0, 4}));
    EXPECT_EQ(codings[0].recordId, QUuid::fromString(QString::fromLatin1(kSource)));
    EXPECT_EQ(codings[0].reviewerId, QUuid::fromString(QString::fromLatin1(kUser)));
}

TEST_F(RefiImportTest, CrlfAndBomAreRemovedAndOffsetsFollow)
{
    // "Line one\r\nHope here" with a BOM: offsets count CRLF as two characters (the file's own).
    const QByteArray text = QByteArray("\xEF\xBB\xBF") + "Line one\r\nHope here";
    auto r = importArchive({{QStringLiteral("project.qde"), qde(selection(10, 14))}, {sourceEntry(), text}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_TRUE(mentions(r->adjustments, QStringLiteral("byte-order mark")));
    EXPECT_TRUE(mentions(r->adjustments, QStringLiteral("CRLF")));
    auto p = openProject(path(QStringLiteral("hand.dyad")));
    ASSERT_TRUE(p.ok());
    const Record rec = *(*p)->record(QUuid::fromString(QString::fromLatin1(kSource)));
    EXPECT_EQ(rec.text, QStringLiteral("Line one\nHope here"));
    const auto codings = (*p)->codings();
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{9, 13})); // still "Hope"
}

TEST_F(RefiImportTest, CrlfCountedAsOneIsDetectedFromTheQuote)
{
    const QByteArray text = "Line one\r\nHope here";
    // Offsets 9..13 over the LF text are "Hope"; over the CRLF text they would be "\nHop".
    auto r = importArchive({{QStringLiteral("project.qde"), qde(selection(9, 13, QStringLiteral("Hope")))}, {sourceEntry(), text}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    const auto codings = importedCodings(path(QStringLiteral("hand.dyad")));
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{9, 13}));
    EXPECT_TRUE(mentions(r->adjustments, QStringLiteral("as if CRLF were one")));
}

TEST_F(RefiImportTest, Utf16OffsetsAreDetectedByLengthAndConverted)
{
    // "😀😀 hope" : code points 0..7, UTF-16 units 0..9. NVivo writes "hope" as [5, 9).
    const QByteArray text = QStringLiteral("\U0001F600\U0001F600 hope").toUtf8();
    auto r = importArchive({{QStringLiteral("project.qde"), qde(selection(5, 9))}, {sourceEntry(), text}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_TRUE(mentions(r->adjustments, QStringLiteral("UTF-16")));
    const auto codings = importedCodings(path(QStringLiteral("hand.dyad")));
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{3, 7}));
}

TEST_F(RefiImportTest, Utf16OffsetsAreDetectedByQuotes)
{
    // Both readings fit; the quote "hope" only matches the UTF-16 one.
    const QByteArray text = QStringLiteral("\U00020000 hope and more text").toUtf8();
    auto r = importArchive({{QStringLiteral("project.qde"), qde(selection(3, 7, QStringLiteral("hope")))}, {sourceEntry(), text}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    const auto codings = importedCodings(path(QStringLiteral("hand.dyad")));
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{2, 6}));
}

TEST_F(RefiImportTest, CodePointOffsetsOnSupplementaryTextAreKept)
{
    const QByteArray text = QStringLiteral("\U00020000 hope and more text").toUtf8();
    auto r = importArchive({{QStringLiteral("project.qde"), qde(selection(2, 6, QStringLiteral("hope")))}, {sourceEntry(), text}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_FALSE(mentions(r->adjustments, QStringLiteral("UTF-16")));
    const auto codings = importedCodings(path(QStringLiteral("hand.dyad")));
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{2, 6}));
}

TEST_F(RefiImportTest, CodingsOnADifferentTextAreReportedAndSkipped)
{
    // The selection quotes "despair" but the text at [0, 4) is "Hope": the text changed.
    auto r = importArchive({{QStringLiteral("project.qde"),
                             qde(selection(0, 4, QStringLiteral("Hope"), QStringLiteral("0F000000-0000-0000-0000-000000000001"))
                                 + selection(5, 12, QStringLiteral("despair"), QStringLiteral("0F000000-0000-0000-0000-000000000002"))
                                 + selection(40, 60, QStringLiteral("beyond"), QStringLiteral("0F000000-0000-0000-0000-000000000003")))},
                            {sourceEntry(), QByteArray("Hope remains strong.")}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->codings, 1);
    EXPECT_TRUE(mentions(r->skipped, QStringLiteral("\"despair\" but covers \"remains\"")));
    EXPECT_TRUE(mentions(r->skipped, QStringLiteral("[40, 60) does not fit")));
    const auto codings = importedCodings(path(QStringLiteral("hand.dyad")));
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{0, 4}));
}

TEST_F(RefiImportTest, MissingOptionalPartsAreTolerated)
{
    // No Users, no colour, inline text, a coding without creatingUser.
    const QByteArray doc = "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Bare\">"
                           "<CodeBook><Codes><Code guid=\"AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE\" name=\"Hope\" isCodable=\"true\"/></Codes></CodeBook>"
                           "<Sources><TextSource guid=\"11111111-2222-3333-4444-555555555555\" name=\"Inline\">"
                           "<PlainTextContent>Hope is here.</PlainTextContent>"
                           "<PlainTextSelection guid=\"0F000000-0000-0000-0000-000000000009\" startPosition=\"0\" endPosition=\"4\">"
                           "<Coding guid=\"0F000000-0000-0000-0000-00000000000A\"><CodeRef targetGUID=\"AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE\"/></Coding>"
                           "</PlainTextSelection></TextSource>"
                           "<PDFSource guid=\"22222222-2222-3333-4444-555555555555\" name=\"Scan\" path=\"internal://x.pdf\"/></Sources></Project>";
    auto r = importArchive({{QStringLiteral("project.qde"), doc}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->sources, 1);
    EXPECT_EQ(r->codings, 1);
    EXPECT_TRUE(mentions(r->skipped, QStringLiteral("PDFSource")));
    EXPECT_TRUE(mentions(r->adjustments, QStringLiteral("Imported")));
    auto p = openProject(path(QStringLiteral("hand.dyad")));
    ASSERT_TRUE(p.ok());
    EXPECT_TRUE((*p)->reviewerByName(QStringLiteral("Imported")));
    EXPECT_FALSE((*p)->allCodes().front().color.isEmpty());
}

TEST_F(RefiImportTest, DtdIsRefusedAndNothingIsCreated)
{
    const QByteArray doc = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
    auto r = importArchive({{QStringLiteral("project.qde"), doc}});
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("DTD"))) << r.error().toStdString();
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("hand.dyad"))));
}

TEST_F(RefiImportTest, MalformedProjectDocumentLeavesNoProjectBehind)
{
    auto r = importArchive({{QStringLiteral("project.qde"), QByteArray("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>")},
                            {sourceEntry(), QByteArray("x")}});
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("hand.dyad"))));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("hand.dyad.importing"))));
}

TEST_F(RefiImportTest, QdcIntoAnExistingProjectMatchesByGuidAndCreatesTheRest)
{
    ASSERT_TRUE(exportQdc(*project, path(QStringLiteral("cb.qdc"))).ok());
    auto other = createProject(path(QStringLiteral("other.dyad")));
    ASSERT_TRUE(other.ok());
    auto first = importQdc(**other, path(QStringLiteral("cb.qdc")));
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_EQ(first->codes, 5);
    EXPECT_EQ((*other)->codePath(mutualTrust.id).join(QStringLiteral(" > ")),
              QStringLiteral("Governance > Trust > Mutual trust"));
    EXPECT_EQ((*other)->code(mutualTrust.id)->useWhen, mutualTrust.useWhen);
    // A second import changes nothing.
    auto second = importQdc(**other, path(QStringLiteral("cb.qdc")));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->codes, 0);
    EXPECT_EQ(second->codesUpdated, 0);
    EXPECT_EQ((*other)->allCodes().size(), 5u);
}

TEST_F(RefiImportTest, BadQdcChangesNothing)
{
    QFile f(path(QStringLiteral("bad.qdc")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE\" "
            "name=\"Fine\" isCodable=\"true\"/><Code guid=\"broken");
    f.close();
    const size_t before = project->allCodes().size();
    const auto auditBefore = project->auditLog().size();
    auto r = importQdc(*project, path(QStringLiteral("bad.qdc")));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(project->allCodes().size(), before);
    EXPECT_EQ(project->auditLog().size(), auditBefore);
}

TEST(RefiSourceText, ModelsMapOffsetsOverSupplementaryAndCrlfText)
{
    // "a😀\r\nb": code points a,😀,CR,LF,b = 5; UTF-16 units = 6.
    const QString file = QStringLiteral("a\U0001F600\r\nb");
    SourceOffsets o(file);
    EXPECT_EQ(o.storedText(), QStringLiteral("a\U0001F600\nb"));
    EXPECT_EQ(o.map({false, false}, 4, 5), (Span{3, 4}));          // "b" in code points over the file
    EXPECT_EQ(o.map({true, false}, 5, 6), (Span{3, 4}));           // "b" in UTF-16 units
    EXPECT_EQ(o.map({false, true}, 3, 4), (Span{3, 4}));           // "b" with CRLF counted once
    EXPECT_FALSE(o.map({true, false}, 2, 3).has_value());          // splits the surrogate pair
    EXPECT_FALSE(o.map({false, false}, 4, 6).has_value());         // past the end
    EXPECT_TRUE(quoteMatches(QStringLiteral("long quote…"), QStringLiteral("long quote that goes on")));
    EXPECT_FALSE(quoteMatches(QStringLiteral("other"), QStringLiteral("long quote")));
}

TEST_F(RefiImportTest, NvivoStyleFixtureWithUtf16OffsetsImportsOntoTheRightPassages)
{
    // tests/data/refi/nvivo: offsets [26, 28) and [29, 32) are UTF-16 units; the second ends
    // beyond the 30 code points of the text, which only the UTF-16 reading allows.
    auto read = [](const QString &name) {
        QFile f(QStringLiteral(DYAD_TEST_DATA_DIR "/refi/nvivo/") + name);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        return f.readAll();
    };
    auto r = importArchive({{QStringLiteral("project.qde"), read(QStringLiteral("project.qde"))},
                            {QStringLiteral("Sources/7E3F9C00-2222-4B4B-9C9C-000000000001.txt"), read(QStringLiteral("source-a.txt"))}},
                           QStringLiteral("nvivo.dyad"));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_TRUE(mentions(r->adjustments, QStringLiteral("UTF-16")));
    EXPECT_TRUE(mentions(r->adjustments, QStringLiteral("isCodable")));
    EXPECT_TRUE(r->skipped.isEmpty()) << r->skipped.join(QLatin1Char('\n')).toStdString();
    auto p = openProject(path(QStringLiteral("nvivo.dyad")));
    ASSERT_TRUE(p.ok());
    const Record rec = *(*p)->record(QUuid::fromString(QStringLiteral("7e3f9c00-2222-4b4b-9c9c-000000000001")));
    std::map<QString, Span> byQuote;
    for (const Coding &c : (*p)->codings())
        byQuote[codePointSlice(rec.text, c.span.start, c.span.end)] = c.span;
    EXPECT_EQ(byQuote[QStringLiteral("费用")], (Span{24, 26}));
    EXPECT_EQ(byQuote[QStringLiteral("障碍。")], (Span{27, 30}));
    EXPECT_EQ((*p)->reviewers().size(), 2u); // Mei and Consensus
}

namespace {

QByteArray readNvivo12(const QString &name)
{
    QFile f(QStringLiteral(DYAD_TEST_DATA_DIR "/refi/nvivo12/") + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return f.readAll();
}

const QString kNvivoA = QStringLiteral("5C1E0A2B-7D44-4E1F-9A10-0B7C3E5D2A01");
const QString kNvivoB = QStringLiteral("5C1E0A2B-7D44-4E1F-9A10-0B7C3E5D2A02");

/** A project document that names its writer, with one source and the given selections. */
QByteArray qdeFrom(const QString &origin, const QString &selections)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                          "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Origin\"%1>\n"
                          " <Users><User guid=\"%2\" name=\"Nora\"/></Users>\n"
                          " <CodeBook><Codes><Code guid=\"%3\" name=\"Hope\" isCodable=\"true\"/></Codes></CodeBook>\n"
                          " <Sources><TextSource guid=\"%4\" name=\"Interview\" plainTextPath=\"internal://%4.txt\">\n%5\n"
                          " </TextSource></Sources>\n</Project>\n")
        .arg(origin.isNull() ? QString() : QStringLiteral(" origin=\"%1\"").arg(origin), QString::fromLatin1(kUser),
             QString::fromLatin1(kCode), QString::fromLatin1(kSource), selections)
        .toUtf8();
}

} // namespace

TEST_F(RefiImportTest, NvivoProjectWithEmojiCrlfAndEmptyNamesLandsOnTheCodedWords)
{
    // tests/data/refi/nvivo12 is written the way NVivo 12.6 for Windows writes an export:
    // UTF-8 with a BOM, CRLF, an emoji before most selections, name="" on every selection,
    // offsets in UTF-16 units over the CRLF text without the BOM. Each coding must cover
    // exactly the words it was made on (found by hand in the two texts).
    auto r = importArchive({{QStringLiteral("project.qde"), readNvivo12(QStringLiteral("project.qde"))},
                            {QStringLiteral("Sources/%1.txt").arg(kNvivoA), readNvivo12(QStringLiteral("Sources/%1.txt").arg(kNvivoA))},
                            {QStringLiteral("Sources/%1.txt").arg(kNvivoB), readNvivo12(QStringLiteral("Sources/%1.txt").arg(kNvivoB))}},
                           QStringLiteral("nvivo12.dyad"));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_TRUE(r->skipped.isEmpty()) << r->skipped.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r->codings, 12);
    const std::map<QString, QString> expected = {
        {QStringLiteral("8E000001-1111-4222-8333-000000000001"), QStringLiteral("How did the first week go?")},
        {QStringLiteral("8E000002-1111-4222-8333-000000000002"), QStringLiteral("hard")},
        {QStringLiteral("8E000003-1111-4222-8333-000000000003"), QStringLiteral("night shifts")},
        {QStringLiteral("8E000004-1111-4222-8333-000000000004"), QStringLiteral("exhausted")},
        {QStringLiteral("8E000005-1111-4222-8333-000000000005"), QStringLiteral("mentor")},
        {QStringLiteral("8E000006-1111-4222-8333-000000000006"), QStringLiteral("helped a lot")},
        {QStringLiteral("8E000007-1111-4222-8333-000000000007"), QStringLiteral("worry")},
        {QStringLiteral("8E000008-1111-4222-8333-000000000008"), QStringLiteral("making mistakes with medication")},
        {QStringLiteral("8E000065-1111-4222-8333-000000000065"), QStringLiteral("workload")},
        {QStringLiteral("8E000066-1111-4222-8333-000000000066"), QStringLiteral("grew after the merger")},
        {QStringLiteral("8E000067-1111-4222-8333-000000000067"), QStringLiteral("团队支持")},
        {QStringLiteral("8E000068-1111-4222-8333-000000000068"), QStringLiteral("stronger by spring")},
    };
    auto p = openProject(path(QStringLiteral("nvivo12.dyad")));
    ASSERT_TRUE(p.ok());
    const auto codings = (*p)->codings();
    ASSERT_EQ(codings.size(), expected.size());
    for (const Coding &c : codings) {
        const Record rec = *(*p)->record(c.recordId);
        EXPECT_FALSE(rec.text.contains(QLatin1Char('\r')));
        const auto want = expected.find(refiGuid(c.id));
        ASSERT_NE(want, expected.end()) << refiGuid(c.id).toStdString();
        EXPECT_EQ(codePointSlice(rec.text, c.span.start, c.span.end), want->second) << refiGuid(c.id).toStdString();
    }
    // The report says which unit each source was read in and why; the evidence agreed with
    // the origin, so there is nothing to warn about.
    ASSERT_EQ(r->offsetUnits.size(), 2) << r->offsetUnits.join(QLatin1Char('\n')).toStdString();
    for (const QString &line : r->offsetUnits) {
        EXPECT_TRUE(line.contains(QStringLiteral("UTF-16 code units, CRLF counted as two"))) << line.toStdString();
        EXPECT_TRUE(line.contains(QStringLiteral("NVivo for Windows 12.6"))) << line.toStdString();
    }
    EXPECT_TRUE(r->offsetUnits[0].contains(QStringLiteral("\"Interview 03\""))) << r->offsetUnits[0].toStdString();
    EXPECT_TRUE(r->offsetUnits[0].contains(QStringLiteral("8 of 8 selections start and end on word boundaries")))
        << r->offsetUnits[0].toStdString();
    EXPECT_TRUE(r->warnings.isEmpty()) << r->warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(RefiImportTest, NvivoSelectionsAlignOnWordsOnlyInUtf16)
{
    // The evidence itself, without the origin: over source A of the fixture, UTF-16 units
    // over the CRLF text put all 8 selections on word boundaries, code points far fewer.
    const DecodedSource text = decodeSourceText(readNvivo12(QStringLiteral("Sources/%1.txt").arg(kNvivoA)));
    ASSERT_TRUE(text.text.startsWith(QStringLiteral("Interviewer:")));
    const SourceOffsets offsets(text.text);
    const std::vector<RawSelection> sel = {{13, 39, {}}, {76, 80, {}}, {86, 98, {}}, {107, 116, {}},
                                           {163, 169, {}}, {173, 185, {}}, {240, 245, {}}, {255, 286, {}}};
    const OffsetDecision d = decideOffsetModel(offsets, sel);
    EXPECT_EQ(d.model, (OffsetModel{true, false}));
    EXPECT_TRUE(d.decisive);
    EXPECT_TRUE(d.clearCut);
    EXPECT_EQ(d.aligned, 8);
    EXPECT_LE(d.alignedOther, 3);
    int cpAligned = 0;
    for (const RawSelection &s : sel)
        cpAligned += offsets.onWordBoundaries({false, false}, s.start, s.end) ? 1 : 0;
    EXPECT_EQ(cpAligned, 1); // only the selection before the first emoji
}

TEST_F(RefiImportTest, OffsetUnitChosenByOriginAloneIsWarnedAbout)
{
    // One selection, "hope" in UTF-16 units; as code points it reads "ope ". One selection is
    // too little evidence, so the NVivo origin decides, and the user is told to check.
    const QByteArray text = QStringLiteral("\U0001F600 hope and more").toUtf8();
    auto r = importArchive({{QStringLiteral("project.qde"), qdeFrom(QStringLiteral("NVivo 14 (Windows)"), selection(3, 7, QString()))},
                            {sourceEntry(), text}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_EQ(r->warnings.size(), 1);
    EXPECT_TRUE(r->warnings[0].contains(QStringLiteral("known to count this way"))) << r->warnings[0].toStdString();
    EXPECT_TRUE(r->warnings[0].contains(QStringLiteral("UTF-16 code units"))) << r->warnings[0].toStdString();
    const auto codings = importedCodings(path(QStringLiteral("hand.dyad")));
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{2, 6})); // "hope"
}

TEST_F(RefiImportTest, OffsetUnitWithoutEvidenceOrOriginIsTheStandardAndWarned)
{
    const QByteArray text = QStringLiteral("\U0001F600 hope and more").toUtf8();
    auto r = importArchive({{QStringLiteral("project.qde"), qdeFrom(QString(), selection(3, 7, QString()))}, {sourceEntry(), text}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_EQ(r->warnings.size(), 1);
    EXPECT_TRUE(r->warnings[0].contains(QStringLiteral("REFI-QDA's unit (code points) was assumed"))) << r->warnings[0].toStdString();
    const auto codings = importedCodings(path(QStringLiteral("hand.dyad")));
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{3, 7}));
}

TEST_F(RefiImportTest, QuotesOverruleTheOriginsHabitWithAWarning)
{
    // A file that says NVivo but whose quotes match code points (a newer or corrected writer).
    const QByteArray text = QStringLiteral("\U00020000 hope and more text").toUtf8();
    auto r = importArchive({{QStringLiteral("project.qde"), qdeFrom(QStringLiteral("NVivo 15"), selection(2, 6, QStringLiteral("hope")))},
                            {sourceEntry(), text}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    const auto codings = importedCodings(path(QStringLiteral("hand.dyad")));
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{2, 6}));
    ASSERT_EQ(r->warnings.size(), 1);
    EXPECT_TRUE(r->warnings[0].contains(QStringLiteral("not how the writing application is known to count")))
        << r->warnings[0].toStdString();
}

TEST_F(RefiImportTest, AtlasTiCountsALineBreakAsOne)
{
    // "Line one\r\nHope here": ATLAS.ti counts the line break once, so "Hope" is [9, 13).
    // With one selection the origin decides (the CRLF-as-two reading would be "\nHop").
    auto r = importArchive({{QStringLiteral("project.qde"), qdeFrom(QStringLiteral("ATLAS.ti 23.0.8"), selection(9, 13, QString()))},
                            {sourceEntry(), QByteArray("Line one\r\nHope here")}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    const auto codings = importedCodings(path(QStringLiteral("hand.dyad")));
    ASSERT_EQ(codings.size(), 1u);
    EXPECT_EQ(codings[0].span, (Span{9, 13}));
    ASSERT_EQ(r->offsetUnits.size(), 1);
    EXPECT_TRUE(r->offsetUnits[0].contains(QStringLiteral("a line break counted as one"))) << r->offsetUnits[0].toStdString();
}

TEST_F(RefiImportTest, QualCoderExportWithBarePathsAndDescriptionMemos)
{
    // tests/data/refi/qualcoder is shaped like a QualCoder 1.3.2 export: plainTextPath without
    // "internal://" (the file is in sources/), coding memos only in the selection's Description.
    auto read = [](const QString &name) {
        QFile f(QStringLiteral(DYAD_TEST_DATA_DIR "/refi/qualcoder/") + name);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        return f.readAll();
    };
    const QString src = QStringLiteral("sources/B0C3D5E7-1F2A-4B6C-8D9E-0A1B2C3D4E5F.txt");
    auto r = importArchive({{QStringLiteral("project.qde"), read(QStringLiteral("project.qde"))}, {src, read(src)}},
                           QStringLiteral("qc.dyad"));
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_TRUE(r->skipped.isEmpty()) << r->skipped.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(r->codings, 3);
    ASSERT_EQ(r->warnings.size(), 1);
    EXPECT_TRUE(r->warnings[0].contains(QStringLiteral("without \"internal://\""))) << r->warnings[0].toStdString();
    auto p = openProject(path(QStringLiteral("qc.dyad")));
    ASSERT_TRUE(p.ok());
    std::map<QString, std::pair<QString, QString>> byGuid; // coding -> (quote, memo)
    for (const Coding &c : (*p)->codings()) {
        const Record rec = *(*p)->record(c.recordId);
        byGuid[refiGuid(c.id)] = {codePointSlice(rec.text, c.span.start, c.span.end), c.memo};
    }
    EXPECT_EQ(byGuid[QStringLiteral("0E1F2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A11")],
              std::make_pair(QStringLiteral("the new rota was fair"), QStringLiteral("Only the day staff said this.")));
    EXPECT_EQ(byGuid[QStringLiteral("0E1F2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A12")],
              std::make_pair(QStringLiteral("felt unheard"), QStringLiteral("Compare with the night shift interviews.")));
    EXPECT_EQ(byGuid[QStringLiteral("0E1F2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A13")],
              std::make_pair(QStringLiteral("a review in spring"), QString()));
}

TEST_F(RefiImportTest, ExternalPathNotInTheArchiveIsStillReportedAsExternal)
{
    // A plainTextPath that names no file of the archive stays "not imported", not guessed.
    QByteArray xml = qde(selection(0, 4));
    xml.replace("internal://11111111-2222-3333-4444-555555555555.txt", "absolute:///home/ann/interview.txt");
    auto r = importArchive({{QStringLiteral("project.qde"), xml}, {sourceEntry(), QByteArray("Hope remains.")}});
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->sources, 0);
    EXPECT_TRUE(mentions(r->skipped, QStringLiteral("refers to an external file (absolute:///home/ann/interview.txt)")))
        << r->skipped.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(r->warnings.isEmpty());
}

TEST_F(RefiImportTest, TitlesWithSlashesSurviveTheSafeSourceName)
{
    Record rec;
    rec.title = QStringLiteral("Pain/relief after surgery: what helps?");
    rec.text = QStringLiteral("Patients valued honest answers.");
    const QUuid id = project->addRecords({rec}).value().front();
    auto p = roundTrip();
    ASSERT_TRUE(p);
    EXPECT_EQ(p->record(id)->title, rec.title);
}

TEST(RefiSourceText, OffsetsOverTextThatNfcComposesLandOnTheSameWords)
{
    // "cafe" + U+0301 (decomposed é) five times in a long text: NFC composes each pair into
    // one character, so every later offset moves back by one per pair before it. The words
    // after the third and fifth pair must still be found exactly (offsets counted in the
    // file's code points, as the standard says).
    QString file;
    for (int i = 0; i < 5; ++i)
        file += QStringLiteral("The cafe\u0301 number %1 opened early and served the night shift well. ").arg(i);
    file += QStringLiteral("Nurses came back.");
    const SourceOffsets o(file);
    const QString stored = o.storedText();
    ASSERT_EQ(codePointCount(stored), codePointCount(file) - 5);
    for (const QString &word : {QStringLiteral("number 2"), QStringLiteral("number 4"), QStringLiteral("Nurses")}) {
        const qsizetype at = file.indexOf(word); // BMP only: UTF-16 index = code point
        const auto span = o.map({false, false}, at, at + word.size());
        ASSERT_TRUE(span.has_value()) << word.toStdString();
        EXPECT_EQ(codePointSlice(stored, span->start, span->end), word);
    }
    // A selection of the decomposed word itself maps onto the composed one.
    const qsizetype cafe = file.indexOf(QStringLiteral("cafe\u0301"), 200);
    const auto span = o.map({false, false}, cafe, cafe + 5);
    ASSERT_TRUE(span.has_value());
    EXPECT_EQ(codePointSlice(stored, span->start, span->end), QStringLiteral("café"));
}
