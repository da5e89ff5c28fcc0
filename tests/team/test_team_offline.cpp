// The server goes away under an open project (a network cut, a restart): what was
// acknowledged stays, the change in flight fails with a message naming the server, and the
// project connects again by itself for the next change. Runs on a cluster of its own, since
// it stops the server.

#include "teamserver.h"

#include "core/model/project.h"
#include "core/pg/teamproject.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace dyad::core;

namespace {

const QString kScript = QStringLiteral(DYAD_SOURCE_DIR "/tools/pgcluster.sh");

/** A cluster of the test's own (tools/pgcluster.sh), stopped and removed when it goes. */
class OwnCluster
{
public:
    /** Starts it; returns the owner's location, empty when it could not start. */
    QString start()
    {
        if (run(QStringLiteral("start")) != 0)
            return {};
        m_started = true;
        QFile f(m_state);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("DYAD_PG_DIR="))
                return QStringLiteral("postgresql:///dyad?host=%1&user=dyad_admin")
                    .arg(QString::fromUtf8(line.mid(12)));
        return {};
    }
    /** Stops the server abruptly, as a crash or a network cut looks to clients; keeps its data. */
    int pause() { return run(QStringLiteral("pause")); }
    int resume() { return run(QStringLiteral("resume")); }
    ~OwnCluster()
    {
        if (m_started)
            run(QStringLiteral("stop"));
    }

private:
    int run(const QString &verb) { return QProcess::execute(kScript, {verb, m_state}); }

    QTemporaryDir m_dir;
    QString m_state = m_dir.filePath(QStringLiteral("cluster.env"));
    bool m_started = false;
};

} // namespace

TEST(TeamOffline, ANetworkCutLosesNoAcknowledgedCodingAndReconnects)
{
    REQUIRE_TEAM_SERVER(server, "a coding acknowledged before the server went away is kept, the one tried while it "
                                "was away fails with a message, and the next one after it returns is saved");
    OwnCluster cluster;
    const QString url = cluster.start();
    ASSERT_FALSE(url.isEmpty());
    auto project = pg::createTeamProject(url, QStringLiteral("Offline")).value();
    Record r;
    r.text = QStringLiteral("Patients valued continuity of care with one named nurse.");
    const QUuid record = project->addRecords({r}).value().front();
    Code c;
    c.name = QStringLiteral("Continuity");
    const Code continuity = project->createCode(c).value();
    const Reviewer alice = project->addReviewer(QStringLiteral("Alice")).value();
    project->setActor(alice.id);
    auto coding = [&](qint64 start, qint64 end) {
        Coding k;
        k.recordId = record;
        k.codeId = continuity.id;
        k.span = {start, end};
        return project->addCoding(k);
    };

    auto acknowledged = coding(16, 26); // "continuity"
    ASSERT_TRUE(acknowledged.ok()) << acknowledged.error().toStdString();

    ASSERT_EQ(cluster.pause(), 0);
    auto lost = coding(30, 34); // "care", while the server is away
    ASSERT_FALSE(lost.ok());
    EXPECT_TRUE(lost.error().contains(QStringLiteral("team server"))) << lost.error().toStdString();

    ASSERT_EQ(cluster.resume(), 0);
    auto after = coding(44, 56); // "named nurse"
    ASSERT_TRUE(after.ok()) << after.error().toStdString();

    // The connection is cut in the middle of a change while the server stays up: the change
    // is reported as not saved (never "saved" by a COMMIT sent on a new connection).
    Status cut = project->transact([&]() -> Status {
        auto inside = coding(0, 8); // "Patients", inside the transaction
        if (!inside)
            return inside.takeError();
        auto killer = QProcess::execute(server->program(QStringLiteral("psql")),
                                        {url, QStringLiteral("-qAtc"),
                                         QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                        "WHERE datname = 'dyad' AND pid <> pg_backend_pid() "
                                                        "AND state = 'idle in transaction'")});
        EXPECT_EQ(killer, 0);
        return {};
    });
    EXPECT_FALSE(cut.ok()) << "a change lost with its connection was reported as saved";

    // A fresh connection sees exactly the two acknowledged codings.
    auto check = pg::openTeamProject(url).value();
    std::vector<std::pair<qint64, qint64>> spans;
    for (const Coding &k : check->codings({record, {}, {}, {}}))
        spans.emplace_back(k.span.start, k.span.end);
    EXPECT_EQ(spans, (std::vector<std::pair<qint64, qint64>>{{16, 26}, {44, 56}}));
}

TEST(TeamOffline, ConnectsAgainWithoutAChangeAndCountsWhatWasMissed)
{
    REQUIRE_TEAM_SERVER(server, "a project whose server went away connects again in non-blocking steps, with no "
                                "change to trigger it: the steps fail while the server is down and succeed once "
                                "it is back, and a code another client added meanwhile shows at the next refresh");
    OwnCluster cluster;
    const QString url = cluster.start();
    ASSERT_FALSE(url.isEmpty());
    auto project = pg::createTeamProject(url, QStringLiteral("Idle")).value();
    Code c;
    c.name = QStringLiteral("Continuity");
    ASSERT_TRUE(project->createCode(c).ok());
    EXPECT_FALSE(project->isOffline());
    project->refreshIfChangedElsewhere();

    // Steps until the attempt ends; each step returns at once.
    auto attempt = [&]() -> ReconnectStep {
        if (!project->startReconnect())
            return ReconnectStep::Failed;
        for (int i = 0; i < 400; ++i) {
            const ReconnectStep step = project->continueReconnect();
            if (step != ReconnectStep::Waiting)
                return step;
            QThread::msleep(25);
        }
        return ReconnectStep::Waiting;
    };

    ASSERT_EQ(cluster.pause(), 0);
    EXPECT_TRUE(project->isOffline()) << "the closed connection was not noticed";
    EXPECT_EQ(attempt(), ReconnectStep::Failed);
    EXPECT_TRUE(project->isOffline());

    ASSERT_EQ(cluster.resume(), 0);
    // Someone else adds a code while this client is still disconnected: no notice reaches it.
    auto other = pg::openTeamProject(url).value();
    Code hope;
    hope.name = QStringLiteral("Hope");
    ASSERT_TRUE(other->createCode(hope).ok());
    other.reset();

    EXPECT_EQ(attempt(), ReconnectStep::Connected);
    EXPECT_FALSE(project->isOffline());
    // The notice of Hope was missed; connecting again counts as news, so a window reloads.
    EXPECT_TRUE(project->refreshIfChangedElsewhere());
    QStringList names;
    for (const Code &code : project->codes(QUuid()))
        names << code.name;
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("Continuity"), QStringLiteral("Hope")}));
    // The session is set up again: LISTEN works, so a later change by another client is news.
    EXPECT_FALSE(project->refreshIfChangedElsewhere());
    auto third = pg::openTeamProject(url).value();
    Code cost;
    cost.name = QStringLiteral("Cost");
    ASSERT_TRUE(third->createCode(cost).ok());
    bool seen = false;
    for (int i = 0; i < 100 && !seen; ++i) {
        seen = project->refreshIfChangedElsewhere();
        if (!seen)
            QThread::msleep(20);
    }
    EXPECT_TRUE(seen) << "no notice after connecting again: LISTEN was not set up again";
}
