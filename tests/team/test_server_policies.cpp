// Blinding, permissions and the audit trail held by the PostgreSQL server itself: what a
// reviewer's role can read and write with plain SQL, whatever client it uses (docs/team.md).
// Each check connects as the role a team member signs in with, not through Project.

#include "teamserver.h"

#include "core/model/project.h"
#include "core/pg/pgconnection.h"
#include "core/pg/pgstore.h"
#include "core/pg/teamproject.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::pg;
using dyad::test::TeamServer;

namespace {

/** Alice and Bob code one record in the Pilot round (independent phase); Lena leads. */
struct BlindedTeam
{
    QString db;
    std::unique_ptr<Project> owner;
    Reviewer alice, bob, lena;
    QString aliceRole, bobRole, lenaRole;
    QUuid record;
    Round pilot;
    Code shared, alicePrivate;
    Coding aliceCoding;

    void build(const TeamServer &server)
    {
        db = server.newDatabase();
        ASSERT_FALSE(db.isEmpty());
        auto created = createTeamProject(server.url(db), QStringLiteral("Policies"));
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        owner = std::move(created).value();
        aliceRole = db + QStringLiteral("_alice");
        bobRole = db + QStringLiteral("_bob");
        lenaRole = db + QStringLiteral("_lena");
        for (auto [name, role, kind] : {std::tuple{QStringLiteral("Alice"), aliceRole, TeamRole::Reviewer},
                                        std::tuple{QStringLiteral("Bob"), bobRole, TeamRole::Reviewer},
                                        std::tuple{QStringLiteral("Lena"), lenaRole, TeamRole::Lead}}) {
            auto st = addTeamMember(server.url(db), name, role, kind);
            ASSERT_TRUE(st.ok()) << st.error().toStdString();
        }
        alice = *owner->reviewerByName(QStringLiteral("Alice"));
        bob = *owner->reviewerByName(QStringLiteral("Bob"));
        lena = *owner->reviewerByName(QStringLiteral("Lena"));
        Record r;
        r.title = QStringLiteral("Continuity of care");
        r.text = QStringLiteral("Patients valued continuity of care with one named nurse.");
        record = owner->addRecords({r}).value().front();
        Code c;
        c.name = QStringLiteral("Continuity");
        shared = owner->createCode(c).value();
        pilot = owner->createRound(QStringLiteral("Pilot")).value();
        ASSERT_TRUE(owner->assign(pilot.id, {record}, {alice.id, bob.id}).ok());

        // Alice codes through her own sign-in: a private code, a coding with a memo, a record memo.
        auto asAlice = openTeamProject(server.url(db, aliceRole)).value();
        ASSERT_EQ(asAlice->actor(), alice.id);
        Code mine;
        mine.name = QStringLiteral("Named nurse");
        mine.shared = false;
        mine.creatorId = alice.id;
        alicePrivate = asAlice->createCode(mine).value();
        Coding coding;
        coding.recordId = record;
        coding.codeId = alicePrivate.id;
        coding.span = {37, 55};
        coding.memo = QStringLiteral("one named nurse");
        auto added = asAlice->addCoding(coding);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        aliceCoding = added.value();
        ASSERT_TRUE(asAlice->setRecordMemo(record, QStringLiteral("Alice's thoughts")).ok());
    }

    std::unique_ptr<PgConnection> as(const TeamServer &server, const QString &role) const
    {
        auto conn = PgConnection::connect(server.url(db, role));
        EXPECT_TRUE(conn.ok()) << conn.error().toStdString();
        return conn.ok() ? std::move(conn).value() : nullptr;
    }
};

qint64 count(PgConnection &conn, const char *sql)
{
    auto r = conn.run(sql);
    EXPECT_TRUE(r.ok()) << r.error().toStdString();
    return r.rows() ? r.int64(0, 0) : -1;
}

} // namespace

TEST(TeamServerPolicies, BlindedReviewerCannotReadAnothersWorkWithPlainSql)
{
    REQUIRE_TEAM_SERVER(server, "Bob's database role cannot SELECT Alice's codings, private code or memos "
                                "while the record is blinded, and can once both are done");
    BlindedTeam team;
    team.build(*server);
    auto bob = team.as(*server, team.bobRole);
    auto alice = team.as(*server, team.aliceRole);
    auto lena = team.as(*server, team.lenaRole);
    ASSERT_TRUE(bob && alice && lena);

    // Blinded: Bob sees none of Alice's work, whatever he asks for.
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM codings"), 0);
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM codings WHERE memo = 'one named nurse'"), 0);
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM codes WHERE name = 'Named nurse'"), 0);
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM codes"), 1); // the shared code
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM record_memos"), 0);
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM audit_log WHERE details LIKE '%named nurse%'"), 0);
    // Alice sees her own; the lead sees everything.
    EXPECT_EQ(count(*alice, "SELECT count(*) FROM codings"), 1);
    EXPECT_EQ(count(*alice, "SELECT count(*) FROM record_memos"), 1);
    EXPECT_EQ(count(*lena, "SELECT count(*) FROM codings"), 1);
    EXPECT_EQ(count(*lena, "SELECT count(*) FROM codes"), 2);

    // Bob cannot write in Alice's name, nor lift blinding, nor change the phase.
    auto forged = bob->run("INSERT INTO codings (id, record_id, code_id, reviewer_id, round_id, start_pos, end_pos, "
                           "created, modified) VALUES ('f0rged', $1, $2, $3, $4, 0, 8, 'x', 'x')",
                           {uuidText(team.record).toUtf8(), uuidText(team.shared.id).toUtf8(),
                            uuidText(team.alice.id).toUtf8(), uuidText(team.pilot.id).toUtf8()});
    EXPECT_FALSE(forged.ok());
    EXPECT_EQ(bob->run("UPDATE rounds SET unblinded = 1").affected(), 0);
    EXPECT_EQ(bob->run("UPDATE rounds SET phase = 'reconciliation'").affected(), 0);
    EXPECT_EQ(count(*lena, "SELECT count(*) FROM rounds WHERE phase = 'independent' AND unblinded = 0"), 1);
    // Nor mark Alice's record done for her.
    EXPECT_EQ(bob->run("UPDATE assignments SET status = 'done'").affected(), 1); // his own row only
    EXPECT_EQ(count(*lena, "SELECT count(*) FROM assignments WHERE status = 'done'"), 1);
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM codings"), 0);

    // Both done: the record is no longer blinded between them.
    ASSERT_EQ(alice->run("UPDATE assignments SET status = 'done'").affected(), 1);
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM codings"), 1);
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM record_memos"), 1);
    // The private code stays private while any round blinds; the lead unblinding ends that.
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM codes"), 1);
    ASSERT_EQ(lena->run("UPDATE rounds SET unblinded = 1").affected(), 1);
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM codes"), 2);
}

TEST(TeamServerPolicies, ConsensusIsBlindedForAReviewerNotYetDone)
{
    REQUIRE_TEAM_SERVER(server, "the Consensus on a record is hidden from a reviewer until every reviewer "
                                "assigned to it is done");
    BlindedTeam team;
    team.build(*server);
    // The lead writes a Consensus coding (privileged: not blinded).
    team.owner->setActor(team.lena.id);
    Coding c;
    c.recordId = team.record;
    c.codeId = team.shared.id;
    c.reviewerId = team.owner->consensusReviewer().id;
    c.span = {0, 8};
    ASSERT_TRUE(team.owner->addCoding(c).ok());
    auto bob = team.as(*server, team.bobRole);
    auto alice = team.as(*server, team.aliceRole);
    const QByteArray consensus = "SELECT count(*) FROM codings WHERE reviewer_id = (SELECT id FROM reviewers "
                                 "WHERE role = 'consensus')";
    EXPECT_EQ(count(*bob, consensus.constData()), 0);
    ASSERT_EQ(bob->run("UPDATE assignments SET status = 'done'").affected(), 1);
    EXPECT_EQ(count(*bob, consensus.constData()), 0); // Alice is not done
    ASSERT_EQ(alice->run("UPDATE assignments SET status = 'done'").affected(), 1);
    EXPECT_EQ(count(*bob, consensus.constData()), 1);
}

TEST(TeamServerPolicies, PlainSqlWriteLeavesAnAuditRowTheWriterCannotRemove)
{
    REQUIRE_TEAM_SERVER(server, "a coding Bob inserts with plain SQL gets a change_log row written by the server "
                                "in the same transaction, and Bob's role cannot delete, update or add audit rows");
    BlindedTeam team;
    team.build(*server);
    auto bob = team.as(*server, team.bobRole);
    auto admin = team.as(*server, QStringLiteral("dyad_admin"));
    ASSERT_TRUE(bob && admin);
    const qint64 before = count(*admin, "SELECT count(*) FROM change_log");

    auto insert = bob->run("INSERT INTO codings (id, record_id, code_id, reviewer_id, round_id, start_pos, end_pos, "
                           "created, modified) VALUES ('bob-plain-sql', $1, $2, $3, $4, 0, 8, 'x', 'x')",
                           {uuidText(team.record).toUtf8(), uuidText(team.shared.id).toUtf8(),
                            uuidText(team.bob.id).toUtf8(), uuidText(team.pilot.id).toUtf8()});
    ASSERT_TRUE(insert.ok()) << insert.error().toStdString();
    auto logged = admin->run("SELECT db_role, operation FROM change_log WHERE table_name = 'codings' "
                             "AND row_data ->> 'id' = 'bob-plain-sql'");
    ASSERT_EQ(logged.rows(), 1);
    EXPECT_EQ(logged.text(0, 0), team.bobRole);
    EXPECT_EQ(logged.text(0, 1), QStringLiteral("INSERT"));

    // A change that rolls back leaves no audit row either: they are one transaction.
    ASSERT_TRUE(bob->run("BEGIN").ok());
    ASSERT_TRUE(bob->run("UPDATE codings SET memo = 'draft' WHERE id = 'bob-plain-sql'").ok());
    ASSERT_TRUE(bob->run("ROLLBACK").ok());
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM change_log WHERE table_name = 'codings' AND operation = 'UPDATE'"), 0);

    // The audit trail is out of Bob's reach.
    EXPECT_FALSE(bob->run("DELETE FROM change_log").ok());
    EXPECT_FALSE(bob->run("UPDATE change_log SET db_role = 'nobody'").ok());
    EXPECT_FALSE(bob->run("DELETE FROM audit_log").ok());
    EXPECT_FALSE(bob->run("UPDATE audit_log SET actor_id = NULL").ok());
    EXPECT_FALSE(bob->run("INSERT INTO audit_log (at, action, entity_type) VALUES ('x', 'forged', 'x')").ok());
    EXPECT_FALSE(bob->run("TRUNCATE audit_log").ok());
    // Through the one door he has, the server names him, whoever he claims to be.
    ASSERT_TRUE(bob->run("SELECT dyad_append_audit($1, 'note', 'record', '', '{}')",
                         {uuidText(team.alice.id).toUtf8()}).ok());
    auto note = admin->run("SELECT actor_id, db_role FROM audit_log WHERE action = 'note'");
    ASSERT_EQ(note.rows(), 1);
    EXPECT_EQ(note.text(0, 0), uuidText(team.bob.id));
    EXPECT_EQ(note.text(0, 1), team.bobRole);
    EXPECT_EQ(count(*admin, "SELECT count(*) FROM change_log"), before + 1);
    // Not even the owner rewrites it.
    EXPECT_FALSE(admin->run("DELETE FROM audit_log").ok());
}

TEST(TeamServerPolicies, OnlyTheLeadChangesRoundsThroughProjectToo)
{
    REQUIRE_TEAM_SERVER(server, "a reviewer's Project on the server cannot change a round's phase even if the "
                                "client skipped Project's own check");
    BlindedTeam team;
    team.build(*server);
    auto asBob = openTeamProject(server->url(team.db, team.bobRole)).value();
    EXPECT_FALSE(asBob->setRoundPhase(team.pilot.id, RoundPhase::Reconciliation).ok());
    // A client that pretends to be the lead is still Bob to the server.
    asBob->setActor(team.lena.id);
    auto st = asBob->setRoundPhase(team.pilot.id, RoundPhase::Reconciliation);
    EXPECT_FALSE(st.ok());
    EXPECT_EQ(team.owner->round(team.pilot.id)->phase, RoundPhase::Independent);
    auto asLena = openTeamProject(server->url(team.db, team.lenaRole)).value();
    ASSERT_TRUE(asLena->setRoundPhase(team.pilot.id, RoundPhase::Reconciliation).ok());
    EXPECT_EQ(team.owner->round(team.pilot.id)->phase, RoundPhase::Reconciliation);
}

TEST(TeamServerPolicies, AdjudicatorSeesReviewersAnonymised)
{
    REQUIRE_TEAM_SERVER(server, "an adjudicator's role reads reviewers as Reviewer 1, Reviewer 2 and cannot "
                                "read their names from the table");
    BlindedTeam team;
    team.build(*server);
    const QString adjRole = team.db + QStringLiteral("_ada");
    ASSERT_TRUE(addTeamMember(server->url(team.db), QStringLiteral("Ada"), adjRole, TeamRole::Adjudicator).ok());
    auto ada = team.as(*server, adjRole);
    auto names = ada->run("SELECT name FROM reviewer_directory WHERE role = 'reviewer' ORDER BY name");
    ASSERT_EQ(names.rows(), 2);
    EXPECT_EQ(names.text(0, 0), QStringLiteral("Reviewer 1"));
    EXPECT_EQ(names.text(1, 0), QStringLiteral("Reviewer 2"));
    EXPECT_FALSE(ada->run("SELECT name FROM reviewers").ok());
    // The adjudicator is not blinded: both reviewers' codings are there, without names.
    EXPECT_EQ(count(*ada, "SELECT count(*) FROM codings"), 1);
    // Others read the names.
    auto bob = team.as(*server, team.bobRole);
    EXPECT_EQ(count(*bob, "SELECT count(*) FROM reviewer_directory WHERE name IN ('Alice', 'Bob')"), 2);
}

TEST(TeamServerPolicies, NotifyReachesASecondClientProcess)
{
    REQUIRE_TEAM_SERVER(server, "a coding written by another process (psql) raises this client's external "
                                "change counter within a second, and Project turns it into change events");
    BlindedTeam team;
    team.build(*server);
    auto asLena = openTeamProject(server->url(team.db, team.lenaRole)).value();
    std::vector<ChangeEvent> events;
    asLena->addListener([&](const ChangeEvent &e) { events.push_back(e); });
    EXPECT_FALSE(asLena->refreshIfChangedElsewhere());
    // Lena's own change is not news to her.
    Code c;
    c.name = QStringLiteral("Trust");
    ASSERT_TRUE(asLena->createCode(c).ok());
    events.clear();
    EXPECT_FALSE(asLena->refreshIfChangedElsewhere());

    QProcess psql;
    psql.start(server->program(QStringLiteral("psql")),
               {server->url(team.db, team.bobRole), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-c"),
                QStringLiteral("INSERT INTO codings (id, record_id, code_id, reviewer_id, round_id, start_pos, "
                               "end_pos, created, modified) VALUES ('from-psql', '%1', '%2', '%3', '%4', 0, 8, 'x', "
                               "'x')")
                    .arg(uuidText(team.record), uuidText(team.shared.id), uuidText(team.bob.id),
                         uuidText(team.pilot.id))});
    ASSERT_TRUE(psql.waitForFinished(30000));
    ASSERT_EQ(psql.exitCode(), 0) << psql.readAllStandardError().toStdString();

    QElapsedTimer waited;
    waited.start();
    bool seen = false;
    while (!seen && waited.elapsed() < 1000) {
        seen = asLena->refreshIfChangedElsewhere();
        if (!seen)
            QThread::msleep(20);
    }
    EXPECT_TRUE(seen) << "no change notice within a second";
    EXPECT_TRUE(std::any_of(events.begin(), events.end(),
                            [](const ChangeEvent &e) { return e.kind == ChangeEvent::Kind::Reset; }));
    EXPECT_EQ(asLena->codings({team.record, team.bob.id, {}, {}}).size(), 1u);
}
