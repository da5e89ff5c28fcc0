#pragma once

#include "core/model/store.h"

#include <span>

namespace dyad::core {

/**
 * Writing many rows of one kind in one go, inside the current transaction, as the same
 * number of single Store calls would write them: what a store offers when that is much
 * faster than one row at a time (a server: the rows are sent without waiting for each
 * answer). A store that does not offer it (a file, where each write is a local call) is
 * written one row at a time by the functions below. On failure @p failedAt is the index of
 * the row refused and the error says why (the transaction then rolls back).
 */
class BatchStore
{
public:
    virtual ~BatchStore() = default;
    virtual Status insertRecords(std::span<const Record> records, size_t &failedAt) = 0;
    virtual Status insertCodings(std::span<const Coding> codings, size_t &failedAt) = 0;
    /** Adds assignments that do not exist yet. */
    virtual Status insertAssignments(std::span<const Assignment> assignments, size_t &failedAt) = 0;
};

/** @{ Through the store's BatchStore when it has one, else one Store call a row. */
Status insertRecords(Store &store, std::span<const Record> records, size_t &failedAt);
Status insertCodings(Store &store, std::span<const Coding> codings, size_t &failedAt);
Status insertAssignments(Store &store, std::span<const Assignment> assignments, size_t &failedAt);
/** @} */

} // namespace dyad::core
