// records, show, search: reading the corpus.
#include "cliutil.h"

using namespace dyad::core;

namespace dyad::cli {
namespace {

QJsonObject summaryJson(const RecordSummary &r, qsizetype index)
{
    return QJsonObject{{QStringLiteral("n"), index},
                       {QStringLiteral("id"), uuidText(r.id)},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("firstAuthor"), r.firstAuthor},
                       {QStringLiteral("year"), r.year ? QJsonValue(*r.year) : QJsonValue()},
                       {QStringLiteral("journal"), r.journal},
                       {QStringLiteral("language"), r.language},
                       {QStringLiteral("doi"), r.doi},
                       {QStringLiteral("pmid"), r.pmid}};
}

int runRecords(Context &ctx)
{
    QStringList args = ctx.args;
    const QString limitText = takeOption(args, QStringLiteral("limit"));
    if (args.size() != 1)
        return fail(QStringLiteral("records takes one project file."));
    auto project = openProject(args.front(), true);
    if (!project)
        return 1;
    const std::vector<RecordSummary> all = project->recordSummaries();
    const qsizetype limit = limitText.isEmpty() ? static_cast<qsizetype>(all.size()) : limitText.toLongLong();
    if (ctx.json) {
        QJsonArray rows;
        for (qsizetype i = 0; i < static_cast<qsizetype>(all.size()) && i < limit; ++i)
            rows.append(summaryJson(all[static_cast<size_t>(i)], i + 1));
        printJson(rows);
        return 0;
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < static_cast<qsizetype>(all.size()) && i < limit; ++i) {
        const RecordSummary &r = all[static_cast<size_t>(i)];
        rows << QStringList{QString::number(i + 1), r.year ? QString::number(*r.year) : QString(),
                            elide(r.firstAuthor, 20), r.language, elide(r.title, 70)};
    }
    printTable({QStringLiteral("#"), QStringLiteral("Year"), QStringLiteral("First author"), QStringLiteral("Lang"),
                QStringLiteral("Title")},
               rows);
    out(QStringLiteral("%1 record(s)").arg(all.size()));
    return 0;
}

int runShow(Context &ctx)
{
    if (ctx.args.size() != 2)
        return fail(QStringLiteral("show takes PROJECT and a record (number, id, DOI or PMID)."));
    auto project = openProject(ctx.args[0], true);
    if (!project)
        return 1;
    QString recordError;
    auto summary = findRecord(*project, ctx.args[1], &recordError);
    if (!summary)
        return fail(QStringLiteral("%1: %2").arg(ctx.args[0], recordError));
    const Record r = project->record(summary->id).value();
    if (ctx.json) {
        printJson(QJsonObject{{QStringLiteral("id"), uuidText(r.id)},
                              {QStringLiteral("title"), r.title},
                              {QStringLiteral("authors"), QJsonArray::fromStringList(r.authors)},
                              {QStringLiteral("year"), r.year ? QJsonValue(*r.year) : QJsonValue()},
                              {QStringLiteral("journal"), r.journal},
                              {QStringLiteral("doi"), r.doi},
                              {QStringLiteral("pmid"), r.pmid},
                              {QStringLiteral("keywords"), QJsonArray::fromStringList(r.keywords)},
                              {QStringLiteral("language"), r.language},
                              {QStringLiteral("textVersion"), r.textVersion},
                              {QStringLiteral("length"), static_cast<qint64>(r.text.toUcs4().size())},
                              {QStringLiteral("text"), r.text},
                              {QStringLiteral("source"), r.sourceName},
                              {QStringLiteral("attributes"), r.attributes}});
        return 0;
    }
    out(r.title);
    out(r.authors.join(QStringLiteral("; ")));
    out(QStringLiteral("%1 %2  doi:%3  pmid:%4  [%5]")
            .arg(r.journal, r.year ? QString::number(*r.year) : QString(), r.doi, r.pmid, r.language));
    out(QString());
    out(r.text);
    return 0;
}

int runSearch(Context &ctx)
{
    QStringList args = ctx.args;
    const QString limitText = takeOption(args, QStringLiteral("limit"));
    if (args.size() < 2)
        return fail(QStringLiteral("search takes PROJECT and the words to find."));
    // An option would otherwise be searched for as words (and --as silently ignored).
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--")))
            return fail(a == QLatin1String("--as") || a.startsWith(QLatin1String("--as="))
                            ? QStringLiteral("search reads only titles and texts, which every reviewer may see, so it "
                                             "takes no --as.")
                            : QStringLiteral("search does not know the option %1.").arg(a));
    auto project = openProject(args.takeFirst(), true);
    if (!project)
        return 1;
    auto hits = project->search(args.join(QLatin1Char(' ')), limitText.isEmpty() ? 50 : limitText.toInt());
    if (!hits)
        return fail(hits.error());
    if (ctx.json) {
        QJsonArray rows;
        for (const SearchHit &h : *hits)
            rows.append(QJsonObject{{QStringLiteral("id"), uuidText(h.recordId)},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("snippet"), h.snippet}});
        printJson(rows);
        return 0;
    }
    for (const SearchHit &h : *hits) {
        out(h.title);
        out(QStringLiteral("    ") + elide(h.snippet, 120));
    }
    out(QStringLiteral("%1 match(es)").arg(hits->size()));
    return 0;
}

CommandRegistrar s_records({QStringLiteral("records"), QStringLiteral("List the records of a project"),
                            QStringLiteral("Usage: dyad-cli records PROJECT.dyad [--limit N] [--json]"), runRecords});
CommandRegistrar s_show({QStringLiteral("show"), QStringLiteral("Show one record with its metadata and text"),
                         QStringLiteral("Usage: dyad-cli show PROJECT.dyad RECORD [--json]\n\n"
                                        "RECORD is the number shown by 'records', the record id, a DOI or a PMID."),
                         runShow});
CommandRegistrar s_search({QStringLiteral("search"), QStringLiteral("Full-text search (English, Chinese, ...)"),
                           QStringLiteral("Usage: dyad-cli search PROJECT.dyad WORDS... [--limit N] [--json]\n\n"
                                          "Finds records containing all the words, ignoring case and accents.\n"
                                          "A trailing * matches a prefix (collab*)."),
                           runSearch});

} // namespace
} // namespace dyad::cli
