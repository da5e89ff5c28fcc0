#include "core/reconcile/reconciler.h"

#include "core/model/project.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace dyad::core::reconcile {

namespace {

QUuid roundOf(const Group &group, const Scope &scope)
{
    for (const auto *side : {&group.a, &group.b})
        for (const Coding &c : *side)
            if (!c.roundId.isNull())
                return c.roundId;
    return scope.roundId.value_or(QUuid());
}

bool inRoundScope(const Coding &c, const Scope &scope)
{
    // Codings made outside any round still count in a round's reconciliation.
    return !scope.roundId || c.roundId.isNull() || c.roundId == *scope.roundId;
}

QJsonValue idJson(const QUuid &id)
{
    return id.isNull() ? QJsonValue() : QJsonValue(uuidText(id));
}

QString reviewerName(const Project &project, const QUuid &id)
{
    const auto r = project.reviewer(id);
    return r ? r->name : uuidText(id);
}

} // namespace

QString stateName(ItemState state)
{
    switch (state) {
    case ItemState::Open: return QStringLiteral("open");
    case ItemState::Decided: return QStringLiteral("decided");
    case ItemState::Escalated: return QStringLiteral("escalated");
    }
    return {};
}

bool QueueFilter::matches(const QueueItem &item) const
{
    if (!kinds.empty() && !kinds.count(item.group.kind))
        return false;
    if (recordId && item.group.recordId != *recordId)
        return false;
    if (codeId) {
        const auto codes = item.group.codeIds();
        if (std::find(codes.begin(), codes.end(), *codeId) == codes.end())
            return false;
    }
    switch (states) {
    case States::Open: return item.state == ItemState::Open;
    case States::Decided: return item.state == ItemState::Decided;
    case States::Escalated: return item.state == ItemState::Escalated;
    case States::All: return true;
    }
    return true;
}

Progress Queue::progress() const
{
    Progress p;
    p.records = static_cast<int>(records.size());
    p.blindedRecords = blindedRecords;
    p.stale = static_cast<int>(stale.size());
    QHash<QUuid, bool> recordOpen;
    for (const QueueItem &item : items) {
        ++p.groups;
        KindCount &k = p.byKind[item.group.kind];
        ++k.total;
        const bool decided = item.state == ItemState::Decided;
        if (decided) {
            ++p.decided;
            ++k.decided;
        }
        if (item.state == ItemState::Escalated)
            ++p.escalated;
        bool &open = recordOpen[item.group.recordId];
        open = open || !decided;
    }
    for (const QUuid &r : records)
        if (!recordOpen.value(r, false))
            ++p.recordsReconciled;
    return p;
}

const QueueItem *Queue::find(const QString &keyOrPrefix, QString *error) const
{
    const QString wanted = keyOrPrefix.trimmed().toLower();
    const QueueItem *found = nullptr;
    int matches = 0;
    for (const QueueItem &item : items) {
        if (item.group.key == wanted)
            return &item;
        if (!wanted.isEmpty() && item.group.key.startsWith(wanted)) {
            found = &item;
            ++matches;
        }
    }
    if (matches == 1)
        return found;
    if (error)
        *error = matches == 0
            ? QCoreApplication::translate("Reconcile", "No group with key \"%1\" in this queue (it may have changed: list the queue again).")
                  .arg(keyOrPrefix)
            : QCoreApplication::translate("Reconcile", "The key \"%1\" is ambiguous (%2 groups start with it); give more characters.")
                  .arg(keyOrPrefix)
                  .arg(matches);
    return nullptr;
}

Reconciler::Reconciler(Project &project, DecisionStore &store) : m_project(project), m_store(store) {}

Result<Codebooks> Reconciler::codebooks(const Scope &scope) const
{
    Codebooks books;
    books.a = m_store.usedCodes(scope.reviewerA);
    books.b = m_store.usedCodes(scope.reviewerB);
    for (const Code &c : m_project.allCodes()) {
        if (c.shared || c.creatorId == scope.reviewerA)
            books.a.insert(c.id);
        if (c.shared || c.creatorId == scope.reviewerB)
            books.b.insert(c.id);
    }
    return books;
}

Result<Queue> Reconciler::buildQueue(const Scope &scope) const
{
    if (scope.reviewerA.isNull() || scope.reviewerB.isNull() || scope.reviewerA == scope.reviewerB)
        return makeError(QCoreApplication::translate("Reconcile", "Reconciliation needs two different reviewers."));
    for (const QUuid &id : {scope.reviewerA, scope.reviewerB}) {
        const auto r = m_project.reviewer(id);
        if (!r)
            return makeError(QCoreApplication::translate("Reconcile", "A reviewer to reconcile does not exist."));
        if (r->role == ReviewerRole::Consensus)
            return makeError(QCoreApplication::translate("Reconcile", "The Consensus layer is the result of reconciliation, not one of its sides."));
    }
    const QUuid viewer = m_project.actor();
    const auto viewerInfo = viewer.isNull() ? std::nullopt : m_project.reviewer(viewer);
    const bool plainViewer = viewerInfo && viewerInfo->role == ReviewerRole::Reviewer;
    if (plainViewer && viewer != scope.reviewerA && viewer != scope.reviewerB)
        return makeError(QCoreApplication::translate("Reconcile", "%1 is neither of the two reviewers; only they, a lead or an adjudicator "
                                        "can reconcile their codings.")
                             .arg(viewerInfo->name));

    Queue queue;
    queue.scope = scope;

    std::vector<Coding> all = m_store.codingSpans(scope.reviewerA, scope.reviewerB, scope.recordId);
    if (scope.roundId)
        std::erase_if(all, [&](const Coding &c) { return !inRoundScope(c, scope); });

    // Records in scope: in a round, those assigned to both reviewers (coded or not);
    // otherwise those either reviewer coded.
    QSet<QUuid> inScope;
    if (scope.roundId) {
        if (!m_project.round(*scope.roundId))
            return makeError(QCoreApplication::translate("Reconcile", "The round does not exist."));
        QHash<QUuid, int> assigned;
        for (const Assignment &a : m_project.assignments(*scope.roundId, scope.recordId, std::nullopt))
            if (a.reviewerId == scope.reviewerA || a.reviewerId == scope.reviewerB)
                ++assigned[a.recordId];
        for (auto it = assigned.cbegin(); it != assigned.cend(); ++it)
            if (it.value() == 2)
                inScope.insert(it.key());
    } else {
        for (const Coding &c : all)
            inScope.insert(c.recordId);
        if (scope.recordId && m_project.record(*scope.recordId))
            inScope.insert(*scope.recordId);
    }

    // Codebooks: what each reviewer used is at hand; add shared codes and their own.
    Codebooks books;
    for (const Coding &c : all)
        (c.reviewerId == scope.reviewerA ? books.a : books.b).insert(c.codeId);
    if (scope.roundId || scope.recordId) {
        // Codes used outside the scope belong to the codebook too.
        books.a.unite(m_store.usedCodes(scope.reviewerA));
        books.b.unite(m_store.usedCodes(scope.reviewerB));
    }
    for (const Code &c : m_project.allCodes()) {
        if (c.shared || c.creatorId == scope.reviewerA)
            books.a.insert(c.id);
        if (c.shared || c.creatorId == scope.reviewerB)
            books.b.insert(c.id);
    }

    // Standing decisions and open escalations of this pair, by group key.
    DecisionQuery dq;
    dq.pair = std::make_pair(scope.reviewerA, scope.reviewerB);
    dq.recordId = scope.recordId;
    QHash<QString, std::shared_ptr<const Decision>> decisions;
    for (Decision &d : m_store.decisions(dq)) {
        if (!inScope.contains(d.recordId))
            continue;
        const QString key = d.groupKey; // not in the same call as the move
        decisions.insert(key, std::make_shared<const Decision>(std::move(d)));
    }
    QHash<QString, std::shared_ptr<const Escalation>> escalations;
    for (Escalation &e : m_store.escalations(scope.reviewerA, scope.reviewerB)) {
        const QString key = e.groupKey;
        escalations.insert(key, std::make_shared<const Escalation>(std::move(e)));
    }

    // Records in import order; the codings bucketed by record with a counting sort (the
    // store returns them in no particular order, and sorting 200,000 rows in SQL costs more).
    QHash<QUuid, quint32> recordIndex;
    if (scope.recordId) { // one record: no need to read every summary for the order
        if (inScope.contains(*scope.recordId)) {
            recordIndex.insert(*scope.recordId, 0);
            queue.records.push_back(*scope.recordId);
        }
    } else {
        for (const RecordSummary &r : m_project.recordSummaries())
            if (inScope.contains(r.id)) {
                recordIndex.insert(r.id, static_cast<quint32>(queue.records.size()));
                queue.records.push_back(r.id);
            }
    }
    const size_t nRecords = queue.records.size();
    std::vector<quint32> bucketOf(all.size());
    std::vector<size_t> firstOf(nRecords + 1, 0);
    for (size_t i = 0; i < all.size(); ++i) {
        const auto it = recordIndex.constFind(all[i].recordId);
        bucketOf[i] = it == recordIndex.cend() ? quint32(nRecords) : *it;
        if (bucketOf[i] < nRecords)
            ++firstOf[bucketOf[i] + 1];
    }
    for (size_t r = 0; r < nRecords; ++r)
        firstOf[r + 1] += firstOf[r];
    std::vector<size_t> placed(firstOf.begin(), firstOf.end() - 1);
    std::vector<size_t> byRecord(firstOf[nRecords]);
    for (size_t i = 0; i < all.size(); ++i)
        if (bucketOf[i] < nRecords)
            byRecord[placed[bucketOf[i]]++] = i;

    queue.items.reserve(all.size() * 2 / 3);
    QSet<QString> decidedKeys;
    // Records still in independent coding for the pair are no one's to reconcile yet, not
    // even a lead's: their groups would show each reviewer's work to the other (as the
    // Consensus layer) before both are done (invariant 5).
    const QSet<QUuid> stillBlind = m_project.recordsBlindedBetween(scope.reviewerA, scope.reviewerB);
    QSet<QUuid> blinded;
    std::vector<Coding> a, b;
    for (size_t r = 0; r < nRecords; ++r) {
        const QUuid &record = queue.records[r];
        a.clear();
        b.clear();
        for (size_t k = firstOf[r]; k < firstOf[r + 1]; ++k) {
            Coding &c = all[byRecord[k]];
            (c.reviewerId == scope.reviewerA ? a : b).push_back(std::move(c));
        }
        if (stillBlind.contains(record)) {
            blinded.insert(record);
            continue;
        }
        for (Group &g : groupRecord(record, scope.reviewerA, scope.reviewerB, a, b, books)) {
            QueueItem item;
            item.roundId = roundOf(g, scope);
            if (auto d = decisions.constFind(g.key); d != decisions.cend()) {
                item.state = ItemState::Decided;
                item.decision = *d;
                decidedKeys.insert(g.key);
            } else if (auto e = escalations.constFind(g.key); e != escalations.cend()) {
                item.state = ItemState::Escalated;
                item.escalation = *e;
            }
            item.group = std::move(g);
            queue.items.push_back(std::move(item));
        }
    }
    if (!blinded.isEmpty()) {
        std::erase_if(queue.records, [&](const QUuid &r) { return blinded.contains(r); });
        queue.blindedRecords = static_cast<int>(blinded.size());
    }
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
        if (!decidedKeys.contains(it.key()) && !blinded.contains((*it)->recordId))
            queue.stale.push_back(**it);
    std::sort(queue.stale.begin(), queue.stale.end(),
              [](const Decision &x, const Decision &y) { return x.decidedAt < y.decidedAt; });
    return queue;
}

Result<std::vector<Group>> Reconciler::groupsForRecord(const Scope &scope, const QUuid &recordId) const
{
    if (m_project.isBlindedBetween(recordId, scope.reviewerA, scope.reviewerB))
        return makeError(QCoreApplication::translate("Reconcile", "This record is still in independent coding: it can be reconciled once both "
                                        "reviewers have marked it done, the round moves to reconciliation, or the "
                                        "lead unblinds the round."));
    auto books = codebooks(scope);
    if (!books)
        return books.takeError();
    std::vector<Coding> a = m_project.codings({recordId, scope.reviewerA, {}, {}});
    std::vector<Coding> b = m_project.codings({recordId, scope.reviewerB, {}, {}});
    std::erase_if(a, [&](const Coding &c) { return !inRoundScope(c, scope); });
    std::erase_if(b, [&](const Coding &c) { return !inRoundScope(c, scope); });
    return groupRecord(recordId, scope.reviewerA, scope.reviewerB, a, b, *books);
}

Status Reconciler::checkDecider(const Scope &scope) const
{
    const QUuid actor = m_project.actor();
    const auto who = actor.isNull() ? std::nullopt : m_project.reviewer(actor);
    if (!who)
        return makeError(QCoreApplication::translate("Reconcile", "Choose who you are before deciding (the decision log records who decided)."));
    if (who->role == ReviewerRole::Consensus)
        return makeError(QCoreApplication::translate("Reconcile", "Decisions are taken by people, not by the Consensus layer."));
    if (who->role == ReviewerRole::Reviewer && actor != scope.reviewerA && actor != scope.reviewerB)
        return makeError(QCoreApplication::translate("Reconcile", "%1 is neither of the two reviewers; only they, a lead or an adjudicator "
                                        "can decide.")
                             .arg(who->name));
    return {};
}

Status Reconciler::checkCurrent(const Scope &scope, const Group &group) const
{
    auto now = groupsForRecord(scope, group.recordId);
    if (!now)
        return now.takeError();
    for (const Group &g : *now)
        if (g.key == group.key)
            return {};
    return makeError(QCoreApplication::translate("Reconcile", "The codings of group %1 changed since the queue was built; "
                                    "refresh the queue and decide again.")
                         .arg(group.key));
}

std::vector<Coding> Reconciler::consensusCodings(const Group &group, const DecisionInput &input,
                                                 QString *error) const
{
    std::vector<Coding> out;
    auto add = [&](const QUuid &code, Span span, const QString &memo) {
        for (const Coding &c : out)
            if (c.codeId == code && c.span == span)
                return; // identical codings by both reviewers go in once
        Coding c;
        c.codeId = code;
        c.span = span;
        c.memo = memo;
        out.push_back(c);
    };
    auto addSide = [&](const std::vector<Coding> &side) {
        for (const Coding &c : side)
            add(c.codeId, c.span, c.memo);
    };
    switch (input.outcome) {
    case Outcome::AcceptA:
        if (group.a.empty())
            *error = QCoreApplication::translate("Reconcile", "Reviewer A has no coding in this group; choose \"neither\" or \"B\".");
        addSide(group.a);
        break;
    case Outcome::AcceptB:
        if (group.b.empty())
            *error = QCoreApplication::translate("Reconcile", "Reviewer B has no coding in this group; choose \"neither\" or \"A\".");
        addSide(group.b);
        break;
    case Outcome::AcceptBoth:
        addSide(group.a);
        addSide(group.b);
        break;
    case Outcome::AcceptNeither:
        break;
    case Outcome::EditedSpan:
        if (input.spans.empty())
            *error = QCoreApplication::translate("Reconcile", "An edited decision needs at least one span (start:end).");
        else if (input.codeId.isNull() || !m_project.code(input.codeId))
            *error = QCoreApplication::translate("Reconcile", "An edited decision needs the code to apply.");
        for (const Span &s : input.spans)
            add(input.codeId, s, QString());
        break;
    case Outcome::CodesMerged: {
        const std::vector<QUuid> codes = group.codeIds();
        if (group.a.empty() || group.b.empty() || codes.size() < 2) {
            *error = QCoreApplication::translate("Reconcile", "Codes can be merged only where the two reviewers applied different codes "
                                    "(a code conflict or codebook mismatch).");
            break;
        }
        const QUuid chosen = input.codeId.isNull() ? group.a.front().codeId : input.codeId;
        if (std::find(codes.begin(), codes.end(), chosen) == codes.end()) {
            *error = QCoreApplication::translate("Reconcile", "The code for the merged coding must be one of the codes in the group.");
            break;
        }
        if (!input.spans.empty()) {
            for (const Span &s : input.spans)
                add(chosen, s, QString());
            break;
        }
        // The union of the members' spans, one coding per stretch of overlapping text.
        std::vector<Span> spans;
        for (const auto *side : {&group.a, &group.b})
            for (const Coding &c : *side)
                spans.push_back(c.span);
        std::sort(spans.begin(), spans.end());
        std::vector<Span> merged;
        for (const Span &s : spans) {
            if (!merged.empty() && s.start < merged.back().end)
                merged.back().end = std::max(merged.back().end, s.end);
            else
                merged.push_back(s);
        }
        for (const Span &s : merged)
            add(chosen, s, QString());
        break;
    }
    }
    return out;
}

Status Reconciler::writeDecision(const Scope &scope, const Group &group, const DecisionInput &input,
                                 const QUuid &batchId, Decision *written)
{
    QString error;
    std::vector<Coding> consensus = consensusCodings(group, input, &error);
    if (!error.isEmpty())
        return makeError(error);

    const Reviewer consensusReviewer = m_project.consensusReviewer();
    if (consensusReviewer.id.isNull())
        return makeError(QCoreApplication::translate("Reconcile", "The project has no Consensus reviewer; run a check of the project."));

    Decision d;
    d.id = QUuid::createUuid();
    d.batchId = batchId.isNull() ? d.id : batchId;
    d.groupKey = group.key;
    d.recordId = group.recordId;
    d.roundId = roundOf(group, scope);
    d.reviewerA = scope.reviewerA;
    d.reviewerB = scope.reviewerB;
    d.kind = group.kind;
    d.outcome = input.outcome;
    d.rationale = input.rationale.trimmed();
    d.decidedBy = m_project.actor();
    d.decidedAt = QDateTime::currentDateTimeUtc();

    QHash<QUuid, Code> codes;
    auto codeOf = [&](const QUuid &id) -> const Code & {
        auto it = codes.find(id);
        if (it == codes.end())
            it = codes.insert(id, m_project.code(id).value_or(Code{}));
        return *it;
    };
    for (const auto &[side, members] : {std::pair{QStringLiteral("A"), &group.a}, std::pair{QStringLiteral("B"), &group.b}}) {
        for (const Coding &c : *members) {
            d.before.append(QJsonObject{{QStringLiteral("side"), side},
                                        {QStringLiteral("coding"), uuidText(c.id)},
                                        {QStringLiteral("reviewer"), uuidText(c.reviewerId)},
                                        {QStringLiteral("code"), uuidText(c.codeId)},
                                        {QStringLiteral("codeName"), codeOf(c.codeId).name},
                                        {QStringLiteral("start"), static_cast<double>(c.span.start)},
                                        {QStringLiteral("end"), static_cast<double>(c.span.end)}});
        }
    }

    for (Coding &c : consensus) {
        c.recordId = group.recordId;
        c.reviewerId = consensusReviewer.id;
        c.roundId = d.roundId;
        auto added = m_project.addCoding(c);
        if (!added)
            return makeError(QCoreApplication::translate("Reconcile", "Could not write the consensus coding \"%1\" [%2, %3): %4")
                                 .arg(codeOf(c.codeId).name)
                                 .arg(c.span.start)
                                 .arg(c.span.end)
                                 .arg(added.error()));
        d.after.push_back({added->id, added->codeId, codeOf(added->codeId).name, added->span});
    }

    // The codebook as it stood: what the codes meant when the decision was taken.
    std::vector<QUuid> involved = group.codeIds();
    for (const ConsensusCoding &cc : d.after)
        if (std::find(involved.begin(), involved.end(), cc.codeId) == involved.end())
            involved.push_back(cc.codeId);
    for (const QUuid &id : involved) {
        const Code &c = codeOf(id);
        d.codebook.append(QJsonObject{{QStringLiteral("code"), uuidText(id)},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("path"), m_project.codePath(id).join(QStringLiteral(" > "))},
                                      {QStringLiteral("definition"), c.definition},
                                      {QStringLiteral("creator"), c.creatorId.isNull() ? QString() : reviewerName(m_project, c.creatorId)},
                                      {QStringLiteral("shared"), c.shared}});
    }

    if (auto st = m_store.insertDecision(d); !st)
        return st;
    for (const Escalation &e : m_store.escalations(scope.reviewerA, scope.reviewerB))
        if (e.groupKey == group.key)
            if (auto st = m_store.clearEscalation(e.id, d.decidedBy, d.decidedAt); !st)
                return st;

    QJsonArray after;
    for (const ConsensusCoding &cc : d.after)
        after.append(QJsonObject{{QStringLiteral("coding"), uuidText(cc.codingId)},
                                 {QStringLiteral("code"), cc.codeName},
                                 {QStringLiteral("start"), static_cast<double>(cc.span.start)},
                                 {QStringLiteral("end"), static_cast<double>(cc.span.end)}});
    if (auto st = m_project.audit(QStringLiteral("reconcile.decide"), QStringLiteral("decision"), d.id,
                                  {{QStringLiteral("group"), d.groupKey},
                                   {QStringLiteral("record"), uuidText(d.recordId)},
                                   {QStringLiteral("round"), idJson(d.roundId)},
                                   {QStringLiteral("kind"), kindName(d.kind)},
                                   {QStringLiteral("outcome"), outcomeName(d.outcome)},
                                   {QStringLiteral("batch"), uuidText(d.batchId)},
                                   {QStringLiteral("rationale"), d.rationale},
                                   {QStringLiteral("before"), d.before},
                                   {QStringLiteral("after"), after}});
        !st)
        return st;
    *written = std::move(d);
    return {};
}

Result<Decision> Reconciler::decide(const Scope &scope, const Group &group, const DecisionInput &input)
{
    if (auto st = checkDecider(scope); !st)
        return st.takeError();
    if (auto st = checkCurrent(scope, group); !st)
        return st.takeError();
    DecisionQuery q;
    q.recordId = group.recordId;
    q.pair = std::make_pair(scope.reviewerA, scope.reviewerB);
    for (const Decision &d : m_store.decisions(q))
        if (d.groupKey == group.key)
            return makeError(QCoreApplication::translate("Reconcile", "Group %1 was decided already (%2 by %3, %4); undo that decision first.")
                                 .arg(group.key, outcomeLabel(d.outcome), reviewerName(m_project, d.decidedBy),
                                      d.decidedAt.toString(Qt::ISODate)));
    Decision written;
    Status st = m_project.transact([&]() { return writeDecision(scope, group, input, {}, &written); });
    if (!st)
        return st.takeError();
    return written;
}

Result<std::vector<Decision>> Reconciler::acceptAllExact(const Scope &scope, const QString &rationale)
{
    if (auto st = checkDecider(scope); !st)
        return st.takeError();
    auto queue = buildQueue(scope);
    if (!queue)
        return queue.takeError();
    std::vector<Decision> written;
    const QUuid batch = QUuid::createUuid();
    DecisionInput input;
    input.outcome = Outcome::AcceptBoth;
    input.rationale = rationale.isEmpty() ? QStringLiteral("Exact agreement (accepted in bulk).") : rationale;
    Status st = m_project.transact([&]() -> Status {
        for (const QueueItem &item : queue->items) {
            if (item.group.kind != GroupKind::ExactAgreement || item.state == ItemState::Decided)
                continue;
            Decision d;
            if (auto s = writeDecision(scope, item.group, input, batch, &d); !s)
                return s;
            written.push_back(std::move(d));
        }
        if (written.empty())
            return {};
        return m_project.audit(QStringLiteral("reconcile.bulk"), QStringLiteral("decision"), batch,
                               {{QStringLiteral("outcome"), outcomeName(input.outcome)},
                                {QStringLiteral("kind"), kindName(GroupKind::ExactAgreement)},
                                {QStringLiteral("decisions"), static_cast<double>(written.size())}});
    });
    if (!st)
        return st.takeError();
    return written;
}

Result<std::vector<Decision>> Reconciler::undo(const QUuid &decisionId)
{
    const auto decision = m_store.decision(decisionId);
    if (!decision)
        return makeError(QCoreApplication::translate("Reconcile", "There is no decision with that id."));
    if (decision->isUndone())
        return makeError(QCoreApplication::translate("Reconcile", "That decision was undone already."));
    Scope scope{decision->reviewerA, decision->reviewerB, {}, {}};
    if (auto st = checkDecider(scope); !st)
        return st.takeError();
    DecisionQuery q;
    q.batchId = decision->batchId;
    std::vector<Decision> batch = m_store.decisions(q);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Status st = m_project.transact([&]() -> Status {
        for (Decision &d : batch) {
            QJsonArray removed, missing;
            for (const ConsensusCoding &cc : d.after) {
                // A consensus coding edited or removed by hand since is left as it is now.
                const auto current = m_project.coding(cc.codingId);
                if (!current) {
                    missing.append(uuidText(cc.codingId));
                    continue;
                }
                if (auto s = m_project.removeCoding(cc.codingId); !s)
                    return s;
                removed.append(uuidText(cc.codingId));
            }
            if (auto s = m_store.markUndone(d.id, m_project.actor(), now); !s)
                return s;
            d.undoneAt = now;
            d.undoneBy = m_project.actor();
            if (auto s = m_project.audit(QStringLiteral("reconcile.undo"), QStringLiteral("decision"), d.id,
                                         {{QStringLiteral("group"), d.groupKey},
                                          {QStringLiteral("record"), uuidText(d.recordId)},
                                          {QStringLiteral("outcome"), outcomeName(d.outcome)},
                                          {QStringLiteral("batch"), uuidText(d.batchId)},
                                          {QStringLiteral("removedCodings"), removed},
                                          {QStringLiteral("alreadyGone"), missing}});
                !s)
                return s;
        }
        return {};
    });
    if (!st)
        return st.takeError();
    return batch;
}

Result<Escalation> Reconciler::escalate(const Scope &scope, const Group &group, const QString &note)
{
    if (auto st = checkDecider(scope); !st)
        return st.takeError();
    if (note.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Reconcile", "Say in a note what the adjudicator should look at."));
    if (auto st = checkCurrent(scope, group); !st)
        return st.takeError();
    for (const Escalation &e : m_store.escalations(scope.reviewerA, scope.reviewerB))
        if (e.groupKey == group.key)
            return makeError(QCoreApplication::translate("Reconcile", "Group %1 is escalated already.").arg(group.key));
    Escalation e;
    e.id = QUuid::createUuid();
    e.groupKey = group.key;
    e.recordId = group.recordId;
    e.roundId = roundOf(group, scope);
    e.reviewerA = scope.reviewerA;
    e.reviewerB = scope.reviewerB;
    e.note = note.trimmed();
    e.escalatedBy = m_project.actor();
    e.escalatedAt = QDateTime::currentDateTimeUtc();
    Status st = m_project.transact([&]() -> Status {
        if (auto s = m_store.insertEscalation(e); !s)
            return s;
        return m_project.audit(QStringLiteral("reconcile.escalate"), QStringLiteral("escalation"), e.id,
                               {{QStringLiteral("group"), e.groupKey},
                                {QStringLiteral("record"), uuidText(e.recordId)},
                                {QStringLiteral("note"), e.note}});
    });
    if (!st)
        return st.takeError();
    return e;
}

Status Reconciler::withdrawEscalation(const QUuid &escalationId)
{
    if (m_project.actor().isNull())
        return makeError(QCoreApplication::translate("Reconcile", "Choose who you are before withdrawing an escalation."));
    return m_project.transact([&]() -> Status {
        if (auto s = m_store.clearEscalation(escalationId, m_project.actor(), QDateTime::currentDateTimeUtc()); !s)
            return s;
        return m_project.audit(QStringLiteral("reconcile.withdraw"), QStringLiteral("escalation"), escalationId, {});
    });
}

std::vector<Decision> Reconciler::decisionLog() const
{
    DecisionQuery all;
    all.includeUndone = true;
    return m_store.decisions(all);
}

std::vector<Decision> Reconciler::decisionLog(const DecisionQuery &query) const
{
    return m_store.decisions(query);
}

bool Reconciler::blindSwapped(const Scope &scope, const QUuid &recordId)
{
    QByteArray input = std::min(scope.reviewerA, scope.reviewerB).toRfc4122();
    input += std::max(scope.reviewerA, scope.reviewerB).toRfc4122();
    input += recordId.toRfc4122();
    const bool flip = (QCryptographicHash::hash(input, QCryptographicHash::Sha256).at(0) & 1) != 0;
    // Relative to the canonical order, so naming the pair the other way round changes nothing.
    return flip != (scope.reviewerA > scope.reviewerB);
}

QString Reconciler::blindLabel(const Scope &scope, const QUuid &recordId, Side side)
{
    const bool first = (side == Side::A) != blindSwapped(scope, recordId);
    return first ? QCoreApplication::translate("Reconcile", "Reviewer 1") : QCoreApplication::translate("Reconcile", "Reviewer 2");
}

QString Reconciler::blindKindLabel(const Scope &scope, const Group &group)
{
    if (group.kind == GroupKind::AOnly)
        return QCoreApplication::translate("Reconcile", "%1 only").arg(blindLabel(scope, group.recordId, Side::A));
    if (group.kind == GroupKind::BOnly)
        return QCoreApplication::translate("Reconcile", "%1 only").arg(blindLabel(scope, group.recordId, Side::B));
    return kindLabel(group.kind);
}

} // namespace dyad::core::reconcile
