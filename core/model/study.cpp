#include "core/model/study.h"

#include "core/model/project.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <limits>
#include <random>

namespace dyad::core {

namespace {

/** Uniform in [0, bound) without modulo bias (bound > 0). */
quint64 boundedDraw(std::mt19937_64 &generator, quint64 bound)
{
    // Values below `threshold` would make some remainders more likely; draw again.
    const quint64 threshold = (std::numeric_limits<quint64>::max() - bound + 1) % bound;
    for (;;) {
        const quint64 x = generator();
        if (x >= threshold)
            return x % bound;
    }
}

WorkState workState(RecordStatus status, bool hasCodings)
{
    if (status == RecordStatus::Done)
        return WorkState::Done;
    if (status == RecordStatus::InProgress || hasCodings)
        return WorkState::InProgress;
    return WorkState::ToDo;
}

void add(RoundProgress::Counts &counts, WorkState state)
{
    switch (state) {
    case WorkState::ToDo:
        ++counts.toDo;
        break;
    case WorkState::InProgress:
        ++counts.inProgress;
        break;
    case WorkState::Done:
        ++counts.done;
        break;
    }
}

} // namespace

std::vector<QUuid> randomSample(const std::vector<QUuid> &ids, qsizetype n, quint64 seed)
{
    if (n <= 0)
        return {};
    if (static_cast<size_t>(n) >= ids.size())
        return ids;
    std::vector<QString> keys;
    keys.reserve(ids.size());
    for (const QUuid &id : ids)
        keys.push_back(uuidText(id));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::mt19937_64 generator(seed);
    const size_t want = std::min(static_cast<size_t>(n), keys.size());
    for (size_t i = 0; i < want; ++i) {
        const size_t j = i + static_cast<size_t>(boundedDraw(generator, keys.size() - i));
        std::swap(keys[i], keys[j]);
    }
    const QSet<QString> chosen(keys.begin(), keys.begin() + static_cast<qsizetype>(want));
    std::vector<QUuid> sample;
    sample.reserve(want);
    for (const QUuid &id : ids)
        if (chosen.contains(uuidText(id)) && sample.size() < want)
            sample.push_back(id);
    return sample;
}

quint64 newSampleSeed()
{
    return QRandomGenerator::global()->bounded(1, 1000000);
}

Status assignRecords(Project &project, const QUuid &roundId, const std::vector<QUuid> &recordIds,
                     const std::vector<QUuid> &reviewerIds, const RecordSelection &selection)
{
    if (recordIds.empty())
        return makeError(QCoreApplication::translate("Project", "There are no records to assign."));
    if (reviewerIds.empty())
        return makeError(QCoreApplication::translate("Project", "Choose at least one reviewer to assign the records to."));
    return project.transact([&]() -> Status {
        if (auto st = project.assign(roundId, recordIds, reviewerIds); !st)
            return st;
        QJsonObject details{{QStringLiteral("how"), selection.how},
                            {QStringLiteral("records"), static_cast<double>(recordIds.size())},
                            {QStringLiteral("population"), static_cast<double>(selection.population)}};
        if (!selection.description.isEmpty())
            details.insert(QStringLiteral("description"), selection.description);
        if (selection.seed)
            details.insert(QStringLiteral("seed"), QString::number(*selection.seed));
        return project.audit(QStringLiteral("round.select"), QStringLiteral("round"), roundId, details);
    });
}

RoundProgress::Counts RoundProgress::forReviewer(const QUuid &reviewerId) const
{
    Counts counts;
    for (auto it = state.cbegin(); it != state.cend(); ++it)
        if (const auto s = it->constFind(reviewerId); s != it->cend())
            add(counts, *s);
    return counts;
}

RoundProgress::Counts RoundProgress::forRecord(const QUuid &recordId) const
{
    Counts counts;
    for (const WorkState s : state.value(recordId))
        add(counts, s);
    return counts;
}

RoundProgress::Counts RoundProgress::overall() const
{
    Counts counts;
    for (const auto &perReviewer : state)
        for (const WorkState s : perReviewer)
            add(counts, s);
    return counts;
}

RoundProgress roundProgress(const Project &project, const QUuid &roundId)
{
    RoundProgress progress;
    const std::vector<Assignment> assigned = project.assignments(roundId, std::nullopt, std::nullopt);
    if (assigned.empty())
        return progress;
    QSet<std::pair<QUuid, QUuid>> coded; // (record, reviewer) with a coding in this round
    CodingQuery query;
    query.roundId = roundId;
    for (const Coding &c : project.codings(query))
        coded.insert({c.recordId, c.reviewerId});
    QSet<QUuid> reviewers;
    for (const Assignment &a : assigned) {
        const bool hasCodings = coded.contains({a.recordId, a.reviewerId});
        progress.state[a.recordId].insert(a.reviewerId, workState(a.status, hasCodings));
        reviewers.insert(a.reviewerId);
    }
    for (const Reviewer &r : project.reviewers())
        if (reviewers.contains(r.id))
            progress.reviewers.push_back(r.id);
    for (const RecordSummary &r : project.recordSummaries())
        if (progress.state.contains(r.id))
            progress.records.push_back(r.id);
    return progress;
}

QHash<QUuid, WorkState> recordProgress(const Project &project, const QUuid &roundId, const QUuid &recordId)
{
    QHash<QUuid, WorkState> states;
    const std::vector<Assignment> assigned = project.assignments(roundId, recordId, std::nullopt);
    if (assigned.empty())
        return states;
    CodingQuery query;
    query.roundId = roundId;
    query.recordId = recordId;
    QSet<QUuid> coded;
    for (const Coding &c : project.codings(query))
        coded.insert(c.reviewerId);
    for (const Assignment &a : assigned)
        states.insert(a.reviewerId, workState(a.status, coded.contains(a.reviewerId)));
    return states;
}

} // namespace dyad::core
