// init, demo, check, backup, audit: whole-project commands.
#include "cliutil.h"
#include "core/open/open.h"

#include "core/io/csv.h"
#include "core/io/demoproject.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

using namespace dyad::core;

namespace dyad::cli {
namespace {

int runInit(Context &ctx)
{
    QStringList args = ctx.args;
    const QString title = takeOption(args, QStringLiteral("title"));
    if (args.size() != 1)
        return fail(QStringLiteral("init takes one project file, e.g. 'dyad-cli init review.dyad'."));
    auto project = createProject(args.front(), title);
    if (!project)
        return fail(project.error());
    if (ctx.json)
        printJson(QJsonObject{{QStringLiteral("path"), args.front()}, {QStringLiteral("id"), uuidText((*project)->projectId())}});
    else
        out(QStringLiteral("Created %1").arg(args.front()));
    return 0;
}

int runDemo(Context &ctx)
{
    QStringList args = ctx.args;
    QString source = takeOption(args, QStringLiteral("source"));
    const bool force = takeFlag(args, QStringLiteral("force"));
    if (args.size() != 1)
        return fail(QStringLiteral("demo takes the file to create, e.g. 'dyad-cli demo demo.dyad'."));
    if (source.isEmpty())
        source = QStringLiteral(DYAD_DEMO_SOURCE_DIR);
    const QString path = args.front();
    if (QFileInfo::exists(path)) {
        if (!force)
            return fail(QStringLiteral("%1 exists already (use --force to rebuild it).").arg(path));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    auto project = buildDemoProject(path, source);
    if (!project)
        return fail(project.error());
    const qint64 codings = static_cast<qint64>((*project)->codings().size());
    if (ctx.json)
        printJson(QJsonObject{{QStringLiteral("path"), path},
                              {QStringLiteral("records"), (*project)->recordCount()},
                              {QStringLiteral("codings"), codings}});
    else
        out(QStringLiteral("Built the demo project %1: %2 records, %3 codings by two reviewers.")
                .arg(path)
                .arg((*project)->recordCount())
                .arg(codings));
    return 0;
}

int runCheck(Context &ctx)
{
    if (ctx.args.size() != 1)
        return fail(QStringLiteral("check takes one project file."));
    auto project = openProject(ctx.args.front(), true);
    if (!project)
        return 1;
    const CheckReport report = project->check();
    if (ctx.json) {
        printJson(QJsonObject{{QStringLiteral("ok"), report.ok()},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    } else if (report.ok()) {
        out(QStringLiteral("%1: OK (%2 records, %3 codings, %4 codes).")
                .arg(ctx.args.front())
                .arg(project->recordCount())
                .arg(project->codings().size())
                .arg(project->allCodes().size()));
    } else {
        for (const QString &p : report.problems)
            err(p);
        err(QStringLiteral("dyad-cli: %1 has %2 problem(s).").arg(ctx.args.front()).arg(report.problems.size()));
    }
    return report.ok() ? 0 : 1;
}

int runBackup(Context &ctx)
{
    QStringList args = ctx.args;
    const QString folder = takeOption(args, QStringLiteral("rotate"));
    const QString keepText = takeOption(args, QStringLiteral("keep"));
    if (args.isEmpty() || (folder.isEmpty() && args.size() != 2) || (!folder.isEmpty() && args.size() != 1))
        return fail(QStringLiteral("backup takes PROJECT COPY, or PROJECT --rotate FOLDER [--keep N]."));
    auto project = openProject(args.front(), true);
    if (!project)
        return 1;
    QString written;
    if (!folder.isEmpty()) {
        auto r = project->rotateBackup(folder, keepText.isEmpty() ? 5 : keepText.toInt());
        if (!r)
            return fail(r.error());
        written = *r;
    } else {
        if (auto st = project->saveCopy(args[1]); !st)
            return fail(st.error());
        written = args[1];
    }
    if (ctx.json)
        printJson(QJsonObject{{QStringLiteral("written"), written}});
    else
        out(QStringLiteral("Wrote %1").arg(written));
    return 0;
}

int runAudit(Context &ctx)
{
    QStringList args = ctx.args;
    if (refuseViewer(args, QStringLiteral("audit"),
                     QStringLiteral("the audit log records everybody's changes, coding details included.")))
        return 1;
    const bool csv = takeFlag(args, QStringLiteral("csv"));
    if (args.size() != 1)
        return fail(QStringLiteral("audit takes one project file."));
    auto project = openProject(args.front(), true);
    if (!project)
        return 1;
    std::map<QUuid, QString> names;
    for (const Reviewer &r : project->reviewers())
        names[r.id] = r.name;
    const auto log = project->auditLog();
    if (ctx.json) {
        QJsonArray rows;
        for (const AuditEntry &e : log)
            rows.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                    {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("actor"), names[e.actorId]},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("entity"), e.entityType},
                                    {QStringLiteral("id"), e.entityId.isNull() ? QString() : uuidText(e.entityId)},
                                    {QStringLiteral("details"), e.details}});
        printJson(rows);
        return 0;
    }
    if (csv) {
        io::CsvWriter table(QStringLiteral("seq,at,actor,action,entity,id,details").split(QLatin1Char(',')));
        for (const AuditEntry &e : log)
            table.addCells({io::CsvCell(e.seq), e.at.toString(Qt::ISODateWithMs), names[e.actorId], e.action, e.entityType,
                            e.entityId.isNull() ? QString() : uuidText(e.entityId),
                            QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))});
        outCsv(table.text());
        return 0;
    }
    QList<QStringList> rows;
    for (const AuditEntry &e : log)
        rows << QStringList{QString::number(e.seq), e.at.toString(Qt::ISODate), names[e.actorId], e.action,
                            e.entityId.isNull() ? QString() : uuidText(e.entityId).left(8)};
    printTable({QStringLiteral("#"), QStringLiteral("When (UTC)"), QStringLiteral("Who"), QStringLiteral("Action"),
                QStringLiteral("Id")},
               rows);
    return 0;
}

CommandRegistrar s_init({QStringLiteral("init"), QStringLiteral("Create a new, empty project file"),
                         QStringLiteral("Usage: dyad-cli init PROJECT.dyad [--title TEXT] [--json]\n\n"
                                        "Creates a new project file. Fails if the file exists."),
                         runInit});
CommandRegistrar s_demo({QStringLiteral("demo"), QStringLiteral("Build the demo project (12 abstracts, two reviewers)"),
                         QStringLiteral("Usage: dyad-cli demo PROJECT.dyad [--force] [--source DIR] [--json]\n\n"
                                        "Builds the demo project from the JSON sources in resources/demo:\n"
                                        "12 abstracts (three Chinese or bilingual), a codebook of themes, sub-themes\n"
                                        "and codes, and two reviewers' independent codings."),
                         runDemo});
CommandRegistrar s_check({QStringLiteral("check"), QStringLiteral("Check a project's integrity and consistency"),
                          QStringLiteral("Usage: dyad-cli check PROJECT.dyad [--json]\n\n"
                                         "Runs SQLite's integrity check and Dyad's own checks (spans inside their\n"
                                         "texts, no duplicate codings, codes' parents exist, no cycles, known round\n"
                                         "phases, roles and statuses, one Consensus reviewer). Each problem names\n"
                                         "the rows concerned.\n"
                                         "Exit code 0 when sound, 1 otherwise. Opens the file read-only."),
                          runCheck});
CommandRegistrar s_backup({QStringLiteral("backup"), QStringLiteral("Save a consistent copy, or rotating backups"),
                           QStringLiteral("Usage: dyad-cli backup PROJECT.dyad COPY.dyad\n"
                                          "       dyad-cli backup PROJECT.dyad --rotate FOLDER [--keep N]\n\n"
                                          "Copies the project with SQLite's online backup (safe while the project\n"
                                          "is open elsewhere). --rotate writes a time-stamped copy into FOLDER and\n"
                                          "keeps the newest N (default 5)."),
                           runBackup});
CommandRegistrar s_audit({QStringLiteral("audit"), QStringLiteral("Show the audit log (who did what, when)"),
                          QStringLiteral("Usage: dyad-cli audit PROJECT.dyad [--csv] [--json]\n\n"
                                         "Lists every change recorded in the project, oldest first. The log names every\n"
                                         "reviewer's codings and codes, so it is not blinded and takes no --as."),
                          runAudit});

} // namespace
} // namespace dyad::cli
