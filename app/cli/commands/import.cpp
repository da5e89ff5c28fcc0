// import: bibliographic files (RIS, PubMed, CSV, BibTeX, ...) or pasted text into a project.
#include "cliutil.h"

#include "core/io/import/importinputs.h"
#include "core/io/import/importreader.h"
#include "core/io/import/projectimport.h"

#include <QFile>

#include <cstdio>

using namespace dyad::core;
using namespace dyad::core::importer;

namespace dyad::cli {
namespace {

QJsonObject planJson(const ImportPlan &plan, const std::optional<ImportSummary> &summary)
{
    QJsonArray sources;
    for (const ImportSource &s : plan.sources) {
        QJsonArray diagnostics;
        for (const Diagnostic &d : s.report.diagnostics)
            diagnostics.append(QJsonObject{{QStringLiteral("line"), d.line},
                                           {QStringLiteral("record"), d.recordNo},
                                           {QStringLiteral("severity"),
                                            d.severity == Severity::Error     ? QStringLiteral("error")
                                                : d.severity == Severity::Warning ? QStringLiteral("warning")
                                                                                  : QStringLiteral("info")},
                                           {QStringLiteral("message"), d.message}});
        sources.append(QJsonObject{{QStringLiteral("file"), s.name},
                                   {QStringLiteral("format"), formatName(s.report.format)},
                                   {QStringLiteral("formatConfidence"), s.report.formatConfidence},
                                   {QStringLiteral("encoding"), s.report.encoding.name},
                                   {QStringLiteral("encodingConfidence"), s.report.encoding.confidence},
                                   {QStringLiteral("records"), static_cast<qint64>(s.recordCount)},
                                   {QStringLiteral("refused"), s.report.refused},
                                   {QStringLiteral("diagnostics"), diagnostics}});
    }
    QJsonArray duplicates;
    for (size_t i = 0; i < plan.records.size(); ++i) {
        const DuplicateDecision &d = plan.decisions[i];
        if (d.action == DuplicateAction::Add)
            continue;
        duplicates.append(QJsonObject{{QStringLiteral("title"), plan.records[i].title},
                                      {QStringLiteral("action"), actionName(d.action)},
                                      {QStringLiteral("reason"), d.reason}});
    }
    QJsonObject o{{QStringLiteral("sources"), sources},
                  {QStringLiteral("wouldAdd"), plan.count(DuplicateAction::Add)},
                  {QStringLiteral("wouldUpdate"), plan.count(DuplicateAction::UpdateExisting)},
                  {QStringLiteral("duplicatesOfExisting"), plan.count(DuplicateAction::SkipExisting)},
                  {QStringLiteral("duplicatesWithinInput"), plan.count(DuplicateAction::SkipWithinFile)},
                  {QStringLiteral("malformed"), plan.malformed()},
                  {QStringLiteral("duplicates"), duplicates}};
    if (summary) {
        o.insert(QStringLiteral("added"), summary->added);
        o.insert(QStringLiteral("updated"), summary->updated);
    }
    return o;
}

void printPlan(const ImportPlan &plan)
{
    for (const ImportSource &s : plan.sources) {
        out(QStringLiteral("%1: %2 (%3% sure), %4 (%5% sure), %6 record(s)")
                .arg(s.name, formatName(s.report.format))
                .arg(qRound(s.report.formatConfidence * 100))
                .arg(s.report.encoding.name)
                .arg(s.report.encoding.confidence)
                .arg(s.recordCount));
        for (const Diagnostic &d : s.report.diagnostics)
            if (d.severity != Severity::Info)
                err(QStringLiteral("  ") + d.toString());
    }
    for (size_t i = 0; i < plan.records.size(); ++i) {
        const DuplicateDecision &d = plan.decisions[i];
        if (d.action != DuplicateAction::Add)
            out(QStringLiteral("  %1: %2 — %3").arg(actionName(d.action), elide(plan.records[i].title, 60), d.reason));
    }
}

int runImport(Context &ctx)
{
    QStringList args = ctx.args;
    const QString format = takeOption(args, QStringLiteral("format"));
    const QString encoding = takeOption(args, QStringLiteral("encoding"));
    const bool dryRun = takeFlag(args, QStringLiteral("dry-run"));
    const bool strict = takeFlag(args, QStringLiteral("strict"));
    if (args.size() < 2)
        return fail(QStringLiteral("import takes PROJECT and one or more files (or - for standard input)."));
    ImportOptions options;
    if (!format.isEmpty()) {
        options.format = formatFromName(format);
        if (!options.format)
            return fail(QStringLiteral("unknown format \"%1\" (expected one of: %2).")
                            .arg(format, formatNames().join(QStringLiteral(", "))));
    }
    options.encoding = encoding;
    options.strict = strict;
    auto project = openProject(args.takeFirst(), dryRun);
    if (!project)
        return 1;

    ImportPlan plan;
    if (args == QStringList{QStringLiteral("-")}) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read standard input."));
        const QByteArray bytes = in.readAll();
        ImportOptions o = options;
        o.sourceName = QStringLiteral("stdin");
        plan = planPastedImport(*project, QString::fromUtf8(bytes), o);
    } else {
        // Folders stand for their files (one record per plain-text file).
        const ImportInputs inputs = expandImportInputs(args);
        if (!inputs.problems.isEmpty())
            return fail(inputs.problems.join(QLatin1Char('\n')));
        plan = planImport(*project, inputs, options);
    }

    if (dryRun) {
        if (ctx.json) {
            printJson(planJson(plan, std::nullopt));
        } else {
            printPlan(plan);
            out(QStringLiteral("Dry run: would add %1, update %2; %3 duplicate(s) of existing records, %4 repeated "
                               "within the input, %5 malformed record(s) skipped. Nothing was written.")
                    .arg(plan.count(DuplicateAction::Add))
                    .arg(plan.count(DuplicateAction::UpdateExisting))
                    .arg(plan.count(DuplicateAction::SkipExisting))
                    .arg(plan.count(DuplicateAction::SkipWithinFile))
                    .arg(plan.malformed()));
        }
        return plan.refusedAny() ? 1 : 0;
    }
    auto summary = applyImport(*project, plan);
    if (!summary) {
        if (!ctx.json)
            printPlan(plan);
        return fail(summary.error());
    }
    if (ctx.json) {
        printJson(planJson(plan, *summary));
    } else {
        printPlan(plan);
        out(QStringLiteral("Imported: %1 added, %2 updated; %3 duplicate(s) of existing records and %4 repeated within "
                           "the input skipped; %5 malformed record(s) skipped.")
                .arg(summary->added)
                .arg(summary->updated)
                .arg(summary->skippedExisting)
                .arg(summary->skippedWithinInput)
                .arg(summary->malformed));
    }
    return 0;
}

CommandRegistrar s_import({QStringLiteral("import"), QStringLiteral("Import records (RIS, PubMed, CSV, BibTeX, ...)"),
                           QStringLiteral(
                               "Usage: dyad-cli import PROJECT.dyad FILE|FOLDER... [--format NAME] [--encoding NAME]\n"
                               "                       [--dry-run] [--strict] [--json]\n"
                               "       dyad-cli import PROJECT.dyad - < pasted.txt\n\n"
                               "Formats are detected (ris, pubmed, csv, tsv, bibtex, endnote-xml, wos,\n"
                               "pubmed-xml, json, text, pasted); --format overrides. A FOLDER stands for\n"
                               "its files (recursively, in name order), e.g. one plain-text file per record;\n"
                               "a file that is a copied record page (PubMed, EBSCO) is read as a paste.\n"
                               "Encodings (UTF-8/16, GB18030, Windows-1252, ...) are detected; --encoding\n"
                               "overrides. Duplicates (DOI, PMID, title + year; the text for notes without\n"
                               "DOI or PMID) are never added twice; an uncoded duplicate whose metadata or\n"
                               "text changed (a corrected export) is updated; a record that\n"
                               "carries codings is never changed. Malformed records are skipped with their\n"
                               "reason (file:line); --strict refuses the whole import instead. The import is\n"
                               "one transaction: the project holds exactly the reported additions.\n"
                               "--dry-run reports what would happen and writes nothing."),
                           runImport});

} // namespace
} // namespace dyad::cli
