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

Status addTeamMember(const QString &location, const QString &reviewerName, const QString &dbRole, TeamRole role)
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
    QByteArray sql;
    if (exists.rows() == 0) {
        auto create = c.run("SELECT format('CREATE ROLE %I LOGIN', $1::text)", {dbRole.toUtf8()});
        if (!create.ok() || !c.run(create.text(0, 0).toUtf8()).ok()) {
            const QString why = create.ok()
                ? QCoreApplication::translate("Team", "you may not create roles (CREATEROLE is needed)")
                : create.error();
            c.rollback();
            return makeError(
                QCoreApplication::translate("Team", "Cannot create the database role \"%1\": %2").arg(dbRole, why));
        }
    }
    for (const QString &group : {QStringLiteral("dyad_reviewer"), QStringLiteral("dyad_lead"),
                                 QStringLiteral("dyad_adjudicator")}) {
        auto stmt = c.run(group == groupRole(role) ? "SELECT format('GRANT %I TO %I', $1::text, $2::text)"
                                                   : "SELECT format('REVOKE %I FROM %I', $1::text, $2::text)",
                          {group.toUtf8(), dbRole.toUtf8()});
        if (auto r = stmt.ok() ? c.run(stmt.text(0, 0).toUtf8()) : std::move(stmt); !r.ok()) {
            c.rollback();
            return makeError(QCoreApplication::translate("Team", "Cannot give \"%1\" the role %2: %3")
                                 .arg(dbRole, group, r.error()));
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

} // namespace dyad::core::pg
