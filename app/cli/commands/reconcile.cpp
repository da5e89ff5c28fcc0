// dyad-cli reconcile: the reconciliation queue of two reviewers, decisions, undo, escalation.

#include "cliutil.h"

#include "core/model/project.h"
#include "core/open/open.h"
#include "core/reconcile/reconciler.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dyad::core;
using namespace dyad::core::reconcile;

namespace dyad::cli {
namespace {

const QString kUsage = QStringLiteral(
    "Usage:\n"
    "  dyad-cli reconcile status PROJECT --reviewers A,B [--round R]\n"
    "  dyad-cli reconcile queue PROJECT --reviewers A,B [--round R] [--record R] [--type KINDS]\n"
    "                           [--state open|decided|escalated|all] [--code NAME] [--blind]\n"
    "  dyad-cli reconcile auto-accept PROJECT --reviewers A,B [--round R] [--rationale TEXT] --as NAME\n"
    "  dyad-cli reconcile decide PROJECT GROUPKEY --reviewers A,B --outcome a|b|both|neither|edit|merge\n"
    "                           [--span S:E]... [--code NAME] [--rationale TEXT] [--round R] [--record R]\n"
    "                           [--blind] --as NAME\n"
    "  dyad-cli reconcile escalate PROJECT GROUPKEY --reviewers A,B --note TEXT --as NAME\n"
    "  dyad-cli reconcile undo PROJECT DECISIONID --as NAME\n"
    "\n"
    "Groups the two reviewers' codings on each record into exact agreements, boundary differences,\n"
    "A only, B only, code conflicts and codebook mismatches, and writes decisions into the Consensus\n"
    "layer with a decision log ('dyad-cli decisions PROJECT --csv').\n"
    "\n"
    "  --reviewers A,B  the pair, by name (A and B in outcomes refer to this order)\n"
    "  --round R        only records assigned to both in round R (name or id)\n"
    "  --type KINDS     comma-separated: exact, boundary, a-only, b-only, code-conflict, codebook-mismatch\n"
    "  --state S        queue filter; default open (escalated: items handed to an adjudicator)\n"
    "  GROUPKEY         the key shown by 'queue' (a unique prefix is enough)\n"
    "  DECISIONID       the id printed by 'decide' or 'dyad-cli decisions' (a unique prefix of 4 or more\n"
    "                   hex digits is enough)\n"
    "  --record R       one record: its number in 'dyad-cli records', its id or a unique id prefix,\n"
    "                   DOI or PMID (as every command takes it)\n"
    "  --outcome        a, b, both, neither; edit (needs --span and --code); merge (the codes are\n"
    "                   equivalent: consensus uses --code, default A's, over the members' spans or --span)\n"
    "  --span S:E       code-point offsets [S, E) in the record's text; repeat for several spans\n"
    "  --blind          adjudicator mode: reviewers shown as Reviewer 1/2 (order shuffled per record);\n"
    "                   with decide, --outcome 1 or 2 picks a reviewer\n"
    "  --as NAME        who decides (one of the pair, a lead or an adjudicator)\n"
    "\n"
    "Records still in independent coding for the pair (a round in its independent phase, not\n"
    "unblinded, and not marked done by both) are neither listed, counted by kind, nor decided, by\n"
    "anybody: status reports how many were left out.\n"
    "  --json           machine-readable output");

struct Session
{
    std::unique_ptr<Project> project;
    DecisionStore *store = nullptr; // the project's
    std::unique_ptr<Reconciler> reconciler;
    Scope scope;
    QString nameA, nameB;
};

/** Opens the project and resolves --reviewers, --round, --record and --as. Returns an exit code on failure. */
int openSession(const Command &cmd, QStringList &args, const QString &path, bool needPair, Session &s)
{
    auto project = dyad::core::openProject(path);
    if (!project)
        return fail(project.error());
    s.project = std::move(project).value();
    auto store = openDecisionStore(*s.project);
    if (!store)
        return fail(store.error());
    s.store = std::move(store).value();
    s.reconciler = std::make_unique<Reconciler>(*s.project, *s.store);

    const QString as = takeOption(args, QStringLiteral("as"));
    if (!as.isNull()) {
        const auto who = s.project->reviewerByName(as);
        if (!who)
            return fail(QStringLiteral("%1: there is no reviewer called \"%2\".").arg(path, as));
        s.project->setActor(who->id);
    }
    const QString reviewers = takeOption(args, QStringLiteral("reviewers"));
    if (needPair) {
        const QStringList names = reviewers.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (names.size() != 2)
            return usageError(cmd, QStringLiteral("give the pair as --reviewers A,B"));
        const auto a = s.project->reviewerByName(names[0].trimmed());
        const auto b = s.project->reviewerByName(names[1].trimmed());
        if (!a || !b)
            return fail(QStringLiteral("%1: there is no reviewer called \"%2\".")
                            .arg(path, (!a ? names[0] : names[1]).trimmed()));
        s.scope.reviewerA = a->id;
        s.scope.reviewerB = b->id;
        s.nameA = a->name;
        s.nameB = b->name;
    }
    const QString round = takeOption(args, QStringLiteral("round"));
    if (!round.isNull()) {
        std::optional<QUuid> found;
        for (const Round &r : s.project->rounds())
            if (r.name.compare(round, Qt::CaseInsensitive) == 0 || uuidText(r.id) == round.toLower())
                found = r.id;
        if (!found)
            return fail(QStringLiteral("%1: there is no round \"%2\".").arg(path, round));
        s.scope.roundId = found;
    }
    const QString record = takeOption(args, QStringLiteral("record"));
    if (!record.isNull()) {
        QString error;
        const auto found = findRecord(*s.project, record, &error);
        if (!found)
            return fail(QStringLiteral("%1: %2").arg(path, error));
        s.scope.recordId = found->id;
    }
    return 0;
}

QString shortId(const QUuid &id)
{
    return uuidText(id).left(8);
}

QString sideLabel(const Session &s, const QUuid &record, Side side, bool blind)
{
    if (blind)
        return Reconciler::blindLabel(s.scope, record, side);
    return side == Side::A ? s.nameA : s.nameB;
}

QString membersText(const Session &s, const Group &g, const QHash<QUuid, QString> &codeNames, bool blind)
{
    QStringList parts;
    // In blind mode Reviewer 1 comes first whichever side it is.
    std::vector<Side> order{Side::A, Side::B};
    if (blind && Reconciler::blindSwapped(s.scope, g.recordId))
        std::swap(order[0], order[1]);
    for (Side side : order) {
        QStringList codings;
        for (const Coding &c : g.side(side))
            codings << QStringLiteral("%1 [%2, %3)")
                           .arg(codeNames.value(c.codeId), QString::number(c.span.start), QString::number(c.span.end));
        parts << QStringLiteral("%1: %2").arg(sideLabel(s, g.recordId, side, blind),
                                              codings.isEmpty() ? QStringLiteral("-") : codings.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" | "));
}

QJsonObject groupJson(const Session &s, const QueueItem &item, const QHash<QUuid, QString> &codeNames, bool blind)
{
    auto side = [&](Side sd) {
        QJsonArray out;
        for (const Coding &c : item.group.side(sd))
            out.append(QJsonObject{{QStringLiteral("coding"), uuidText(c.id)},
                                   {QStringLiteral("code"), codeNames.value(c.codeId)},
                                   {QStringLiteral("start"), static_cast<double>(c.span.start)},
                                   {QStringLiteral("end"), static_cast<double>(c.span.end)}});
        return out;
    };
    QJsonObject o{{QStringLiteral("key"), item.group.key},
                  {QStringLiteral("record"), uuidText(item.group.recordId)},
                  {QStringLiteral("kind"), blind ? Reconciler::blindKindLabel(s.scope, item.group) : kindName(item.group.kind)},
                  {QStringLiteral("state"), stateName(item.state)},
                  {QStringLiteral("start"), static_cast<double>(item.group.extent.start)},
                  {QStringLiteral("end"), static_cast<double>(item.group.extent.end)},
                  {QStringLiteral("impact"), static_cast<double>(item.group.impact())}};
    if (blind) {
        const bool swapped = Reconciler::blindSwapped(s.scope, item.group.recordId);
        o.insert(QStringLiteral("reviewer1"), side(swapped ? Side::B : Side::A));
        o.insert(QStringLiteral("reviewer2"), side(swapped ? Side::A : Side::B));
    } else {
        o.insert(QStringLiteral("a"), side(Side::A));
        o.insert(QStringLiteral("b"), side(Side::B));
    }
    if (item.decision)
        o.insert(QStringLiteral("decision"), QJsonObject{{QStringLiteral("id"), uuidText(item.decision->id)},
                                                          {QStringLiteral("outcome"), outcomeName(item.decision->outcome)}});
    if (item.escalation)
        o.insert(QStringLiteral("escalation"), QJsonObject{{QStringLiteral("id"), uuidText(item.escalation->id)},
                                                            {QStringLiteral("note"), item.escalation->note}});
    return o;
}

QHash<QUuid, QString> codeNames(const Project &project)
{
    QHash<QUuid, QString> names;
    for (const Code &c : project.allCodes())
        names.insert(c.id, c.name);
    return names;
}

QJsonObject progressJson(const Progress &p)
{
    QJsonObject kinds;
    for (const auto &[kind, count] : p.byKind)
        kinds.insert(kindName(kind), QJsonObject{{QStringLiteral("total"), count.total},
                                                 {QStringLiteral("decided"), count.decided}});
    return QJsonObject{{QStringLiteral("records"), p.records},
                       {QStringLiteral("recordsReconciled"), p.recordsReconciled},
                       {QStringLiteral("blindedRecords"), p.blindedRecords},
                       {QStringLiteral("groups"), p.groups},
                       {QStringLiteral("decided"), p.decided},
                       {QStringLiteral("escalated"), p.escalated},
                       {QStringLiteral("stale"), p.stale},
                       {QStringLiteral("byKind"), kinds}};
}

void printProgress(const QString &title, const Progress &p)
{
    out(QStringLiteral("%1: %2 of %3 records reconciled; %4 of %5 groups decided (%6 %)%7%8%9")
            .arg(title)
            .arg(p.recordsReconciled)
            .arg(p.records)
            .arg(p.decided)
            .arg(p.groups)
            .arg(QString::number(100.0 * p.fraction(), 'f', 1))
            .arg(p.escalated ? QStringLiteral(", %1 escalated").arg(p.escalated) : QString())
            .arg(p.stale ? QStringLiteral(", %1 stale decision(s)").arg(p.stale) : QString())
            .arg(p.blindedRecords ? QStringLiteral(", %1 record(s) still in independent coding (not offered)").arg(p.blindedRecords) : QString()));
    for (const auto &[kind, count] : p.byKind)
        out(QStringLiteral("  %1 %2 / %3").arg(kindLabel(kind).leftJustified(20)).arg(count.decided).arg(count.total));
}

int runStatus(const Command &cmd, Context &ctx, Session &s)
{
    if (!ctx.args.isEmpty())
        return usageError(cmd, QStringLiteral("unexpected argument '%1'").arg(ctx.args.first()));
    // Per round the pair shares, then overall (or just the round asked for).
    std::vector<std::pair<QString, Scope>> scopes;
    if (s.scope.roundId) {
        scopes.emplace_back(s.project->round(*s.scope.roundId)->name, s.scope);
    } else {
        for (const Round &r : s.project->rounds()) {
            if (s.project->assignments(r.id, std::nullopt, s.scope.reviewerA).empty()
                || s.project->assignments(r.id, std::nullopt, s.scope.reviewerB).empty())
                continue;
            Scope sc = s.scope;
            sc.roundId = r.id;
            scopes.emplace_back(QStringLiteral("Round \"%1\"").arg(r.name), sc);
        }
        scopes.emplace_back(QStringLiteral("All records"), s.scope);
    }
    QJsonArray json;
    for (const auto &[title, sc] : scopes) {
        auto queue = s.reconciler->buildQueue(sc);
        if (!queue)
            return fail(queue.error());
        const Progress p = queue->progress();
        if (ctx.json) {
            QJsonObject o = progressJson(p);
            o.insert(QStringLiteral("scope"), title);
            json.append(o);
        } else {
            printProgress(QStringLiteral("%1 (%2 and %3)").arg(title, s.nameA, s.nameB), p);
        }
    }
    if (ctx.json)
        printJson(json);
    return 0;
}

int runQueue(const Command &cmd, Context &ctx, Session &s)
{
    QueueFilter filter;
    const QString types = takeOption(ctx.args, QStringLiteral("type"));
    for (const QString &t : types.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto kind = kindFromName(t.trimmed());
        if (!kind)
            return usageError(cmd, QStringLiteral("unknown group type '%1'").arg(t));
        filter.kinds.insert(*kind);
    }
    const QString state = takeOption(ctx.args, QStringLiteral("state"));
    if (state.isNull() || state == QStringLiteral("open"))
        filter.states = QueueFilter::States::Open;
    else if (state == QStringLiteral("decided"))
        filter.states = QueueFilter::States::Decided;
    else if (state == QStringLiteral("escalated"))
        filter.states = QueueFilter::States::Escalated;
    else if (state == QStringLiteral("all"))
        filter.states = QueueFilter::States::All;
    else
        return usageError(cmd, QStringLiteral("unknown state '%1'").arg(state));
    const QString code = takeOption(ctx.args, QStringLiteral("code"));
    if (!code.isNull()) {
        for (const Code &c : s.project->allCodes())
            if (c.name.compare(code, Qt::CaseInsensitive) == 0)
                filter.codeId = c.id;
        if (!filter.codeId)
            return fail(QStringLiteral("there is no code called \"%1\".").arg(code));
    }
    const bool blind = takeFlag(ctx.args, QStringLiteral("blind"));
    if (!ctx.args.isEmpty())
        return usageError(cmd, QStringLiteral("unexpected argument '%1'").arg(ctx.args.first()));

    auto queue = s.reconciler->buildQueue(s.scope);
    if (!queue)
        return fail(queue.error());
    const auto names = codeNames(*s.project);
    QHash<QUuid, QString> titles;
    for (const RecordSummary &r : s.project->recordSummaries())
        titles.insert(r.id, r.title);
    QJsonArray json;
    int shown = 0;
    for (const QueueItem &item : queue->items) {
        if (!filter.matches(item))
            continue;
        ++shown;
        if (ctx.json) {
            json.append(groupJson(s, item, names, blind));
            continue;
        }
        QString title = titles.value(item.group.recordId);
        if (title.size() > 40)
            title = title.left(39) + QStringLiteral("…");
        out(QStringLiteral("%1  %2 %3  %4  %5  %6")
                .arg(item.group.key, shortId(item.group.recordId), title.leftJustified(40),
                     (blind ? Reconciler::blindKindLabel(s.scope, item.group) : kindName(item.group.kind))
                         .leftJustified(17),
                     stateName(item.state).leftJustified(9),
                     membersText(s, item.group, names, blind)));
        if (item.escalation)
            out(QStringLiteral("    escalated: %1").arg(item.escalation->note));
    }
    if (ctx.json) {
        printJson(json);
    } else {
        out(QStringLiteral("%1 group(s) shown of %2.").arg(shown).arg(queue->items.size()));
        if (!queue->stale.empty())
            out(QStringLiteral("%1 decision(s) are stale: their codings changed since (see 'dyad-cli decisions').")
                    .arg(queue->stale.size()));
    }
    return 0;
}

int runAutoAccept(const Command &cmd, Context &ctx, Session &s)
{
    const QString rationale = takeOption(ctx.args, QStringLiteral("rationale"));
    if (!ctx.args.isEmpty())
        return usageError(cmd, QStringLiteral("unexpected argument '%1'").arg(ctx.args.first()));
    auto done = s.reconciler->acceptAllExact(s.scope, rationale);
    if (!done)
        return fail(done.error());
    if (ctx.json) {
        QJsonArray ids;
        for (const Decision &d : *done)
            ids.append(uuidText(d.id));
        printJson(QJsonObject{{QStringLiteral("accepted"), static_cast<int>(done->size())},
                              {QStringLiteral("batch"), done->empty() ? QString() : uuidText(done->front().batchId)},
                              {QStringLiteral("decisions"), ids}});
    } else {
        out(QStringLiteral("Accepted %1 exact agreement(s) into the consensus.").arg(done->size()));
        if (!done->empty())
            out(QStringLiteral("Undo all of them with: dyad-cli reconcile undo PROJECT %1 --as NAME")
                    .arg(uuidText(done->front().id)));
    }
    return 0;
}

std::optional<Span> parseDecisionSpan(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    bool okS = false, okE = false;
    const qint64 start = parts[0].trimmed().toLongLong(&okS);
    const qint64 end = parts[1].trimmed().toLongLong(&okE);
    if (!okS || !okE || start < 0 || end <= start)
        return std::nullopt;
    return Span{start, end};
}

int runDecide(const Command &cmd, Context &ctx, Session &s)
{
    const QString outcomeText = takeOption(ctx.args, QStringLiteral("outcome"));
    const QString rationale = takeOption(ctx.args, QStringLiteral("rationale"));
    const QString code = takeOption(ctx.args, QStringLiteral("code"));
    const bool blind = takeFlag(ctx.args, QStringLiteral("blind"));
    DecisionInput input;
    for (QString span = takeOption(ctx.args, QStringLiteral("span")); !span.isNull();
         span = takeOption(ctx.args, QStringLiteral("span"))) {
        const auto parsed = parseDecisionSpan(span);
        if (!parsed)
            return usageError(cmd, QStringLiteral("a span is START:END with START < END, not '%1'").arg(span));
        input.spans.push_back(*parsed);
    }
    if (ctx.args.size() != 1)
        return usageError(cmd, QStringLiteral("give one GROUPKEY"));
    if (outcomeText.isNull())
        return usageError(cmd, QStringLiteral("--outcome is required"));
    if (s.project->actor().isNull())
        return usageError(cmd, QStringLiteral("say who decides with --as NAME"));

    auto queue = s.reconciler->buildQueue(s.scope);
    if (!queue)
        return fail(queue.error());
    QString error;
    const QueueItem *item = queue->find(ctx.args.first(), &error);
    if (!item)
        return fail(error);

    if (blind && (outcomeText == QStringLiteral("1") || outcomeText == QStringLiteral("2"))) {
        const bool first = outcomeText == QStringLiteral("1");
        const bool swapped = Reconciler::blindSwapped(s.scope, item->group.recordId);
        input.outcome = first != swapped ? Outcome::AcceptA : Outcome::AcceptB;
    } else {
        const auto outcome = outcomeFromName(outcomeText);
        if (!outcome)
            return usageError(cmd, QStringLiteral("unknown outcome '%1'").arg(outcomeText));
        input.outcome = *outcome;
    }
    if (!code.isNull()) {
        // Several codes may share a name (each reviewer's own); prefer one in the group.
        std::vector<QUuid> matches;
        for (const Code &c : s.project->allCodes())
            if (c.name.compare(code, Qt::CaseInsensitive) == 0)
                matches.push_back(c.id);
        if (matches.empty())
            return fail(QStringLiteral("there is no code called \"%1\".").arg(code));
        input.codeId = matches.front();
        const auto inGroup = item->group.codeIds();
        for (const QUuid &m : matches)
            if (std::find(inGroup.begin(), inGroup.end(), m) != inGroup.end())
                input.codeId = m;
    }
    input.rationale = rationale;
    auto decision = s.reconciler->decide(s.scope, item->group, input);
    if (!decision)
        return fail(decision.error());
    if (ctx.json) {
        QJsonArray after;
        for (const ConsensusCoding &c : decision->after)
            after.append(QJsonObject{{QStringLiteral("coding"), uuidText(c.codingId)},
                                     {QStringLiteral("code"), c.codeName},
                                     {QStringLiteral("start"), static_cast<double>(c.span.start)},
                                     {QStringLiteral("end"), static_cast<double>(c.span.end)}});
        printJson(QJsonObject{{QStringLiteral("decision"), uuidText(decision->id)},
                              {QStringLiteral("group"), decision->groupKey},
                              {QStringLiteral("outcome"), outcomeName(decision->outcome)},
                              {QStringLiteral("consensus"), after}});
    } else {
        QStringList after;
        for (const ConsensusCoding &c : decision->after)
            after << QStringLiteral("%1 [%2, %3)").arg(c.codeName, QString::number(c.span.start), QString::number(c.span.end));
        out(QStringLiteral("Decided %1: %2. Consensus: %3. Decision %4.")
                .arg(decision->groupKey, outcomeLabel(decision->outcome),
                     after.isEmpty() ? QStringLiteral("nothing") : after.join(QStringLiteral(", ")),
                     uuidText(decision->id)));
    }
    return 0;
}

int runEscalate(const Command &cmd, Context &ctx, Session &s)
{
    const QString note = takeOption(ctx.args, QStringLiteral("note"));
    if (ctx.args.size() != 1)
        return usageError(cmd, QStringLiteral("give one GROUPKEY"));
    if (s.project->actor().isNull())
        return usageError(cmd, QStringLiteral("say who escalates with --as NAME"));
    auto queue = s.reconciler->buildQueue(s.scope);
    if (!queue)
        return fail(queue.error());
    QString error;
    const QueueItem *item = queue->find(ctx.args.first(), &error);
    if (!item)
        return fail(error);
    auto e = s.reconciler->escalate(s.scope, item->group, note);
    if (!e)
        return fail(e.error());
    if (ctx.json)
        printJson(QJsonObject{{QStringLiteral("escalation"), uuidText(e->id)}, {QStringLiteral("group"), e->groupKey}});
    else
        out(QStringLiteral("Escalated %1 to the adjudicator.").arg(e->groupKey));
    return 0;
}

int runUndo(const Command &cmd, Context &ctx, Session &s)
{
    if (ctx.args.size() != 1)
        return usageError(cmd, QStringLiteral("give one DECISIONID"));
    // The id as printed by 'decide', 'auto-accept' and 'dyad-cli decisions', or a unique prefix.
    DecisionQuery all;
    all.includeUndone = true;
    std::vector<QUuid> ids;
    for (const Decision &d : s.store->decisions(all))
        ids.push_back(d.id);
    QString error;
    const auto id = resolveIdPrefix(ids, ctx.args.first(), QStringLiteral("decision"), &error);
    if (!id)
        return fail(error);
    auto undone = s.reconciler->undo(*id);
    if (!undone)
        return fail(undone.error());
    if (ctx.json)
        printJson(QJsonObject{{QStringLiteral("undone"), static_cast<int>(undone->size())}});
    else
        out(QStringLiteral("Undid %1 decision(s) and removed their consensus codings.").arg(undone->size()));
    return 0;
}

const Command &self();

int run(Context &ctx)
{
    const Command &cmd = self();
    if (ctx.args.size() < 2)
        return usageError(cmd, QStringLiteral("give a subcommand and a PROJECT"));
    const QString sub = ctx.args.takeFirst();
    const QString path = ctx.args.takeFirst();
    const bool needPair = sub != QStringLiteral("undo");
    if (sub != QStringLiteral("status") && sub != QStringLiteral("queue") && sub != QStringLiteral("auto-accept")
        && sub != QStringLiteral("decide") && sub != QStringLiteral("escalate") && sub != QStringLiteral("undo"))
        return usageError(cmd, QStringLiteral("unknown subcommand '%1'").arg(sub));
    Session s;
    if (int rc = openSession(cmd, ctx.args, path, needPair, s); rc != 0)
        return rc;
    if (sub == QStringLiteral("status"))
        return runStatus(cmd, ctx, s);
    if (sub == QStringLiteral("queue"))
        return runQueue(cmd, ctx, s);
    if ((sub == QStringLiteral("auto-accept") || sub == QStringLiteral("undo")) && s.project->actor().isNull())
        return usageError(cmd, QStringLiteral("say who decides with --as NAME"));
    if (sub == QStringLiteral("auto-accept"))
        return runAutoAccept(cmd, ctx, s);
    if (sub == QStringLiteral("decide"))
        return runDecide(cmd, ctx, s);
    if (sub == QStringLiteral("escalate"))
        return runEscalate(cmd, ctx, s);
    return runUndo(cmd, ctx, s);
}

const Command &self()
{
    static const Command command{QStringLiteral("reconcile"),
                                 QStringLiteral("Reconcile two reviewers' codings into the consensus"), kUsage, run};
    return command;
}

static CommandRegistrar reg(self());

} // namespace
} // namespace dyad::cli
