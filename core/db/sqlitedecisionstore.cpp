#include "core/db/sqlitedecisionstore.h"

#include "core/db/columns_p.h"
#include "core/db/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace dyad::core::db {

using namespace detail;
using namespace reconcile;

namespace {

constexpr const char *kDecisionColumns =
    "id, batch_id, group_key, record_id, round_id, reviewer_a, reviewer_b, kind, outcome, rationale, "
    "decided_by, decided_at, before_json, codebook, undone_at, undone_by";

Decision readDecision(const Statement &s)
{
    Decision d;
    d.id = idFrom(s, 0);
    d.batchId = idFrom(s, 1);
    d.groupKey = s.text(2);
    d.recordId = idFrom(s, 3);
    d.roundId = idFrom(s, 4);
    d.reviewerA = idFrom(s, 5);
    d.reviewerB = idFrom(s, 6);
    d.kind = kindFromName(s.text(7)).value_or(GroupKind::ExactAgreement);
    d.outcome = outcomeFromName(s.text(8)).value_or(Outcome::AcceptNeither);
    d.rationale = s.text(9);
    d.decidedBy = idFrom(s, 10);
    d.decidedAt = timeFrom(s, 11);
    d.before = jsonArray(s.text(12));
    d.codebook = jsonArray(s.text(13));
    d.undoneAt = timeFrom(s, 14);
    d.undoneBy = idFrom(s, 15);
    return d;
}

Status loadAfter(const Database &db, Decision &d)
{
    auto s = db.prepare("SELECT coding_id, code_id, code_name, start_pos, end_pos FROM reconcile_decision_codings "
                        "WHERE decision_id = ?1 ORDER BY position");
    if (!s)
        return s.takeError();
    s->bind(1, idText(d.id));
    while (s->step() == Step::Row)
        d.after.push_back({idFrom(*s, 0), idFrom(*s, 1), s->text(2), {s->int64(3), s->int64(4)}});
    return {};
}

} // namespace

Status SqliteDecisionStore::insertDecision(const Decision &d)
{
    auto s = m_db.prepare("INSERT INTO reconcile_decisions (id, seq, batch_id, group_key, record_id, round_id, "
                          "reviewer_a, reviewer_b, kind, outcome, rationale, decided_by, decided_at, before_json, "
                          "codebook) VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM reconcile_decisions), ?2, ?3, "
                          "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    if (!s)
        return s.takeError();
    s->bind(1, idText(d.id))
        .bind(2, idText(d.batchId.isNull() ? d.id : d.batchId))
        .bind(3, d.groupKey)
        .bind(4, idText(d.recordId))
        .bind(5, idText(d.roundId))
        .bind(6, idText(d.reviewerA))
        .bind(7, idText(d.reviewerB))
        .bind(8, kindName(d.kind))
        .bind(9, outcomeName(d.outcome))
        .bind(10, d.rationale.isNull() ? QStringLiteral("") : d.rationale)
        .bind(11, idText(d.decidedBy))
        .bind(12, isoTime(d.decidedAt))
        .bind(13, jsonText(d.before))
        .bind(14, jsonText(d.codebook));
    if (auto st = s->run(); !st)
        return wrap(st, "decision");
    auto c = m_db.prepare("INSERT INTO reconcile_decision_codings (decision_id, position, coding_id, code_id, "
                          "code_name, start_pos, end_pos) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!c)
        return c.takeError();
    for (size_t i = 0; i < d.after.size(); ++i) {
        const ConsensusCoding &cc = d.after[i];
        c->reset();
        c->bind(1, idText(d.id))
            .bind(2, static_cast<int>(i))
            .bind(3, idText(cc.codingId))
            .bind(4, idText(cc.codeId))
            .bind(5, cc.codeName.isNull() ? QStringLiteral("") : cc.codeName)
            .bind(6, cc.span.start)
            .bind(7, cc.span.end);
        if (auto st = c->run(); !st)
            return wrap(st, "decision's consensus codings");
    }
    return {};
}

Status SqliteDecisionStore::markUndone(const QUuid &decisionId, const QUuid &by, const QDateTime &at)
{
    auto s = m_db.prepare("UPDATE reconcile_decisions SET undone_at = ?2, undone_by = ?3 "
                          "WHERE id = ?1 AND undone_at IS NULL");
    if (!s)
        return s.takeError();
    s->bind(1, idText(decisionId)).bind(2, isoTime(at)).bind(3, idText(by));
    if (auto st = s->run(); !st)
        return wrap(st, "undo of the decision");
    if (m_db.changes() != 1)
        return makeError(QCoreApplication::translate("Storage", "The decision does not exist or was undone already."));
    return {};
}

std::optional<Decision> SqliteDecisionStore::decision(const QUuid &id) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kDecisionColumns + " FROM reconcile_decisions WHERE id = ?1";
    auto s = m_db.prepare(sql.constData());
    if (!s)
        return std::nullopt;
    s->bind(1, idText(id));
    if (s->step() != Step::Row)
        return std::nullopt;
    Decision d = readDecision(*s);
    if (!loadAfter(m_db, d))
        return std::nullopt;
    return d;
}

std::vector<Decision> SqliteDecisionStore::decisions(const DecisionQuery &q) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kDecisionColumns
        + " FROM reconcile_decisions WHERE (?1 IS NULL OR record_id = ?1)"
          " AND (?2 IS NULL OR (reviewer_a = ?2 AND reviewer_b = ?3) OR (reviewer_a = ?3 AND reviewer_b = ?2))"
          " AND (?4 IS NULL OR round_id = ?4) AND (?5 IS NULL OR batch_id = ?5)"
          " AND (?6 = 1 OR undone_at IS NULL) ORDER BY seq";
    std::vector<Decision> out;
    auto s = m_db.prepare(sql.constData());
    if (!s)
        return out;
    s->bind(1, q.recordId ? idText(*q.recordId) : QString())
        .bind(2, q.pair ? idText(q.pair->first) : QString())
        .bind(3, q.pair ? idText(q.pair->second) : QString())
        .bind(4, q.roundId ? idText(*q.roundId) : QString())
        .bind(5, q.batchId ? idText(*q.batchId) : QString())
        .bind(6, q.includeUndone ? 1 : 0);
    QHash<QUuid, size_t> index;
    while (s->step() == Step::Row) {
        index.insert(idFrom(*s, 0), out.size());
        out.push_back(readDecision(*s));
    }
    if (out.empty())
        return out;
    // The consensus codings of all these decisions in one pass rather than one query each.
    auto c = m_db.prepare("SELECT decision_id, coding_id, code_id, code_name, start_pos, end_pos "
                          "FROM reconcile_decision_codings ORDER BY decision_id, position");
    if (!c)
        return out;
    while (c->step() == Step::Row) {
        const auto it = index.constFind(idFrom(*c, 0));
        if (it != index.cend())
            out[*it].after.push_back({idFrom(*c, 1), idFrom(*c, 2), c->text(3), {c->int64(4), c->int64(5)}});
    }
    return out;
}

Status SqliteDecisionStore::insertEscalation(const Escalation &e)
{
    auto s = m_db.prepare("INSERT INTO reconcile_escalations (id, group_key, record_id, round_id, reviewer_a, "
                          "reviewer_b, note, escalated_by, escalated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!s)
        return s.takeError();
    s->bind(1, idText(e.id))
        .bind(2, e.groupKey)
        .bind(3, idText(e.recordId))
        .bind(4, idText(e.roundId))
        .bind(5, idText(e.reviewerA))
        .bind(6, idText(e.reviewerB))
        .bind(7, e.note.isNull() ? QStringLiteral("") : e.note)
        .bind(8, idText(e.escalatedBy))
        .bind(9, isoTime(e.escalatedAt));
    return wrap(s->run(), "escalation");
}

Status SqliteDecisionStore::clearEscalation(const QUuid &escalationId, const QUuid &by, const QDateTime &at)
{
    auto s = m_db.prepare("UPDATE reconcile_escalations SET cleared_at = ?2, cleared_by = ?3 "
                          "WHERE id = ?1 AND cleared_at IS NULL");
    if (!s)
        return s.takeError();
    s->bind(1, idText(escalationId)).bind(2, isoTime(at)).bind(3, idText(by));
    return wrap(s->run(), "escalation");
}

std::vector<Escalation> SqliteDecisionStore::escalations(const QUuid &a, const QUuid &b, bool includeCleared) const
{
    std::vector<Escalation> out;
    auto s = m_db.prepare("SELECT id, group_key, record_id, round_id, reviewer_a, reviewer_b, note, escalated_by, "
                          "escalated_at, cleared_at, cleared_by FROM reconcile_escalations "
                          "WHERE ((reviewer_a = ?1 AND reviewer_b = ?2) OR (reviewer_a = ?2 AND reviewer_b = ?1)) "
                          "AND (?3 = 1 OR cleared_at IS NULL) ORDER BY escalated_at");
    if (!s)
        return out;
    s->bind(1, idText(a)).bind(2, idText(b)).bind(3, includeCleared ? 1 : 0);
    while (s->step() == Step::Row) {
        Escalation e;
        e.id = idFrom(*s, 0);
        e.groupKey = s->text(1);
        e.recordId = idFrom(*s, 2);
        e.roundId = idFrom(*s, 3);
        e.reviewerA = idFrom(*s, 4);
        e.reviewerB = idFrom(*s, 5);
        e.note = s->text(6);
        e.escalatedBy = idFrom(*s, 7);
        e.escalatedAt = timeFrom(*s, 8);
        e.clearedAt = timeFrom(*s, 9);
        e.clearedBy = idFrom(*s, 10);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Coding> SqliteDecisionStore::codingSpans(const QUuid &a, const QUuid &b,
                                                     const std::optional<QUuid> &recordId) const
{
    std::vector<Coding> out;
    auto s = m_db.prepare(recordId
                              ? "SELECT id, record_id, code_id, reviewer_id, round_id, start_pos, end_pos, text_version "
                                "FROM codings WHERE record_id = ?3 AND reviewer_id IN (?1, ?2)"
                              : "SELECT id, record_id, code_id, reviewer_id, round_id, start_pos, end_pos, text_version "
                                "FROM codings WHERE reviewer_id IN (?1, ?2)");
    if (!s)
        return out;
    s->bind(1, idText(a)).bind(2, idText(b));
    if (recordId)
        s->bind(3, idText(*recordId));
    while (s->step() == Step::Row) {
        Coding c;
        c.id = idFrom(*s, 0);
        c.recordId = idFrom(*s, 1);
        c.codeId = idFrom(*s, 2);
        c.reviewerId = idFrom(*s, 3);
        c.roundId = idFrom(*s, 4);
        c.span = {s->int64(5), s->int64(6)};
        c.textVersion = s->int32(7);
        out.push_back(std::move(c));
    }
    return out;
}

QSet<QUuid> SqliteDecisionStore::usedCodes(const QUuid &reviewerId) const
{
    QSet<QUuid> out;
    // Per code, stop at its first coding by the reviewer (index on code_id): a codebook has
    // hundreds of codes, a reviewer 100,000 codings, and DISTINCT over those was most of
    // the time of a one-record queue.
    auto s = m_db.prepare("SELECT id FROM codes WHERE EXISTS "
                          "(SELECT 1 FROM codings WHERE codings.code_id = codes.id AND codings.reviewer_id = ?1)");
    if (!s)
        return out;
    s->bind(1, idText(reviewerId));
    while (s->step() == Step::Row)
        out.insert(idFrom(*s, 0));
    return out;
}

} // namespace dyad::core::db
