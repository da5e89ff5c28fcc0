#include "export_fixture.h"
#include "core/open/open.h"

#include "core/io/refi/refiexport.h"
#include "core/io/refi/refiformat.h"
#include "core/io/refi/refiimport.h"
#include "core/io/refi/safezip.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

struct RefiExportTest : dyad::testing::CodedProjectFixture
{
    QString projectXsd() const { return dyad::testing::refiDir() + QStringLiteral("/Project.xsd"); }
    QString codebookXsd() const { return dyad::testing::refiDir() + QStringLiteral("/Codebook.xsd"); }

    QByteArray qdeFromArchive(const QString &qdpx)
    {
        auto zip = SafeZip::open(qdpx);
        EXPECT_TRUE(zip.ok()) << zip.error().toStdString();
        if (!zip)
            return {};
        auto bytes = (*zip)->read(QStringLiteral("project.qde"));
        EXPECT_TRUE(bytes.ok());
        return bytes ? *bytes : QByteArray();
    }
};

} // namespace

TEST_F(RefiExportTest, QdcValidatesAgainstTheCodebookSchema)
{
    DYAD_REQUIRE_REFI_SCHEMAS("the exported .qdc is valid against Codebook.xsd and invalid against Project.xsd");
    const QString out = path(QStringLiteral("codebook.qdc"));
    auto r = exportQdc(*project, out);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->codes, 5);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    EXPECT_EQ(dyad::testing::xsdProblems(xml, codebookXsd(), dir.path()), std::string());
    // The standard's example and our own schema copy use the project schema too: a wrong
    // root must fail validation, which shows the check can fail.
    EXPECT_NE(dyad::testing::xsdProblems(xml, projectXsd(), dir.path()), std::string());
}

TEST_F(RefiExportTest, QdpxProjectDocumentValidatesAgainstTheProjectSchema)
{
    DYAD_REQUIRE_REFI_SCHEMAS("the project.qde of an exported .qdpx is valid against Project.xsd and Project-mrt2019.xsd");
    const QString out = path(QStringLiteral("project.qdpx"));
    auto r = exportQdpx(*project, out);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    EXPECT_EQ(r->sources, 3);
    EXPECT_EQ(r->codings, 5);
    EXPECT_EQ(r->users, 4); // Alice, Bob, Lena and Consensus
    const QByteArray qde = qdeFromArchive(out);
    ASSERT_FALSE(qde.isEmpty());
    EXPECT_EQ(dyad::testing::xsdProblems(qde, projectXsd(), dir.path()), std::string());
    EXPECT_EQ(dyad::testing::xsdProblems(qde, dyad::testing::refiDir() + QStringLiteral("/Project-mrt2019.xsd"), dir.path()), std::string());
}

TEST_F(RefiExportTest, ArchiveHoldsOneUtf8SourcePerRecordWithoutBom)
{
    const QString out = path(QStringLiteral("project.qdpx"));
    ASSERT_TRUE(exportQdpx(*project, out).ok());
    auto zip = SafeZip::open(out);
    ASSERT_TRUE(zip.ok());
    const QString name = QStringLiteral("sources/%1.txt").arg(refiGuid(r2));
    ASSERT_TRUE((*zip)->entries().contains(name)) << (*zip)->entries().join(QLatin1Char(' ')).toStdString();
    const QByteArray bytes = (*zip)->read(name).value();
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(QString::fromUtf8(bytes), cjkText());
    const QByteArray r1bytes = (*zip)->read(QStringLiteral("sources/%1.txt").arg(refiGuid(r1))).value();
    EXPECT_FALSE(r1bytes.contains('\r'));
    EXPECT_TRUE(r1bytes.contains('\n'));
}

TEST_F(RefiExportTest, GuidsAreDyadUuidsInUpperCaseAndStableAcrossExports)
{
    const QByteArray first = projectQdeXml(*project);
    const QByteArray second = projectQdeXml(*project);
    auto strip = [](QByteArray x) {
        // creationDateTime of the project element is the time of export; all else must agree.
        return QString::fromUtf8(x).remove(QRegularExpression(QStringLiteral("<Project [^>]*>")));
    };
    EXPECT_EQ(strip(first), strip(second));
    const QString xml = QString::fromUtf8(first);
    EXPECT_TRUE(xml.contains(QStringLiteral("guid=\"%1\"").arg(refiGuid(mutualTrust.id))));
    EXPECT_TRUE(xml.contains(QStringLiteral("guid=\"%1\"").arg(refiGuid(a1.id))));
    EXPECT_TRUE(xml.contains(QStringLiteral("plainTextPath=\"internal://%1.txt\"").arg(refiGuid(r1))));
    EXPECT_TRUE(xml.contains(QStringLiteral("<User guid=\"%1\" name=\"Consensus\"/>").arg(refiGuid(consensus.id))));
    EXPECT_EQ(refiGuid(r1), uuidText(r1).toUpper());
    EXPECT_FALSE(xml.contains(uuidText(r1))); // never the lower-case form
}

TEST_F(RefiExportTest, SelectionsAreInCodePointsWithTheirUserAndMemo)
{
    QXmlStreamReader xml(projectQdeXml(*project));
    bool found = false;
    QString noteRef;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("PlainTextSelection")
            && xml.attributes().value(QLatin1String("creatingUser")) == refiGuid(alice.id)
            && xml.attributes().value(QLatin1String("name")) == QStringLiteral("\U0001F600 社区 \U00020000")) {
            found = true;
            EXPECT_EQ(xml.attributes().value(QLatin1String("startPosition")).toInt(), 5);
            EXPECT_EQ(xml.attributes().value(QLatin1String("endPosition")).toInt(), 11); // 8 in UTF-16 would be wrong
            while (!(xml.isEndElement() && xml.name() == QLatin1String("PlainTextSelection"))) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("Coding")) {
                    EXPECT_EQ(xml.attributes().value(QLatin1String("creatingUser")), refiGuid(alice.id));
                } else if (xml.name() == QLatin1String("CodeRef")) {
                    EXPECT_EQ(xml.attributes().value(QLatin1String("targetGUID")), refiGuid(trust.id));
                } else if (xml.name() == QLatin1String("NoteRef")) {
                    noteRef = xml.attributes().value(QLatin1String("targetGUID")).toString();
                }
            }
        }
        if (xml.isStartElement() && xml.name() == QLatin1String("Note")
            && xml.attributes().value(QLatin1String("guid")) == noteRef && !noteRef.isEmpty()) {
            xml.readNextStartElement();
            EXPECT_EQ(xml.readElementText(), QStringLiteral("emoji → 𠀀"));
            noteRef = QStringLiteral("seen");
        }
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(noteRef, QStringLiteral("seen"));
}

TEST_F(RefiExportTest, CodeDescriptionCarriesDefinitionUseWhenAndExample)
{
    const QString xml = QString::fromUtf8(codebookQdcXml(*project));
    EXPECT_TRUE(xml.contains(QStringLiteral("<Description>Trust that runs both ways between workers and families.\n\n"
                                            "Use when: Both sides are said to trust each other.\n\n"
                                            "Do not use when: Only one side trusts.\n\n"
                                            "Example: &quot;they trusted us and we trusted them&quot;</Description>")))
        << xml.toStdString();
    EXPECT_TRUE(xml.contains(QStringLiteral("color=\"#AA2244\"")));
}

TEST_F(RefiExportTest, EmptyCodebookIsRefusedRatherThanWrittenInvalid)
{
    auto empty = createProject(path(QStringLiteral("empty.dyad")));
    ASSERT_TRUE(empty.ok());
    auto r = exportQdc(**empty, path(QStringLiteral("empty.qdc")));
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("empty.qdc"))));
}

TEST_F(RefiExportTest, ControlCharactersInTextsStillGiveValidXml)
{
    DYAD_REQUIRE_REFI_SCHEMAS("a project whose title and text hold control characters exports as valid Project.xsd XML");
    Record r;
    r.title = QStringLiteral("Form\x0C" "feed title");
    r.text = QStringLiteral("Vertical\x0Btab in an abstract.");
    const QUuid id = project->addRecords({r}).value().front();
    project->setActor(alice.id);
    Coding c;
    c.recordId = id;
    c.codeId = cost.id;
    c.span = {0, 12};
    ASSERT_TRUE(project->addCoding(c).ok());
    EXPECT_EQ(dyad::testing::xsdProblems(projectQdeXml(*project), projectXsd(), dir.path()), std::string());
}

namespace {

/** The attributes and Description of the PlainTextSelection whose Coding has GUID `coding`. */
struct SelectionSeen
{
    qint64 start = -1, end = -1;
    QString description;
};

SelectionSeen selectionOf(const QByteArray &qde, const QUuid &coding)
{
    QXmlStreamReader xml(qde);
    SelectionSeen current, found;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("PlainTextSelection")) {
            current = {};
            current.start = xml.attributes().value(QLatin1String("startPosition")).toLongLong();
            current.end = xml.attributes().value(QLatin1String("endPosition")).toLongLong();
        } else if (xml.name() == QLatin1String("Description")) {
            current.description = xml.readElementText();
        } else if (xml.name() == QLatin1String("Coding") && xml.attributes().value(QLatin1String("guid")) == refiGuid(coding)) {
            found = current;
        }
    }
    return found;
}

} // namespace

TEST_F(RefiExportTest, CodingMemoIsAlsoTheSelectionDescriptionForQualCoder)
{
    const QByteArray qde = projectQdeXml(*project);
    EXPECT_EQ(selectionOf(qde, a1.id).description, QStringLiteral("clear case"));
    EXPECT_EQ(selectionOf(qde, a2.id).description, QString()); // no memo, no Description
    EXPECT_EQ(selectionOf(qde, a2.id).start, 52);
}

TEST_F(RefiExportTest, NvivoOffsetsOptionWritesUtf16UnitsAndTheDefaultWarns)
{
    // Record 2 is "患者信任 😀 社区 𠀀 workers trust."; a3 covers "😀 社区 𠀀": code points
    // [5, 11), UTF-16 units [5, 13) (😀 and 𠀀 take two units each).
    ExportReport standard;
    EXPECT_EQ(selectionOf(projectQdeXml(*project, &standard), a3.id).end, 11);
    ASSERT_EQ(standard.warnings.size(), 1);
    EXPECT_TRUE(standard.warnings[0].contains(QStringLiteral("outside the Basic Multilingual Plane"))) << standard.warnings[0].toStdString();
    EXPECT_TRUE(standard.warnings[0].contains(QStringLiteral("\"社区卫生工作者\""))) << standard.warnings[0].toStdString();
    EXPECT_TRUE(standard.warnings[0].contains(QStringLiteral("--offsets utf16")));

    ExportReport nvivo;
    QdpxOptions options;
    options.utf16Offsets = true;
    const SelectionSeen s = selectionOf(projectQdeXml(*project, &nvivo, options), a3.id);
    EXPECT_EQ(s.start, 5);
    EXPECT_EQ(s.end, 13);
    EXPECT_EQ(selectionOf(projectQdeXml(*project, nullptr, options), a1.id).end, 36); // BMP-only text: unchanged
    ASSERT_EQ(nvivo.warnings.size(), 1);
    EXPECT_TRUE(nvivo.warnings[0].contains(QStringLiteral("UTF-16 units for NVivo")));
}

TEST_F(RefiExportTest, NvivoOffsetsComeBackOntoTheSamePassages)
{
    const QString out = path(QStringLiteral("nvivo.qdpx"));
    QdpxOptions options;
    options.utf16Offsets = true;
    ASSERT_TRUE(exportQdpx(*project, out, options).ok());
    auto im = importQdpx(out, path(QStringLiteral("back.dyad")));
    ASSERT_TRUE(im.ok()) << im.error().toStdString();
    auto copy = openProject(path(QStringLiteral("back.dyad")));
    ASSERT_TRUE(copy.ok());
    std::map<QUuid, Span> spans;
    for (const Coding &c : (*copy)->codings())
        spans[c.id] = c.span;
    EXPECT_EQ(spans[a3.id], (Span{5, 11}));
    EXPECT_EQ(spans[a1.id], (Span{25, 36}));
}

TEST_F(RefiExportTest, SourceNamesAreSafeFileNames)
{
    // QualCoder copies each source to "<name>.txt": a "/" in a title made that fail.
    EXPECT_EQ(refiSourceName(QStringLiteral("Pain/relief after surgery: what helps?"), QString()),
              QStringLiteral("Pain-relief after surgery - what helps"));
    EXPECT_EQ(refiSourceName(QStringLiteral("  A\\B <c> | \"d\"*. "), QString()), QStringLiteral("A-B c - 'd'"));
    EXPECT_EQ(refiSourceName(QString(), QStringLiteral("Text only")), QStringLiteral("Text only"));
    EXPECT_EQ(refiSourceName(QStringLiteral("..."), QString()), QStringLiteral("Untitled record"));
    EXPECT_EQ(refiSourceName(QString(200, u'x'), QString()).size(), 120);

    Record r;
    r.title = QStringLiteral("Nurses/doctors: who decides?");
    r.text = QStringLiteral("Shared decisions were rare.");
    project->addRecords({r}).value();
    ExportReport rep;
    const QString xml = QString::fromUtf8(projectQdeXml(*project, &rep));
    EXPECT_TRUE(xml.contains(QStringLiteral("name=\"Nurses-doctors - who decides\"")));
    EXPECT_TRUE(xml.contains(QStringLiteral("<TextValue>Nurses/doctors: who decides?</TextValue>")));
    EXPECT_TRUE(std::any_of(rep.warnings.begin(), rep.warnings.end(),
                            [](const QString &w) { return w.contains(QStringLiteral("\"Nurses/doctors: who decides?\"")); }));
}
