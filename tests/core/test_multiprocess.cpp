// One project file, several processes (DESIGN "Storage and team mode"): the GUI keeps a
// Project open while dyad-cli writes. Every test here runs the real dyad-cli beside the test
// process; the test process plays the long-lived session or holds the write lock.
#include "clirun.h"

#include "core/db/database.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>

using namespace dyad::core;
using dyad::test::cli;
using dyad::test::cliPath;
using dyad::test::CliRun;

namespace {

/** Starts a shell loop; `script` sees the CLI as "$CLI" and the project as "$P". */
std::unique_ptr<QProcess> startLoop(const QString &script, const QString &projectPath)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLI"), cliPath());
    env.insert(QStringLiteral("P"), projectPath);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    return p;
}

struct MultiProcessTest : ::testing::Test
{
    QTemporaryDir dir;
    QString path;
    QUuid recordId, codeId;
    Reviewer alice, bob;
    qint64 textLength = 0;

    void SetUp() override
    {
        if (cliPath().isEmpty())
            GTEST_SKIP() << "dyad-cli was not built, so the two-process checks cannot run";
        path = dir.filePath(QStringLiteral("shared.dyad"));
        auto project = createProject(path, QStringLiteral("Shared"));
        ASSERT_TRUE(project.ok()) << project.error().toStdString();
        Record r;
        r.title = QStringLiteral("Long abstract");
        r.text = QString(500, QLatin1Char('a'));
        textLength = r.text.size();
        recordId = (*project)->addRecords({r}).value().front();
        alice = (*project)->addReviewer(QStringLiteral("Alice")).value();
        bob = (*project)->addReviewer(QStringLiteral("Bob")).value();
        Code c;
        c.name = QStringLiteral("Barrier");
        codeId = (*project)->createCode(c).value().id;
    }

    qint64 codingCount()
    {
        auto project = openProject(path, true);
        EXPECT_TRUE(project.ok());
        return project ? static_cast<qint64>((*project)->codings().size()) : -1;
    }

    QStringList projectCheck()
    {
        auto project = openProject(path, true);
        EXPECT_TRUE(project.ok());
        return project ? (*project)->check().problems : QStringList{QStringLiteral("cannot open")};
    }
};

} // namespace

// The tester's finding: two loops of 200 `dyad-cli code` lost 123 of 400 writes to "database
// is locked". Now every write waits its turn, and a reader loop and a long-lived session
// (the GUI) beside them disturb nothing.
TEST_F(MultiProcessTest, TwoWriterLoopsAndReadersLoseNoWrite)
{
    auto session = openProject(path); // kept open and read from, as the GUI does
    ASSERT_TRUE(session.ok());
    const QString writer = QStringLiteral(
        "fails=0; for i in $(seq 0 199); do \"$CLI\" code \"$P\" 1 Barrier $i:$((i+1)) --as %1 >/dev/null "
        "|| fails=$((fails+1)); done; echo $fails");
    auto a = startLoop(writer.arg(QStringLiteral("Alice")), path);
    auto b = startLoop(writer.arg(QStringLiteral("Bob")), path);
    auto reader = startLoop(QStringLiteral("fails=0; while [ ! -e \"$P.stop\" ]; do \"$CLI\" codings \"$P\" >/dev/null "
                                           "|| fails=$((fails+1)); done; echo $fails"),
                            path);
    int sessionReads = 0;
    while (a->state() != QProcess::NotRunning || b->state() != QProcess::NotRunning) {
        // The session's single-row reads used to leave a read transaction open.
        EXPECT_TRUE((*session)->record(recordId));
        EXPECT_TRUE((*session)->code(codeId));
        EXPECT_FALSE((*session)->title().isEmpty());
        EXPECT_EQ((*session)->recordCount(), 1);
        ++sessionReads;
        a->waitForFinished(50);
        b->waitForFinished(50);
    }
    QFile stop(path + QStringLiteral(".stop"));
    ASSERT_TRUE(stop.open(QIODevice::WriteOnly));
    ASSERT_TRUE(reader->waitForFinished(60000));
    EXPECT_EQ(QString::fromUtf8(a->readAllStandardOutput()).trimmed(), QStringLiteral("0")) << "failed writes, Alice";
    EXPECT_EQ(QString::fromUtf8(b->readAllStandardOutput()).trimmed(), QStringLiteral("0")) << "failed writes, Bob";
    EXPECT_EQ(QString::fromUtf8(reader->readAllStandardOutput()).trimmed(), QStringLiteral("0")) << "failed reads";
    EXPECT_GT(sessionReads, 0);
    // The long-lived session sees all of them, and can write after them.
    EXPECT_EQ((*session)->codings().size(), 400u);
    (*session)->setActor(alice.id);
    Coding c;
    c.recordId = recordId;
    c.codeId = codeId;
    c.span = {300, 320};
    EXPECT_TRUE((*session)->addCoding(c).ok());
    session->reset();
    EXPECT_EQ(codingCount(), 401);
    EXPECT_EQ(projectCheck(), QStringList());
}

TEST_F(MultiProcessTest, AWriterHoldingTheLockDelaysACliWriteInsteadOfFailingIt)
{
    auto db = db::Database::open(path, db::OpenMode::ReadWrite);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->exec("BEGIN IMMEDIATE").ok());
    QElapsedTimer timer;
    timer.start();
    QProcess cli;
    cli.start(cliPath(), {QStringLiteral("code"), path, QStringLiteral("1"), QStringLiteral("Barrier"),
                          QStringLiteral("10:20"), QStringLiteral("--as"), QStringLiteral("Alice")});
    ASSERT_TRUE(cli.waitForStarted());
    QThread::msleep(2000);
    EXPECT_EQ(cli.state(), QProcess::Running) << "the write did not wait for the lock";
    ASSERT_TRUE(db->exec("COMMIT").ok());
    ASSERT_TRUE(cli.waitForFinished(10000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    EXPECT_GE(timer.elapsed(), 2000);
    EXPECT_EQ(codingCount(), 1);
}

TEST_F(MultiProcessTest, AWriteThatCannotGetTheLockSaysAnotherProgramIsWriting)
{
    auto db = db::Database::open(path, db::OpenMode::ReadWrite);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->exec("BEGIN IMMEDIATE").ok());
    QElapsedTimer timer;
    timer.start();
    const CliRun r = cli({QStringLiteral("code"), path, QStringLiteral("1"), QStringLiteral("Barrier"),
                          QStringLiteral("10:20"), QStringLiteral("--as"), QStringLiteral("Alice")});
    const qint64 waited = timer.elapsed();
    ASSERT_TRUE(db->exec("ROLLBACK").ok());
    EXPECT_FALSE(r.crashed);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_GE(waited, 4500) << "it gave up before the busy timeout";
    EXPECT_TRUE(r.err.contains(QStringLiteral("Another program is writing to"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was changed"))) << r.err.toStdString();
    EXPECT_EQ(codingCount(), 0);
}

TEST_F(MultiProcessTest, ALongLivedProjectSeesAnotherProcesssWriteAndCanWriteAfterIt)
{
    auto session = openProject(path);
    ASSERT_TRUE(session.ok());
    std::vector<ChangeEvent> events;
    (*session)->addListener([&](const ChangeEvent &e) { events.push_back(e); });
    // Every single-row read the GUI makes when it shows a record.
    ASSERT_TRUE((*session)->record(recordId));
    ASSERT_TRUE((*session)->code(codeId));
    ASSERT_EQ((*session)->recordCount(), 1);
    ASSERT_EQ((*session)->codings().size(), 0u);
    EXPECT_FALSE((*session)->refreshIfChangedElsewhere());

    const CliRun r = cli({QStringLiteral("code"), path, QStringLiteral("1"), QStringLiteral("Barrier"),
                          QStringLiteral("0:9"), QStringLiteral("--as"), QStringLiteral("Bob")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const auto seen = (*session)->codings();
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen.front().span, (Span{0, 9}));
    EXPECT_EQ(seen.front().reviewerId, bob.id);

    // The views are told once, and the session's own writes do not count as "elsewhere".
    EXPECT_TRUE((*session)->refreshIfChangedElsewhere());
    EXPECT_TRUE(std::find(events.begin(), events.end(), ChangeEvent{ChangeEvent::Kind::Reset, {}, {}}) != events.end());
    EXPECT_FALSE((*session)->refreshIfChangedElsewhere());
    (*session)->setActor(alice.id);
    Coding c;
    c.recordId = recordId;
    c.codeId = codeId;
    c.span = {0, 9};
    auto added = (*session)->addCoding(c);
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    EXPECT_FALSE((*session)->refreshIfChangedElsewhere());

    const CliRun listed = cli({QStringLiteral("codings"), path, QStringLiteral("--reviewer"), QStringLiteral("Alice")});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.outText().contains(QStringLiteral("1 coding(s)"))) << listed.outText().toStdString();
}

// A reader that keeps a snapshot stops the WAL from being checkpointed: the tester saw 7.9 MB
// of WAL after 200 writes beside an open GUI.
TEST_F(MultiProcessTest, TheWalIsCheckpointedWhileALongLivedReaderIsOpen)
{
    auto session = openProject(path);
    ASSERT_TRUE(session.ok());
    ASSERT_TRUE((*session)->record(recordId));
    ASSERT_TRUE((*session)->code(codeId));
    ASSERT_FALSE((*session)->title().isEmpty());
    auto writes = startLoop(QStringLiteral("for i in $(seq 0 39); do \"$CLI\" code \"$P\" 1 Barrier $i:$((i+2)) "
                                           "--as Alice >/dev/null || exit 1; done"),
                            path);
    ASSERT_TRUE(writes->waitForFinished(120000));
    ASSERT_EQ(writes->exitCode(), 0) << writes->readAllStandardError().toStdString();
    ASSERT_TRUE((*session)->record(recordId)); // the session reads again and stays open

    auto other = db::Database::open(path, db::OpenMode::ReadWrite);
    ASSERT_TRUE(other.ok());
    auto checkpoint = other->prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    ASSERT_TRUE(checkpoint.ok());
    ASSERT_EQ(checkpoint->step(), db::Step::Row);
    EXPECT_EQ(checkpoint->int64(0), 0) << "the checkpoint was blocked by a reader";
    EXPECT_EQ(checkpoint->int64(1), checkpoint->int64(2)) << "not every WAL frame reached the database";
    checkpoint->reset();
    EXPECT_EQ(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    EXPECT_EQ((*session)->codings().size(), 40u);
}

// The duplicate check runs under the write lock: two processes adding the same coding at
// the same moment add it once.
TEST_F(MultiProcessTest, TwoProcessesAddingTheSameCodingAddItOnce)
{
    auto db = db::Database::open(path, db::OpenMode::ReadWrite);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->exec("BEGIN IMMEDIATE").ok()); // both start and wait behind this writer
    const QStringList args{QStringLiteral("code"), path, QStringLiteral("1"), QStringLiteral("Barrier"),
                           QStringLiteral("40:60"), QStringLiteral("--as"), QStringLiteral("Alice")};
    QProcess first, second;
    first.start(cliPath(), args);
    second.start(cliPath(), args);
    ASSERT_TRUE(first.waitForStarted());
    ASSERT_TRUE(second.waitForStarted());
    QThread::msleep(1500);
    ASSERT_TRUE(db->exec("COMMIT").ok());
    ASSERT_TRUE(first.waitForFinished(15000));
    ASSERT_TRUE(second.waitForFinished(15000));
    const QString errors = QString::fromUtf8(first.readAllStandardError() + second.readAllStandardError());
    EXPECT_EQ(first.exitCode() + second.exitCode(), 1) << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("already carries that code"))) << errors.toStdString();
    EXPECT_EQ(codingCount(), 1);
    EXPECT_EQ(projectCheck(), QStringList());
}

// The same for records: two imports of one file at the same moment import it once.
TEST_F(MultiProcessTest, TwoProcessesImportingTheSameFileAddItsRecordsOnce)
{
    const QString ris = QStringLiteral(DYAD_TEST_DATA_DIR "/import/zotero.ris");
    auto db = db::Database::open(path, db::OpenMode::ReadWrite);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->exec("BEGIN IMMEDIATE").ok());
    QProcess first, second;
    first.start(cliPath(), {QStringLiteral("import"), path, ris});
    second.start(cliPath(), {QStringLiteral("import"), path, ris});
    ASSERT_TRUE(first.waitForStarted());
    ASSERT_TRUE(second.waitForStarted());
    QThread::msleep(1500);
    ASSERT_TRUE(db->exec("COMMIT").ok());
    ASSERT_TRUE(first.waitForFinished(15000));
    ASSERT_TRUE(second.waitForFinished(15000));
    EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().toStdString();
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().toStdString();

    auto single = createProject(dir.filePath(QStringLiteral("single.dyad")));
    ASSERT_TRUE(single.ok());
    single->reset();
    const CliRun once = cli({QStringLiteral("import"), dir.filePath(QStringLiteral("single.dyad")), ris});
    ASSERT_EQ(once.exitCode, 0) << once.err.toStdString();
    auto reference = openProject(dir.filePath(QStringLiteral("single.dyad")), true);
    ASSERT_TRUE(reference.ok());
    const qint64 expected = (*reference)->recordCount();
    ASSERT_GT(expected, 1);
    auto project = openProject(path, true);
    ASSERT_TRUE(project.ok());
    EXPECT_EQ((*project)->recordCount(), expected + 1); // + the record of the fixture
    EXPECT_EQ((*project)->check().problems, QStringList());
}
