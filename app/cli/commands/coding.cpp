// code, uncode, codings: applying codes to spans.
#include "cliutil.h"

#include "core/text/offsets.h"

#include <map>

using namespace dyad::core;

namespace dyad::cli {
namespace {

int runCode(Context &ctx)
{
    QStringList args = ctx.args;
    const QString as = takeOption(args, QStringLiteral("as"));
    const QString memo = takeOption(args, QStringLiteral("memo"));
    const QString quote = takeOption(args, QStringLiteral("quote"));
    if (args.size() != (quote.isEmpty() ? 4 : 3) || as.isEmpty())
        return fail(QStringLiteral("code takes PROJECT RECORD CODE START:END --as REVIEWER (or --quote TEXT instead "
                                   "of START:END)."));
    auto project = openProject(args[0]);
    if (!project)
        return 1;
    auto who = findReviewer(*project, as);
    if (!who)
        return 1;
    project->setActor(who->id);
    QString recordError;
    auto record = findRecord(*project, args[1], &recordError);
    if (!record)
        return fail(recordError);
    QString error;
    auto code = findCode(*project, args[2], &error);
    if (!code)
        return fail(error);
    Span span;
    if (!quote.isEmpty()) {
        const QString text = project->record(record->id)->text;
        const qsizetype at = text.indexOf(quote.normalized(QString::NormalizationForm_C));
        if (at < 0)
            return fail(QStringLiteral("the quote is not in the record's text."));
        span.start = QStringView(text).left(at).toUcs4().size();
        span.end = span.start + quote.normalized(QString::NormalizationForm_C).toUcs4().size();
    } else {
        auto parsed = parseSpan(args[3]);
        if (!parsed)
            return fail(QStringLiteral("expected a span START:END in code points, e.g. 10:42; got \"%1\".").arg(args[3]));
        span = *parsed;
    }
    Coding c;
    c.recordId = record->id;
    c.codeId = code->id;
    c.reviewerId = who->id;
    c.span = span;
    c.memo = memo;
    auto added = project->addCoding(c);
    if (!added)
        return fail(added.error());
    if (ctx.json)
        printJson(QJsonObject{{QStringLiteral("id"), uuidText(added->id)},
                              {QStringLiteral("start"), added->span.start},
                              {QStringLiteral("end"), added->span.end}});
    else
        out(QStringLiteral("Coded [%1, %2) with \"%3\" (%4)")
                .arg(added->span.start)
                .arg(added->span.end)
                .arg(code->name, uuidText(added->id)));
    return 0;
}

int runUncode(Context &ctx)
{
    QStringList args = ctx.args;
    const QString as = takeOption(args, QStringLiteral("as"));
    if (args.size() != 2 || as.isEmpty())
        return fail(QStringLiteral("uncode takes PROJECT CODING-ID --as REVIEWER."));
    auto project = openProject(args[0]);
    if (!project)
        return 1;
    auto who = findReviewer(*project, as);
    if (!who)
        return 1;
    project->setActor(who->id);
    if (auto st = project->removeCoding(QUuid::fromString(args[1])); !st)
        return fail(st.error());
    out(QStringLiteral("Removed the coding."));
    return 0;
}

int runCodings(Context &ctx)
{
    QStringList args = ctx.args;
    const QString recordKey = takeOption(args, QStringLiteral("record"));
    const QString reviewerName = takeOption(args, QStringLiteral("reviewer"));
    const QString codeName = takeOption(args, QStringLiteral("code"));
    const QString as = takeOption(args, QStringLiteral("as"));
    if (args.size() != 1)
        return fail(QStringLiteral("codings takes one project file."));
    auto project = openProject(args[0], true);
    if (!project)
        return 1;
    CodingQuery q;
    if (!recordKey.isEmpty()) {
        QString recordError;
        auto r = findRecord(*project, recordKey, &recordError);
        if (!r)
            return fail(recordError);
        q.recordId = r->id;
    }
    if (!reviewerName.isEmpty()) {
        auto r = findReviewer(*project, reviewerName);
        if (!r)
            return 1;
        q.reviewerId = r->id;
    }
    if (!codeName.isEmpty()) {
        QString error;
        auto c = findCode(*project, codeName, &error);
        if (!c)
            return fail(error);
        q.codeId = c->id;
    }
    // Asking for one reviewer's codings on a record still blinded for the viewer (given with
    // --as, or the reviewer signed in to a team server) is refused with the reason, rather than
    // answered with an empty list that reads like "no codings".
    if (q.recordId && q.reviewerId) {
        std::optional<Reviewer> viewer = as.isEmpty() ? project->reviewer(project->actor()) : findReviewer(*project, as);
        if (viewer && viewer->id != *q.reviewerId && viewer->role == ReviewerRole::Reviewer
            && project->isBlindedBetween(*q.recordId, viewer->id, *q.reviewerId)) {
            const auto owner = project->reviewer(*q.reviewerId);
            return fail(QStringLiteral("%1's codings on record %2 are hidden from %3 while it is blinded: a round in "
                                       "its independent phase holds it and not both of them have marked it done. "
                                       "They show once both are done, the round moves to reconciliation, or the "
                                       "lead lifts blinding.")
                            .arg(owner ? owner->name : QStringLiteral("the reviewer"), recordKey, viewer->name));
        }
    }
    std::vector<Coding> codings = project->codings(q);
    if (!as.isEmpty()) { // what this viewer may see (blinding)
        auto viewer = findReviewer(*project, as);
        if (!viewer)
            return 1;
        std::erase_if(codings, [&](const Coding &c) { return !project->canSee(viewer->id, c); });
    }
    std::map<QUuid, QString> names, codeNames, texts;
    for (const Reviewer &r : project->reviewers())
        names[r.id] = r.name;
    for (const Code &c : project->allCodes())
        codeNames[c.id] = c.name;
    // A damaged or hand-edited file may hold spans outside the text: never read past it,
    // show what lies inside and name the coding, so that 'check' and a fix can follow.
    int outside = 0;
    auto quoteOf = [&](const Coding &c) {
        auto it = texts.find(c.recordId);
        if (it == texts.end()) {
            const auto record = project->record(c.recordId);
            it = texts.emplace(c.recordId, record ? record->text : QString()).first;
        }
        const qint64 length = text::codePointLength(it->second);
        if (c.span.start < 0 || c.span.end > length || c.span.end < c.span.start) {
            ++outside;
            err(QStringLiteral("dyad-cli: coding %1 has the span [%2, %3), which does not fit the text of its record "
                               "(%4 characters); its quote is cut to the text.")
                    .arg(uuidText(c.id))
                    .arg(c.span.start)
                    .arg(c.span.end)
                    .arg(length));
        }
        return text::substringByCodePoints(it->second, c.span);
    };
    if (ctx.json) {
        QJsonArray rows;
        for (const Coding &c : codings)
            rows.append(QJsonObject{{QStringLiteral("id"), uuidText(c.id)},
                                    {QStringLiteral("record"), uuidText(c.recordId)},
                                    {QStringLiteral("code"), codeNames[c.codeId]},
                                    {QStringLiteral("codeId"), uuidText(c.codeId)},
                                    {QStringLiteral("reviewer"), names[c.reviewerId]},
                                    {QStringLiteral("start"), c.span.start},
                                    {QStringLiteral("end"), c.span.end},
                                    {QStringLiteral("quote"), quoteOf(c)},
                                    {QStringLiteral("memo"), c.memo}});
        printJson(rows);
        return outside ? 1 : 0;
    }
    QList<QStringList> rows;
    for (const Coding &c : codings)
        rows << QStringList{names[c.reviewerId], elide(codeNames[c.codeId], 24),
                            QStringLiteral("%1:%2").arg(c.span.start).arg(c.span.end), elide(quoteOf(c), 60)};
    printTable({QStringLiteral("Reviewer"), QStringLiteral("Code"), QStringLiteral("Span"), QStringLiteral("Quote")}, rows);
    out(QStringLiteral("%1 coding(s)").arg(codings.size()));
    if (outside)
        return fail(QStringLiteral("%1 coding(s) do not fit their text; run 'dyad-cli check'.").arg(outside));
    return 0;
}

CommandRegistrar s_code({QStringLiteral("code"), QStringLiteral("Apply a code to a span of a record"),
                         QStringLiteral("Usage: dyad-cli code PROJECT.dyad RECORD CODE START:END --as REVIEWER "
                                        "[--memo TEXT]\n"
                                        "       dyad-cli code PROJECT.dyad RECORD CODE --quote TEXT --as REVIEWER\n\n"
                                        "START:END are Unicode code-point offsets into the record's text (end\n"
                                        "exclusive), the unit REFI-QDA uses. --quote codes the first occurrence."),
                         runCode});
CommandRegistrar s_uncode({QStringLiteral("uncode"), QStringLiteral("Remove a coding (audited)"),
                           QStringLiteral("Usage: dyad-cli uncode PROJECT.dyad CODING-ID --as REVIEWER"), runUncode});
CommandRegistrar s_codings({QStringLiteral("codings"), QStringLiteral("List codings with their quotes"),
                            QStringLiteral("Usage: dyad-cli codings PROJECT.dyad [--record R] [--reviewer NAME] "
                                           "[--code CODE] [--as VIEWER] [--json]\n\n"
                                           "--as shows only what that reviewer may see while blinded.\n"
                                           "A coding whose span does not fit its text (a damaged or hand-edited\n"
                                           "file) is named on stderr, its quote cut to the text, and the exit code\n"
                                           "is 1; 'dyad-cli check' lists all such problems."),
                            runCodings});

} // namespace
} // namespace dyad::cli
