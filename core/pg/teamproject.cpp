#include "core/pg/teamproject.h"

#include "core/open/open.h"
#include "core/open/serverprojects.h"
#include "core/pg/pgbackend.h"
#include "core/pg/pgconnection.h"
#include "core/pg/transfer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dyad::core::pg {

namespace {

QUuid signedInReviewer(PgBackend &backend)
{
    auto r = backend.connection().exec("SELECT id FROM reviewers WHERE db_role = session_user");
    return r.rows() ? QUuid::fromString(r.text(0, 0)) : QUuid();
}

QString groupRole(TeamRole role)
{
    switch (role) {
    case TeamRole::Lead:
        return QStringLiteral("dyad_lead");
    case TeamRole::Adjudicator:
        return QStringLiteral("dyad_adjudicator");
    case TeamRole::Reviewer:
        break;
    }
    return QStringLiteral("dyad_reviewer");
}

ReviewerRole reviewerRole(TeamRole role)
{
    switch (role) {
    case TeamRole::Lead:
        return ReviewerRole::Lead;
    case TeamRole::Adjudicator:
        return ReviewerRole::Adjudicator;
    case TeamRole::Reviewer:
        break;
    }
    return ReviewerRole::Reviewer;
}

} // namespace

bool isTeamLocation(const QString &location)
{
    return core::isServerLocation(location);
}

void registerTeamProjects()
{
    registerServerProjects({[](const QString &location, const NewProject &start) {
                                return createTeamProject(location, start);
                            },
                            [](const QString &location, bool readOnly) { return openTeamProject(location, readOnly); }});
}

Status checkNoPasswordIn(const QString &location)
{
    if (!locationHasPassword(location))
        return {};
    return makeError(QCoreApplication::translate("Team",
        "The server location contains a password. Leave it out and put it in ~/.pgpass "
        "(or PGPASSWORD), or use peer or certificate authentication."));
}

Result<std::unique_ptr<Project>> openTeamProject(const QString &location, bool readOnly)
{
    if (auto st = checkNoPasswordIn(location); !st)
        return st.takeError();
    auto backend = PgBackend::open(location, readOnly);
    if (!backend)
        return backend.takeError();
    const QUuid me = signedInReviewer(**backend);
    auto project = Project::attach(std::move(backend).value());
    if (!project)
        return project.takeError();
    (*project)->setActor(me);
    return project;
}

Result<std::unique_ptr<Project>> createTeamProject(const QString &location, const NewProject &start)
{
    if (auto st = checkNoPasswordIn(location); !st)
        return st.takeError();
    auto backend = PgBackend::create(location);
    if (!backend)
        return backend.takeError();
    NewProject options = start;
    if (options.title.isEmpty())
        options.title = QStringLiteral("Team project");
    return Project::initialise(std::move(backend).value(), options);
}

Result<std::unique_ptr<Project>> createTeamProject(const QString &location, const QString &title,
                                                   const QString &fromFile)
{
    if (fromFile.isEmpty())
        return createTeamProject(location, NewProject{title, {}, false});
    if (auto st = checkNoPasswordIn(location); !st)
        return st.takeError();
    auto backend = PgBackend::create(location);
    if (!backend)
        return backend.takeError();
    // The file's rows move in by COPY on the backend's own session, then the project opens on them.
    if (auto st = moveFileToServer(fromFile, (*backend)->connection()); !st)
        return st.takeError();
    return Project::attach(std::move(backend).value());
}

namespace {

enum class RoleMode { CreateOrReuse, Create, Existing };

/** The SQL a database administrator runs when the owner may not create or grant roles. */
QString adminSql(PgConnection &c, const QString &dbRole, const QString &group, bool create, bool password)
{
    auto q = c.run("SELECT quote_ident($1), quote_ident($2)", {dbRole.toUtf8(), group.toUtf8()});
    const QString role = q.rows() ? q.text(0, 0) : dbRole;
    const QString grp = q.rows() ? q.text(0, 1) : group;
    QString sql;
    if (create) {
        sql += QStringLiteral("    CREATE ROLE %1 LOGIN;\n").arg(role);
        if (password)
            sql += QStringLiteral("    \\password %1\n").arg(role);
    }
    sql += QStringLiteral("    GRANT %1 TO %2;\n").arg(grp, role);
    return sql;
}

Status addMember(const QString &location, const QString &reviewerName, const QString &dbRole, TeamRole role,
                 RoleMode mode, const std::optional<QString> &password)
{
    if (dbRole.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Team", "A team member needs a database role name."));
    auto project = openTeamProject(location);
    if (!project)
        return project.takeError();
    auto conn = PgConnection::connect(location);
    if (!conn)
        return conn.takeError();
    PgConnection &c = **conn;
    if (auto st = c.begin(); !st)
        return st;
    // Role names are identifiers: quoted by the server (quote_ident), never pasted in.
    auto exists = c.run("SELECT 1 FROM pg_roles WHERE rolname = $1", {dbRole.toUtf8()});
    if (!exists.ok()) {
        c.rollback();
        return makeError(exists.error());
    }
    const bool found = exists.rows() > 0;
    const QString group = groupRole(role);
    const QString addLater = QCoreApplication::translate("Team",
                                                         "Then add it with: dyad-cli team add-reviewer %1 %2 --role %3 "
                                                         "--existing %4")
                                 .arg(location, reviewerName, roleName(reviewerRole(role)), dbRole);
    if (found && mode == RoleMode::Create) {
        c.rollback();
        return makeError(QCoreApplication::translate("Team",
                                                     "The database role \"%1\" exists already. To let it sign in as "
                                                     "%2, add it with --existing %1.")
                             .arg(dbRole, reviewerName));
    }
    if (!found && mode == RoleMode::Existing) {
        c.rollback();
        return makeError(QCoreApplication::translate("Team",
                                                     "There is no database role \"%1\" on the server. Leave out "
                                                     "--existing to create it.")
                             .arg(dbRole));
    }
    if (!found) {
        auto may = c.run("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user");
        if (!may.ok() || may.text(0, 0) != QLatin1String("t")) {
            const QString sql = adminSql(c, dbRole, group, true, mode != RoleMode::CreateOrReuse && password);
            c.rollback();
            return makeError(QCoreApplication::translate("Team",
                                                         "Cannot create the database role \"%1\": your role (%2) may "
                                                         "not create roles (that needs the CREATEROLE privilege). A "
                                                         "database administrator can create it in psql:\n%3%4")
                                 .arg(dbRole, c.userName(), sql, addLater));
        }
        QByteArray statement;
        std::vector<PgValue> values{dbRole.toUtf8()};
        if (password) {
            // Hashed here: the clear text never reaches the server, its logs or pg_stat_activity.
            const QByteArray hash = c.encryptPassword(dbRole, *password);
            if (hash.isEmpty()) {
                c.rollback();
                return makeError(QCoreApplication::translate("Team",
                                                             "Cannot prepare the password for the role \"%1\".")
                                     .arg(dbRole));
            }
            statement = "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', $1::text, $2::text)";
            values.push_back(hash);
        } else {
            statement = "SELECT format('CREATE ROLE %I LOGIN', $1::text)";
        }
        auto create = c.run(statement, values);
        auto made = create.ok() ? c.run(create.text(0, 0).toUtf8()) : std::move(create);
        if (!made.ok()) {
            c.rollback();
            return makeError(QCoreApplication::translate("Team",
                                                         "Cannot create the database role \"%1\".\nThe server said: %2")
                                 .arg(dbRole, made.error()));
        }
    }
    for (const QString &g : {QStringLiteral("dyad_reviewer"), QStringLiteral("dyad_lead"),
                             QStringLiteral("dyad_adjudicator")}) {
        auto member = c.run("SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                            "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = $1 AND r.rolname = $2)",
                            {g.toUtf8(), dbRole.toUtf8()});
        const bool isMember = member.ok() && member.text(0, 0) == QLatin1String("t");
        const bool wanted = g == group;
        if (isMember == wanted)
            continue;
        auto stmt = c.run(wanted ? "SELECT format('GRANT %I TO %I', $1::text, $2::text)"
                                 : "SELECT format('REVOKE %I FROM %I', $1::text, $2::text)",
                          {g.toUtf8(), dbRole.toUtf8()});
        if (auto r = stmt.ok() ? c.run(stmt.text(0, 0).toUtf8()) : std::move(stmt); !r.ok()) {
            const bool denied = r.sqlState() == "42501";
            c.rollback();
            if (denied && wanted) {
                auto again = PgConnection::connect(location); // the transaction above is over
                const QString sql = again ? adminSql(**again, dbRole, group, false, false)
                                          : QStringLiteral("    GRANT %1 TO %2;\n").arg(group, dbRole);
                return makeError(QCoreApplication::translate("Team",
                                                             "Cannot give \"%1\" the group role %2: your role (%3) "
                                                             "may not grant it. A database administrator can, in "
                                                             "psql:\n%4%5")
                                     .arg(dbRole, group, c.userName(), sql, addLater));
            }
            return makeError(QCoreApplication::translate("Team",
                                                         "Cannot change the group roles of \"%1\".\nThe server said: %2")
                                 .arg(dbRole, r.error()));
        }
    }
    const ReviewerRole projectRole = reviewerRole(role);
    auto existing = (*project)->reviewerByName(reviewerName);
    QUuid reviewerId;
    if (existing) {
        reviewerId = existing->id;
        if (existing->role == ReviewerRole::Consensus) {
            c.rollback();
            return makeError(QCoreApplication::translate("Team", "The Consensus is not a person and cannot sign in."));
        }
    }
    if (auto st = c.commit(); !st)
        return st;
    // The reviewer row through Project (validated and audited), then the link to the role.
    if (!existing) {
        auto added = (*project)->addReviewer(reviewerName, projectRole);
        if (!added)
            return added.takeError();
        reviewerId = added->id;
    } else if (existing->role != projectRole) {
        return makeError(QCoreApplication::translate("Team", "\"%1\" is a %2 in this project; give them that role.")
                             .arg(reviewerName, roleName(existing->role)));
    }
    auto link = c.run("UPDATE reviewers SET db_role = $2 WHERE id = $1", {uuidText(reviewerId).toUtf8(), dbRole.toUtf8()});
    if (!link.ok())
        return makeError(QCoreApplication::translate("Team", "Cannot link \"%1\" to the role \"%2\": %3")
                             .arg(reviewerName, dbRole, link.error()));
    return (*project)->audit(QStringLiteral("reviewer.sign-in"), QStringLiteral("reviewer"), reviewerId,
                             {{QStringLiteral("role"), dbRole}});
}

} // namespace

Status addTeamMember(const QString &location, const QString &reviewerName, const QString &dbRole, TeamRole role)
{
    return addMember(location, reviewerName, dbRole, role, RoleMode::CreateOrReuse, std::nullopt);
}

Status addTeamMember(const QString &location, const QString &reviewerName, const QString &dbRole, TeamRole role,
                     const SignIn &signIn)
{
    return addMember(location, reviewerName, dbRole, role, signIn.existing ? RoleMode::Existing : RoleMode::Create,
                     signIn.password);
}

} // namespace dyad::core::pg
