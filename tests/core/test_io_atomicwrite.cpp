// Every write checked: AtomicFile and writeAll against a device that runs out of room, and
// the built dyad-cli in a second process with a file-size limit (`ulimit -f`, SIGXFSZ
// ignored, so writes fail with "File too large" as on a full disk) or writing to /dev/full.
// A failed write exits non-zero, names the file and the cause, and leaves the old file as
// it was, with no temporary or half file behind.

#include "clirun.h"
#include "export_fixture.h"
#include "core/open/open.h"

#include "core/io/atomicfile.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::io;
using dyad::test::cliPath;
using dyad::test::CliRun;
using dyad::test::RunOptions;
using dyad::test::runProgram;

namespace {

/** A device with room for a fixed number of bytes, then "No space left on device". */
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        if (m_room <= 0) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        const qint64 n = std::min(len, std::min<qint64>(m_room, 7)); // short writes, too
        written.append(data, n);
        m_room -= n;
        return n;
    }

private:
    qint64 m_room;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

} // namespace

TEST(AtomicWrite, WriteAllLoopsOverShortWritesAndReportsTheFullDevice)
{
    FullDevice roomy(1000);
    const QByteArray text(100, 'x');
    ASSERT_TRUE(writeAll(roomy, text, QStringLiteral("out.csv")).ok());
    EXPECT_EQ(roomy.written, text);

    FullDevice full(40);
    const Status st = writeAll(full, text, QStringLiteral("out.csv"));
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error(), QStringLiteral("Cannot write out.csv: No space left on device."));
    EXPECT_EQ(full.written.size(), 40);
}

TEST(AtomicWrite, TheTargetChangesOnlyOnCommit)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("report.html"));
    writeFile(target, "old report");
    {
        AtomicFile file(target);
        ASSERT_TRUE(file.open().ok());
        ASSERT_TRUE(file.write("half a new rep"));
        // destroyed without commit: a failure somewhere else in the export
    }
    EXPECT_EQ(readAll(target), QByteArray("old report"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.html")});

    ASSERT_TRUE(writeFileAtomically(target, "new report").ok());
    EXPECT_EQ(readAll(target), QByteArray("new report"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.html")});

    const Status folder = writeFileAtomically(dir.path(), "x");
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().contains(QStringLiteral("it is a folder"))) << folder.error().toStdString();
}

TEST(AtomicWrite, DevFullIsReportedWithItsCause)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "no /dev/full here: would check that a write to it reports 'No space left on device'";
    const Status st = writeFileAtomically(QStringLiteral("/dev/full"), QByteArray(5000, 'x'));
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error(), QStringLiteral("Cannot write /dev/full: No space left on device."));
}

namespace {

/**
 * Runs dyad-cli in a child shell. With @p blocks > 0 the child may write files of at most
 * that many blocks (`ulimit -f`; the shell's block is 512 or 1024 bytes) and ignores
 * SIGXFSZ, so an oversized write fails with EFBIG exactly like a full disk.
 */
CliRun runCli(const QStringList &args, int blocks = 0, const QString &stdoutFile = QString())
{
    QString script = QStringLiteral("trap '' XFSZ; ");
    if (blocks > 0)
        script += QStringLiteral("ulimit -f %1; ").arg(blocks);
    script += QStringLiteral("exec \"$0\" \"$@\"");
    RunOptions options;
    options.stdoutFile = stdoutFile;
    return runProgram(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), script, cliPath()} + args,
                      options);
}

/** The child's file-size limit in blocks: 32 or 64 KB. */
constexpr int kLimit = 64;

struct CliWriteTest : dyad::testing::CodedProjectFixture
{
    QString projectFile;

    void SetUp() override
    {
        CodedProjectFixture::SetUp();
        // Enough codes with long names that every output passes 64 KB, the child's limit
        // (kLimit blocks of 512 or 1024 bytes). The limit must let the child map the open
        // project's 32 KB shared-memory file, so it cannot be smaller.
        project->setActor(lead.id);
        const QString padding(280, QLatin1Char('x'));
        for (int i = 0; i < 300; ++i)
            makeCode(QStringLiteral("Code %1 %2").arg(i).arg(padding), access.id, QStringLiteral("#336699"));
        project->setActor(QUuid());
        projectFile = path(QStringLiteral("source.dyad"));
    }

    QStringList filesIn() const { return QDir(dir.path()).entryList(QDir::Files, QDir::Name); }
};

} // namespace

TEST_F(CliWriteTest, ExportOnAFullDiskFailsNamesTheFileAndKeepsTheOldOne)
{
    const QString out = path(QStringLiteral("codebook.html"));
    writeFile(out, "the codebook we sent to the journal");
    const QStringList before = filesIn();
    const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("codebook"), projectFile, out}, kLimit);
    EXPECT_EQ(r.exitCode, 1) << r.outText().toStdString() << r.err.toStdString();
    EXPECT_FALSE(r.outText().contains(QStringLiteral("Wrote"))) << r.outText().toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Cannot write %1: File too large. The file was not changed.").arg(out)))
        << r.err.toStdString();
    EXPECT_EQ(readAll(out), QByteArray("the codebook we sent to the journal"));
    EXPECT_EQ(filesIn(), before); // no temporary file left behind

    // The same command with room to write succeeds and replaces the file.
    const CliRun ok = runCli({QStringLiteral("export"), QStringLiteral("codebook"), projectFile, out});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(readAll(out).contains("Code 299"));
}

TEST_F(CliWriteTest, ReportOutOnAFullDiskFails)
{
    const QString out = path(QStringLiteral("frequencies.csv"));
    const CliRun r = runCli({QStringLiteral("report"), QStringLiteral("frequencies"), projectFile, QStringLiteral("--layer"),
                             QStringLiteral("all"), QStringLiteral("--out"), out},
                            kLimit);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Cannot write %1: File too large.").arg(out))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST_F(CliWriteTest, AuditToAFullDiskThroughStandardOutputFails)
{
    const QString out = path(QStringLiteral("audit.csv"));
    const CliRun r = runCli({QStringLiteral("audit"), projectFile, QStringLiteral("--csv")}, kLimit, out);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot write to standard output: File too large."))) << r.err.toStdString();
}

TEST_F(CliWriteTest, ExportToDevFullFailsWithTheCause)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "no /dev/full here: would check that 'export codebook ... /dev/full' exits 1 naming the cause";
    const CliRun r = runCli({QStringLiteral("export"), QStringLiteral("codebook"), projectFile, QStringLiteral("/dev/full"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Cannot write /dev/full: No space left on device."))) << r.err.toStdString();
}

TEST_F(CliWriteTest, BackupOnAFullDiskKeepsTheOlderCopyAndLeavesNoPart)
{
    const QString copy = path(QStringLiteral("copy.dyad"));
    writeFile(copy, "yesterday's backup");
    const QStringList before = filesIn();
    const CliRun r = runCli({QStringLiteral("backup"), projectFile, copy}, kLimit);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(copy)) << r.err.toStdString();
    EXPECT_EQ(readAll(copy), QByteArray("yesterday's backup"));
    EXPECT_EQ(filesIn(), before);

    const CliRun ok = runCli({QStringLiteral("backup"), projectFile, copy});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    auto opened = openProject(copy, true);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ((*opened)->allCodes().size(), project->allCodes().size());
}

TEST_F(CliWriteTest, InitOnAFullDiskLeavesNoHalfProject)
{
    const QString fresh = path(QStringLiteral("new.dyad"));
    const CliRun r = runCli({QStringLiteral("init"), fresh}, 1);
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(fresh)) << r.err.toStdString();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        EXPECT_FALSE(QFileInfo::exists(fresh + suffix)) << suffix.toStdString();
}

TEST_F(CliWriteTest, DecisionLogCsvFileHasAByteOrderMarkLikeEveryCsv)
{
    const QString out = path(QStringLiteral("decisions.csv"));
    const CliRun r = runCli({QStringLiteral("decisions"), projectFile, QStringLiteral("--csv"), QStringLiteral("--output"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readAll(out).startsWith("\xEF\xBB\xBF" "decision_id,decided_at,")) << readAll(out).left(40).toStdString();
    // Standard output carries no mark: it goes into pipes and scripts.
    const CliRun piped = runCli({QStringLiteral("decisions"), projectFile, QStringLiteral("--csv")});
    EXPECT_TRUE(piped.outText().startsWith(QStringLiteral("decision_id,"))) << piped.outText().left(20).toStdString();
}
