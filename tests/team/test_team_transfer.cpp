// Moving a project to a team server and back (dyad-cli team create --from / team snapshot):
// nothing lost, checked the way a team would check it: the agreement report and every
// coding read the same from the file, from the server, and from the snapshot.

#include "teamserver.h"

#include "core/agreement/agreementformat.h"
#include "core/agreement/projectagreement.h"
#include "core/io/demoproject.h"
#include "core/model/project.h"
#include "core/open/open.h"
#include "core/pg/pgconnection.h"
#include "core/pg/teamproject.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::pg;
using namespace dyad::core::agreement;

namespace {

QByteArray agreementOf(const Project &project)
{
    auto result = computeProjectAgreement(project, ProjectAgreementOptions{});
    EXPECT_TRUE(result.ok()) << result.error().toStdString();
    if (!result.ok())
        return {};
    return QJsonDocument(agreementJson(result.value(), allUnits())).toJson(QJsonDocument::Compact);
}

/** Every coding with every field, in a stable order. */
QStringList codingsOf(const Project &project)
{
    QStringList out;
    for (const Coding &c : project.codings())
        out << QStringLiteral("%1 %2 %3 %4 %5 [%6,%7) v%8 %9 %10 %11")
                   .arg(uuidText(c.id), uuidText(c.recordId), uuidText(c.codeId), uuidText(c.reviewerId),
                        c.roundId.isNull() ? QStringLiteral("-") : uuidText(c.roundId))
                   .arg(c.span.start)
                   .arg(c.span.end)
                   .arg(c.textVersion)
                   .arg(c.memo, c.created.toString(Qt::ISODateWithMs), c.modified.toString(Qt::ISODateWithMs));
    out.sort();
    return out;
}

QStringList codesOf(const Project &project)
{
    QStringList out;
    for (const Code &c : project.allCodes())
        out << QStringLiteral("%1 %2 %3 %4 %5").arg(uuidText(c.id), c.name, project.codePath(c.id).join(u'>'),
                                                   c.color, c.shared ? QStringLiteral("shared") : QStringLiteral("private"));
    out.sort();
    return out;
}

} // namespace

TEST(TeamTransfer, MovingTheDemoProjectInAndOutLosesNothing)
{
    REQUIRE_TEAM_SERVER(server, "the demo project moved to the server and snapshotted back gives the same "
                                "agreement report, codings, codebook, rounds and audit log");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.dyad"));
    auto demo = buildDemoProject(file, QStringLiteral(DYAD_SOURCE_DIR "/resources/demo"));
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    const QByteArray agreementBefore = agreementOf(**demo);
    const QStringList codingsBefore = codingsOf(**demo);
    const QStringList codesBefore = codesOf(**demo);
    const auto auditBefore = (*demo)->auditLog();
    const auto roundsBefore = (*demo)->rounds();
    ASSERT_GT(codingsBefore.size(), 20);
    ASSERT_FALSE(agreementBefore.isEmpty());
    demo->reset();

    const QString db = server->newDatabase();
    auto moved = createTeamProject(server->url(db), {}, file);
    ASSERT_TRUE(moved.ok()) << moved.error().toStdString();
    moved->reset();
    auto onServer = openTeamProject(server->url(db)).value();
    EXPECT_EQ(agreementOf(*onServer), agreementBefore);
    EXPECT_EQ(codingsOf(*onServer), codingsBefore);
    EXPECT_EQ(codesOf(*onServer), codesBefore);
    ASSERT_EQ(onServer->rounds().size(), roundsBefore.size());
    // The audit log comes along, numbering and all, with one entry for the move.
    const auto auditOnServer = onServer->auditLog();
    ASSERT_EQ(auditOnServer.size(), auditBefore.size() + 1);
    for (size_t i = 0; i < auditBefore.size(); ++i) {
        EXPECT_EQ(auditOnServer[i].seq, auditBefore[i].seq);
        EXPECT_EQ(auditOnServer[i].action, auditBefore[i].action);
        EXPECT_EQ(auditOnServer[i].at, auditBefore[i].at);
    }
    EXPECT_EQ(auditOnServer.back().action, QStringLiteral("project.move-to-server"));
    EXPECT_TRUE(onServer->check().ok()) << onServer->check().problems.join(u'\n').toStdString();
    // Moved records are searchable on the server.
    {
        const auto first = onServer->record(onServer->recordSummaries().front().id);
        auto hits = onServer->search(first->title.section(u' ', 0, 0));
        ASSERT_TRUE(hits.ok()) << hits.error().toStdString();
        EXPECT_TRUE(std::any_of(hits->begin(), hits->end(), [&](const SearchHit &h) { return h.recordId == first->id; }));
    }

    const QString snapshot = dir.filePath(QStringLiteral("snapshot.dyad"));
    ASSERT_TRUE(onServer->saveCopy(snapshot).ok());
    auto back = openProject(snapshot).value();
    EXPECT_EQ(agreementOf(*back), agreementBefore);
    EXPECT_EQ(codingsOf(*back), codingsBefore);
    EXPECT_EQ(codesOf(*back), codesBefore);
    EXPECT_EQ(back->auditLog().size(), auditOnServer.size());
    EXPECT_EQ(back->projectId(), onServer->projectId());
    EXPECT_TRUE(back->check().ok()) << back->check().problems.join(u'\n').toStdString();
    // The snapshot's search index was rebuilt: a word of the demo's first record is found.
    const auto first = back->record(back->recordSummaries().front().id);
    const QString word = first->title.section(u' ', 0, 0);
    auto hits = back->search(word);
    ASSERT_TRUE(hits.ok()) << hits.error().toStdString();
    EXPECT_FALSE(hits->empty()) << word.toStdString();
}

TEST(TeamTransfer, MovingIntoAServerThatHoldsAProjectIsRefused)
{
    REQUIRE_TEAM_SERVER(server, "team create refuses a database that already holds a project and changes nothing");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.dyad"));
    ASSERT_TRUE(buildDemoProject(file, QStringLiteral(DYAD_SOURCE_DIR "/resources/demo")).ok());
    const QString db = server->newDatabase();
    ASSERT_TRUE(createTeamProject(server->url(db), QStringLiteral("First")).ok());
    auto again = createTeamProject(server->url(db), {}, file);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("not empty"))) << again.error().toStdString();
    EXPECT_EQ(openTeamProject(server->url(db)).value()->title(), QStringLiteral("First"));
}

TEST(TeamTransfer, ADatabaseWithoutATeamProjectGetsAClearMessage)
{
    REQUIRE_TEAM_SERVER(server, "opening an empty database says it holds no Dyad team project");
    const QString db = server->newDatabase();
    auto opened = openProject(server->url(db));
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("no Dyad team project"))) << opened.error().toStdString();
    auto unreachable = openProject(QStringLiteral("postgresql:///nosuchdb?host=/nonexistent-dir"));
    ASSERT_FALSE(unreachable.ok());
    EXPECT_TRUE(unreachable.error().startsWith(QStringLiteral("Cannot connect to the team server")))
        << unreachable.error().toStdString();
}

TEST(TeamTransfer, ANewerServerSchemaGetsAClearMessage)
{
    REQUIRE_TEAM_SERVER(server, "a team project whose server schema is newer than this build is refused with a message "
                                "saying to update Dyad");
    const QString db = server->newDatabase();
    ASSERT_TRUE(createTeamProject(server->url(db), QStringLiteral("Future")).ok());
    auto admin = PgConnection::connect(server->url(db)).value();
    ASSERT_TRUE(admin->run("UPDATE dyad_server SET schema_version = schema_version + 1").ok());
    auto opened = openProject(server->url(db));
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("newer version of Dyad"))) << opened.error().toStdString();
}
