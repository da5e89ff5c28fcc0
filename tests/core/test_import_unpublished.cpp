// A .qdpx import builds its new file the fast way (no journal sync, indexes built after the
// load: core/db/sqliteunpublishedload.h) because nobody sees the file until it is complete.
// What a user must not notice: the file it publishes is an ordinary project, with the same
// indexes and journal as one made by "New project", and a batch that fails on the way leaves
// the project as it was.

#include "export_fixture.h"

#include "core/db/database.h"
#include "core/io/refi/refiexport.h"
#include "core/io/refi/refiimport.h"

using namespace dyad::core;
using namespace dyad::core::io;

namespace {

using UnpublishedImportTest = dyad::testing::CodedProjectFixture;

/** Every index of the file (name and definition, a line each), read through a connection of its own. */
std::string indexesOf(const QString &file)
{
    auto db = db::Database::open(file, db::OpenMode::ReadOnly);
    if (!db)
        return db.error().toStdString();
    auto s = db->prepare("SELECT name, coalesce(sql, '') FROM sqlite_schema WHERE type = 'index' ORDER BY name");
    QStringList out;
    while (s && s->step() == db::Step::Row)
        out << s->text(0) + QStringLiteral(": ") + s->text(1);
    return out.join(QLatin1Char('\n')).toStdString();
}

/** The journal mode the file's header records, as a new connection finds it. */
std::string journalModeOf(const QString &file)
{
    auto db = db::Database::open(file, db::OpenMode::ReadOnly);
    if (!db)
        return db.error().toStdString();
    auto s = db->prepare("PRAGMA journal_mode");
    return s && s->step() == db::Step::Row ? s->text(0).toStdString() : std::string();
}

} // namespace

TEST_F(UnpublishedImportTest, TheImportedFileHasEveryIndexAndTheJournalOfANewProject)
{
    const QString qdpx = path(QStringLiteral("trust.qdpx"));
    ASSERT_TRUE(exportQdpx(*project, qdpx).ok());
    const QString imported = path(QStringLiteral("imported.dyad"));
    auto report = importQdpx(qdpx, imported);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    auto fresh = createProject(path(QStringLiteral("fresh.dyad")));
    ASSERT_TRUE(fresh.ok()) << fresh.error().toStdString();
    fresh->reset();

    // The import dropped the codings' indexes while it loaded: all are back, as defined.
    const std::string indexes = indexesOf(imported);
    EXPECT_EQ(indexes, indexesOf(path(QStringLiteral("fresh.dyad"))));
    EXPECT_NE(indexes.find("codings_record: CREATE INDEX codings_record ON codings (record_id, reviewer_id)\n"),
              std::string::npos)
        << indexes;
    // Written without a journal, published in write-ahead logging like every project
    // (docs/schema.md: the GUI and dyad-cli share a file through the WAL).
    EXPECT_EQ(journalModeOf(imported), "wal");

    auto opened = openProject(imported);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_TRUE((*opened)->check().problems.isEmpty()) << (*opened)->check().problems.join(QLatin1Char('\n')).toStdString();
    // Alice's codings of record 1, found through codings_record, are the ones she made.
    std::vector<Span> spans;
    for (const Coding &c : (*opened)->codings(CodingQuery{r1, alice.id, {}, {}}))
        spans.push_back(c.span);
    std::vector<Span> expected;
    for (const Coding &c : project->codings(CodingQuery{r1, alice.id, {}, {}}))
        expected.push_back(c.span);
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(spans, expected);
}

TEST_F(UnpublishedImportTest, AFailedUnpublishedBatchLeavesTheProjectAsItWas)
{
    const QString file = path(QStringLiteral("new.dyad"));
    auto created = createProject(file);
    ASSERT_TRUE(created.ok()) << created.error().toStdString();
    Project &target = **created;
    const std::string indexesBefore = indexesOf(file);
    const auto auditBefore = target.auditLog().size();

    Record record;
    record.id = QUuid::createUuid();
    record.title = QStringLiteral("Trust");
    record.text = QStringLiteral("Workers build trust."); // 20 code points
    auto failed = target.bulkWrite({QStringLiteral("test.batch"), QStringLiteral("project"), {}, {}},
                                   [&](BulkWriter &w) -> Status {
                                       if (auto s = w.addRecord(record); !s)
                                           return s;
                                       Coding c;
                                       c.recordId = record.id;
                                       c.codeId = QUuid::createUuid(); // no such code
                                       c.reviewerId = target.consensusReviewer().id;
                                       c.span = {0, 7};
                                       return w.addCoding(c);
                                   },
                                   BulkTarget::Unpublished);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().toStdString(), "The code to apply does not exist.");
    EXPECT_FALSE(target.record(record.id).has_value());
    EXPECT_EQ(target.auditLog().size(), auditBefore);
    EXPECT_EQ(indexesOf(file), indexesBefore);
    EXPECT_EQ(journalModeOf(file), "wal");

    // The project goes on as usual: a change is committed and another connection sees it.
    auto added = target.addRecords({record});
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    auto reader = openProject(file, true);
    ASSERT_TRUE(reader.ok()) << reader.error().toStdString();
    EXPECT_EQ((*reader)->recordText(record.id).toStdString(), "Workers build trust.");
}
