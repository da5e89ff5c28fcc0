#include "export_fixture.h"

#include "core/io/refi/refiexport.h"
#include "core/io/refi/refiformat.h"
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
    auto empty = Project::create(path(QStringLiteral("empty.dyad")));
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
