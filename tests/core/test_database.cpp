#include "core/db/database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::db;

namespace {

struct DatabaseTest : ::testing::Test
{
    QTemporaryDir dir;
    QString path(const char *name) const { return dir.filePath(QString::fromUtf8(name)); }
};

std::int64_t count(Database &db)
{
    return db.queryInt("SELECT count(*) FROM t").value();
}

} // namespace

TEST_F(DatabaseTest, TransactionRollsBackUnlessCommitted)
{
    auto db = Database::open(path("a.db"), OpenMode::Create);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    ASSERT_TRUE(db->exec("CREATE TABLE t(x INTEGER)").ok());
    {
        auto tx = Transaction::begin(*db);
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(db->exec("INSERT INTO t VALUES (1)").ok());
        // no commit: the destructor rolls back
    }
    EXPECT_EQ(count(*db), 0);
    {
        auto tx = Transaction::begin(*db);
        ASSERT_TRUE(db->exec("INSERT INTO t VALUES (1)").ok());
        ASSERT_TRUE(tx->commit().ok());
    }
    EXPECT_EQ(count(*db), 1);
}

TEST_F(DatabaseTest, NestedTransactionRollsBackOnlyInnerPart)
{
    auto db = Database::open(path("n.db"), OpenMode::Create);
    ASSERT_TRUE(db->exec("CREATE TABLE t(x INTEGER)").ok());
    auto outer = Transaction::begin(*db);
    ASSERT_TRUE(db->exec("INSERT INTO t VALUES (1)").ok());
    {
        auto inner = Transaction::begin(*db);
        ASSERT_TRUE(inner.ok());
        ASSERT_TRUE(db->exec("INSERT INTO t VALUES (2)").ok());
    }
    ASSERT_TRUE(outer->commit().ok());
    EXPECT_EQ(count(*db), 1);
}

TEST_F(DatabaseTest, BoundValuesRoundTripIncludingSupplementaryPlane)
{
    auto db = Database::open(path("b.db"), OpenMode::Create);
    ASSERT_TRUE(db->exec("CREATE TABLE t(s TEXT, i INTEGER, r REAL, n TEXT)").ok());
    const QString value = QStringLiteral("合作 \U00020000 🙂 O'Brien; DROP TABLE t");
    auto insert = db->prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4)");
    ASSERT_TRUE(insert.ok());
    insert->bind(1, value).bind(2, std::int64_t{1} << 40).bind(3, 0.25).bind(4, QString());
    ASSERT_TRUE(insert->run().ok());
    auto select = db->prepare("SELECT s, i, r, n FROM t");
    ASSERT_EQ(select->step(), Step::Row);
    EXPECT_EQ(select->text(0), value);
    EXPECT_EQ(select->int64(1), std::int64_t{1} << 40);
    EXPECT_DOUBLE_EQ(select->real(2), 0.25);
    EXPECT_TRUE(select->isNull(3));
}

TEST_F(DatabaseTest, OpeningGarbageGivesAMessageNotACrash)
{
    QFile f(path("garbage.dyad"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\x5a'));
    f.close();
    auto db = Database::open(f.fileName(), OpenMode::ReadWrite);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("not a Dyad project"))) << db.error().toStdString();
}

TEST_F(DatabaseTest, MissingFileIsReported)
{
    auto db = Database::open(path("nope.dyad"), OpenMode::ReadWrite);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("no such file")));
}

TEST_F(DatabaseTest, ReadOnlyConnectionRefusesWrites)
{
    {
        auto db = Database::open(path("r.db"), OpenMode::Create);
        ASSERT_TRUE(db->exec("CREATE TABLE t(x INTEGER)").ok());
    }
    auto db = Database::open(path("r.db"), OpenMode::ReadOnly);
    ASSERT_TRUE(db.ok());
    EXPECT_FALSE(db->exec("INSERT INTO t VALUES (1)").ok());
    EXPECT_FALSE(Transaction::begin(*db).ok());
}

TEST_F(DatabaseTest, BackupCopiesEverything)
{
    auto db = Database::open(path("src.db"), OpenMode::Create);
    ASSERT_TRUE(db->exec("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1),(2),(3);").ok());
    ASSERT_TRUE(db->backupTo(path("copy.db")).ok());
    auto copy = Database::open(path("copy.db"), OpenMode::ReadOnly);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(count(*copy), 3);
}
