#include "core/model/batchread.h"

namespace dyad::core {

std::vector<Record> recordsWithIds(const Store &store, std::span<const QUuid> ids)
{
    if (const auto *batches = dynamic_cast<const BatchReadStore *>(&store))
        return batches->recordsWithIds(ids);
    std::vector<Record> out;
    out.reserve(ids.size());
    for (const QUuid &id : ids)
        if (auto r = store.record(id))
            out.push_back(std::move(*r));
    return out;
}

std::vector<Coding> codingsWithIds(const Store &store, std::span<const QUuid> ids)
{
    if (const auto *batches = dynamic_cast<const BatchReadStore *>(&store))
        return batches->codingsWithIds(ids);
    std::vector<Coding> out;
    for (const QUuid &id : ids)
        if (auto c = store.coding(id))
            out.push_back(std::move(*c));
    return out;
}

QHash<QUuid, QString> recordMemos(const Store &store, std::span<const QUuid> recordIds, const QUuid &authorId)
{
    if (const auto *batches = dynamic_cast<const BatchReadStore *>(&store))
        return batches->recordMemos(recordIds, authorId);
    QHash<QUuid, QString> out;
    for (const QUuid &id : recordIds)
        if (QString memo = store.recordMemo(id, authorId); !memo.isEmpty())
            out.insert(id, memo);
    return out;
}

} // namespace dyad::core
