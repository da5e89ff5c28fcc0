// team: projects on a PostgreSQL team server (docs/team.md).
#include "cliutil.h"

#include "core/pg/teamproject.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace dyad::core;

namespace dyad::cli {
namespace {

/** One line typed on the terminal without echo; nothing when there is no terminal. */
std::optional<QString> readHidden(const char *prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    termios normal{};
    if (tcgetattr(fd, &normal) != 0) {
        std::fclose(tty);
        return std::nullopt;
    }
    termios quiet = normal;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    std::fputs(prompt, tty);
    std::fflush(tty);
    tcsetattr(fd, TCSAFLUSH, &quiet);
    char line[1024];
    const bool read = std::fgets(line, sizeof line, tty) != nullptr;
    tcsetattr(fd, TCSAFLUSH, &normal);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!read)
        return std::nullopt;
    QString text = QString::fromLocal8Bit(line);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

/** The password for a new role: from stdin (--password-stdin) or typed twice on the terminal. */
std::optional<QString> newPassword(bool fromStdin, QString *error)
{
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the password from standard input.");
            return std::nullopt;
        }
        QString text = QString::fromUtf8(in.readLine());
        while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (text.isEmpty()) {
            *error = QStringLiteral("--password-stdin read an empty password (one line is expected).");
            return std::nullopt;
        }
        return text;
    }
    const auto first = readHidden("Password for the new role: ");
    if (!first) {
        *error = QStringLiteral("there is no terminal to type the password on: give it with --password-stdin, or "
                                "use --no-password for peer or certificate authentication.");
        return std::nullopt;
    }
    if (first->isEmpty()) {
        *error = QStringLiteral("the password is empty; use --no-password for peer or certificate authentication.");
        return std::nullopt;
    }
    const auto again = readHidden("Type it again: ");
    if (!again || *again != *first) {
        *error = QStringLiteral("the two passwords differ; nothing was changed.");
        return std::nullopt;
    }
    return first;
}

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
        for (const QString &a : std::as_const(args))
            if (a == QLatin1String("--password") || a.startsWith(QLatin1String("--password=")))
                return fail(QStringLiteral("a password never goes on the command line (shell histories and process "
                                           "lists keep it): type it when asked, or give it with --password-stdin."));
        const QString roleText = takeOption(args, QStringLiteral("role"));
        QString dbRole = takeOption(args, QStringLiteral("login"));
        const QString existing = takeOption(args, QStringLiteral("existing"));
        const bool fromStdin = takeFlag(args, QStringLiteral("password-stdin"));
        const bool noPassword = takeFlag(args, QStringLiteral("no-password"));
        if (args.size() != 2)
            return fail(QStringLiteral("team add-reviewer takes a server location and a reviewer name."));
        pg::TeamRole role = pg::TeamRole::Reviewer;
        if (roleText == QLatin1String("lead"))
            role = pg::TeamRole::Lead;
        else if (roleText == QLatin1String("adjudicator"))
            role = pg::TeamRole::Adjudicator;
        else if (!roleText.isEmpty() && roleText != QLatin1String("reviewer"))
            return fail(QStringLiteral("unknown role \"%1\" (expected reviewer, lead or adjudicator).").arg(roleText));
        if (!existing.isNull() && !dbRole.isNull())
            return fail(QStringLiteral("--existing names the role already: leave out --login."));
        if (int(fromStdin) + int(noPassword) + int(!existing.isNull()) > 1)
            return fail(QStringLiteral("choose one of --password-stdin, --no-password and --existing ROLE (an "
                                       "existing role keeps its password)."));
        pg::SignIn signIn;
        signIn.existing = !existing.isNull();
        if (signIn.existing)
            dbRole = existing;
        if (dbRole.isEmpty())
            dbRole = args[1].trimmed().toLower();
        if (!signIn.existing && !noPassword) {
            QString error;
            signIn.password = newPassword(fromStdin, &error);
            if (!signIn.password)
                return fail(error);
        }
        if (auto st = pg::addTeamMember(args[0], args[1], dbRole, role, signIn); !st)
            return fail(st.error());
        const QString as = roleText.isEmpty() ? QStringLiteral("reviewer") : roleText;
        if (signIn.existing)
            out(QStringLiteral("%1 signs in as the existing database role \"%2\" (%3).").arg(args[1], dbRole, as));
        else if (signIn.password)
            out(QStringLiteral("%1 signs in as the new database role \"%2\" (%3) with the password given.")
                    .arg(args[1], dbRole, as));
        else
            out(QStringLiteral("%1 signs in as the new database role \"%2\" (%3) without a password: the server "
                               "must let it in by peer or certificate authentication (pg_hba.conf).")
                    .arg(args[1], dbRole, as));
        return 0;
    }
    return fail(QStringLiteral("unknown team subcommand \"%1\" (expected create, snapshot or add-reviewer).").arg(sub));
}

CommandRegistrar s_team({QStringLiteral("team"), QStringLiteral("Team projects on a PostgreSQL server"),
                         QStringLiteral(
                             "Usage: dyad-cli team create URL [--from PROJECT.dyad] [--title TITLE]\n"
                             "       dyad-cli team snapshot URL NEW.dyad\n"
                             "       dyad-cli team add-reviewer URL NAME [--role reviewer|lead|adjudicator] "
                             "[--login ROLE] [--password-stdin | --no-password]\n"
                             "       dyad-cli team add-reviewer URL NAME [--role ...] --existing ROLE\n"
                             "URL is a libpq location, e.g. postgresql://server/review?sslmode=require. Passwords\n"
                             "come from ~/.pgpass, PGPASSWORD or peer/certificate authentication, never the URL.\n"
                             "create makes the schema in an empty database (as its owner) and moves the project\n"
                             "file in; snapshot writes a file copy of what you may read; add-reviewer creates the\n"
                             "reviewer's login role (default: the name in lower case) with a password typed\n"
                             "without echo (or one line read with --password-stdin; --no-password for peer or\n"
                             "certificate sign-in), gives it the group role and links it; --existing adds a role\n"
                             "the server has already. Creating roles needs CREATEROLE; without it the message\n"
                             "gives the SQL a database administrator can run.\n"
                             "Every other command takes a URL where it takes a project file."),
                         runTeam});

} // namespace
} // namespace dyad::cli
