// dyad-cli import-qdpx: a new project from a REFI-QDA .qdpx, or a codebook into a project.

#include "command.h"

#include "core/io/import/codebookimport.h"
#include "core/io/refi/refiimport.h"
#include "core/model/project.h"
#include "core/open/open.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dyad::cli;
using namespace dyad::core;
using namespace dyad::core::io;

namespace {

const QString kUsage = QStringLiteral(
    "Usage: dyad-cli import-qdpx FILE.qdpx NEW.dyad [--json]\n"
    "       dyad-cli import-qdpx --codebook FILE PROJECT [--json]\n\n"
    "The first form creates a new project from a REFI-QDA project exchange file (all or\n"
    "nothing). It reads what real tools write (another .qde name, Sources/ folders, GUIDs in\n"
    "braces, CRLF and byte-order marks, NVivo's UTF-16 offsets) and lists every adjustment and\n"
    "everything it could not import. For each source whose offsets could be counted in more\n"
    "than one unit it says which unit it read and why (quotes, the text's length, how many\n"
    "selections fall on word boundaries, the writing application), and warns when that\n"
    "choice was not clear-cut.\n\n"
    "The second form adds a codebook to an existing project in one transaction: FILE is a\n"
    "REFI-QDA .qdc, or a .csv/.xlsx table with columns name, parent (\"Theme > Sub-theme\"),\n"
    "definition, use when, do not use when, example, colour.");

void printList(const QString &title, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    out(title);
    for (const QString &l : lines)
        out(QStringLiteral("  - ") + l);
}

int run(Context &ctx)
{
    const Command self{QStringLiteral("import-qdpx"), {}, kUsage, {}};
    QStringList args = ctx.args;
    const QString codebook = takeOption(args, QStringLiteral("codebook"));
    for (const QString &a : args)
        if (a.startsWith(QStringLiteral("--")))
            return usageError(self, QStringLiteral("unknown option %1").arg(a));

    if (!codebook.isNull()) {
        if (codebook.isEmpty() || args.size() != 1)
            return usageError(self, QStringLiteral("expected --codebook FILE PROJECT"));
        auto opened = dyad::core::openProject(args[0]);
        if (!opened)
            return fail(opened.error());
        const QString suffix = QFileInfo(codebook).suffix().toLower();
        QJsonObject json{{QStringLiteral("file"), codebook}};
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("tsv")) {
            auto r = importCodebookTable(**opened, codebook);
            if (!r)
                return fail(r.error());
            json.insert(QStringLiteral("created"), r->created);
            json.insert(QStringLiteral("updated"), r->updated);
            json.insert(QStringLiteral("unchanged"), r->unchanged);
            json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(r->notes));
            if (ctx.json) {
                out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
            } else {
                out(QStringLiteral("Codebook from %1: %2 code(s) created, %3 updated, %4 unchanged.")
                        .arg(codebook)
                        .arg(r->created)
                        .arg(r->updated)
                        .arg(r->unchanged));
                printList(QStringLiteral("Notes:"), r->notes);
            }
            return 0;
        }
        auto r = importQdc(**opened, codebook);
        if (!r)
            return fail(r.error());
        json.insert(QStringLiteral("created"), r->codes);
        json.insert(QStringLiteral("updated"), r->codesUpdated);
        json.insert(QStringLiteral("adjustments"), QJsonArray::fromStringList(r->adjustments));
        json.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(r->skipped));
        if (ctx.json) {
            out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        } else {
            out(QStringLiteral("Codebook from %1: %2 code(s) created, %3 updated.").arg(codebook).arg(r->codes).arg(r->codesUpdated));
            printList(QStringLiteral("Adjusted:"), r->adjustments);
            printList(QStringLiteral("Not imported:"), r->skipped);
        }
        return 0;
    }

    if (args.size() != 2)
        return usageError(self, QStringLiteral("expected FILE.qdpx NEW.dyad"));
    auto r = importQdpx(args[0], args[1]);
    if (!r)
        return fail(r.error());
    if (ctx.json) {
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("project"), args[1]},
                                                        {QStringLiteral("users"), r->users},
                                                        {QStringLiteral("codes"), r->codes},
                                                        {QStringLiteral("sources"), r->sources},
                                                        {QStringLiteral("codings"), r->codings},
                                                        {QStringLiteral("memos"), r->memos},
                                                        {QStringLiteral("adjustments"), QJsonArray::fromStringList(r->adjustments)},
                                                        {QStringLiteral("skipped"), QJsonArray::fromStringList(r->skipped)},
                                                        {QStringLiteral("offsetUnits"), QJsonArray::fromStringList(r->offsetUnits)},
                                                        {QStringLiteral("warnings"), QJsonArray::fromStringList(r->warnings)}})
                                  .toJson(QJsonDocument::Compact)));
        return 0;
    }
    out(QStringLiteral("Created %1: %2 source(s), %3 code(s), %4 coding(s), %5 user(s), %6 memo(s).")
            .arg(args[1])
            .arg(r->sources)
            .arg(r->codes)
            .arg(r->codings)
            .arg(r->users)
            .arg(r->memos));
    printList(QStringLiteral("Warning (please check):"), r->warnings);
    printList(QStringLiteral("Offsets:"), r->offsetUnits);
    printList(QStringLiteral("Adjusted:"), r->adjustments);
    printList(QStringLiteral("Not imported:"), r->skipped);
    return 0;
}

CommandRegistrar s_importQdpx({QStringLiteral("import-qdpx"), QStringLiteral("Create a project from a REFI-QDA .qdpx, or import a codebook"),
                      kUsage, run});

} // namespace
