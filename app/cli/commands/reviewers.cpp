// reviewers: list or add the people who code.
#include "cliutil.h"

using namespace dyad::core;

namespace dyad::cli {
namespace {

int runReviewers(Context &ctx)
{
    QStringList args = ctx.args;
    const QString add = takeOption(args, QStringLiteral("add"));
    const QString roleText = takeOption(args, QStringLiteral("role"));
    if (args.size() != 1)
        return fail(QStringLiteral("reviewers takes one project file."));
    auto project = openProject(args.front(), add.isEmpty());
    if (!project)
        return 1;
    if (!add.isEmpty()) {
        const auto role = roleText.isEmpty() ? std::optional(ReviewerRole::Reviewer) : roleFromName(roleText);
        if (!role)
            return fail(QStringLiteral("unknown role \"%1\" (expected reviewer, adjudicator or lead).").arg(roleText));
        auto r = project->addReviewer(add, *role);
        if (!r)
            return fail(r.error());
        if (ctx.json)
            printJson(QJsonObject{{QStringLiteral("id"), uuidText(r->id)}, {QStringLiteral("name"), r->name}});
        else
            out(QStringLiteral("Added %1 (%2)").arg(r->name, roleName(r->role)));
        return 0;
    }
    const auto all = project->reviewers();
    if (ctx.json) {
        QJsonArray rows;
        for (const Reviewer &r : all)
            rows.append(QJsonObject{{QStringLiteral("id"), uuidText(r.id)},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("role"), roleName(r.role)},
                                    {QStringLiteral("codings"),
                                     static_cast<qint64>(project->codingCount({{}, r.id, {}, {}}))}});
        printJson(rows);
        return 0;
    }
    QList<QStringList> rows;
    for (const Reviewer &r : all)
        rows << QStringList{r.name, roleName(r.role),
                            QString::number(project->codingCount({{}, r.id, {}, {}})), uuidText(r.id)};
    printTable({QStringLiteral("Name"), QStringLiteral("Role"), QStringLiteral("Codings"), QStringLiteral("Id")}, rows);
    return 0;
}

CommandRegistrar s_reviewers({QStringLiteral("reviewers"), QStringLiteral("List reviewers, or add one"),
                              QStringLiteral("Usage: dyad-cli reviewers PROJECT.dyad [--json]\n"
                                             "       dyad-cli reviewers PROJECT.dyad --add NAME [--role reviewer|"
                                             "adjudicator|lead]"),
                              runReviewers});

} // namespace
} // namespace dyad::cli
