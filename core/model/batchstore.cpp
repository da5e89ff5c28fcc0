#include "core/model/batchstore.h"

namespace dyad::core {

namespace {

template<typename Row, typename Write>
Status eachRow(std::span<const Row> rows, size_t &failedAt, Write write)
{
    for (size_t i = 0; i < rows.size(); ++i)
        if (Status st = write(rows[i]); !st) {
            failedAt = i;
            return st;
        }
    return {};
}

} // namespace

Status insertRecords(Store &store, std::span<const Record> records, size_t &failedAt)
{
    if (auto *batches = dynamic_cast<BatchStore *>(&store))
        return batches->insertRecords(records, failedAt);
    return eachRow(records, failedAt, [&store](const Record &r) { return store.insertRecord(r); });
}

Status insertCodings(Store &store, std::span<const Coding> codings, size_t &failedAt)
{
    if (auto *batches = dynamic_cast<BatchStore *>(&store))
        return batches->insertCodings(codings, failedAt);
    return eachRow(codings, failedAt, [&store](const Coding &c) { return store.insertCoding(c); });
}

Status insertAssignments(Store &store, std::span<const Assignment> assignments, size_t &failedAt)
{
    if (auto *batches = dynamic_cast<BatchStore *>(&store))
        return batches->insertAssignments(assignments, failedAt);
    return eachRow(assignments, failedAt, [&store](const Assignment &a) { return store.upsertAssignment(a); });
}

} // namespace dyad::core
