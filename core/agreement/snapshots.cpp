#include "snapshots.h"

#include "core/model/project.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace dyad::core::agreement {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QJsonObject unitFigures(const ScopeResult &s, bool hasTokens)
{
    QJsonObject units;
    for (Unit u : allUnits()) {
        if (needsTokens(u) && !hasTokens)
            continue;
        units.insert(unitName(u), figures(s, u).toJson());
    }
    return units;
}

SnapshotRow rowOf(const ScopeResult &s, const AgreementJob &job, bool hasTokens)
{
    QJsonObject f{{QStringLiteral("name"), s.name}, {QStringLiteral("units"), unitFigures(s, hasTokens)}};
    if (s.kind == ScopeKind::Pooled)
        return {scopeName(s.kind), QString(), f};
    f.insert(QStringLiteral("path"), job.codePaths.value(s.key, s.name));
    return {scopeName(s.kind), s.key, f};
}

} // namespace

Snapshot makeSnapshot(const ProjectAgreement &result, Unit unit, const QString &label)
{
    Snapshot snap;
    const AgreementJob &job = result.job;
    SnapshotInfo &info = snap.info;
    info.id = QUuid::createUuid();
    info.roundId = job.options.round.value_or(QUuid());
    info.reviewers = job.reviewerIds;
    info.unit = unitName(unit);
    info.settings = job.options.toJson();
    info.created = QDateTime::currentDateTimeUtc();
    if (result.report.pairs.empty())
        return snap;
    const PairReport &pair = result.pair(0);
    const bool hasTokens = result.report.hasTokens;
    QJsonArray codings;
    for (qint64 n : job.codingCounts)
        codings.append(n);
    info.summary = {{QStringLiteral("label"), label},
                    {QStringLiteral("round"), job.roundName},
                    {QStringLiteral("reviewers"), QJsonArray::fromStringList(job.input.reviewers)},
                    {QStringLiteral("records"), qint64(job.recordIds.size())},
                    {QStringLiteral("codings"), codings},
                    {QStringLiteral("codes"), qint64(pair.codes.size())},
                    {QStringLiteral("mappedCodes"), qint64(job.options.mapping.size())},
                    {QStringLiteral("unmappedA"), QJsonArray::fromStringList(job.unmappedA)},
                    {QStringLiteral("unmappedB"), QJsonArray::fromStringList(job.unmappedB)},
                    {QStringLiteral("pooled"), figures(pair.pooled, unit).toJson()}};
    snap.rows.push_back(rowOf(pair.pooled, job, hasTokens));
    for (const ScopeResult &s : pair.codes)
        snap.rows.push_back(rowOf(s, job, hasTokens));
    for (const ScopeResult &s : pair.themes)
        snap.rows.push_back(rowOf(s, job, hasTokens));
    return snap;
}

Result<SnapshotInfo> saveSnapshot(Project &project, const ProjectAgreement &result, Unit unit, const QString &label)
{
    if (project.isReadOnly())
        return makeError(QCoreApplication::translate("Agreement", "The project is open read-only; the snapshot was not saved."));
    if (result.report.pairs.empty())
        return makeError(QCoreApplication::translate("Agreement", "There is nothing to save: the report has no pair of reviewers."));
    auto store = openAgreementStore(project);
    if (!store)
        return store.takeError();
    Snapshot snap = makeSnapshot(result, unit, label);
    snap.info.createdBy = project.actor();
    const Status st = project.transact([&]() -> Status {
        if (auto s = (*store)->insertSnapshot(snap); !s)
            return s;
        return project.audit(QStringLiteral("agreement.snapshot"), QStringLiteral("agreement_snapshot"), snap.info.id,
                             {{QStringLiteral("unit"), snap.info.unit},
                              {QStringLiteral("settings"), snap.info.settings},
                              {QStringLiteral("summary"), snap.info.summary}});
    });
    if (!st)
        return st.takeError();
    return snap.info;
}

Result<std::vector<SnapshotInfo>> listSnapshots(const Project &project)
{
    auto store = openAgreementStore(project);
    if (!store)
        return store.takeError();
    return (*store)->snapshots();
}

Result<Snapshot> loadSnapshot(const Project &project, const QUuid &id)
{
    auto store = openAgreementStore(project);
    if (!store)
        return store.takeError();
    auto snap = (*store)->snapshot(id);
    if (!snap)
        return makeError(QCoreApplication::translate("Agreement", "There is no agreement snapshot %1 in this project.").arg(uuidText(id)));
    return std::move(*snap);
}

Status deleteSnapshot(Project &project, const QUuid &id)
{
    auto store = openAgreementStore(project);
    if (!store)
        return store.takeError();
    const auto snap = (*store)->snapshot(id);
    if (!snap)
        return makeError(QCoreApplication::translate("Agreement", "There is no agreement snapshot %1 in this project.").arg(uuidText(id)));
    return project.transact([&]() -> Status {
        if (auto s = (*store)->deleteSnapshot(id); !s)
            return s;
        return project.audit(QStringLiteral("agreement.snapshot.delete"), QStringLiteral("agreement_snapshot"), id,
                             {{QStringLiteral("unit"), snap->info.unit}, {QStringLiteral("summary"), snap->info.summary}});
    });
}

QString snapshotTitle(const SnapshotInfo &info)
{
    const QString label = info.summary.value(QStringLiteral("label")).toString();
    if (!label.isEmpty())
        return label;
    const QString round = info.summary.value(QStringLiteral("round")).toString();
    const QString when = info.created.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return round.isEmpty() ? when : QStringLiteral("%1 (%2)").arg(round, when);
}

Figures snapshotFigures(const SnapshotRow &row, Unit unit)
{
    const QJsonObject units = row.figures.value(QStringLiteral("units")).toObject();
    const QJsonValue v = units.value(unitName(unit));
    if (!v.isObject()) {
        Figures f = Figures::fromJson(unit, {});
        return f;
    }
    return Figures::fromJson(unit, v.toObject());
}

SnapshotComparison compareSnapshots(const Snapshot &before, const Snapshot &after, Unit unit, const QString &figure)
{
    SnapshotComparison out;
    out.before = before.info;
    out.after = after.info;
    out.unit = unit;
    out.figure = figure;
    auto keyOf = [](const SnapshotRow &r) { return r.scopeKind + QLatin1Char('/') + r.codeKey; };
    QHash<QString, const SnapshotRow *> old;
    for (const SnapshotRow &r : before.rows)
        old.insert(keyOf(r), &r);
    auto nameOf = [](const SnapshotRow &r) {
        const QString path = r.figures.value(QStringLiteral("path")).toString();
        return path.isEmpty() ? r.figures.value(QStringLiteral("name")).toString() : path;
    };
    auto fill = [&](SnapshotDelta &d) {
        d.valueBefore = d.inBefore ? d.before.value(figure) : kNaN;
        d.valueAfter = d.inAfter ? d.after.value(figure) : kNaN;
        d.delta = d.valueAfter - d.valueBefore; // NaN propagates
    };
    QSet<QString> seen;
    for (const SnapshotRow &r : after.rows) {
        SnapshotDelta d;
        d.scopeKind = r.scopeKind;
        d.codeKey = r.codeKey;
        d.name = r.scopeKind == QLatin1String("pooled") ? QStringLiteral("(pooled)") : nameOf(r);
        d.inAfter = true;
        d.after = snapshotFigures(r, unit);
        if (const SnapshotRow *o = old.value(keyOf(r))) {
            d.inBefore = true;
            d.before = snapshotFigures(*o, unit);
        }
        fill(d);
        seen.insert(keyOf(r));
        out.rows.push_back(std::move(d));
    }
    for (const SnapshotRow &r : before.rows) {
        if (seen.contains(keyOf(r)))
            continue;
        SnapshotDelta d;
        d.scopeKind = r.scopeKind;
        d.codeKey = r.codeKey;
        d.name = nameOf(r);
        d.inBefore = true;
        d.before = snapshotFigures(r, unit);
        fill(d);
        out.rows.push_back(std::move(d));
    }
    return out;
}

} // namespace dyad::core::agreement
