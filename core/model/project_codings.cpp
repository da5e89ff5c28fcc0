// Project: codings and their conflicts (the class is split by concern; project.cpp holds the rest).
#include "core/model/project.h"
#include "core/model/project_p.h"
#include "core/model/batchread.h"
#include "core/model/batchstore.h"
#include "core/model/codingspan_p.h"

#include "core/base/time.h"
#include "core/text/offsets.h"
#include "core/text/search.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <utility>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace dyad::core {

using namespace projectdetail;

// --- codings ----------------------------------------------------------------------

Result<Coding> Project::validateCoding(Coding c, bool isNew) const
{
    auto rec = m_store->record(c.recordId);
    if (!rec)
        return makeError(QCoreApplication::translate("Project", "The record to code does not exist."));
    const qint64 length = text::codePointLength(rec->text);
    if (auto st = checkCodingSpan(c.span, length); !st)
        return st.takeError();
    const auto code = m_store->code(c.codeId);
    if (!code)
        return makeError(QCoreApplication::translate("Project", "The code to apply does not exist."));
    if (c.reviewerId.isNull())
        c.reviewerId = m_actor;
    const auto who = reviewer(c.reviewerId);
    if (!who)
        return makeError(QCoreApplication::translate("Project", "Choose who you are before coding: the reviewer does not exist."));
    // A reviewer cannot apply a code they may not see; the Consensus layer takes the codes of
    // both sides once reconciliation may decide the record.
    if (who->role != ReviewerRole::Consensus)
        if (auto st = checkCodeAccess(*code); !st)
            return st.takeError();
    if (!mayChangeCodingsOf(c.reviewerId))
        return makeError(QCoreApplication::translate("Project", "You can only change your own codings."));
    if (isNew && c.roundId.isNull())
        c.roundId = activeRoundFor(c.recordId, c.reviewerId).value_or(QUuid());
    c.textVersion = rec->textVersion;
    for (const Coding &other : m_store->codings({c.recordId, c.reviewerId, {}, {}}))
        if (other.id != c.id && other.codeId == c.codeId && other.span == c.span)
            return makeError(QCoreApplication::translate("Project", "This passage already carries that code."));
    return c;
}

Result<Coding> Project::addCoding(Coding coding)
{
    if (coding.id.isNull())
        coding.id = QUuid::createUuid();
    Coding c;
    // Validated inside the write transaction: another process cannot add the same coding
    // between the duplicate check and the insert.
    Status st = transact([&]() -> Status {
        if (m_store->coding(coding.id))
            return makeError(QCoreApplication::translate("Project", "A coding with this id exists already."));
        auto valid = validateCoding(coding, true);
        if (!valid)
            return valid.takeError();
        c = *valid;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!c.created.isValid())
            c.created = now;
        if (!c.modified.isValid()) // a preset time means a restore (undo), which must be exact
            c.modified = now;
        if (auto s = m_store->insertCoding(c); !s)
            return s;
        c.version = 1; // a new row's version, in both storages
        return audit(QStringLiteral("coding.add"), QStringLiteral("coding"), c.id, codingJson(c));
    });
    if (!st)
        return st.takeError();
    notify({ChangeEvent::Kind::CodingAdded, c.id, c.recordId, c.codeId, c.reviewerId, c.codeId});
    return c;
}

Result<int> Project::addCodings(std::vector<Coding> codings, std::vector<Coding> *stored)
{
    // The bulk path validates exactly as addCoding() does, but looks each record, code and
    // reviewer up once and writes one audit entry for the batch.
    std::unordered_map<QUuid, std::pair<qint64, int>, UuidHash> recordInfo; // code points, text version
    std::unordered_map<QUuid, std::optional<Code>, UuidHash> codeById;
    std::unordered_map<QUuid, std::optional<Reviewer>, UuidHash> reviewerById;
    struct Key
    {
        QUuid record, reviewer, code;
        Offset start, end;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const noexcept
        {
            return qHashMulti(0, k.record, k.reviewer, k.code, k.start, k.end);
        }
    };
    struct PairHash
    {
        size_t operator()(const std::pair<QUuid, QUuid> &p) const noexcept { return qHashMulti(0, p.first, p.second); }
    };
    std::unordered_set<Key, KeyHash> existing;
    std::unordered_map<std::pair<QUuid, QUuid>, QUuid, PairHash> roundOf; // (record, reviewer) already loaded
    const bool actorPrivileged = m_actor.isNull() || isPrivileged(m_actor);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // On a server each lookup waits for its answer: a batch over many records reads their
    // texts in one go and, for a reviewer with codings on many of them, that reviewer's
    // codings and assignments in one go each (a merge, coding every search hit). What is not
    // found here is looked up one by one below, as before.
    constexpr size_t kManyRecords = 8;
    auto preload = [&]() {
        std::vector<QUuid> recordIds;
        std::unordered_map<QUuid, std::unordered_set<QUuid, UuidHash>, UuidHash> recordsOf; // by reviewer
        for (const Coding &c : codings) {
            if (!recordInfo.count(c.recordId))
                recordIds.push_back(c.recordId);
            recordsOf[c.reviewerId.isNull() ? m_actor : c.reviewerId].insert(c.recordId);
        }
        std::sort(recordIds.begin(), recordIds.end());
        recordIds.erase(std::unique(recordIds.begin(), recordIds.end()), recordIds.end());
        if (recordIds.size() < kManyRecords)
            return;
        for (const Record &r : dyad::core::recordsWithIds(*m_store, recordIds))
            recordInfo.emplace(r.id, std::make_pair(text::codePointLength(r.text), r.textVersion));
        std::optional<std::vector<Round>> rounds;
        for (const auto &[reviewerId, records] : recordsOf) {
            if (records.size() < kManyRecords)
                continue;
            for (const Coding &o : m_store->codings({{}, reviewerId, {}, {}}))
                existing.insert({o.recordId, o.reviewerId, o.codeId, o.span.start, o.span.end});
            // As activeRoundFor(): the latest round that is not closed and assigns the record.
            std::unordered_map<QUuid, QSet<QUuid>, UuidHash> assignedRounds; // by record
            for (const Assignment &a : m_store->assignments(std::nullopt, std::nullopt, reviewerId))
                assignedRounds[a.recordId].insert(a.roundId);
            if (!rounds)
                rounds = m_store->rounds();
            for (const QUuid &recordId : records) {
                QUuid latest;
                if (auto it = assignedRounds.find(recordId); it != assignedRounds.end())
                    for (const Round &r : *rounds)
                        if (r.phase != RoundPhase::Closed && it->second.contains(r.id))
                            latest = r.id;
                roundOf.emplace(std::make_pair(recordId, reviewerId), latest);
            }
        }
    };
    QJsonArray ids;
    int added = 0;
    Status st = transact([&]() -> Status {
        preload();
        for (Coding &c : codings) {
            const QString where = QCoreApplication::translate("Project", "Coding %1: ").arg(added + 1);
            auto rec = recordInfo.find(c.recordId);
            if (rec == recordInfo.end()) {
                auto r = m_store->record(c.recordId);
                if (!r)
                    return makeError(where + QCoreApplication::translate("Project", "the record to code does not exist."));
                rec = recordInfo.emplace(c.recordId, std::make_pair(text::codePointLength(r->text), r->textVersion)).first;
            }
            if (c.span.start < 0 || c.span.end > rec->second.first || c.span.isEmpty())
                return makeError(where + QCoreApplication::translate("Project", "the span [%1, %2) is empty or outside the record's text "
                                                        "(%3 characters).")
                                             .arg(c.span.start)
                                             .arg(c.span.end)
                                             .arg(rec->second.first));
            auto code = codeById.find(c.codeId);
            if (code == codeById.end())
                code = codeById.emplace(c.codeId, m_store->code(c.codeId)).first;
            if (!code->second)
                return makeError(where + QCoreApplication::translate("Project", "the code to apply does not exist."));
            if (c.reviewerId.isNull())
                c.reviewerId = m_actor;
            auto who = reviewerById.find(c.reviewerId);
            if (who == reviewerById.end())
                who = reviewerById.emplace(c.reviewerId, reviewer(c.reviewerId)).first;
            if (!who->second)
                return makeError(where + QCoreApplication::translate("Project", "the reviewer does not exist."));
            if (c.reviewerId != m_actor && !actorPrivileged)
                return makeError(where + QCoreApplication::translate("Project", "you can only add your own codings."));
            if (who->second->role != ReviewerRole::Consensus)
                if (auto access = checkCodeAccess(*code->second); !access)
                    return makeError(where + access.error());
            if (c.id.isNull())
                c.id = QUuid::createUuid();
            const auto pair = std::make_pair(c.recordId, c.reviewerId);
            auto round = roundOf.find(pair);
            if (round == roundOf.end()) {
                for (const Coding &o : m_store->codings({c.recordId, c.reviewerId, {}, {}}))
                    existing.insert({o.recordId, o.reviewerId, o.codeId, o.span.start, o.span.end});
                round = roundOf.emplace(pair, activeRoundFor(c.recordId, c.reviewerId).value_or(QUuid())).first;
            }
            if (c.roundId.isNull())
                c.roundId = round->second;
            if (!existing.insert({c.recordId, c.reviewerId, c.codeId, c.span.start, c.span.end}).second)
                return makeError(where + QCoreApplication::translate("Project", "this passage already carries that code."));
            c.textVersion = rec->second.second;
            if (!c.created.isValid())
                c.created = now;
            if (!c.modified.isValid()) // a preset time (an import, a restore) is kept, as in addCoding()
                c.modified = now;
            ids.append(uuidText(c.id));
            ++added;
        }
        // Validated first (reads), then written as one batch (one round of messages on a server).
        size_t failed = 0;
        if (auto s = insertCodings(*m_store, codings, failed); !s)
            return makeError(QCoreApplication::translate("Project", "Coding %1: ").arg(failed + 1) + s.error());
        return audit(QStringLiteral("codings.add"), QStringLiteral("coding"), {},
                     {{QStringLiteral("count"), added}, {QStringLiteral("ids"), ids}});
    });
    if (!st)
        return st.takeError();
    if (stored)
        *stored = std::move(codings);
    notify({ChangeEvent::Kind::Reset, {}, {}});
    return added;
}

Status Project::removeCodings(const std::vector<QUuid> &codingIds)
{
    // As removeCoding() for each, in one transaction with one audit entry that keeps every
    // removed coding, and one change event.
    QJsonArray removed;
    Status st = transact([&]() -> Status {
        for (const QUuid &id : codingIds) {
            const auto c = m_store->coding(id); // read under the write lock: it may just have gone
            const QString where = QCoreApplication::translate("Project", "Coding %1: ").arg(removed.size() + 1);
            if (!c)
                return makeError(where + QCoreApplication::translate("Project", "The coding no longer exists."));
            if (!mayChangeCodingsOf(c->reviewerId))
                return makeError(where + QCoreApplication::translate("Project", "You can only remove your own codings."));
            if (auto s = m_store->deleteCoding(id); !s)
                return s;
            QJsonObject details = codingJson(*c);
            details.insert(QStringLiteral("id"), uuidText(id));
            details.insert(QStringLiteral("created"), isoTime(c->created));
            removed.append(details);
        }
        return audit(QStringLiteral("codings.remove"), QStringLiteral("coding"), {},
                     {{QStringLiteral("count"), removed.size()}, {QStringLiteral("codings"), removed}});
    });
    if (st && !codingIds.empty())
        notify({ChangeEvent::Kind::Reset, {}, {}});
    return st;
}

Status Project::removeCoding(const QUuid &codingId)
{
    std::optional<Coding> c;
    Status st = transact([&]() -> Status {
        c = m_store->coding(codingId); // read under the write lock: it may just have gone
        if (!c)
            return makeError(QCoreApplication::translate("Project", "The coding no longer exists."));
        if (!mayChangeCodingsOf(c->reviewerId))
            return makeError(QCoreApplication::translate("Project", "You can only remove your own codings."));
        if (auto s = m_store->deleteCoding(codingId); !s)
            return s;
        QJsonObject details = codingJson(*c);
        details.insert(QStringLiteral("created"), isoTime(c->created));
        return audit(QStringLiteral("coding.remove"), QStringLiteral("coding"), codingId, details);
    });
    if (st)
        notify({ChangeEvent::Kind::CodingRemoved, codingId, c->recordId, c->codeId, c->reviewerId, c->codeId});
    return st;
}

namespace {
template<typename Change>
Status changeCoding(Project &project, Store &store, const QUuid &codingId, qint64 expectedVersion,
                    const QString &action, Change change, const std::function<Result<Coding>(const Coding &)> &validate,
                    const std::function<void(const ChangeEvent &)> &notify)
{
    std::optional<Coding> before;
    Coding after;
    // Read and validated under the write lock, so the duplicate check sees every coding.
    Status st = transactRetrying(project, [&]() -> Status {
        before = store.coding(codingId);
        if (!before)
            return makeError(QCoreApplication::translate("Project", "The coding no longer exists."));
        if (expectedVersion != 0 && before->version != expectedVersion)
            return makeConflict(QString()); // worded below, once the transaction is over
        after = *before;
        change(after);
        auto valid = validate(after);
        if (!valid)
            return valid.takeError();
        after = *valid;
        after.modified = QDateTime::currentDateTimeUtc();
        if (auto s = store.updateCoding(after); !s)
            return s;
        QJsonObject b = codingJson(*before), a = codingJson(after);
        return project.audit(action, QStringLiteral("coding"), codingId,
                             {{QStringLiteral("before"), b}, {QStringLiteral("after"), a}});
    });
    if (st)
        notify({ChangeEvent::Kind::CodingChanged, codingId, after.recordId, after.codeId, after.reviewerId,
                before->codeId});
    return st;
}
} // namespace

Status Project::updateCodingSpan(const QUuid &codingId, Span span, qint64 expectedVersion)
{
    return codingConflictExplained(
        codingId, false,
        changeCoding(
            *this, *m_store, codingId, expectedVersion, QStringLiteral("coding.span"), [&](Coding &c) { c.span = span; },
            [this](const Coding &c) { return validateCoding(c, false); }, [this](const ChangeEvent &e) { notify(e); }));
}

Status Project::updateCodingMemo(const QUuid &codingId, const QString &memo, qint64 expectedVersion)
{
    return codingConflictExplained(
        codingId, true,
        changeCoding(
            *this, *m_store, codingId, expectedVersion, QStringLiteral("coding.memo"), [&](Coding &c) { c.memo = memo; },
            [this](const Coding &c) { return validateCoding(c, false); }, [this](const ChangeEvent &e) { notify(e); }));
}

Status Project::updateCodingCode(const QUuid &codingId, const QUuid &codeId, qint64 expectedVersion)
{
    return codingConflictExplained(
        codingId, false,
        changeCoding(
            *this, *m_store, codingId, expectedVersion, QStringLiteral("coding.recode"),
            [&](Coding &c) { c.codeId = codeId; }, [this](const Coding &c) { return validateCoding(c, false); },
            [this](const ChangeEvent &e) { notify(e); }));
}

QString Project::conflictTime(const QDateTime &when)
{
    if (!when.isValid())
        return QCoreApplication::translate("Project", "an unknown time");
    const QDateTime local = when.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Status Project::codingConflictExplained(const QUuid &codingId, bool memo, Status status) const
{
    if (status || status.errorKind() != ErrorKind::Conflict)
        return status;
    const auto now = m_store->coding(codingId);
    if (!now)
        return makeConflict(QCoreApplication::translate("Project", "Someone else removed the coding after you read "
                                                                   "it. Your change was not saved."));
    const auto code = m_store->code(now->codeId);
    const auto record = m_store->record(now->recordId);
    const QString codeName = code ? code->name : QString();
    const QString title = record ? shortTitle(record->title) : QString();
    // Who: the newest audit entry on the coding (a reviewer on a server reads only their own
    // entries, so another person's change shows as "someone else").
    const auto entry = m_store->lastAuditEntry(QStringLiteral("coding"), codingId);
    const QString action = entry ? entry->action : QString();
    QString what;
    if (action == QLatin1String("coding.memo"))
        what = QCoreApplication::translate("Project", "the memo of the coding \"%1\" on \"%2\"");
    else if (action == QLatin1String("coding.span"))
        what = QCoreApplication::translate("Project", "the span of the coding \"%1\" on \"%2\"");
    else if (action == QLatin1String("coding.recode"))
        what = QCoreApplication::translate("Project", "the code of the coding \"%1\" on \"%2\"");
    else
        what = QCoreApplication::translate("Project", "the coding \"%1\" on \"%2\"");
    what = what.arg(codeName, title);
    QString message = changedAfterReading(what, entry, now->modified);
    message += QLatin1Char(' ');
    message += memo ? QCoreApplication::translate("Project", "Your text was not saved.")
                    : QCoreApplication::translate("Project", "Your change was not saved.");
    return makeConflict(message);
}

std::vector<std::pair<QUuid, int>> Project::codingCountsByCode(const QUuid &reviewerId) const
{
    return m_store->codingCountsByCode(reviewerId);
}

std::vector<std::pair<QUuid, int>> Project::codingCountsByRecord(const QUuid &reviewerId) const
{
    return m_store->codingCountsByRecord(reviewerId);
}

std::optional<Coding> Project::coding(const QUuid &id) const
{
    return m_store->coding(id);
}

std::vector<Coding> Project::codingsWithIds(const std::vector<QUuid> &ids) const
{
    return dyad::core::codingsWithIds(*m_store, ids);
}

std::vector<Coding> Project::codings(const CodingQuery &query) const
{
    return m_store->codings(query);
}

qint64 Project::codingCount(const CodingQuery &query) const
{
    return m_store->codingCount(query);
}

qint64 Project::codingCount(const CodingQuery &query, const QUuid &viewer) const
{
    if (isPrivileged(viewer) || (query.reviewerId && *query.reviewerId == viewer))
        return m_store->codingCount(query);
    if (query.reviewerId) {
        // One owner: the count less what sits on the records hidden from the viewer.
        const QSet<QUuid> hidden = recordsHiddenFrom(viewer, {*query.reviewerId});
        if (query.recordId)
            return hidden.contains(*query.recordId) ? 0 : m_store->codingCount(query);
        qint64 n = m_store->codingCount(query);
        for (const QUuid &record : hidden) {
            CodingQuery onRecord = query;
            onRecord.recordId = record;
            n -= m_store->codingCount(onRecord);
        }
        return n;
    }
    std::unordered_map<QUuid, QSet<QUuid>, UuidHash> hiddenByOwner;
    qint64 n = 0;
    for (const Coding &c : m_store->codings(query)) {
        auto it = hiddenByOwner.find(c.reviewerId);
        if (it == hiddenByOwner.end())
            it = hiddenByOwner.emplace(c.reviewerId, recordsHiddenFrom(viewer, {c.reviewerId})).first;
        if (c.reviewerId == viewer || !it->second.contains(c.recordId))
            ++n;
    }
    return n;
}

bool Project::canSee(const QUuid &viewer, const Coding &coding) const
{
    if (coding.reviewerId == viewer || isPrivileged(viewer))
        return true;
    if (coding.reviewerId == consensusReviewer().id)
        return !isRecordBlindedFor(coding.recordId, viewer);
    return !isBlindedBetween(coding.recordId, viewer, coding.reviewerId);
}

bool Project::isBlindedBetween(const QUuid &recordId, const QUuid &a, const QUuid &b) const
{
    const QSet<QUuid> blinding = blindingRounds(m_store->rounds());
    if (blinding.isEmpty())
        return false;
    return blindedPair(m_store->assignments(std::nullopt, recordId, std::nullopt), blinding, a, b);
}

QSet<QUuid> Project::recordsBlindedBetween(const QUuid &a, const QUuid &b) const
{
    QSet<QUuid> out;
    const BlindingState state = blindingState();
    for (const auto &[record, list] : state.byRecord)
        if (blindedPair(list, state.rounds, a, b))
            out.insert(record);
    return out;
}

Project::BlindingState Project::blindingState() const
{
    // The rules look only at assignments in blinding rounds, so reading those rounds'
    // assignments gives every record they can blind, with all that matters for each.
    BlindingState state;
    state.rounds = blindingRounds(m_store->rounds());
    for (const QUuid &round : state.rounds)
        for (Assignment &a : m_store->assignments(round, std::nullopt, std::nullopt))
            state.byRecord[a.recordId].push_back(std::move(a));
    return state;
}

bool Project::isRecordBlindedFor(const QUuid &recordId, const QUuid &viewer) const
{
    if (isPrivileged(viewer))
        return false;
    const QSet<QUuid> blinding = blindingRounds(m_store->rounds());
    if (blinding.isEmpty())
        return false;
    return blindedForViewer(m_store->assignments(std::nullopt, recordId, std::nullopt), blinding, viewer);
}

QSet<QUuid> Project::recordsHiddenFrom(const QUuid &viewer, const std::vector<QUuid> &owners) const
{
    QSet<QUuid> out;
    if (isPrivileged(viewer))
        return out;
    const BlindingState state = blindingState();
    const QUuid consensus = consensusReviewer().id;
    for (const auto &[record, list] : state.byRecord) {
        for (const QUuid &owner : owners) {
            if (owner == viewer)
                continue;
            const bool hidden = owner == consensus ? blindedForViewer(list, state.rounds, viewer)
                                                   : blindedPair(list, state.rounds, viewer, owner);
            if (hidden) {
                out.insert(record);
                break;
            }
        }
    }
    return out;
}

std::vector<Coding> Project::codingsForRecord(const QUuid &recordId, const QUuid &viewer) const
{
    std::vector<Coding> all = m_store->codings({recordId, {}, {}, {}});
    std::map<QUuid, bool> visibleByOwner; // blinding is decided per coding owner, once
    std::erase_if(all, [&](const Coding &c) {
        auto it = visibleByOwner.find(c.reviewerId);
        if (it == visibleByOwner.end())
            it = visibleByOwner.emplace(c.reviewerId, canSee(viewer, c)).first;
        return !it->second;
    });
    return all;
}

std::vector<Coding> Project::codingsWithCode(const QUuid &codeId, const QUuid &viewer) const
{
    const std::vector<Code> visibleCodes = codes(viewer);
    if (std::none_of(visibleCodes.begin(), visibleCodes.end(), [&](const Code &c) { return c.id == codeId; }))
        return {};
    std::vector<Coding> all = m_store->codings({{}, {}, codeId, {}});
    if (!blindingActive())
        return all; // canSee() is true for everyone's codings when no round is blinded
    std::map<std::pair<QUuid, QUuid>, bool> visible; // (record, owner) -> may see
    std::erase_if(all, [&](const Coding &c) {
        const auto key = std::make_pair(c.recordId, c.reviewerId);
        auto it = visible.find(key);
        if (it == visible.end())
            it = visible.emplace(key, canSee(viewer, c)).first;
        return !it->second;
    });
    return all;
}

} // namespace dyad::core
