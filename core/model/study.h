#pragma once

#include "core/model/types.h"
#include "core/result.h"

#include <QHash>

#include <vector>

namespace dyad::core {

class Project;

/**
 * A reproducible random sample of @p n of @p ids (all of them when n >= ids.size()).
 *
 * The same ids, n and seed give the same sample on every platform and in every version, so a
 * seed written in a methods section reproduces a pilot sample: the ids are first put in the
 * order of their text form (the order they come in does not matter), then a partial
 * Fisher–Yates shuffle draws from std::mt19937_64 (whose output the C++ standard fixes) with
 * an unbiased bounded draw of its own (std::uniform_int_distribution differs between standard
 * libraries). The sample is returned in the order the ids came in.
 */
std::vector<QUuid> randomSample(const std::vector<QUuid> &ids, qsizetype n, quint64 seed);

/** A seed for randomSample() that is short enough to write down (1 to 999,999). */
quint64 newSampleSeed();

/** How the records of an assignment were chosen, for the audit log ("round.select"). */
struct RecordSelection
{
    QString how;              ///< "all", "selected", "filter", "sample"
    QString description;      ///< e.g. the record filter in words; empty when not needed
    qsizetype population = 0; ///< records the choice was made from
    std::optional<quint64> seed; ///< for "sample"
};

/**
 * Assigns @p recordIds to @p reviewerIds in a round (Project::assign) and records how the
 * records were chosen (sample size, population and seed) in the same transaction, so the audit
 * log says how to draw the same pilot again. Lead only, like Project::assign.
 */
Status assignRecords(Project &project, const QUuid &roundId, const std::vector<QUuid> &recordIds,
                     const std::vector<QUuid> &reviewerIds, const RecordSelection &selection);

/** Where one reviewer is with one record of a round, as a lead sees it. */
enum class WorkState { ToDo, InProgress, Done };

/**
 * Progress of a round: each assigned record × reviewer. A record counts as in progress once
 * its status says so or the reviewer has filed a coding on it in this round, as done once the
 * reviewer marked it done.
 */
struct RoundProgress
{
    struct Counts
    {
        qsizetype toDo = 0, inProgress = 0, done = 0;
        qsizetype total() const { return toDo + inProgress + done; }
    };

    std::vector<QUuid> reviewers;          ///< assigned, in the order they were added to the project
    std::vector<QUuid> records;            ///< assigned, in import order
    /** state[record][reviewer]; absent when that reviewer does not have that record. */
    QHash<QUuid, QHash<QUuid, WorkState>> state;

    Counts forReviewer(const QUuid &reviewerId) const;
    Counts forRecord(const QUuid &recordId) const;
    Counts overall() const;
};

/** Progress of one round (an empty progress for an unknown round). */
RoundProgress roundProgress(const Project &project, const QUuid &roundId);

/** The states of one record of a round, per reviewer (for live updates of one row). */
QHash<QUuid, WorkState> recordProgress(const Project &project, const QUuid &roundId, const QUuid &recordId);

} // namespace dyad::core
