#include "core/pg/pgdecisionstore.h"

#include "core/base/savedthing.h"
#include "core/base/time.h"
#include "core/pg/pgconnection.h"
#include "core/pg/pgvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace dyad::core::pg {

using namespace reconcile;

namespace {

constexpr const char *kDecisionColumns =
    "id, batch_id, group_key, record_id, round_id, reviewer_a, reviewer_b, kind, outcome, rationale, "
    "decided_by, decided_at, before_json, codebook, undone_at, undone_by";

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

Decision decisionAt(const PgResult &s, int i)
{
    Decision d;
    d.id = idAt(s, i, 0);
    d.batchId = idAt(s, i, 1);
    d.groupKey = s.text(i, 2);
    d.recordId = idAt(s, i, 3);
    d.roundId = idAt(s, i, 4);
    d.reviewerA = idAt(s, i, 5);
    d.reviewerB = idAt(s, i, 6);
    d.kind = kindFromName(s.text(i, 7)).value_or(GroupKind::ExactAgreement);
    d.outcome = outcomeFromName(s.text(i, 8)).value_or(Outcome::AcceptNeither);
    d.rationale = s.text(i, 9);
    d.decidedBy = idAt(s, i, 10);
    d.decidedAt = timeAt(s, i, 11);
    d.before = QJsonDocument::fromJson(s.text(i, 12).toUtf8()).array();
    d.codebook = QJsonDocument::fromJson(s.text(i, 13).toUtf8()).array();
    d.undoneAt = timeAt(s, i, 14);
    d.undoneBy = idAt(s, i, 15);
    return d;
}

Status failed(const PgResult &r, const char *what)
{
    return makeError(QCoreApplication::translate("Team", "Could not save the %1 on the team server: %2")
                         .arg(savedThing(what), r.error()));
}

} // namespace

Status PgDecisionStore::insertDecision(const Decision &d)
{
    auto s = m_conn.exec("INSERT INTO reconcile_decisions (id, seq, batch_id, group_key, record_id, round_id, "
                         "reviewer_a, reviewer_b, kind, outcome, rationale, decided_by, decided_at, before_json, "
                         "codebook) VALUES ($1, (SELECT coalesce(max(seq), 0) + 1 FROM reconcile_decisions), $2, $3, "
                         "$4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
                         {idValue(d.id), idValue(d.batchId.isNull() ? d.id : d.batchId), textValue(d.groupKey),
                          idValue(d.recordId), idValue(d.roundId), idValue(d.reviewerA), idValue(d.reviewerB),
                          kindName(d.kind).toUtf8(), outcomeName(d.outcome).toUtf8(), textValue(d.rationale),
                          idValue(d.decidedBy), timeValue(d.decidedAt), compact(d.before), compact(d.codebook)});
    if (!s.ok())
        return failed(s, "decision");
    for (size_t i = 0; i < d.after.size(); ++i) {
        const ConsensusCoding &cc = d.after[i];
        auto c = m_conn.exec("INSERT INTO reconcile_decision_codings (decision_id, position, coding_id, code_id, "
                             "code_name, start_pos, end_pos) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                             {idValue(d.id), value(qint64(i)), idValue(cc.codingId), idValue(cc.codeId),
                              textValue(cc.codeName), value(cc.span.start), value(cc.span.end)});
        if (!c.ok())
            return failed(c, "decision's consensus codings");
    }
    return {};
}

Status PgDecisionStore::markUndone(const QUuid &decisionId, const QUuid &by, const QDateTime &at)
{
    auto s = m_conn.exec("UPDATE reconcile_decisions SET undone_at = $2, undone_by = $3 "
                         "WHERE id = $1 AND undone_at IS NULL",
                         {idValue(decisionId), timeValue(at), idValue(by)});
    if (!s.ok())
        return failed(s, "undo of the decision");
    if (s.affected() != 1)
        return makeError(QCoreApplication::translate("Team", "The decision does not exist or was undone already."));
    return {};
}

std::optional<Decision> PgDecisionStore::decision(const QUuid &id) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kDecisionColumns + " FROM reconcile_decisions WHERE id = $1";
    auto s = m_conn.exec(sql.constData(), {idValue(id)});
    if (s.rows() == 0)
        return std::nullopt;
    Decision d = decisionAt(s, 0);
    auto c = m_conn.exec("SELECT coding_id, code_id, code_name, start_pos, end_pos FROM reconcile_decision_codings "
                         "WHERE decision_id = $1 ORDER BY position",
                         {idValue(id)});
    for (int i = 0; i < c.rows(); ++i)
        d.after.push_back({idAt(c, i, 0), idAt(c, i, 1), c.text(i, 2), {c.int64(i, 3), c.int64(i, 4)}});
    return d;
}

std::vector<Decision> PgDecisionStore::decisions(const DecisionQuery &q) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kDecisionColumns
        + " FROM reconcile_decisions WHERE ($1::text IS NULL OR record_id = $1)"
          " AND ($2::text IS NULL OR (reviewer_a = $2 AND reviewer_b = $3) OR (reviewer_a = $3 AND reviewer_b = $2))"
          " AND ($4::text IS NULL OR round_id = $4) AND ($5::text IS NULL OR batch_id = $5)"
          " AND ($6::int = 1 OR undone_at IS NULL) ORDER BY seq";
    std::vector<Decision> out;
    auto s = m_conn.exec(sql.constData(),
                         {q.recordId ? idValue(*q.recordId) : PgValue(), q.pair ? idValue(q.pair->first) : PgValue(),
                          q.pair ? idValue(q.pair->second) : PgValue(), q.roundId ? idValue(*q.roundId) : PgValue(),
                          q.batchId ? idValue(*q.batchId) : PgValue(), value(qint64{q.includeUndone ? 1 : 0})});
    QHash<QUuid, size_t> index;
    for (int i = 0; i < s.rows(); ++i) {
        index.insert(idAt(s, i, 0), out.size());
        out.push_back(decisionAt(s, i));
    }
    if (out.empty())
        return out;
    auto c = m_conn.exec("SELECT decision_id, coding_id, code_id, code_name, start_pos, end_pos "
                         "FROM reconcile_decision_codings ORDER BY decision_id, position");
    for (int i = 0; i < c.rows(); ++i) {
        const auto it = index.constFind(idAt(c, i, 0));
        if (it != index.cend())
            out[*it].after.push_back({idAt(c, i, 1), idAt(c, i, 2), c.text(i, 3), {c.int64(i, 4), c.int64(i, 5)}});
    }
    return out;
}

Status PgDecisionStore::insertEscalation(const Escalation &e)
{
    auto s = m_conn.exec("INSERT INTO reconcile_escalations (id, group_key, record_id, round_id, reviewer_a, "
                         "reviewer_b, note, escalated_by, escalated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                         {idValue(e.id), textValue(e.groupKey), idValue(e.recordId), idValue(e.roundId),
                          idValue(e.reviewerA), idValue(e.reviewerB), textValue(e.note), idValue(e.escalatedBy),
                          timeValue(e.escalatedAt)});
    return s.ok() ? Status{} : failed(s, "escalation");
}

Status PgDecisionStore::clearEscalation(const QUuid &escalationId, const QUuid &by, const QDateTime &at)
{
    auto s = m_conn.exec("UPDATE reconcile_escalations SET cleared_at = $2, cleared_by = $3 "
                         "WHERE id = $1 AND cleared_at IS NULL",
                         {idValue(escalationId), timeValue(at), idValue(by)});
    return s.ok() ? Status{} : failed(s, "escalation");
}

std::vector<Escalation> PgDecisionStore::escalations(const QUuid &a, const QUuid &b, bool includeCleared) const
{
    std::vector<Escalation> out;
    auto s = m_conn.exec("SELECT id, group_key, record_id, round_id, reviewer_a, reviewer_b, note, escalated_by, "
                         "escalated_at, cleared_at, cleared_by FROM reconcile_escalations "
                         "WHERE ((reviewer_a = $1 AND reviewer_b = $2) OR (reviewer_a = $2 AND reviewer_b = $1)) "
                         "AND ($3::int = 1 OR cleared_at IS NULL) ORDER BY escalated_at",
                         {idValue(a), idValue(b), value(qint64{includeCleared ? 1 : 0})});
    for (int i = 0; i < s.rows(); ++i) {
        Escalation e;
        e.id = idAt(s, i, 0);
        e.groupKey = s.text(i, 1);
        e.recordId = idAt(s, i, 2);
        e.roundId = idAt(s, i, 3);
        e.reviewerA = idAt(s, i, 4);
        e.reviewerB = idAt(s, i, 5);
        e.note = s.text(i, 6);
        e.escalatedBy = idAt(s, i, 7);
        e.escalatedAt = timeAt(s, i, 8);
        e.clearedAt = timeAt(s, i, 9);
        e.clearedBy = idAt(s, i, 10);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Coding> PgDecisionStore::codingSpans(const QUuid &a, const QUuid &b, const std::optional<QUuid> &recordId) const
{
    std::vector<Coding> out;
    auto s = m_conn.exec("SELECT id, record_id, code_id, reviewer_id, round_id, start_pos, end_pos, text_version "
                         "FROM codings WHERE reviewer_id IN ($1, $2) AND ($3::text IS NULL OR record_id = $3)",
                         {idValue(a), idValue(b), recordId ? idValue(*recordId) : PgValue()});
    out.reserve(size_t(s.rows()));
    for (int i = 0; i < s.rows(); ++i) {
        Coding c;
        c.id = idAt(s, i, 0);
        c.recordId = idAt(s, i, 1);
        c.codeId = idAt(s, i, 2);
        c.reviewerId = idAt(s, i, 3);
        c.roundId = idAt(s, i, 4);
        c.span = {s.int64(i, 5), s.int64(i, 6)};
        c.textVersion = int(s.int64(i, 7));
        out.push_back(std::move(c));
    }
    return out;
}

QSet<QUuid> PgDecisionStore::usedCodes(const QUuid &reviewerId) const
{
    QSet<QUuid> out;
    auto s = m_conn.exec("SELECT id FROM codes WHERE EXISTS "
                         "(SELECT 1 FROM codings WHERE codings.code_id = codes.id AND codings.reviewer_id = $1)",
                         {idValue(reviewerId)});
    for (int i = 0; i < s.rows(); ++i)
        out.insert(idAt(s, i, 0));
    return out;
}

} // namespace dyad::core::pg
