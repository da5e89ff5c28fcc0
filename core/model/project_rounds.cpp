// Project: rounds, assignments and progress (the class is split by concern; project.cpp holds the rest).
#include "core/model/project.h"
#include "core/model/project_p.h"
#include "core/model/batchstore.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <utility>
#include <set>

namespace dyad::core {

using namespace projectdetail;

// --- rounds -----------------------------------------------------------------------

Result<Round> Project::createRound(const QString &name)
{
    if (!actsAsLead(*this))
        return makeError(QCoreApplication::translate("Project", "Only the lead can create a round."));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(QCoreApplication::translate("Project", "A round needs a name."));
    for (const Round &r : m_store->rounds())
        if (r.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return makeError(QCoreApplication::translate("Project", "There is already a round called \"%1\".").arg(trimmed));
    Round r{QUuid::createUuid(), trimmed, RoundPhase::Independent, false, QDateTime::currentDateTimeUtc()};
    Status st = transact([&]() -> Status {
        if (auto s = m_store->insertRound(r); !s)
            return s;
        return audit(QStringLiteral("round.create"), QStringLiteral("round"), r.id, {{QStringLiteral("name"), r.name}});
    });
    if (!st)
        return st.takeError();
    notify({ChangeEvent::Kind::RoundChanged, r.id, {}});
    return r;
}

std::vector<Round> Project::rounds() const
{
    return m_store->rounds();
}

std::optional<Round> Project::round(const QUuid &id) const
{
    for (const Round &r : m_store->rounds())
        if (r.id == id)
            return r;
    return std::nullopt;
}

Status Project::assign(const QUuid &roundId, const std::vector<QUuid> &recordIds, const std::vector<QUuid> &reviewerIds)
{
    if (!round(roundId))
        return makeError(QCoreApplication::translate("Project", "The round does not exist."));
    if (!actsAsLead(*this))
        return makeError(QCoreApplication::translate("Project", "Only the lead can assign records to reviewers."));
    for (const QUuid &rv : reviewerIds)
        if (!reviewer(rv))
            return makeError(QCoreApplication::translate("Project", "A reviewer to assign does not exist."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Status st = transact([&]() -> Status {
        std::set<std::pair<QUuid, QUuid>> have;
        for (const Assignment &a : m_store->assignments(roundId, std::nullopt, std::nullopt))
            have.emplace(a.recordId, a.reviewerId);
        std::vector<Assignment> toAdd;
        for (const QUuid &rec : recordIds)
            for (const QUuid &rv : reviewerIds)
                if (have.emplace(rec, rv).second)
                    toAdd.push_back({roundId, rec, rv, RecordStatus::NotStarted, now});
        size_t failed = 0;
        if (auto s = insertAssignments(*m_store, toAdd, failed); !s)
            return makeError(QCoreApplication::translate("Project", "Could not assign a record: %1").arg(s.error()));
        const int added = int(toAdd.size());
        QJsonArray reviewersJson;
        for (const QUuid &rv : reviewerIds)
            reviewersJson.append(uuidText(rv));
        return audit(QStringLiteral("round.assign"), QStringLiteral("round"), roundId,
                     {{QStringLiteral("records"), static_cast<double>(recordIds.size())},
                      {QStringLiteral("reviewers"), reviewersJson},
                      {QStringLiteral("added"), added}});
    });
    if (st)
        notify({ChangeEvent::Kind::AssignmentChanged, roundId, {}});
    return st;
}

Status Project::setRecordStatus(const QUuid &roundId, const QUuid &recordId, const QUuid &reviewerId,
                                RecordStatus status)
{
    if (!m_actor.isNull() && reviewerId != m_actor && !isPrivileged(m_actor))
        return makeError(QCoreApplication::translate("Project", "You can only change the status of your own work."));
    const auto current = recordStatus(roundId, recordId, reviewerId);
    if (!current)
        return makeError(QCoreApplication::translate("Project", "That record is not assigned to this reviewer in this round."));
    if (*current == status)
        return {};
    Status st = transact([&]() -> Status {
        if (auto s = m_store->upsertAssignment({roundId, recordId, reviewerId, status, QDateTime::currentDateTimeUtc()});
            !s)
            return s;
        return audit(QStringLiteral("record.status"), QStringLiteral("record"), recordId,
                     {{QStringLiteral("round"), uuidText(roundId)},
                      {QStringLiteral("reviewer"), uuidText(reviewerId)},
                      {QStringLiteral("from"), statusName(*current)},
                      {QStringLiteral("to"), statusName(status)}});
    });
    if (st)
        notify({ChangeEvent::Kind::AssignmentChanged, recordId, recordId});
    return st;
}

std::optional<RecordStatus> Project::recordStatus(const QUuid &roundId, const QUuid &recordId,
                                                  const QUuid &reviewerId) const
{
    const auto a = m_store->assignments(roundId, recordId, reviewerId);
    if (a.empty())
        return std::nullopt;
    return a.front().status;
}

std::vector<Assignment> Project::assignments(const std::optional<QUuid> &roundId, const std::optional<QUuid> &recordId,
                                             const std::optional<QUuid> &reviewerId) const
{
    return m_store->assignments(roundId, recordId, reviewerId);
}

Status Project::setRoundPhase(const QUuid &roundId, RoundPhase phase)
{
    auto r = round(roundId);
    if (!r)
        return makeError(QCoreApplication::translate("Project", "The round does not exist."));
    if (!actsAsLead(*this))
        return makeError(QCoreApplication::translate("Project", "Only the lead can move a round to another phase."));
    if (r->phase == phase)
        return {};
    const RoundPhase before = r->phase;
    r->phase = phase;
    Status st = transact([&]() -> Status {
        if (auto s = m_store->updateRound(*r); !s)
            return s;
        return audit(QStringLiteral("round.phase"), QStringLiteral("round"), roundId,
                     {{QStringLiteral("from"), phaseName(before)}, {QStringLiteral("to"), phaseName(phase)}});
    });
    if (st)
        notify({ChangeEvent::Kind::RoundChanged, roundId, {}});
    return st;
}

Status Project::unblindRound(const QUuid &roundId)
{
    auto r = round(roundId);
    if (!r)
        return makeError(QCoreApplication::translate("Project", "The round does not exist."));
    if (!actsAsLead(*this))
        return makeError(QCoreApplication::translate("Project", "Only the lead can lift blinding."));
    if (r->unblinded)
        return {};
    r->unblinded = true;
    Status st = transact([&]() -> Status {
        if (auto s = m_store->updateRound(*r); !s)
            return s;
        return audit(QStringLiteral("round.unblind"), QStringLiteral("round"), roundId, {});
    });
    if (st)
        notify({ChangeEvent::Kind::RoundChanged, roundId, {}});
    return st;
}

std::optional<QUuid> Project::activeRoundFor(const QUuid &recordId, const QUuid &reviewerId) const
{
    const std::vector<Assignment> assigned = m_store->assignments(std::nullopt, recordId, reviewerId);
    if (assigned.empty())
        return std::nullopt;
    std::optional<QUuid> latest;
    for (const Round &r : m_store->rounds()) { // ordered by creation: the latest open round wins
        if (r.phase == RoundPhase::Closed)
            continue;
        for (const Assignment &a : assigned)
            if (a.roundId == r.id)
                latest = r.id;
    }
    return latest;
}

} // namespace dyad::core
