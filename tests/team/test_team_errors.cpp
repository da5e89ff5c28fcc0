// What a reviewer reads when the team server refuses them: a sentence naming their role and
// what it may not do, with the server's own text on a second line, never the server's text
// alone. Bob tries through dyad-cli, a separate process, what only others may do.

#include "clirun.h"
#include "teamserver.h"

#include "core/model/project.h"
#include "core/pg/pgerror.h"
#include "core/pg/teamproject.h"

#include <gtest/gtest.h>

using namespace dyad::core;
using namespace dyad::core::pg;
using dyad::test::cli;
using dyad::test::CliRun;
using dyad::test::TeamServer;

namespace {

/** Alice and Bob code record 1 in the pilot round, still blinded; Lena leads. */
struct BlindedPilot
{
    QString db, bob, bobUrl;
    Code fees;

    void build(const TeamServer &server)
    {
        db = server.newDatabase();
        bob = db + QStringLiteral("_bob");
        bobUrl = server.url(db, bob);
        auto owner = createTeamProject(server.url(db), QStringLiteral("Pilot")).value();
        ASSERT_TRUE(addTeamMember(server.url(db), QStringLiteral("Lena"), db + QStringLiteral("_lena"),
                                  TeamRole::Lead).ok());
        ASSERT_TRUE(addTeamMember(server.url(db), QStringLiteral("Alice"), db + QStringLiteral("_alice"),
                                  TeamRole::Reviewer).ok());
        ASSERT_TRUE(addTeamMember(server.url(db), QStringLiteral("Bob"), bob, TeamRole::Reviewer).ok());
        Record r;
        r.title = QStringLiteral("Fees at rural clinics");
        r.text = QStringLiteral("Nurses explained the fees and the waiting times.");
        const QUuid record = owner->addRecords({r}).value().front();
        Code c;
        c.name = QStringLiteral("Fees");
        fees = owner->createCode(c).value();
        auto lena = openTeamProject(server.url(db, db + QStringLiteral("_lena"))).value();
        const Round pilot = lena->createRound(QStringLiteral("Pilot")).value();
        const QUuid alice = lena->reviewerByName(QStringLiteral("Alice"))->id;
        const QUuid bobId = lena->reviewerByName(QStringLiteral("Bob"))->id;
        ASSERT_TRUE(lena->assign(pilot.id, {record}, {alice, bobId}).ok());
        auto aliceSession = openTeamProject(server.url(db, db + QStringLiteral("_alice"))).value();
        Coding k;
        k.recordId = record;
        k.codeId = fees.id;
        k.span = {21, 25};
        ASSERT_TRUE(aliceSession->addCoding(k).ok());
    }
};

} // namespace

TEST(TeamErrors, BobCodingAsAliceGetsTheRefusalInWords)
{
    REQUIRE_TEAM_SERVER(server, "a reviewer coding as another reviewer through dyad-cli reads which role refused "
                                "what, with the server's text on a second line, and the exit code is not 0");
    BlindedPilot p;
    p.build(*server);
    const CliRun r = cli({QStringLiteral("code"), p.bobUrl, QStringLiteral("1"), QStringLiteral("Fees"),
                          QStringLiteral("0:6"), QStringLiteral("--as"), QStringLiteral("Alice")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("dyad-cli: The team server refused this: your role (%1, reviewer) "
                                                "may not write another reviewer's codings").arg(p.bob)))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("\nThe server said: new row violates row-level security policy for "
                                              "table \"codings\"")))
        << r.err.toStdString();
}

TEST(TeamErrors, BobChangingTheRoundsPhaseIsToldOnlyLeadsMay)
{
    REQUIRE_TEAM_SERVER(server, "a reviewer moving a round to another phase through dyad-cli is told only leads "
                                "change rounds, and the exit code is not 0");
    BlindedPilot p;
    p.build(*server);
    const CliRun r = cli({QStringLiteral("rounds"), p.bobUrl, QStringLiteral("--phase"), QStringLiteral("Pilot"),
                          QStringLiteral("--to"), QStringLiteral("reconciliation"), QStringLiteral("--as"),
                          QStringLiteral("Lena")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("dyad-cli: The team server refused this: your role (%1, reviewer) "
                                                "may not change rounds: only leads create rounds, change their phase "
                                                "and lift blinding.").arg(p.bob)))
        << r.err.toStdString();
    const CliRun rounds = cli({QStringLiteral("rounds"), p.bobUrl, QStringLiteral("--json")});
    EXPECT_TRUE(rounds.outText().contains(QStringLiteral("\"independent\""))) << rounds.outText().toStdString();
}

TEST(TeamErrors, BobReadingAlicesBlindedCodingsIsToldWhy)
{
    REQUIRE_TEAM_SERVER(server, "a reviewer asking dyad-cli for another's codings on a blinded record is told it is "
                                "blinded and until when, and the exit code is not 0");
    BlindedPilot p;
    p.build(*server);
    const CliRun r = cli({QStringLiteral("codings"), p.bobUrl, QStringLiteral("--record"), QStringLiteral("1"),
                          QStringLiteral("--reviewer"), QStringLiteral("Alice")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("dyad-cli: Alice's codings on record 1 are hidden from Bob while it "
                                                "is blinded")))
        << r.err.toStdString();
    EXPECT_FALSE(r.outText().contains(QStringLiteral("fees")));
}

TEST(TeamErrors, EachServerFailureHasItsOwnAdvice)
{
    // No server needed: the mapping from SQLSTATE to sentence, with the server's text kept.
    const SignedIn bob{QStringLiteral("bob"), QStringLiteral("reviewer")};
    const Error unique = serverError("23505", QStringLiteral("duplicate key value violates unique constraint "
                                                             "\"rounds_name_key\""),
                                     QStringLiteral("rounds"), QStringLiteral("round"), bob);
    EXPECT_EQ(unique.message, QStringLiteral("The team server already has a round of this name (someone added it at "
                                             "the same moment, or before): the round was not saved.\nThe server "
                                             "said: duplicate key value violates unique constraint "
                                             "\"rounds_name_key\""));
    const Error deadlock = serverError("40P01", QStringLiteral("deadlock detected"), QStringLiteral("codings"),
                                       QStringLiteral("coding"), bob);
    EXPECT_EQ(deadlock.kind, ErrorKind::Retry);
    EXPECT_TRUE(deadlock.message.startsWith(QStringLiteral("The team server stopped this change because another "
                                                           "session's change crossed it")));
    const Error gone = serverError("57P01", QStringLiteral("terminating connection due to administrator command"),
                                   QStringLiteral("codings"), QStringLiteral("coding"), bob);
    EXPECT_TRUE(gone.message.startsWith(QStringLiteral("Offline: the team server cannot be reached")));
    const Error full = serverError("53300", QStringLiteral("sorry, too many clients already"), QString(),
                                   QStringLiteral("coding"), bob);
    EXPECT_TRUE(full.message.contains(QStringLiteral("max_connections")));
    const QString password = connectionErrorMessage(
        QStringLiteral("connection to server on socket \"/tmp/x/.s.PGSQL.5432\" failed: fe_sendauth: no password "
                       "supplied"));
    EXPECT_TRUE(password.contains(QStringLiteral("~/.pgpass"))) << password.toStdString();
    EXPECT_TRUE(password.contains(QStringLiteral("PGPASSWORD"))) << password.toStdString();
    EXPECT_TRUE(password.endsWith(QStringLiteral("fe_sendauth: no password supplied")));
}

TEST(TeamErrors, UnknownRoleIsToldToCheckTheNames)
{
    REQUIRE_TEAM_SERVER(server, "signing in as a role the server does not know says to check the names in the "
                                "location, with the server's text");
    const QString db = server->newDatabase();
    const CliRun r = cli({QStringLiteral("rounds"), server->url(db, QStringLiteral("nobody_here"))});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("dyad-cli: Cannot connect to the team server. Check the database "
                                                "and role names in the location.")))
        << r.err.toStdString();
}
