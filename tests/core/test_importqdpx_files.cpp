// `dyad-cli import-qdpx FILE NEW.dyad` run twice at once, or killed: the new project file
// appears whole or not at all, one of two runs to one name wins, and what a killed run left
// behind does not stay on the disk for ever.
#include "core/io/refi/refiexport.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace dyad::core;

namespace {

QString cliPath()
{
#ifdef DYAD_CLI_PATH
    return QStringLiteral(DYAD_CLI_PATH);
#else
    return QString();
#endif
}

struct ImportQdpxFiles : ::testing::Test
{
    QTemporaryDir dir;
    QString qdpx, target;

    void SetUp() override
    {
        if (cliPath().isEmpty())
            GTEST_SKIP() << "dyad-cli was not built, so two import runs cannot be started";
        auto p = createProject(dir.filePath(QStringLiteral("source.dyad")), QStringLiteral("Interviews"));
        ASSERT_TRUE(p.ok());
        const Reviewer alice = (*p)->addReviewer(QStringLiteral("Alice")).value();
        (*p)->setActor(alice.id);
        std::vector<Record> records;
        for (int i = 0; i < 40; ++i) {
            Record r;
            r.title = QStringLiteral("Interview %1").arg(i + 1);
            r.text = QStringLiteral("We trusted the nurse because she came back every week. ").repeated(20);
            records.push_back(r);
        }
        const auto ids = (*p)->addRecords(records).value();
        Code c;
        c.name = QStringLiteral("Trust");
        const QUuid code = (*p)->createCode(c).value().id;
        for (const QUuid &id : ids) {
            Coding coding;
            coding.recordId = id;
            coding.codeId = code;
            coding.span = {3, 10};
            ASSERT_TRUE((*p)->addCoding(coding).ok());
        }
        qdpx = dir.filePath(QStringLiteral("interviews.qdpx"));
        ASSERT_TRUE(io::exportQdpx(**p, qdpx).ok());
        target = dir.filePath(QStringLiteral("imported.dyad"));
    }

    QStringList leftovers() const
    {
        return QDir(dir.path()).entryList({QStringLiteral("imported.dyad.importing*")}, QDir::Files | QDir::Hidden);
    }

    void expectSoundImport() const
    {
        auto opened = openProject(target, true);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        EXPECT_EQ((*opened)->recordCount(), 40);
        EXPECT_EQ((*opened)->codings().size(), 40u);
        EXPECT_TRUE((*opened)->check().ok()) << (*opened)->check().problems.join(QLatin1Char('\n')).toStdString();
    }
};

} // namespace

TEST_F(ImportQdpxFiles, OfTwoRunsToOneNewFileOneWinsAndTheOtherSaysSo)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        QFile::remove(target);
        QProcess first, second;
        first.start(cliPath(), {QStringLiteral("import-qdpx"), qdpx, target});
        second.start(cliPath(), {QStringLiteral("import-qdpx"), qdpx, target});
        ASSERT_TRUE(first.waitForFinished(60000));
        ASSERT_TRUE(second.waitForFinished(60000));
        ASSERT_EQ(first.exitStatus(), QProcess::NormalExit);
        ASSERT_EQ(second.exitStatus(), QProcess::NormalExit);
        const bool firstWon = first.exitCode() == 0, secondWon = second.exitCode() == 0;
        EXPECT_NE(firstWon, secondWon) << "exactly one run may report success";
        const QString loserErr = QString::fromUtf8((firstWon ? second : first).readAllStandardError());
        EXPECT_TRUE(loserErr.contains(QStringLiteral("Cannot import into %1").arg(target))) << loserErr.toStdString();
        EXPECT_EQ(leftovers(), QStringList());
        expectSoundImport();
    }
}

TEST_F(ImportQdpxFiles, WhatAKilledRunLeftIsRemovedByTheNextRun)
{
    // A run that was killed: its process is gone, its file is still there.
    QProcess gone;
    gone.start(QStringLiteral("/bin/sleep"), {QStringLiteral("0.1")});
    ASSERT_TRUE(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished());
    const QString abandoned = target + QStringLiteral(".importing-%1").arg(deadPid);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(abandoned + suffix);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1 << 20, 'x'));
    }
    // A run that is still going (this test process) keeps its file.
    const QString running = target + QStringLiteral(".importing-%1").arg(QCoreApplication::applicationPid());
    {
        QFile f(running);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }

    QProcess next;
    next.start(cliPath(), {QStringLiteral("import-qdpx"), qdpx, target});
    ASSERT_TRUE(next.waitForFinished(60000));
    EXPECT_EQ(next.exitCode(), 0) << next.readAllStandardError().toStdString();
    EXPECT_FALSE(QFile::exists(abandoned));
    EXPECT_FALSE(QFile::exists(abandoned + QStringLiteral("-wal")));
    EXPECT_TRUE(QFile::exists(running));
    expectSoundImport();
}

TEST_F(ImportQdpxFiles, AKilledRunLeavesNoProjectAndTheNextRunSucceeds)
{
    QProcess killed;
    killed.start(cliPath(), {QStringLiteral("import-qdpx"), qdpx, target});
    ASSERT_TRUE(killed.waitForStarted());
    QThread::msleep(30);
    killed.kill(); // SIGKILL, at whatever point it had reached
    killed.waitForFinished();
    if (QFile::exists(target)) // it finished before the kill: then the file must be whole
        expectSoundImport();
    QFile::remove(target);

    QProcess next;
    next.start(cliPath(), {QStringLiteral("import-qdpx"), qdpx, target});
    ASSERT_TRUE(next.waitForFinished(60000));
    EXPECT_EQ(next.exitCode(), 0) << next.readAllStandardError().toStdString();
    EXPECT_EQ(leftovers(), QStringList());
    expectSoundImport();
}
