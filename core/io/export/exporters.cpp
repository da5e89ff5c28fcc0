// The registered exporters: publication tables (codebook, themes, segments), REFI-QDA
// (qdpx, qdc) and reviewer copies. Errors are translated in context "Export" like the rest of
// core's export room; the menu entries and file filters are marked QT_TRANSLATE_NOOP there and
// translated by the workbench. The summaries are dyad-cli's output and stay English.

#include "core/io/export/exporter.h"

#include "core/io/export/reviewercopy.h"
#include "core/io/refi/refiexport.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace dyad::core::io {

namespace {

/** Refuses a whole-project export for a viewer while anything is blinded for them. */
Status checkBlinding(const Exporter &exporter, const Project &project, const QUuid &viewer)
{
    switch (exporter.blinding()) {
    case ExportBlinding::WholeProject:
        if (!viewer.isNull()) {
            if (const qsizetype blinded = blindedRecordCount(project, viewer); blinded > 0)
                return makeError(QCoreApplication::translate("Export", "%1 record(s) are still blinded for this reviewer, "
                                                                       "and export %2 would carry the other reviewers' "
                                                                       "work on them.")
                                     .arg(blinded)
                                     .arg(exporter.name()));
        }
        return {};
    case ExportBlinding::ViewerOnly:
        return {};
    case ExportBlinding::ViewerCopy:
        if (viewer.isNull())
            return makeError(QCoreApplication::translate("Export", "export %1 needs the reviewer whose copy it is.")
                                 .arg(exporter.name()));
        return {};
    }
    return {};
}

/** Codebook, theme summary and coded segments: a table (CSV, XLSX, Markdown, HTML) or a PDF page. */
class TableExporter : public Exporter
{
public:
    QStringList suffixes() const override
    {
        return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("md"), QStringLiteral("html"),
                QStringLiteral("htm"), QStringLiteral("pdf")};
    }
    const char *nameFilter() const override
    {
        return QT_TRANSLATE_NOOP("Export", "Spreadsheet (*.xlsx);;CSV (*.csv);;Markdown (*.md);;HTML (*.html);;PDF (*.pdf)");
    }
    bool accepts(ExportOption option) const override
    {
        return option == ExportOption::Format || (option == ExportOption::Layer && takesLayer());
    }

    Result<ExportResult> write(Project &project, const QUuid &viewer, const QString &path,
                               const ExportOptions &options) const override
    {
        if (Status st = checkBlinding(*this, project, viewer); !st)
            return st.takeError();
        ExportResult result;
        prepare(project, viewer, options, result);
        const bool pdf = options.pdf
            || (!options.format && QFileInfo(path).suffix().compare(QStringLiteral("pdf"), Qt::CaseInsensitive) == 0);
        Status st;
        if (pdf) {
            if (!options.pdfWriter)
                return makeError(QCoreApplication::translate("Export", "This program cannot write PDF; choose another format."));
            st = options.pdfWriter(path, html(project, viewer, options, &result.spanProblems), project.title());
        } else {
            const std::optional<TableFormat> format = options.format ? options.format : tableFormatFromPath(path);
            if (!format)
                return makeError(QCoreApplication::translate("Export", "Choose a file ending in .csv, .xlsx, .md, .html or .pdf."));
            st = writeTable(project, viewer, path, *format, options, &result.spanProblems);
        }
        if (!st)
            return st.takeError();
        result.summary = QStringLiteral("Wrote %1 to %2.").arg(name(), path);
        return result;
    }

protected:
    virtual bool takesLayer() const { return true; }
    /** Counts what the summary tells before writing. */
    virtual void prepare(const Project &, const QUuid &, const ExportOptions &, ExportResult &) const {}
    virtual QString html(const Project &project, const QUuid &viewer, const ExportOptions &options,
                         QStringList *spanProblems) const = 0;
    virtual Status writeTable(const Project &project, const QUuid &viewer, const QString &path, TableFormat format,
                              const ExportOptions &options, QStringList *spanProblems) const = 0;
};

class CodebookExporter final : public TableExporter
{
public:
    QString name() const override { return QStringLiteral("codebook"); }
    QString description() const override
    {
        return QStringLiteral("the codebook for publication (csv, xlsx, md, html, pdf)");
    }
    std::vector<ExportMenuEntry> menuEntries() const override
    {
        return {{QT_TRANSLATE_NOOP("Export", "Codebook (CSV, XLSX, Markdown, HTML, PDF)…")}};
    }
    ExportBlinding blinding() const override { return ExportBlinding::WholeProject; }

protected:
    bool takesLayer() const override { return false; }
    QString html(const Project &project, const QUuid &, const ExportOptions &, QStringList *) const override
    {
        return codebookHtml(project);
    }
    Status writeTable(const Project &project, const QUuid &, const QString &path, TableFormat format,
                      const ExportOptions &, QStringList *) const override
    {
        return exportCodebook(project, path, format);
    }
};

class ThemesExporter final : public TableExporter
{
public:
    QString name() const override { return QStringLiteral("themes"); }
    QString description() const override
    {
        return QStringLiteral("coded segments and records per theme and sub-theme, major/minor (csv, xlsx, html, md, pdf)");
    }
    std::vector<ExportMenuEntry> menuEntries() const override { return {{QT_TRANSLATE_NOOP("Export", "Theme Summary…")}}; }
    ExportBlinding blinding() const override { return ExportBlinding::WholeProject; }

protected:
    QString html(const Project &project, const QUuid &, const ExportOptions &options, QStringList *) const override
    {
        return themeSummaryHtml(project, options.layer);
    }
    Status writeTable(const Project &project, const QUuid &, const QString &path, TableFormat format,
                      const ExportOptions &options, QStringList *) const override
    {
        return exportThemeSummary(project, path, format, options.layer);
    }
};

class SegmentsExporter final : public TableExporter
{
public:
    QString name() const override { return QStringLiteral("segments"); }
    QString description() const override
    {
        return QStringLiteral("one row per coding: record, code path, quote, reviewer, memo (csv, xlsx, md, html, pdf;\n"
                              "html and pdf are laid out per record for A4)");
    }
    std::vector<ExportMenuEntry> menuEntries() const override { return {{QT_TRANSLATE_NOOP("Export", "Coded Segments…")}}; }
    ExportBlinding blinding() const override { return ExportBlinding::ViewerOnly; }
    bool accepts(ExportOption option) const override
    {
        return TableExporter::accepts(option) || option == ExportOption::Codes || option == ExportOption::Round;
    }

    Result<ExportResult> write(Project &project, const QUuid &viewer, const QString &path,
                               const ExportOptions &options) const override
    {
        auto result = TableExporter::write(project, viewer, path, options);
        if (result)
            result->summary = QStringLiteral("Wrote %1 coded segment(s) to %2.")
                                  .arg(result->details.value(QStringLiteral("rows")).toInt())
                                  .arg(path);
        return result;
    }

protected:
    static SegmentFilter filter(const Project &project, const QUuid &viewer, const ExportOptions &options)
    {
        SegmentFilter f;
        f.layer = options.layer;
        // A reviewer exports their own work unless they choose another layer: the Consensus,
        // which Auto prefers, stays hidden from them while they code blind.
        if (f.layer.kind == LayerChoice::Kind::Auto && !viewer.isNull())
            if (const auto who = project.reviewer(viewer); who && who->role == ReviewerRole::Reviewer)
                f.layer = LayerChoice { LayerChoice::Kind::Reviewer, viewer };
        f.codes = options.codes;
        f.round = options.round;
        f.viewer = viewer;
        return f;
    }
    void prepare(const Project &project, const QUuid &viewer, const ExportOptions &options,
                 ExportResult &result) const override
    {
        result.details.insert(QStringLiteral("rows"),
            static_cast<int>(segmentsSheet(project, filter(project, viewer, options)).rows.size()));
    }
    QString html(const Project &project, const QUuid &viewer, const ExportOptions &options,
                 QStringList *spanProblems) const override
    {
        return segmentsHtml(project, filter(project, viewer, options), spanProblems);
    }
    Status writeTable(const Project &project, const QUuid &viewer, const QString &path, TableFormat format,
                      const ExportOptions &options, QStringList *spanProblems) const override
    {
        return exportSegments(project, path, format, filter(project, viewer, options), spanProblems);
    }
};

/** REFI-QDA project (.qdpx) and codebook (.qdc). */
class RefiExporter : public Exporter
{
public:
    ExportBlinding blinding() const override { return ExportBlinding::WholeProject; }

    Result<ExportResult> write(Project &project, const QUuid &viewer, const QString &path,
                               const ExportOptions &options) const override
    {
        if (Status st = checkBlinding(*this, project, viewer); !st)
            return st.takeError();
        auto r = writeRefi(project, path, options);
        if (!r)
            return r.takeError();
        ExportResult result;
        result.details = QJsonObject{{QStringLiteral("codes"), r->codes},
                                     {QStringLiteral("sources"), r->sources},
                                     {QStringLiteral("codings"), r->codings},
                                     {QStringLiteral("users"), r->users},
                                     {QStringLiteral("notes"), r->notes},
                                     {QStringLiteral("notExported"), QJsonArray::fromStringList(r->dataLoss)},
                                     {QStringLiteral("warnings"), QJsonArray::fromStringList(r->warnings)}};
        result.summary = summary(*r, path);
        result.warnings = r->warnings;
        result.dataLoss = r->dataLoss;
        result.spanProblems = r->spanProblems;
        return result;
    }

protected:
    virtual Result<ExportReport> writeRefi(const Project &project, const QString &path,
                                           const ExportOptions &options) const = 0;
    virtual QString summary(const ExportReport &report, const QString &path) const = 0;
};

class QdpxExporter final : public RefiExporter
{
public:
    QString name() const override { return QStringLiteral("qdpx"); }
    QString description() const override
    {
        return QStringLiteral("the project as REFI-QDA project exchange (.qdpx): users, codebook,\n"
                              "texts, codings of every reviewer and the Consensus, memos as notes");
    }
    QStringList suffixes() const override { return {QStringLiteral("qdpx")}; }
    const char *nameFilter() const override { return QT_TRANSLATE_NOOP("Export", "REFI-QDA project (*.qdpx)"); }
    std::vector<ExportMenuEntry> menuEntries() const override
    {
        return {{QT_TRANSLATE_NOOP("Export", "REFI-QDA Project (.qdpx)…")},
                {QT_TRANSLATE_NOOP("Export", "REFI-QDA Project for NVivo (.qdpx, UTF-16 offsets)…"), true}};
    }
    bool accepts(ExportOption option) const override { return option == ExportOption::Utf16Offsets; }

protected:
    Result<ExportReport> writeRefi(const Project &project, const QString &path,
                                   const ExportOptions &options) const override
    {
        QdpxOptions qdpx;
        qdpx.utf16Offsets = options.utf16Offsets;
        return exportQdpx(project, path, qdpx);
    }
    QString summary(const ExportReport &r, const QString &path) const override
    {
        return QStringLiteral("Wrote %1 source(s), %2 code(s), %3 coding(s), %4 user(s), %5 note(s) to %6.")
            .arg(r.sources)
            .arg(r.codes)
            .arg(r.codings)
            .arg(r.users)
            .arg(r.notes)
            .arg(path);
    }
};

class QdcExporter final : public RefiExporter
{
public:
    QString name() const override { return QStringLiteral("qdc"); }
    QString description() const override
    {
        return QStringLiteral("the codebook as REFI-QDA codebook exchange (.qdc)");
    }
    QStringList suffixes() const override { return {QStringLiteral("qdc")}; }
    const char *nameFilter() const override { return QT_TRANSLATE_NOOP("Export", "REFI-QDA codebook (*.qdc)"); }
    std::vector<ExportMenuEntry> menuEntries() const override { return {{QT_TRANSLATE_NOOP("Export", "REFI-QDA Codebook (.qdc)…")}}; }
    bool accepts(ExportOption) const override { return false; }

protected:
    Result<ExportReport> writeRefi(const Project &project, const QString &path, const ExportOptions &) const override
    {
        return exportQdc(project, path);
    }
    QString summary(const ExportReport &r, const QString &path) const override
    {
        return QStringLiteral("Wrote %1 code(s) to %2.").arg(r.codes).arg(path);
    }
};

class ReviewerCopyExporter final : public Exporter
{
public:
    QString name() const override { return QStringLiteral("reviewer-copy"); }
    QString description() const override
    {
        return QStringLiteral("a .dyad for one reviewer to code elsewhere (needs --reviewer); bring it\n"
                              "back with 'dyad-cli merge'");
    }
    QStringList suffixes() const override { return {QStringLiteral("dyad")}; }
    const char *nameFilter() const override { return QT_TRANSLATE_NOOP("Export", "Dyad project (*.dyad)"); }
    std::vector<ExportMenuEntry> menuEntries() const override
    {
        return {{QT_TRANSLATE_NOOP("Export", "Reviewer Copy for the Current Reviewer…")}};
    }
    ExportBlinding blinding() const override { return ExportBlinding::ViewerCopy; }
    bool accepts(ExportOption) const override { return false; }
    bool changesProject() const override { return true; }

    Result<ExportResult> write(Project &project, const QUuid &viewer, const QString &path,
                               const ExportOptions &) const override
    {
        if (Status st = checkBlinding(*this, project, viewer); !st)
            return st.takeError();
        auto r = exportReviewerCopy(project, viewer, path);
        if (!r)
            return r.takeError();
        const QString who = project.reviewer(viewer).value_or(Reviewer{}).name;
        ExportResult result;
        result.details = QJsonObject{{QStringLiteral("reviewer"), who},
                                     {QStringLiteral("records"), r->records},
                                     {QStringLiteral("codes"), r->codes},
                                     {QStringLiteral("codings"), r->codings},
                                     {QStringLiteral("assignments"), r->assignments},
                                     {QStringLiteral("withheldCodes"), r->withheldCodes}};
        result.summary = QStringLiteral("Wrote a copy for %1 to %2: %3 record(s), %4 code(s), %5 of their coding(s), "
                                        "%6 assignment(s); %7 private code(s) of others withheld.")
                             .arg(who, path)
                             .arg(r->records)
                             .arg(r->codes)
                             .arg(r->codings)
                             .arg(r->assignments)
                             .arg(r->withheldCodes);
        return result;
    }
};

} // namespace

const std::vector<const Exporter *> &exporters()
{
    static const CodebookExporter codebook;
    static const ThemesExporter themes;
    static const SegmentsExporter segments;
    static const QdpxExporter qdpx;
    static const QdcExporter qdc;
    static const ReviewerCopyExporter reviewerCopy;
    static const std::vector<const Exporter *> all{&codebook, &themes, &segments, &qdpx, &qdc, &reviewerCopy};
    return all;
}

const Exporter *exporterFor(const QString &name)
{
    for (const Exporter *e : exporters())
        if (e->name() == name)
            return e;
    return nullptr;
}

QStringList exporterNames()
{
    QStringList names;
    for (const Exporter *e : exporters())
        names << e->name();
    return names;
}

qsizetype blindedRecordCount(const Project &project, const QUuid &viewer)
{
    std::vector<QUuid> others;
    for (const Reviewer &r : project.reviewers())
        if (r.id != viewer)
            others.push_back(r.id);
    return project.recordsHiddenFrom(viewer, others).size();
}

} // namespace dyad::core::io
