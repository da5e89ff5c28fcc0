// dyad-cli team add-reviewer, run as its own process: a new login role gets a password read
// from stdin (or the terminal), never from the command line, and stored only as a hash; an
// existing role can be added; an owner without CREATEROLE is told the SQL to hand to a
// database administrator, without any password in it.

#include "clirun.h"
#include "teamserver.h"

#include "core/pg/pgconnection.h"

#include <gtest/gtest.h>

using namespace dyad::core::pg;
using dyad::test::cli;
using dyad::test::CliRun;
using dyad::test::TeamServer;

namespace {

/** One value read as the cluster's superuser. */
QString adminValue(const TeamServer &server, const QByteArray &sql, const QString &param)
{
    auto conn = PgConnection::connect(server.url(QStringLiteral("dyad")));
    if (!conn)
        return QStringLiteral("(no connection)");
    auto r = (*conn)->run(sql, {param.toUtf8()});
    return r.ok() && r.rows() ? r.text(0, 0) : QStringLiteral("(%1)").arg(r.error());
}

const QString kPassword = QStringLiteral("Tr0ub4dor&3 horse");

} // namespace

TEST(TeamAddReviewer, PasswordFromStdinIsStoredOnlyAsAHash)
{
    REQUIRE_TEAM_SERVER(server, "add-reviewer --password-stdin creates a login role whose password the server "
                                "holds as a SCRAM hash, and the reviewer signs in as that role");
    const QString db = server->newDatabase();
    const QString url = server->url(db);
    ASSERT_EQ(cli({QStringLiteral("team"), QStringLiteral("create"), url}).exitCode, 0);
    const QString role = db + QStringLiteral("_carla");
    const CliRun added = cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Carla"),
                              QStringLiteral("--login"), role, QStringLiteral("--password-stdin")},
                             kPassword.toUtf8() + "\n");
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_EQ(added.outText().trimmed(),
              QStringLiteral("Carla signs in as the new database role \"%1\" (reviewer) with the "
                             "password given.").arg(role));
    const QString stored = adminValue(*server, "SELECT rolpassword FROM pg_authid WHERE rolname = $1", role);
    EXPECT_TRUE(stored.startsWith(QStringLiteral("SCRAM-SHA-256$"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(kPassword));
    EXPECT_EQ(adminValue(*server, "SELECT pg_has_role($1, 'dyad_reviewer', 'MEMBER')::text", role),
              QStringLiteral("true"));
    const CliRun reviewers = cli({QStringLiteral("reviewers"), server->url(db, role), QStringLiteral("--json")});
    EXPECT_TRUE(reviewers.outText().contains(QStringLiteral("\"name\": \"Carla\"")))
        << reviewers.outText().toStdString();
}

TEST(TeamAddReviewer, NoPasswordAndExistingRoles)
{
    REQUIRE_TEAM_SERVER(server, "add-reviewer --no-password makes a role without a password, --existing adds a "
                                "role the server has, and each refuses the other's case with a message");
    const QString db = server->newDatabase();
    const QString url = server->url(db);
    ASSERT_EQ(cli({QStringLiteral("team"), QStringLiteral("create"), url}).exitCode, 0);
    const QString dan = db + QStringLiteral("_dan");
    const CliRun none = cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Dan"),
                             QStringLiteral("--login"), dan, QStringLiteral("--no-password")});
    ASSERT_EQ(none.exitCode, 0) << none.err.toStdString();
    EXPECT_EQ(adminValue(*server, "SELECT coalesce(rolpassword, 'none') FROM pg_authid WHERE rolname = $1", dan),
              QStringLiteral("none"));
    // Creating it again is refused, and says how to add the role that is there.
    const CliRun twice = cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Dora"),
                              QStringLiteral("--login"), dan, QStringLiteral("--no-password")});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("exists already. To let it sign in as Dora, add it with "
                                                  "--existing %1.").arg(dan)))
        << twice.err.toStdString();

    // A role the administrator made beforehand.
    const QString eve = db + QStringLiteral("_eve");
    auto admin = PgConnection::connect(server->url(QStringLiteral("dyad")));
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE((*admin)->run("CREATE ROLE " + eve.toUtf8() + " LOGIN").ok());
    const CliRun existing = cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Eve"),
                                 QStringLiteral("--role"), QStringLiteral("adjudicator"), QStringLiteral("--existing"),
                                 eve});
    ASSERT_EQ(existing.exitCode, 0) << existing.err.toStdString();
    EXPECT_EQ(adminValue(*server, "SELECT pg_has_role($1, 'dyad_adjudicator', 'MEMBER')::text", eve),
              QStringLiteral("true"));
    const CliRun missing = cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Finn"),
                                QStringLiteral("--existing"), db + QStringLiteral("_finn")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("There is no database role"))) << missing.err.toStdString();

    // A password on the command line is refused before anything happens.
    const CliRun onLine = cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Gus"),
                               QStringLiteral("--password"), kPassword});
    EXPECT_EQ(onLine.exitCode, 1);
    EXPECT_TRUE(onLine.err.contains(QStringLiteral("never goes on the command line"))) << onLine.err.toStdString();
    EXPECT_EQ(adminValue(*server, "SELECT count(*)::text FROM pg_roles WHERE rolname = $1", QStringLiteral("gus")),
              QStringLiteral("0"));
}

TEST(TeamAddReviewer, OwnerWithoutCreateRoleGetsTheSqlForAnAdministrator)
{
    REQUIRE_TEAM_SERVER(server, "an owner who may not create roles is told so with the exact SQL an administrator "
                                "runs (no password in it), and --existing then links the role the administrator made");
    // The group roles exist on the cluster once any team project was made.
    ASSERT_EQ(cli({QStringLiteral("team"), QStringLiteral("create"), server->url(server->newDatabase())}).exitCode, 0);
    const QString db = server->newDatabase();
    const QString owner = db + QStringLiteral("_owner");
    auto admin = PgConnection::connect(server->url(QStringLiteral("dyad")));
    ASSERT_TRUE(admin.ok());
    ASSERT_TRUE((*admin)->run("CREATE ROLE " + owner.toUtf8() + " LOGIN NOCREATEROLE").ok());
    ASSERT_TRUE((*admin)->run("ALTER DATABASE " + db.toUtf8() + " OWNER TO " + owner.toUtf8()).ok());
    auto adminInDb = PgConnection::connect(server->url(db));
    ASSERT_TRUE(adminInDb.ok());
    ASSERT_TRUE((*adminInDb)->run("ALTER SCHEMA public OWNER TO " + owner.toUtf8()).ok());
    const QString url = server->url(db, owner);
    const CliRun created = cli({QStringLiteral("team"), QStringLiteral("create"), url});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();

    const QString dana = db + QStringLiteral("_dana");
    const CliRun refused = cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Dana"),
                                QStringLiteral("--login"), dana, QStringLiteral("--password-stdin")},
                               kPassword.toUtf8() + "\n");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.startsWith(QStringLiteral("dyad-cli: Cannot create the database role \"%1\": your role "
                                                      "(%2) may not create roles (that needs the CREATEROLE "
                                                      "privilege). A database administrator can create it in psql:\n"
                                                      "    CREATE ROLE %1 LOGIN;\n"
                                                      "    \\password %1\n"
                                                      "    GRANT dyad_reviewer TO %1;\n"
                                                      "Then add it with: dyad-cli team add-reviewer %3 Dana --role "
                                                      "reviewer --existing %1")
                                           .arg(dana, owner, url)))
        << refused.err.toStdString();
    EXPECT_FALSE(refused.err.contains(kPassword));
    EXPECT_FALSE(refused.err.contains(QStringLiteral("Tr0ub4dor")));

    // The administrator runs the SQL (the password typed into psql's \password), then the
    // owner adds the role.
    ASSERT_TRUE((*admin)->run("CREATE ROLE " + dana.toUtf8() + " LOGIN; GRANT dyad_reviewer TO " + dana.toUtf8()).ok());
    const CliRun added = cli({QStringLiteral("team"), QStringLiteral("add-reviewer"), url, QStringLiteral("Dana"),
                              QStringLiteral("--existing"), dana});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliRun reviewers = cli({QStringLiteral("reviewers"), server->url(db, dana), QStringLiteral("--json")});
    EXPECT_TRUE(reviewers.outText().contains(QStringLiteral("\"name\": \"Dana\"")))
        << reviewers.outText().toStdString();
}
