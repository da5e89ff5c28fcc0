#pragma once

#include "core/model/project.h"
#include "core/result.h"

#include <memory>
#include <optional>

namespace dyad::core::pg {

/** Roles a team member can be given on the server (dyad-cli team add-reviewer). */
enum class TeamRole { Reviewer, Lead, Adjudicator };

/**
 * Opens the team project at a postgresql:// location (core/open's openProject() comes here
 * for such locations). The project acts for the reviewer
 * whose role signed in (setActor()), so Project's rules and the server's policies agree; a
 * session without a reviewer (the database owner) acts for nobody in particular, like a tool.
 */
Result<std::unique_ptr<Project>> openTeamProject(const QString &location, bool readOnly = false);

/**
 * Creates the server schema in the empty database at `location` and either a new, empty team
 * project (title) or, when `fromFile` is given, moves that project file in, row for row.
 * Must be signed in as the database owner.
 */
Result<std::unique_ptr<Project>> createTeamProject(const QString &location, const QString &title,
                                                   const QString &fromFile = QString());
/** Creates the server schema and a new, empty team project with the given start (core/open's createProject()). */
Result<std::unique_ptr<Project>> createTeamProject(const QString &location, const NewProject &start);

/**
 * Lets the PostgreSQL role `dbRole` sign in as reviewer `reviewerName` (created when the
 * project has none of that name) with the given role: creates the login role if it does not
 * exist (no password: set one with ALTER ROLE, or use peer or certificate authentication),
 * grants it the matching group role and links it to the reviewer. Owner only.
 */
Status addTeamMember(const QString &location, const QString &reviewerName, const QString &dbRole, TeamRole role);

/** How a team member's sign-in role comes about (dyad-cli team add-reviewer). */
struct SignIn
{
    /** True: the role exists already on the server and is only added; false: it is created. */
    bool existing = false;
    /**
     * For a new role: its password, sent to the server only as a SCRAM hash; none for peer or
     * certificate authentication.
     */
    std::optional<QString> password;
};

/**
 * As above, with the sign-in role made as `signIn` says: a new LOGIN role (refused when one of
 * that name exists: add it with `existing`), or an existing one (refused when there is none).
 * When the signed-in owner may not create roles (no CREATEROLE), the message says so and
 * gives the SQL a database administrator can run (never with a password in it).
 */
Status addTeamMember(const QString &location, const QString &reviewerName, const QString &dbRole, TeamRole role,
                     const SignIn &signIn);

/** True for a postgresql:// (or postgres://) location, false for a project file path. */
bool isTeamLocation(const QString &location);

/**
 * Lets core/open's createProject() and openProject() take postgresql:// locations: called
 * once at the start of each program that opens team projects (dyad, dyad-cli, the team
 * tests and benchmarks), which are the programs that link dyad_pg and so libpq.
 */
void registerTeamProjects();

/**
 * A password written into a location would end up in shell histories, process lists and
 * Open Recent: such locations are refused with a message saying where passwords go instead.
 */
Status checkNoPasswordIn(const QString &location);

} // namespace dyad::core::pg
