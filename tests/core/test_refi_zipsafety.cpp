#include "export_fixture.h"

#include "core/io/refi/refiexport.h"
#include "core/io/refi/refiimport.h"
#include "core/io/refi/safezip.h"

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

struct ZipSafetyTest : dyad::testing::CodedProjectFixture
{
    QString zipWith(const std::vector<std::pair<QString, QByteArray>> &entries)
    {
        const QString file = path(QStringLiteral("evil-%1.qdpx").arg(++m_n));
        EXPECT_TRUE(writeZipArchive(file, entries).ok());
        return file;
    }

    /** Imports and checks that nothing was created. */
    QString refusedImport(const QString &qdpx)
    {
        const QString target = path(QStringLiteral("target.dyad"));
        auto r = importQdpx(qdpx, target);
        EXPECT_FALSE(r.ok());
        EXPECT_FALSE(QFile::exists(target));
        EXPECT_FALSE(QFile::exists(target + QStringLiteral(".importing")));
        return r ? QString() : r.error();
    }

    int m_n = 0;
};

const QByteArray kQde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>";

} // namespace

TEST_F(ZipSafetyTest, PathTraversalIsRefused)
{
    for (const QString &bad : {QStringLiteral("../evil.txt"), QStringLiteral("sources/../../evil.txt"),
                               QStringLiteral("..\\evil.txt"), QStringLiteral("/etc/evil"), QStringLiteral("C:/evil.txt")}) {
        const QString msg = refusedImport(zipWith({{QStringLiteral("project.qde"), kQde}, {bad, QByteArray("x")}}));
        EXPECT_TRUE(msg.contains(QStringLiteral("refused"))) << bad.toStdString() << ": " << msg.toStdString();
    }
    QString why;
    EXPECT_TRUE(isSafeEntryName(QStringLiteral("sources/a..b.txt"), &why)); // dots inside a name are fine
}

TEST_F(ZipSafetyTest, NotAZipOrTruncatedIsRefusedWithAClearMessage)
{
    QFile f(path(QStringLiteral("garbage.qdpx")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a zip archive at all");
    f.close();
    EXPECT_TRUE(refusedImport(path(QStringLiteral("garbage.qdpx"))).contains(QStringLiteral("not a zip")));

    ASSERT_TRUE(exportQdpx(*project, path(QStringLiteral("good.qdpx"))).ok());
    QFile good(path(QStringLiteral("good.qdpx")));
    ASSERT_TRUE(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    QFile cut(path(QStringLiteral("cut.qdpx")));
    ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() / 2));
    cut.close();
    EXPECT_FALSE(refusedImport(path(QStringLiteral("cut.qdpx"))).isEmpty());
}

TEST_F(ZipSafetyTest, ArchiveWithoutProjectDocumentIsRefused)
{
    const QString msg = refusedImport(zipWith({{QStringLiteral("readme.txt"), QByteArray("hello")}}));
    EXPECT_TRUE(msg.contains(QStringLiteral(".qde"))) << msg.toStdString();
}

TEST_F(ZipSafetyTest, CompressionBombIsRefused)
{
    // 4 MB of zeros deflates to a few kilobytes: a ratio far beyond any real source.
    const QString msg = refusedImport(zipWith({{QStringLiteral("project.qde"), kQde},
                                               {QStringLiteral("sources/bomb.txt"), QByteArray(4 * 1024 * 1024, '\0')}}));
    EXPECT_TRUE(msg.contains(QStringLiteral("zip bomb"))) << msg.toStdString();
}

TEST_F(ZipSafetyTest, EntryCountAndSizeLimitsApply)
{
    const QString file = zipWith({{QStringLiteral("a.txt"), QByteArray(3000, 'a')},
                                  {QStringLiteral("b.txt"), QByteArray(3000, 'b')},
                                  {QStringLiteral("c.txt"), QByteArray(10, 'c')}});
    ZipLimits few;
    few.maxEntries = 2;
    auto r1 = SafeZip::open(file, few);
    ASSERT_FALSE(r1.ok());
    EXPECT_TRUE(r1.error().contains(QStringLiteral("3 entries")));
    ZipLimits small;
    small.maxEntryUncompressed = 2000;
    auto r2 = SafeZip::open(file, small);
    ASSERT_FALSE(r2.ok());
    EXPECT_TRUE(r2.error().contains(QStringLiteral("a.txt")));
    ZipLimits total;
    total.maxTotalUncompressed = 5000;
    auto r3 = SafeZip::open(file, total);
    ASSERT_FALSE(r3.ok());
    EXPECT_TRUE(r3.error().contains(QStringLiteral("in total")));
    auto ok = SafeZip::open(file);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ((*ok)->read(QStringLiteral("c.txt")).value(), QByteArray(10, 'c'));
}

TEST_F(ZipSafetyTest, RefusedCodebookImportLeavesTheProjectUnchanged)
{
    // A .qdc with an external entity: refused before anything is written.
    QFile f(path(QStringLiteral("xxe.qdc")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
            "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE\" "
            "name=\"&e;\" isCodable=\"true\"/></Codes></CodeBook>");
    f.close();
    const auto codes = project->allCodes().size();
    auto r = importQdc(*project, path(QStringLiteral("xxe.qdc")));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QStringLiteral("DTD")));
    EXPECT_EQ(project->allCodes().size(), codes);
}
