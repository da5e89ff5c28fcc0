#pragma once

#include "core/model/store.h"

#include <QHash>

#include <span>

namespace dyad::core {

/**
 * Reading many rows by id in one go: what a store offers when one query for all of them is
 * much faster than one a row (a server, where each query waits for its answer). A store that
 * does not offer it (a file, where each read is a local call) is read one row at a time by
 * the functions below. The rows a store's reader may not see are left out, as single reads
 * leave them out.
 */
class BatchReadStore
{
public:
    virtual ~BatchReadStore() = default;
    /** The records with these ids that exist, in any order. */
    virtual std::vector<Record> recordsWithIds(std::span<const QUuid> ids) const = 0;
    /** The codings with these ids that exist, in any order. */
    virtual std::vector<Coding> codingsWithIds(std::span<const QUuid> ids) const = 0;
    /** The author's memos on these records (records without one are absent). */
    virtual QHash<QUuid, QString> recordMemos(std::span<const QUuid> recordIds, const QUuid &authorId) const = 0;
};

/** @{ Through the store's BatchReadStore when it has one, else one Store call a row. */
std::vector<Record> recordsWithIds(const Store &store, std::span<const QUuid> ids);
std::vector<Coding> codingsWithIds(const Store &store, std::span<const QUuid> ids);
QHash<QUuid, QString> recordMemos(const Store &store, std::span<const QUuid> recordIds, const QUuid &authorId);
/** @} */

} // namespace dyad::core
