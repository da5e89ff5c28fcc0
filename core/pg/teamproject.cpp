#include "core/pg/teamproject.h"

#include "core/model/storeextensions.h"
#include "core/pg/pgagreementstore.h"
#include "core/pg/pgconnection.h"
#include "core/pg/pgdecisionstore.h"
#include "core/pg/pgstore.h"
#include "core/pg/transfer.h"

#include <QFileInfo>

#include <mutex>

namespace dyad::core::pg {

namespace {

/** Lets openAgreementStore() and openDecisionStore() find this backend's stores for a project on a server. */
void registerServerStores()
{
    static std::once_flag once;
    std::call_once(once, [] {
        StoreExtensions extensions;
        extensions.agreement = [](Store &store) -> std::unique_ptr<agreement::AgreementStore> {
            auto *server = dynamic_cast<PgStore *>(&store);
            return server ? std::make_unique<PgAgreementStore>(server->connection()) : nullptr;
        };
        extensions.decisions = [](Store &store) -> std::unique_ptr<reconcile::DecisionStore> {
            auto *server = dynamic_cast<PgStore *>(&store);
            return server ? std::make_unique<PgDecisionStore>(server->connection()) : nullptr;
        };
        registerStoreExtensions(extensions);
    });
}

QUuid signedInReviewer(PgStore &store)
{
    auto r = store.connection().exec("SELECT id FROM reviewers WHERE db_role = session_user");
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
    return isServerLocation(location);
}

Status checkNoPasswordIn(const QString &location)
{
    if (!locationHasPassword(location))
        return {};
    return makeError(QStringLiteral("The server location contains a password. Leave it out and put it in ~/.pgpass "
                                    "(or PGPASSWORD), or use peer or certificate authentication."));
}

Result<std::unique_ptr<Project>> openTeamProject(const QString &location, bool readOnly)
{
    if (auto st = checkNoPasswordIn(location); !st)
        return st.takeError();
    registerServerStores();
    auto store = PgStore::open(location, readOnly);
    if (!store)
        return store.takeError();
    const QUuid me = signedInReviewer(**store);
    auto project = std::make_unique<Project>(std::move(store).value());
    if (project->projectId().isNull())
        return makeError(QStringLiteral("Cannot open the team project: it is incomplete (it has no project id)."));
    project->setActor(me);
    return project;
}

Result<std::unique_ptr<Project>> createTeamProject(const QString &location, const QString &title,
                                                   const QString &fromFile)
{
    if (auto st = checkNoPasswordIn(location); !st)
        return st.takeError();
    registerServerStores();
    auto store = PgStore::create(location);
    if (!store)
        return store.takeError();
    if (!fromFile.isEmpty()) {
        if (auto st = moveFileToServer(fromFile, (*store)->connection()); !st)
            return st.takeError();
        return std::make_unique<Project>(std::move(store).value());
    }
    // What Project::create() writes into a new file: the project's identity and the Consensus.
    PgStore &s = **store;
    const QUuid projectId = QUuid::createUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto tx = s.begin();
    if (!tx)
        return tx.takeError();
    for (auto st : {s.setMeta(QStringLiteral("project_id"), uuidText(projectId)),
                    s.setMeta(QStringLiteral("created"), now.toString(Qt::ISODateWithMs)),
                    s.setMeta(QStringLiteral("title"), title.isEmpty() ? QStringLiteral("Team project") : title),
                    s.insertReviewer({QUuid::createUuid(), QStringLiteral("Consensus"), ReviewerRole::Consensus, now}),
                    s.appendAudit({0, now, {}, QStringLiteral("project.create"), QStringLiteral("project"), projectId, {}}),
                    (*tx)->commit()}) {
        if (!st)
            return st.takeError();
    }
    return std::make_unique<Project>(std::move(store).value());
}

Status addTeamMember(const QString &location, const QString &reviewerName, const QString &dbRole, TeamRole role)
{
    if (dbRole.trimmed().isEmpty())
        return makeError(QStringLiteral("A team member needs a database role name."));
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
            const QString why = create.ok() ? QStringLiteral("you may not create roles (CREATEROLE is needed)")
                                            : create.error();
            c.rollback();
            return makeError(QStringLiteral("Cannot create the database role \"%1\": %2").arg(dbRole, why));
        }
    }
    for (const QString &group : {QStringLiteral("dyad_reviewer"), QStringLiteral("dyad_lead"),
                                 QStringLiteral("dyad_adjudicator")}) {
        auto stmt = c.run(group == groupRole(role) ? "SELECT format('GRANT %I TO %I', $1::text, $2::text)"
                                                   : "SELECT format('REVOKE %I FROM %I', $1::text, $2::text)",
                          {group.toUtf8(), dbRole.toUtf8()});
        if (auto r = stmt.ok() ? c.run(stmt.text(0, 0).toUtf8()) : std::move(stmt); !r.ok()) {
            c.rollback();
            return makeError(QStringLiteral("Cannot give \"%1\" the role %2: %3").arg(dbRole, group, r.error()));
        }
    }
    const ReviewerRole projectRole = reviewerRole(role);
    auto existing = (*project)->reviewerByName(reviewerName);
    QUuid reviewerId;
    if (existing) {
        reviewerId = existing->id;
        if (existing->role == ReviewerRole::Consensus) {
            c.rollback();
            return makeError(QStringLiteral("The Consensus is not a person and cannot sign in."));
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
        return makeError(QStringLiteral("\"%1\" is a %2 in this project; give them that role.")
                             .arg(reviewerName, roleName(existing->role)));
    }
    auto link = c.run("UPDATE reviewers SET db_role = $2 WHERE id = $1", {uuidText(reviewerId).toUtf8(), dbRole.toUtf8()});
    if (!link.ok())
        return makeError(QStringLiteral("Cannot link \"%1\" to the role \"%2\": %3").arg(reviewerName, dbRole, link.error()));
    return (*project)->audit(QStringLiteral("reviewer.sign-in"), QStringLiteral("reviewer"), reviewerId,
                             {{QStringLiteral("role"), dbRole}});
}

bool isOffline(const Project &project)
{
    const auto *server = dynamic_cast<const PgStore *>(&project.store());
    return server && !server->isConnected();
}

Result<std::unique_ptr<Project>> openProjectAt(const QString &location, bool readOnly)
{
    if (isServerLocation(location))
        return openTeamProject(location, readOnly);
    return Project::open(location, readOnly);
}

} // namespace dyad::core::pg
