// dyad-cli export: every kind in core's exporter registry (core/io/export/exporter.h),
// the same kinds the workbench's File › Export offers.

#include "command.h"

#include "core/io/export/exporter.h"
#include "core/model/codelookup.h"
#include "core/model/project.h"
#include "core/open/open.h"

#ifdef DYAD_CLI_PDF
#include "print/htmlpdf.h"
#endif

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dyad::cli;
using namespace dyad::core;
using namespace dyad::core::io;

namespace {

/** The help text: the kinds and what they hold come from the registry. */
QString usage()
{
    QString kinds;
    for (const Exporter *e : exporters()) {
        QString description = e->description();
        description.replace(QLatin1Char('\n'), QStringLiteral("\n                 "));
        kinds += QStringLiteral("  %1 %2\n").arg(e->name(), -14).arg(description);
    }
    return QStringLiteral("Usage: dyad-cli export KIND PROJECT OUT [options] [--json]\n\n"
                          "Kinds:\n")
        + kinds
        + QStringLiteral(
               "\nOptions:\n"
               "  --format F       csv | xlsx | md | html | pdf (default: from OUT's extension, else csv)\n"
               "  --offsets U      qdpx: codepoints (REFI-QDA, default) | utf16 (what NVivo reads; differs\n"
               "                   only after emoji and other characters outside the BMP)\n"
               "  --reviewer NAME  reviewer-copy: whose copy; segments/themes: that reviewer's codings\n"
               "  --layer L        consensus | all | REVIEWER (default: Consensus when it has codings, else all "
               "reviewers;\n"
               "                   segments --as a reviewer: their own codings)\n"
               "  --as NAME        segments: only the codings NAME may see while blinded (their own, and others'\n"
               "                   and the Consensus once unblinded for them); the other kinds are for the lead\n"
               "                   and refuse --as\n"
               "  --code C         segments: only this code and the codes below it (name, path \"A > B\" or UUID; "
               "repeatable)\n"
               "  --round R        segments: only codings of this round (name or UUID)\n\n"
               "OUT's extension must be one the kind writes (.qdc, .qdpx, .dyad, or .csv/.xlsx/.md/.html\n"
               "and .pdf for codebook, themes and segments); anything else is refused. A PDF is the HTML page,\n"
               "the same one the Dyad application prints, laid out on A4.\n"
               "qdpx and segments never write an offset outside a text: a coding whose span does not fit\n"
               "(a damaged or hand-edited file) is cut to the text, or left out when nothing of it lies\n"
               "inside; each is named on stderr and the exit code is 1 (the file is still written).");
}

/** The extensions a kind writes here (PDF only when this dyad-cli can print). */
QStringList extensionsFor(const Exporter &exporter)
{
    QStringList suffixes = exporter.suffixes();
#ifndef DYAD_CLI_PDF
    suffixes.removeAll(QStringLiteral("pdf"));
#endif
    return suffixes;
}

/** The kinds that take an option, for a refusal ("--offsets applies to qdpx only"). */
QString kindsAccepting(ExportOption option)
{
    QStringList names;
    for (const Exporter *e : exporters())
        if (e->accepts(option))
            names << e->name();
    return names.join(QStringLiteral(", "));
}

Result<QUuid> findCode(const Project &project, const QString &spec)
{
    auto found = findCodeBySpec(project.allCodes(), spec);
    if (!found)
        return makeError(found.error() + QLatin1Char('.'));
    return found->id;
}

Result<LayerChoice> parseLayer(const Project &project, const QString &layer, const QString &reviewer)
{
    if (!reviewer.isEmpty()) {
        auto r = project.reviewerByName(reviewer);
        if (!r)
            return makeError(QStringLiteral("there is no reviewer \"%1\".").arg(reviewer));
        return LayerChoice{LayerChoice::Kind::Reviewer, r->id};
    }
    if (layer.isEmpty())
        return LayerChoice{};
    if (layer.compare(QStringLiteral("consensus"), Qt::CaseInsensitive) == 0)
        return LayerChoice{LayerChoice::Kind::Consensus, {}};
    if (layer.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0)
        return LayerChoice{LayerChoice::Kind::All, {}};
    auto r = project.reviewerByName(layer);
    if (!r)
        return makeError(QStringLiteral("--layer must be consensus, all or a reviewer's name; \"%1\" is none of these.").arg(layer));
    return LayerChoice{LayerChoice::Kind::Reviewer, r->id};
}

int run(Context &ctx)
{
    const Command self{QStringLiteral("export"), {}, usage(), {}};
    QStringList args = ctx.args;
    const QString formatName = takeOption(args, QStringLiteral("format"));
    const QString reviewerName = takeOption(args, QStringLiteral("reviewer"));
    const QString layerName = takeOption(args, QStringLiteral("layer"));
    const QString roundName = takeOption(args, QStringLiteral("round"));
    const QString offsets = takeOption(args, QStringLiteral("offsets"));
    const QString as = takeOption(args, QStringLiteral("as"));
    QStringList codeSpecs;
    for (QString c = takeOption(args, QStringLiteral("code")); !c.isNull(); c = takeOption(args, QStringLiteral("code")))
        codeSpecs << c;
    for (const QString &a : args)
        if (a.startsWith(QStringLiteral("--")))
            return usageError(self, QStringLiteral("unknown option %1").arg(a));
    if (args.size() != 3)
        return usageError(self, QStringLiteral("expected KIND PROJECT OUT"));
    const QString kind = args[0], projectPath = args[1], out = args[2];
    const Exporter *exporter = exporterFor(kind);
    if (!exporter)
        return usageError(self, QStringLiteral("unknown kind \"%1\" (one of %2)")
                                    .arg(kind, exporterNames().join(QStringLiteral(", "))));
    if (!as.isNull() && exporter->blinding() != ExportBlinding::ViewerOnly)
        return fail(QStringLiteral("export %1 writes every reviewer's work without blinding (it is for the lead), so "
                                   "it cannot act --as a reviewer; a reviewer exports their own work with 'export "
                                   "segments --as NAME' or takes a reviewer copy.")
                        .arg(kind));

    const QStringList writable = extensionsFor(*exporter);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!suffix.isEmpty() && !writable.contains(suffix))
        return usageError(self, QStringLiteral("%1 cannot be written as .%2; it writes %3.")
                                    .arg(kind, suffix, QStringLiteral(".") + writable.join(QStringLiteral(", ."))));
    ExportOptions options;
    if (exporter->accepts(ExportOption::Format)) {
        options.pdf = suffix == QLatin1String("pdf");
        if (!formatName.isEmpty()) {
            if (formatName.compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0 && writable.contains(QStringLiteral("pdf")))
                options.pdf = true;
            else
                options.format = tableFormatFromName(formatName);
            if (!options.format && !options.pdf)
                return usageError(self, QStringLiteral("--format must be one of %1").arg(writable.join(QStringLiteral(", "))));
            if (!suffix.isEmpty()
                && (options.pdf != (suffix == QLatin1String("pdf"))
                    || (options.format && tableFormatFromPath(out) != options.format)))
                return usageError(self, QStringLiteral("OUT ends in .%1 but --format is %2; use a matching extension.").arg(suffix, formatName));
        } else if (!options.pdf) {
            options.format = tableFormatFromPath(out).value_or(TableFormat::Csv);
        }
#ifdef DYAD_CLI_PDF
        options.pdfWriter = [](const QString &path, const QString &html, const QString &title) -> Status {
            QString error;
            if (!dyad::print::writeHtmlPdf(path, html, {title, false}, &error))
                return makeError(error);
            return {};
        };
#endif
    } else if (!formatName.isEmpty()) {
        return usageError(self, QStringLiteral("--format applies to %1 only").arg(kindsAccepting(ExportOption::Format)));
    }
    if (!offsets.isEmpty()) {
        if (!exporter->accepts(ExportOption::Utf16Offsets))
            return usageError(self, QStringLiteral("--offsets applies to %1 only").arg(kindsAccepting(ExportOption::Utf16Offsets)));
        if (offsets == QLatin1String("utf16"))
            options.utf16Offsets = true;
        else if (offsets != QLatin1String("codepoints"))
            return usageError(self, QStringLiteral("--offsets must be codepoints or utf16, not \"%1\"").arg(offsets));
    }
    if (exporter->blinding() == ExportBlinding::ViewerCopy && reviewerName.isEmpty())
        return usageError(self, QStringLiteral("%1 needs --reviewer NAME").arg(kind));

    auto opened = dyad::core::openProject(projectPath, !exporter->changesProject());
    if (!opened)
        return fail(opened.error());
    Project &project = **opened;

    QUuid viewer; // the lead's view, unless --as (segments) or whose copy (reviewer-copy)
    if (exporter->blinding() == ExportBlinding::ViewerCopy) {
        auto who = project.reviewerByName(reviewerName);
        if (!who)
            return fail(QStringLiteral("there is no reviewer \"%1\" in %2.").arg(reviewerName, projectPath));
        viewer = who->id;
    }
    if (exporter->accepts(ExportOption::Layer)) {
        auto layer = parseLayer(project, layerName, reviewerName);
        if (!layer)
            return fail(layer.error());
        options.layer = *layer;
    }
    if (!as.isNull()) {
        const auto asViewer = project.reviewerByName(as);
        if (!asViewer)
            return fail(QStringLiteral("there is no reviewer \"%1\" in %2.").arg(as, projectPath));
        viewer = asViewer->id;
    }
    if (exporter->accepts(ExportOption::Codes))
        for (const QString &spec : codeSpecs) {
            auto id = findCode(project, spec);
            if (!id)
                return fail(id.error());
            options.codes.push_back(*id);
        }
    if (exporter->accepts(ExportOption::Round) && !roundName.isEmpty()) {
        for (const Round &r : project.rounds())
            if (r.name.compare(roundName, Qt::CaseInsensitive) == 0 || uuidText(r.id) == roundName)
                options.round = r.id;
        if (!options.round)
            return fail(QStringLiteral("there is no round \"%1\".").arg(roundName));
    }

    auto written = exporter->write(project, viewer, out, options);
    if (!written)
        return fail(written.error());
    QJsonObject result = written->details;
    result.insert(QStringLiteral("kind"), kind);
    result.insert(QStringLiteral("output"), out);
    QString summary = written->summary;
    for (const QString &warning : std::as_const(written->warnings))
        summary += QStringLiteral("\nWarning: ") + warning;
    for (const QString &loss : std::as_const(written->dataLoss))
        summary += QStringLiteral("\nNot exported: ") + loss + QLatin1Char('.');
    const QStringList &spanProblems = written->spanProblems; // codings whose span does not fit their text
    if (!spanProblems.isEmpty())
        result.insert(QStringLiteral("spanProblems"), QJsonArray::fromStringList(spanProblems));
    if (ctx.json)
        dyad::cli::out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    else
        dyad::cli::out(summary);
    if (!spanProblems.isEmpty()) {
        // Written, but not faithfully: the same policy as 'codings' (name each, exit 1).
        for (const QString &p : spanProblems)
            err(QStringLiteral("dyad-cli: ") + p);
        return fail(QStringLiteral("%1 coding(s) do not fit their text; run 'dyad-cli check'.").arg(spanProblems.size()));
    }
    return 0;
}

CommandRegistrar s_export({QStringLiteral("export"), QStringLiteral("Export REFI-QDA (.qdc/.qdpx), codebook, themes, segments, reviewer copies"),
                      usage(), run});

} // namespace
