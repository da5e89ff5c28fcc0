// Opening files that are not (or no longer) good Dyad projects: clear messages, no crash,
// and the file is left exactly as it was.
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "core/io/demoproject.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct ProjectFileTest : ::testing::Test
{
    QTemporaryDir dir;
    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }

    QString makeProject(const char *name)
    {
        const QString p = path(name);
        auto project = createProject(p);
        EXPECT_TRUE(project.ok());
        Record r;
        r.title = QStringLiteral("A record");
        r.text = QStringLiteral("A record\n\nWith some text to code.");
        EXPECT_TRUE((*project)->addRecords({r}).ok());
        return p;
    }
};

} // namespace

TEST_F(ProjectFileTest, ASqliteFileOfAnotherApplicationIsRefusedUntouched)
{
    {
        auto db = db::Database::open(path("other.sqlite"), db::OpenMode::Create);
        ASSERT_TRUE(db->exec("CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES ('x');").ok());
    }
    const QByteArray before = digest(path("other.sqlite"));
    auto project = openProject(path("other.sqlite"));
    ASSERT_FALSE(project.ok());
    EXPECT_TRUE(project.error().contains(QStringLiteral("not a Dyad project"))) << project.error().toStdString();
    EXPECT_EQ(digest(path("other.sqlite")), before);
}

TEST_F(ProjectFileTest, AFileFromANewerDyadIsRefusedWithAnUpdateHint)
{
    const QString p = makeProject("newer.dyad");
    {
        auto db = db::Database::open(p, db::OpenMode::ReadWrite);
        const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(db::currentSchemaVersion() + 1);
        ASSERT_TRUE(db->exec(sql.constData()).ok());
    }
    auto project = openProject(p);
    ASSERT_FALSE(project.ok());
    EXPECT_TRUE(project.error().contains(QStringLiteral("newer version of Dyad"))) << project.error().toStdString();
}

TEST_F(ProjectFileTest, ATruncatedFileGivesAMessageNotACrash)
{
    const QString p = makeProject("whole.dyad");
    {
        auto db = db::Database::open(p, db::OpenMode::ReadWrite);
        ASSERT_TRUE(db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    QFile f(p);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const QByteArray head = f.read(1500);
    f.close();
    QFile cut(path("cut.dyad"));
    ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
    cut.write(head);
    cut.close();
    auto project = openProject(cut.fileName());
    if (project.ok()) {
        // SQLite may read the header; then the damage must show in check().
        EXPECT_FALSE((*project)->check().ok());
    } else {
        EXPECT_FALSE(project.error().isEmpty());
    }
}

TEST_F(ProjectFileTest, AnEmptyFileIsNotAProject)
{
    QFile f(path("empty.dyad"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto project = openProject(f.fileName());
    ASSERT_FALSE(project.ok());
    EXPECT_TRUE(project.error().contains(QStringLiteral("not a Dyad project"))) << project.error().toStdString();
    EXPECT_EQ(QFile(f.fileName()).size(), 0) << "the empty file must not be turned into a project";
}

TEST_F(ProjectFileTest, ReadOnlyOpeningNeverWrites)
{
    const QString p = makeProject("ro.dyad");
    {
        auto db = db::Database::open(p, db::OpenMode::ReadWrite);
        ASSERT_TRUE(db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    const QByteArray before = digest(p);
    auto project = openProject(p, true);
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    EXPECT_TRUE((*project)->isReadOnly());
    EXPECT_FALSE((*project)->addReviewer(QStringLiteral("Zed")).ok());
    Code c;
    c.name = QStringLiteral("x");
    auto refused = (*project)->createCode(c);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("read-only"))) << refused.error().toStdString();
    project->reset();
    EXPECT_EQ(digest(p), before);
}

TEST_F(ProjectFileTest, CreatingOverAnExistingFileIsRefused)
{
    const QString p = makeProject("exists.dyad");
    auto again = createProject(p);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("exists"))) << again.error().toStdString();
    EXPECT_TRUE(openProject(p).ok()) << "the existing project is untouched";
}

TEST_F(ProjectFileTest, DemoProjectHasTheAdvertisedMix)
{
    auto demo = buildDemoProject(path("demo.dyad"), QStringLiteral(DYAD_SOURCE_DIR "/resources/demo"));
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    Project &p = **demo;
    EXPECT_EQ(p.recordCount(), 12);
    EXPECT_TRUE(p.check().ok());
    const Reviewer alice = *p.reviewerByName(QStringLiteral("Alice"));
    const Reviewer bob = *p.reviewerByName(QStringLiteral("Bob"));
    EXPECT_GT(p.codings({{}, alice.id, {}, {}}).size(), 30u);
    EXPECT_GT(p.codings({{}, bob.id, {}, {}}).size(), 30u);

    // The record with U+20000: the quote after it starts at a code-point offset one less
    // than its UTF-16 index.
    std::optional<Record> chw;
    for (const RecordSummary &s : p.recordSummaries())
        if (s.title.startsWith(QStringLiteral("社区卫生工作者在慢性病")))
            chw = p.record(s.id);
    ASSERT_TRUE(chw.has_value());
    ASSERT_TRUE(chw->text.contains(QStringLiteral("\U00020000")));
    const QString quote = QStringLiteral("社区卫生工作者通过入户随访与居民建立了信任关系");
    const qsizetype utf16 = chw->text.indexOf(quote);
    const auto onRecord = p.codings({chw->id, alice.id, {}, {}});
    ASSERT_FALSE(onRecord.empty());
    EXPECT_EQ(onRecord.front().span, (Span{utf16 - 1, utf16 - 1 + quote.size()}));

    // Bob has not finished R12 in the independent "Main" round: Alice cannot see his codings there.
    std::optional<QUuid> r12;
    for (const RecordSummary &s : p.recordSummaries())
        if (s.title.startsWith(QStringLiteral("Sustaining a cross-sector")))
            r12 = s.id;
    ASSERT_TRUE(r12.has_value());
    for (const Coding &c : p.codingsForRecord(*r12, alice.id))
        EXPECT_EQ(c.reviewerId, alice.id);
}
