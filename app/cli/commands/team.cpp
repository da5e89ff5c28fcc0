// team: projects on a PostgreSQL team server (docs/team.md).
#include "cliutil.h"

#include "core/pg/teamproject.h"

#include <QFileInfo>

using namespace dyad::core;

namespace dyad::cli {
namespace {

int runTeam(Context &ctx)
{
    QStringList args = ctx.args;
    if (args.isEmpty())
        return fail(QStringLiteral("team needs a subcommand: create, snapshot or add-reviewer (see dyad-cli team --help)."));
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("create")) {
        const QString from = takeOption(args, QStringLiteral("from"));
        const QString title = takeOption(args, QStringLiteral("title"));
        if (args.size() != 1)
            return fail(QStringLiteral("team create takes one server location (postgresql://...)."));
        if (!pg::isTeamLocation(args[0]))
            return fail(QStringLiteral("\"%1\" is not a server location: it should start with postgresql://.").arg(args[0]));
        auto created = pg::createTeamProject(args[0], title, from);
        if (!created)
            return fail(created.error());
        const auto &project = **created;
        if (ctx.json)
            printJson(QJsonObject{{QStringLiteral("id"), uuidText(project.projectId())},
                                  {QStringLiteral("title"), project.title()},
                                  {QStringLiteral("records"), static_cast<double>(project.recordCount())},
                                  {QStringLiteral("codings"), static_cast<double>(project.codings().size())}});
        else if (from.isEmpty())
            out(QStringLiteral("Created the team project \"%1\".").arg(project.title()));
        else
            out(QStringLiteral("Moved %1 to the team server: %2 records, %3 codings.")
                    .arg(QFileInfo(from).fileName())
                    .arg(project.recordCount())
                    .arg(project.codings().size()));
        return 0;
    }
    if (sub == QLatin1String("snapshot")) {
        if (args.size() != 2)
            return fail(QStringLiteral("team snapshot takes a server location and a new project file."));
        if (QFileInfo::exists(args[1]))
            return fail(QStringLiteral("%1 exists already: choose a new file for the snapshot.").arg(args[1]));
        auto project = openProject(args[0], true);
        if (!project)
            return 1;
        if (auto st = project->saveCopy(args[1]); !st)
            return fail(st.error());
        out(QStringLiteral("Wrote %1: %2 records, %3 codings.")
                .arg(args[1])
                .arg(project->recordCount())
                .arg(project->codings().size()));
        return 0;
    }
    if (sub == QLatin1String("add-reviewer")) {
        const QString roleText = takeOption(args, QStringLiteral("role"));
        QString dbRole = takeOption(args, QStringLiteral("login"));
        if (args.size() != 2)
            return fail(QStringLiteral("team add-reviewer takes a server location and a reviewer name."));
        pg::TeamRole role = pg::TeamRole::Reviewer;
        if (roleText == QLatin1String("lead"))
            role = pg::TeamRole::Lead;
        else if (roleText == QLatin1String("adjudicator"))
            role = pg::TeamRole::Adjudicator;
        else if (!roleText.isEmpty() && roleText != QLatin1String("reviewer"))
            return fail(QStringLiteral("unknown role \"%1\" (expected reviewer, lead or adjudicator).").arg(roleText));
        if (dbRole.isEmpty())
            dbRole = args[1].trimmed().toLower();
        if (auto st = pg::addTeamMember(args[0], args[1], dbRole, role); !st)
            return fail(st.error());
        out(QStringLiteral("%1 signs in as the database role \"%2\" (%3). Give it a password with ALTER ROLE on the "
                           "server, or use peer or certificate authentication.")
                .arg(args[1], dbRole, roleText.isEmpty() ? QStringLiteral("reviewer") : roleText));
        return 0;
    }
    return fail(QStringLiteral("unknown team subcommand \"%1\" (expected create, snapshot or add-reviewer).").arg(sub));
}

CommandRegistrar s_team({QStringLiteral("team"), QStringLiteral("Team projects on a PostgreSQL server"),
                         QStringLiteral(
                             "Usage: dyad-cli team create URL [--from PROJECT.dyad] [--title TITLE]\n"
                             "       dyad-cli team snapshot URL NEW.dyad\n"
                             "       dyad-cli team add-reviewer URL NAME [--role reviewer|lead|adjudicator] "
                             "[--login ROLE]\n"
                             "URL is a libpq location, e.g. postgresql://server/review?sslmode=require. Passwords\n"
                             "come from ~/.pgpass, PGPASSWORD or peer/certificate authentication, never the URL.\n"
                             "create makes the schema in an empty database (as its owner) and moves the project\n"
                             "file in; snapshot writes a file copy of what you may read; add-reviewer creates the\n"
                             "reviewer's database role (default: the name in lower case) and links it.\n"
                             "Every other command takes a URL where it takes a project file."),
                         runTeam});

} // namespace
} // namespace dyad::cli
