// dyad-cli on a team server, run as a separate process the way a script would: every
// command takes a postgresql:// location where it takes a project file, and moving a project
// in and out is checked with `agreement` and `codings --json`, before and after.

#include "teamserver.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using dyad::test::TeamServer;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(DYAD_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST(TeamCli, CreateFromFileThenSnapshotKeepsAgreementAndCodings)
{
    REQUIRE_TEAM_SERVER(server, "dyad-cli team create --from and team snapshot keep `agreement` and "
                                "`codings --json` identical");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.dyad"));
    ASSERT_EQ(cli({QStringLiteral("demo"), file}).exitCode, 0);
    const CliRun codingsBefore = cli({QStringLiteral("codings"), file, QStringLiteral("--json")});
    const CliRun agreementBefore = cli({QStringLiteral("agreement"), file, QStringLiteral("--unit"), QStringLiteral("all")});
    ASSERT_EQ(codingsBefore.exitCode, 0) << codingsBefore.err.toStdString();
    ASSERT_EQ(agreementBefore.exitCode, 0) << agreementBefore.err.toStdString();
    ASSERT_GT(codingsBefore.out.count("\"id\""), 20);

    const QString url = server->url(server->newDatabase());
    const CliRun created = cli({QStringLiteral("team"), QStringLiteral("create"), url, QStringLiteral("--from"), file});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_TRUE(created.out.startsWith("Moved demo.dyad to the team server")) << created.out.toStdString();

    const CliRun codingsServer = cli({QStringLiteral("codings"), url, QStringLiteral("--json")});
    const CliRun agreementServer = cli({QStringLiteral("agreement"), url, QStringLiteral("--unit"), QStringLiteral("all")});
    ASSERT_EQ(codingsServer.exitCode, 0) << codingsServer.err.toStdString();
    EXPECT_EQ(codingsServer.out, codingsBefore.out);
    EXPECT_EQ(agreementServer.out, agreementBefore.out);

    const QString snapshot = dir.filePath(QStringLiteral("back.dyad"));
    const CliRun snap = cli({QStringLiteral("team"), QStringLiteral("snapshot"), url, snapshot});
    ASSERT_EQ(snap.exitCode, 0) << snap.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("codings"), snapshot, QStringLiteral("--json")}).out, codingsBefore.out);
    EXPECT_EQ(cli({QStringLiteral("agreement"), snapshot, QStringLiteral("--unit"), QStringLiteral("all")}).out,
              agreementBefore.out);
    // A second snapshot onto the same file is refused rather than overwriting it.
    EXPECT_EQ(cli({QStringLiteral("team"), QStringLiteral("snapshot"), url, snapshot}).exitCode, 1);
}

TEST(TeamCli, AddedReviewerSignsInAsTheirOwnRole)
{
    REQUIRE_TEAM_SERVER(server, "team add-reviewer creates a login role that dyad-cli then signs in with, seeing "
                                "the reviewer it was linked to as a lead");
    const QString db = server->newDatabase();
    const QString url = server->url(db);
    ASSERT_EQ(cli({QStringLiteral("team"), QStringLiteral("create"), url, QStringLiteral("--title"),
                   QStringLiteral("Pilot")}).exitCode, 0);
    const QString role = db + QStringLiteral("_carla");
    const CliRun added = cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Carla"),
                           QStringLiteral("--role"), QStringLiteral("lead"), QStringLiteral("--login"), role,
                           QStringLiteral("--no-password")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliRun reviewers = cli({QStringLiteral("reviewers"), server->url(db, role), QStringLiteral("--json")});
    ASSERT_EQ(reviewers.exitCode, 0) << reviewers.err.toStdString();
    EXPECT_TRUE(reviewers.out.contains("\"name\": \"Carla\"")) << reviewers.out.toStdString();
    EXPECT_TRUE(reviewers.out.contains("\"role\": \"lead\"")) << reviewers.out.toStdString();
}

TEST(TeamCli, APasswordInTheLocationIsRefused)
{
    // No server needed: the location is refused before anything connects.
    const QString url = QStringLiteral("postgresql://dyad_admin:secret@localhost/dyad");
    const CliRun r = cli({QStringLiteral("codings"), url, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral(".pgpass"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("secret"))) << r.err.toStdString();
}
