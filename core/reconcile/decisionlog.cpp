#include "core/reconcile/decisionlog.h"

#include "core/io/csv.h"
#include "core/model/project.h"
#include "core/reconcile/reconciler.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <set>

namespace dyad::core::reconcile {

namespace {

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

/** "A: Trust [0, 24); B: Trust [2, 24)" */
QString beforeText(const Decision &d)
{
    QStringList parts;
    for (const QJsonValue &v : d.before) {
        const QJsonObject o = v.toObject();
        parts << QStringLiteral("%1: %2 [%3, %4)")
                     .arg(o.value(QStringLiteral("side")).toString(), o.value(QStringLiteral("codeName")).toString())
                     .arg(static_cast<qint64>(o.value(QStringLiteral("start")).toDouble()))
                     .arg(static_cast<qint64>(o.value(QStringLiteral("end")).toDouble()));
    }
    return parts.join(QStringLiteral("; "));
}

QString afterText(const Decision &d)
{
    QStringList parts;
    for (const ConsensusCoding &c : d.after)
        parts << QStringLiteral("%1 [%2, %3)").arg(c.codeName, QString::number(c.span.start), QString::number(c.span.end));
    return parts.join(QStringLiteral("; "));
}

QString codebookText(const Decision &d)
{
    QStringList parts;
    for (const QJsonValue &v : d.codebook) {
        const QJsonObject o = v.toObject();
        const QString definition = o.value(QStringLiteral("definition")).toString();
        parts << (definition.isEmpty() ? o.value(QStringLiteral("name")).toString()
                                       : QStringLiteral("%1: %2").arg(o.value(QStringLiteral("name")).toString(), definition));
    }
    return parts.join(QStringLiteral(" | "));
}

class Names
{
public:
    explicit Names(const Project &project)
    {
        for (const Reviewer &r : project.reviewers())
            m_reviewers.insert(r.id, r.name);
        for (const Round &r : project.rounds())
            m_rounds.insert(r.id, r.name);
    }
    QString reviewer(const QUuid &id) const { return id.isNull() ? QString() : m_reviewers.value(id, uuidText(id)); }
    QString round(const QUuid &id) const { return id.isNull() ? QString() : m_rounds.value(id, uuidText(id)); }

private:
    QHash<QUuid, QString> m_reviewers, m_rounds;
};

} // namespace

QString decisionStatus(const Decision &decision, const QSet<QUuid> &staleIds)
{
    if (decision.isUndone())
        return QStringLiteral("undone");
    return staleIds.contains(decision.id) ? QStringLiteral("stale") : QStringLiteral("active");
}

QSet<QUuid> staleDecisionIds(Project &project, DecisionStore &store, const std::vector<Decision> &log)
{
    std::set<std::pair<QUuid, QUuid>> pairs;
    for (const Decision &d : log)
        if (!d.isUndone())
            pairs.emplace(d.reviewerA, d.reviewerB);
    QSet<QUuid> stale;
    Reconciler reconciler(project, store);
    // The log is read as a lead would: nobody's view is narrowed by blinding here.
    const QUuid actor = project.actor();
    project.setActor({});
    for (const auto &[a, b] : pairs) {
        auto queue = reconciler.buildQueue({a, b, {}, {}});
        if (!queue)
            continue;
        for (const Decision &d : queue->stale)
            stale.insert(d.id);
    }
    project.setActor(actor);
    return stale;
}

QString decisionLogCsv(const Project &project, const std::vector<Decision> &log, const QSet<QUuid> &staleIds)
{
    const Names names(project);
    QHash<QUuid, QString> titles;
    for (const RecordSummary &r : project.recordSummaries())
        titles.insert(r.id, r.title);
    QString out = QStringLiteral("decision_id,decided_at,decided_by,round,record_id,record_title,reviewer_a,reviewer_b,"
                                 "group_key,group_kind,outcome,rationale,before,after,codebook,status,undone_at,"
                                 "undone_by,batch_id\r\n");
    for (const Decision &d : log) {
        const QStringList fields = {
            uuidText(d.id),
            time(d.decidedAt),
            names.reviewer(d.decidedBy),
            names.round(d.roundId),
            uuidText(d.recordId),
            titles.value(d.recordId),
            names.reviewer(d.reviewerA),
            names.reviewer(d.reviewerB),
            d.groupKey,
            kindName(d.kind),
            outcomeName(d.outcome),
            d.rationale,
            beforeText(d),
            afterText(d),
            codebookText(d),
            decisionStatus(d, staleIds),
            time(d.undoneAt),
            names.reviewer(d.undoneBy),
            d.batchId == d.id ? QString() : uuidText(d.batchId),
        };
        out += io::CsvWriter::line(std::vector<io::CsvCell>(fields.begin(), fields.end())) + QStringLiteral("\r\n");
    }
    return out;
}

QString decisionLogText(const Project &project, const std::vector<Decision> &log, const QSet<QUuid> &staleIds)
{
    const Names names(project);
    QHash<QUuid, QString> titles;
    for (const RecordSummary &r : project.recordSummaries())
        titles.insert(r.id, r.title);
    auto elided = [](const QString &text, int width) {
        const QString flat = text.simplified();
        return flat.size() > width ? flat.left(width - 1) + QStringLiteral("…") : flat;
    };
    QString out;
    for (const Decision &d : log) {
        out += QCoreApplication::translate("Reconcile", "%1  decided by %2  (%3)\n")
                   .arg(time(d.decidedAt), names.reviewer(d.decidedBy), decisionStatus(d, staleIds));
        const QString title = titles.value(d.recordId);
        out += QCoreApplication::translate("Reconcile", "  Record:    %1\n").arg(title.isEmpty() ? QCoreApplication::translate("Reconcile", "(untitled record)") : elided(title, 90));
        out += QCoreApplication::translate("Reconcile", "  Reviewers: %1 (A) and %2 (B)%3\n")
                   .arg(names.reviewer(d.reviewerA), names.reviewer(d.reviewerB),
                        d.roundId.isNull() ? QString() : QCoreApplication::translate("Reconcile", ", round %1").arg(names.round(d.roundId)));
        out += QCoreApplication::translate("Reconcile", "  Group:     %1 -> %2\n").arg(kindLabel(d.kind), outcomeLabel(d.outcome));
        out += QCoreApplication::translate("Reconcile", "  Before:    %1\n").arg(beforeText(d));
        const QString after = afterText(d);
        out += QCoreApplication::translate("Reconcile", "  After:     %1\n").arg(after.isEmpty() ? QCoreApplication::translate("Reconcile", "(nothing)") : after);
        if (!d.rationale.isEmpty())
            out += QCoreApplication::translate("Reconcile", "  Rationale: %1\n").arg(d.rationale);
        if (d.isUndone())
            out += QCoreApplication::translate("Reconcile", "  Undone:    %1 by %2\n").arg(time(d.undoneAt), names.reviewer(d.undoneBy));
        out += QLatin1Char('\n');
    }
    out += QCoreApplication::translate("Reconcile", "%1 decision(s).\n").arg(log.size());
    return out;
}

QJsonArray decisionLogJson(const Project &project, const std::vector<Decision> &log, const QSet<QUuid> &staleIds)
{
    const Names names(project);
    QHash<QUuid, QString> titles;
    for (const RecordSummary &r : project.recordSummaries())
        titles.insert(r.id, r.title);
    auto id = [](const QUuid &u) { return u.isNull() ? QJsonValue() : QJsonValue(uuidText(u)); };
    QJsonArray out;
    for (const Decision &d : log) {
        QJsonArray after;
        for (const ConsensusCoding &c : d.after)
            after.append(QJsonObject{{QStringLiteral("coding"), uuidText(c.codingId)},
                                     {QStringLiteral("code"), uuidText(c.codeId)},
                                     {QStringLiteral("codeName"), c.codeName},
                                     {QStringLiteral("start"), static_cast<double>(c.span.start)},
                                     {QStringLiteral("end"), static_cast<double>(c.span.end)}});
        out.append(QJsonObject{
            {QStringLiteral("id"), uuidText(d.id)},
            {QStringLiteral("batch"), uuidText(d.batchId)},
            {QStringLiteral("decidedAt"), time(d.decidedAt)},
            {QStringLiteral("decidedBy"), names.reviewer(d.decidedBy)},
            {QStringLiteral("decidedById"), id(d.decidedBy)},
            {QStringLiteral("round"), names.round(d.roundId)},
            {QStringLiteral("roundId"), id(d.roundId)},
            {QStringLiteral("record"), uuidText(d.recordId)},
            {QStringLiteral("recordTitle"), titles.value(d.recordId)},
            {QStringLiteral("reviewerA"), names.reviewer(d.reviewerA)},
            {QStringLiteral("reviewerAId"), id(d.reviewerA)},
            {QStringLiteral("reviewerB"), names.reviewer(d.reviewerB)},
            {QStringLiteral("reviewerBId"), id(d.reviewerB)},
            {QStringLiteral("group"), d.groupKey},
            {QStringLiteral("kind"), kindName(d.kind)},
            {QStringLiteral("outcome"), outcomeName(d.outcome)},
            {QStringLiteral("rationale"), d.rationale},
            {QStringLiteral("before"), d.before},
            {QStringLiteral("after"), after},
            {QStringLiteral("codebook"), d.codebook},
            {QStringLiteral("status"), decisionStatus(d, staleIds)},
            {QStringLiteral("undoneAt"), time(d.undoneAt)},
            {QStringLiteral("undoneBy"), names.reviewer(d.undoneBy)},
            {QStringLiteral("undoneById"), id(d.undoneBy)},
        });
    }
    return out;
}

} // namespace dyad::core::reconcile
