// codes: the codebook as a tree; add, rename, move, merge, delete.
#include "cliutil.h"

#include <map>

using namespace dyad::core;

namespace dyad::cli {
namespace {

void printTree(const Project &project, const std::vector<Code> &codes, const std::map<QUuid, qint64> &counts,
               const QUuid &parent, int depth, QJsonArray *json)
{
    for (const Code &c : codes) {
        if (c.parentId != parent)
            continue;
        const qint64 n = counts.count(c.id) ? counts.at(c.id) : 0;
        if (json) {
            json->append(QJsonObject{{QStringLiteral("id"), uuidText(c.id)},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("path"), project.codePath(c.id).join(QStringLiteral(" > "))},
                                     {QStringLiteral("parent"), c.parentId.isNull() ? QJsonValue() : QJsonValue(uuidText(c.parentId))},
                                     {QStringLiteral("color"), c.color},
                                     {QStringLiteral("definition"), c.definition},
                                     {QStringLiteral("shared"), c.shared},
                                     {QStringLiteral("codings"), n}});
        } else {
            out(QStringLiteral("%1%2  (%3)%4")
                    .arg(QString(depth * 2, QLatin1Char(' ')), c.name)
                    .arg(n)
                    .arg(c.shared ? QString() : QStringLiteral("  [private]")));
        }
        printTree(project, codes, counts, c.id, depth + 1, json);
    }
}

int runCodes(Context &ctx)
{
    QStringList args = ctx.args;
    const QString add = takeOption(args, QStringLiteral("add"));
    const QString parentName = takeOption(args, QStringLiteral("parent"));
    const QString color = takeOption(args, QStringLiteral("color"));
    const QString definition = takeOption(args, QStringLiteral("definition"));
    const QString merge = takeOption(args, QStringLiteral("merge"));
    const QString into = takeOption(args, QStringLiteral("into"));
    const QString move = takeOption(args, QStringLiteral("move"));
    const QString remove = takeOption(args, QStringLiteral("delete"));
    const QString rename = takeOption(args, QStringLiteral("rename"));
    const QString define = takeOption(args, QStringLiteral("define"));
    const QString to = takeOption(args, QStringLiteral("to"));
    const QString as = takeOption(args, QStringLiteral("as"));
    const bool isPrivate = takeFlag(args, QStringLiteral("private"));
    const bool toTop = takeFlag(args, QStringLiteral("top"));
    if (args.size() != 1)
        return fail(QStringLiteral("codes takes one project file (see 'dyad-cli codes --help')."));
    const bool writing = !add.isEmpty() || !merge.isEmpty() || !move.isEmpty() || !remove.isEmpty() || !rename.isEmpty()
                         || !define.isEmpty();
    auto project = openProject(args.front(), !writing);
    if (!project)
        return 1;
    std::optional<Reviewer> viewer;
    if (!as.isEmpty()) {
        viewer = findReviewer(*project, as);
        if (!viewer)
            return 1;
        project->setActor(viewer->id);
    }
    QString error;
    auto lookup = [&](const QString &name) -> std::optional<Code> {
        auto c = findCode(*project, name, &error);
        if (!c)
            fail(error);
        return c;
    };

    if (!add.isEmpty()) {
        Code c;
        c.name = add;
        c.color = color;
        c.definition = definition;
        c.shared = !isPrivate;
        if (!parentName.isEmpty()) {
            auto parent = lookup(parentName);
            if (!parent)
                return 1;
            c.parentId = parent->id;
        }
        auto created = project->createCode(c);
        if (!created)
            return fail(created.error());
        out(ctx.json ? QStringLiteral("{\"id\": \"%1\"}").arg(uuidText(created->id))
                     : QStringLiteral("Added %1").arg(project->codePath(created->id).join(QStringLiteral(" > "))));
        return 0;
    }
    if (!merge.isEmpty()) {
        auto source = lookup(merge);
        auto target = source ? lookup(into) : std::nullopt;
        if (!source || !target)
            return 1;
        auto merged = project->mergeCodes(source->id, target->id);
        if (!merged)
            return fail(merged.error());
        out(QStringLiteral("Merged \"%1\" into \"%2\": %3 coding(s) moved, %4 identical coding(s) unioned, %5 "
                           "sub-code(s) moved.")
                .arg(source->name, target->name)
                .arg(merged->reassigned.size())
                .arg(merged->droppedDuplicates.size())
                .arg(merged->reparented.size()));
        return 0;
    }
    if (!move.isEmpty()) {
        auto c = lookup(move);
        if (!c)
            return 1;
        QUuid parent;
        if (!toTop) {
            auto p = lookup(to);
            if (!p)
                return 1;
            parent = p->id;
        }
        if (auto st = project->moveCode(c->id, parent); !st)
            return fail(st.error());
        out(QStringLiteral("Moved to %1").arg(project->codePath(c->id).join(QStringLiteral(" > "))));
        return 0;
    }
    if (!remove.isEmpty()) {
        auto c = lookup(remove);
        if (!c)
            return 1;
        if (auto st = project->deleteCode(c->id); !st)
            return fail(st.error());
        out(QStringLiteral("Deleted \"%1\"").arg(c->name));
        return 0;
    }
    if (!rename.isEmpty()) {
        auto c = lookup(rename);
        if (!c)
            return 1;
        if (to.isEmpty())
            return fail(QStringLiteral("--rename needs --to NEWNAME."));
        c->name = to;
        if (auto st = project->updateCode(*c); !st)
            return fail(st.error());
        out(QStringLiteral("Renamed to \"%1\"").arg(to));
        return 0;
    }
    if (!define.isEmpty()) {
        auto c = lookup(define);
        if (!c)
            return 1;
        c->definition = definition;
        if (auto st = project->updateCode(*c); !st)
            return fail(st.error());
        out(definition.isEmpty() ? QStringLiteral("Cleared the definition of \"%1\"").arg(c->name)
                                 : QStringLiteral("Defined \"%1\"").arg(c->name));
        return 0;
    }

    // With --as, the codebook and the counts as that reviewer may see them (blinding):
    // others' private codes left out, others' codings counted only where they are visible.
    std::map<QUuid, qint64> counts;
    std::map<QUuid, QSet<QUuid>> hiddenRecords; // by coding owner
    for (const Coding &c : project->codings()) {
        if (viewer && c.reviewerId != viewer->id) {
            auto it = hiddenRecords.find(c.reviewerId);
            if (it == hiddenRecords.end())
                it = hiddenRecords.emplace(c.reviewerId, project->recordsHiddenFrom(viewer->id, {c.reviewerId})).first;
            if (it->second.contains(c.recordId))
                continue;
        }
        ++counts[c.codeId];
    }
    const std::vector<Code> codes = viewer ? project->codes(viewer->id) : project->allCodes();
    if (ctx.json) {
        QJsonArray rows;
        printTree(*project, codes, counts, QUuid(), 0, &rows);
        printJson(rows);
    } else {
        printTree(*project, codes, counts, QUuid(), 0, nullptr);
    }
    return 0;
}

CommandRegistrar s_codes({QStringLiteral("codes"), QStringLiteral("Show the codebook; add, rename, define, move, merge, delete codes"),
                          QStringLiteral(
                              "Usage: dyad-cli codes PROJECT.dyad [--json]\n"
                              "       dyad-cli codes PROJECT.dyad --add NAME [--parent CODE] [--color #rrggbb]\n"
                              "                      [--definition TEXT] [--private] --as REVIEWER\n"
                              "       dyad-cli codes PROJECT.dyad --rename CODE --to NAME --as REVIEWER\n"
                              "       dyad-cli codes PROJECT.dyad --define CODE --definition TEXT --as REVIEWER\n"
                              "       dyad-cli codes PROJECT.dyad --move CODE (--to PARENT | --top) --as REVIEWER\n"
                              "       dyad-cli codes PROJECT.dyad --merge CODE --into CODE --as REVIEWER\n"
                              "       dyad-cli codes PROJECT.dyad --delete CODE --as REVIEWER\n\n"
                              "CODE is a name, a path such as \"Structural conditions > Power\", or an id.\n"
                              "The tree shows each code's number of codings (all reviewers). With --as REVIEWER\n"
                              "alone, the codebook as that reviewer may see it while blinded: other reviewers'\n"
                              "private codes are left out and only the codings they may see are counted."),
                          runCodes});

} // namespace
} // namespace dyad::cli
