// dyad-cli export: REFI-QDA (.qdc, .qdpx), publication tables and reviewer copies.

#include "command.h"

#include "core/io/export/codebookexport.h"
#include "core/io/export/reviewercopy.h"
#include "core/io/refi/refiexport.h"
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

const QString kUsage = QStringLiteral(
    "Usage: dyad-cli export KIND PROJECT OUT [options] [--json]\n\n"
    "Kinds:\n"
    "  qdc            the codebook as REFI-QDA codebook exchange (.qdc)\n"
    "  qdpx           the project as REFI-QDA project exchange (.qdpx): users, codebook,\n"
    "                 texts, codings of every reviewer and the Consensus, memos as notes\n"
    "  codebook       the codebook for publication (csv, xlsx, md, html, pdf)\n"
    "  themes         coded segments and records per theme and sub-theme, major/minor (csv, xlsx, html, md, pdf)\n"
    "  segments       one row per coding: record, code path, quote, reviewer, memo (csv, xlsx, md, html, pdf;\n"
    "                 html and pdf are laid out per record for A4)\n"
    "  reviewer-copy  a .dyad for one reviewer to code elsewhere (needs --reviewer); bring it\n"
    "                 back with 'dyad-cli merge'\n\n"
    "Options:\n"
    "  --format F       csv | xlsx | md | html | pdf (default: from OUT's extension, else csv)\n"
    "  --offsets U      qdpx: codepoints (REFI-QDA, default) | utf16 (what NVivo reads; differs\n"
    "                   only after emoji and other characters outside the BMP)\n"
    "  --reviewer NAME  reviewer-copy: whose copy; segments/themes: that reviewer's codings\n"
    "  --layer L        consensus | all | REVIEWER (default: Consensus when it has codings, else all reviewers)\n"
    "  --as NAME        segments: only the codings NAME may see while blinded (their own, and others'\n"
    "                   and the Consensus once unblinded for them); the other kinds are for the lead\n"
    "                   and refuse --as\n"
    "  --code C         segments: only this code and the codes below it (name, path \"A > B\" or UUID; repeatable)\n"
    "  --round R        segments: only codings of this round (name or UUID)\n\n"
    "OUT's extension must be one the kind writes (.qdc, .qdpx, .dyad, or .csv/.xlsx/.md/.html\n"
    "and .pdf for codebook, themes and segments); anything else is refused. A PDF is the HTML page,\n"
    "the same one the Dyad application prints, laid out on A4.\n"
    "qdpx and segments never write an offset outside a text: a coding whose span does not fit\n"
    "(a damaged or hand-edited file) is cut to the text, or left out when nothing of it lies\n"
    "inside; each is named on stderr and the exit code is 1 (the file is still written).");

/** The extensions each kind writes; the first is the default when OUT has none. */
QStringList extensionsFor(const QString &kind)
{
    if (kind == QLatin1String("qdc"))
        return {QStringLiteral("qdc")};
    if (kind == QLatin1String("qdpx"))
        return {QStringLiteral("qdpx")};
    if (kind == QLatin1String("reviewer-copy"))
        return {QStringLiteral("dyad")};
    QStringList tables{QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("md"), QStringLiteral("html"),
                       QStringLiteral("htm")};
#ifdef DYAD_CLI_PDF
    tables << QStringLiteral("pdf");
#endif
    return tables;
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
    const Command self{QStringLiteral("export"), {}, kUsage, {}};
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
    static const QStringList kinds{QStringLiteral("qdc"),      QStringLiteral("qdpx"),     QStringLiteral("codebook"),
                                   QStringLiteral("themes"),   QStringLiteral("segments"), QStringLiteral("reviewer-copy")};
    if (!kinds.contains(kind))
        return usageError(self, QStringLiteral("unknown kind \"%1\" (one of %2)").arg(kind, kinds.join(QStringLiteral(", "))));
    if (!as.isNull() && kind != QLatin1String("segments"))
        return fail(QStringLiteral("export %1 writes every reviewer's work without blinding (it is for the lead), so "
                                   "it cannot act --as a reviewer; a reviewer exports their own work with 'export "
                                   "segments --as NAME' or takes a reviewer copy.")
                        .arg(kind));

    const QStringList writable = extensionsFor(kind);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (!suffix.isEmpty() && !writable.contains(suffix))
        return usageError(self, QStringLiteral("%1 cannot be written as .%2; it writes %3.")
                                    .arg(kind, suffix, QStringLiteral(".") + writable.join(QStringLiteral(", ."))));
    bool pdf = suffix == QLatin1String("pdf");
    std::optional<TableFormat> format;
    if (!formatName.isEmpty()) {
        if (formatName.compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0 && writable.contains(QStringLiteral("pdf")))
            pdf = true;
        else
            format = tableFormatFromName(formatName);
        if (!format && !pdf)
            return usageError(self, QStringLiteral("--format must be one of %1").arg(writable.join(QStringLiteral(", "))));
        if (!suffix.isEmpty() && (pdf != (suffix == QLatin1String("pdf")) || (format && tableFormatFromPath(out) != format)))
            return usageError(self, QStringLiteral("OUT ends in .%1 but --format is %2; use a matching extension.").arg(suffix, formatName));
    } else {
        format = tableFormatFromPath(out).value_or(TableFormat::Csv);
    }
    auto opened = dyad::core::openProject(projectPath, kind != QLatin1String("reviewer-copy"));
    if (!opened)
        return fail(opened.error());
    Project &project = **opened;
    QJsonObject result{{QStringLiteral("kind"), kind}, {QStringLiteral("output"), out}};
    QString summary;
    QStringList spanProblems; // codings whose span does not fit their text (a damaged file)

    if (kind == QLatin1String("qdc") || kind == QLatin1String("qdpx")) {
        QdpxOptions options;
        if (!offsets.isEmpty()) {
            if (kind != QLatin1String("qdpx"))
                return usageError(self, QStringLiteral("--offsets applies to qdpx only"));
            if (offsets == QLatin1String("utf16"))
                options.utf16Offsets = true;
            else if (offsets != QLatin1String("codepoints"))
                return usageError(self, QStringLiteral("--offsets must be codepoints or utf16, not \"%1\"").arg(offsets));
        }
        auto r = kind == QLatin1String("qdc") ? exportQdc(project, out) : exportQdpx(project, out, options);
        if (!r)
            return fail(r.error());
        result.insert(QStringLiteral("codes"), r->codes);
        result.insert(QStringLiteral("sources"), r->sources);
        result.insert(QStringLiteral("codings"), r->codings);
        result.insert(QStringLiteral("users"), r->users);
        result.insert(QStringLiteral("notes"), r->notes);
        result.insert(QStringLiteral("notExported"), QJsonArray::fromStringList(r->dataLoss));
        result.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r->warnings));
        summary = kind == QLatin1String("qdc")
            ? QStringLiteral("Wrote %1 code(s) to %2.").arg(r->codes).arg(out)
            : QStringLiteral("Wrote %1 source(s), %2 code(s), %3 coding(s), %4 user(s), %5 note(s) to %6.")
                  .arg(r->sources)
                  .arg(r->codes)
                  .arg(r->codings)
                  .arg(r->users)
                  .arg(r->notes)
                  .arg(out);
        for (const QString &warning : r->warnings)
            summary += QStringLiteral("\nWarning: ") + warning;
        for (const QString &loss : r->dataLoss)
            summary += QStringLiteral("\nNot exported: ") + loss + QLatin1Char('.');
        spanProblems = r->spanProblems;
    } else if (kind == QLatin1String("reviewer-copy")) {
        if (reviewerName.isEmpty())
            return usageError(self, QStringLiteral("reviewer-copy needs --reviewer NAME"));
        auto who = project.reviewerByName(reviewerName);
        if (!who)
            return fail(QStringLiteral("there is no reviewer \"%1\" in %2.").arg(reviewerName, projectPath));
        auto r = exportReviewerCopy(project, who->id, out);
        if (!r)
            return fail(r.error());
        result.insert(QStringLiteral("reviewer"), who->name);
        result.insert(QStringLiteral("records"), r->records);
        result.insert(QStringLiteral("codes"), r->codes);
        result.insert(QStringLiteral("codings"), r->codings);
        result.insert(QStringLiteral("assignments"), r->assignments);
        result.insert(QStringLiteral("withheldCodes"), r->withheldCodes);
        summary = QStringLiteral("Wrote a copy for %1 to %2: %3 record(s), %4 code(s), %5 of their coding(s), %6 "
                                 "assignment(s); %7 private code(s) of others withheld.")
                      .arg(who->name, out)
                      .arg(r->records)
                      .arg(r->codes)
                      .arg(r->codings)
                      .arg(r->assignments)
                      .arg(r->withheldCodes);
    } else {
        auto layer = parseLayer(project, layerName, kind == QLatin1String("codebook") ? QString() : reviewerName);
        if (!layer)
            return fail(layer.error());
        Status st;
        SegmentFilter filter;
        if (kind == QLatin1String("segments")) {
            filter.layer = *layer;
            if (!as.isNull()) {
                const auto viewer = project.reviewerByName(as);
                if (!viewer)
                    return fail(QStringLiteral("there is no reviewer \"%1\" in %2.").arg(as, projectPath));
                filter.viewer = viewer->id;
            }
            for (const QString &spec : codeSpecs) {
                auto id = findCode(project, spec);
                if (!id)
                    return fail(id.error());
                filter.codes.push_back(*id);
            }
            if (!roundName.isEmpty()) {
                for (const Round &r : project.rounds())
                    if (r.name.compare(roundName, Qt::CaseInsensitive) == 0 || uuidText(r.id) == roundName)
                        filter.round = r.id;
                if (!filter.round)
                    return fail(QStringLiteral("there is no round \"%1\".").arg(roundName));
            }
            result.insert(QStringLiteral("rows"), static_cast<int>(segmentsSheet(project, filter).rows.size()));
        }
        if (pdf) {
#ifdef DYAD_CLI_PDF
            const QString html = kind == QLatin1String("codebook") ? codebookHtml(project)
                : kind == QLatin1String("themes")                  ? themeSummaryHtml(project, *layer)
                                                                   : segmentsHtml(project, filter, &spanProblems);
            QString error;
            if (!dyad::print::writeHtmlPdf(out, html, {project.title(), false}, &error))
                return fail(error);
#endif
        } else if (kind == QLatin1String("codebook")) {
            st = exportCodebook(project, out, *format);
        } else if (kind == QLatin1String("themes")) {
            st = exportThemeSummary(project, out, *format, *layer);
        } else {
            st = exportSegments(project, out, *format, filter, &spanProblems);
        }
        if (!st)
            return fail(st.error());
        summary = QStringLiteral("Wrote %1 to %2.").arg(kind, out);
        if (result.contains(QStringLiteral("rows")))
            summary = QStringLiteral("Wrote %1 coded segment(s) to %2.").arg(result.value(QStringLiteral("rows")).toInt()).arg(out);
    }
    if (!spanProblems.isEmpty())
        result.insert(QStringLiteral("spanProblems"), QJsonArray::fromStringList(spanProblems));
    if (ctx.json)
        dyad::cli::out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    else
        dyad::cli::out(summary);
    if (!spanProblems.isEmpty()) {
        // Written, but not faithfully: the same policy as 'codings' (name each, exit 1).
        for (const QString &p : std::as_const(spanProblems))
            err(QStringLiteral("dyad-cli: ") + p);
        return fail(QStringLiteral("%1 coding(s) do not fit their text; run 'dyad-cli check'.").arg(spanProblems.size()));
    }
    return 0;
}

CommandRegistrar s_export({QStringLiteral("export"), QStringLiteral("Export REFI-QDA (.qdc/.qdpx), codebook, themes, segments, reviewer copies"),
                      kUsage, run});

} // namespace
