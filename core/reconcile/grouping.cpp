#include "core/reconcile/grouping.h"

#include <QCryptographicHash>

#include <algorithm>
#include <map>
#include <numeric>

namespace dyad::core::reconcile {

namespace {

/** Union-find over the indices of one record's codings (A's first, then B's). */
class Components
{
public:
    explicit Components(size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), size_t{0}); }
    size_t find(size_t i)
    {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void join(size_t i, size_t j) { m_parent[find(i)] = find(j); }

private:
    std::vector<size_t> m_parent;
};

void appendId(QByteArray &out, const QUuid &id)
{
    out += id.toRfc4122();
}

void appendNumber(QByteArray &out, qint64 n)
{
    out += QByteArray::number(n);
    out += ':';
}

} // namespace

QString groupKey(const QUuid &reviewerA, const QUuid &reviewerB, const std::vector<const Coding *> &members)
{
    // Canonical order: the pair by id and the members by id, so neither the order in which the
    // reviewers were named nor the order the codings were read changes the key.
    std::vector<const Coding *> sorted = members;
    std::sort(sorted.begin(), sorted.end(), [](const Coding *x, const Coding *y) { return x->id < y->id; });
    QByteArray input;
    input.reserve(40 + static_cast<qsizetype>(sorted.size()) * 48);
    appendId(input, std::min(reviewerA, reviewerB));
    appendId(input, std::max(reviewerA, reviewerB));
    for (const Coding *c : sorted) {
        appendId(input, c->id);
        appendId(input, c->codeId);
        appendNumber(input, c->span.start);
        appendNumber(input, c->span.end);
    }
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(8).toHex());
}

std::vector<Group> groupRecord(const QUuid &recordId, const QUuid &reviewerA, const QUuid &reviewerB,
                               const std::vector<Coding> &a, const std::vector<Coding> &b, const Codebooks &codebooks)
{
    const size_t na = a.size(), nb = b.size();
    auto at = [&](size_t i) -> const Coding & { return i < na ? a[i] : b[i - na]; };
    std::vector<bool> taken(na + nb, false);
    std::vector<Group> groups;

    auto addGroup = [&](GroupKind kind, const std::vector<size_t> &members) {
        Group g;
        g.recordId = recordId;
        g.kind = kind;
        std::vector<const Coding *> ptrs;
        for (size_t i : members) {
            const Coding &c = at(i);
            (i < na ? g.a : g.b).push_back(c);
            ptrs.push_back(&c);
            taken[i] = true;
        }
        auto byStart = [](const Coding &x, const Coding &y) {
            return std::tie(x.span.start, x.span.end, x.id) < std::tie(y.span.start, y.span.end, y.id);
        };
        std::sort(g.a.begin(), g.a.end(), byStart);
        std::sort(g.b.begin(), g.b.end(), byStart);
        g.extent = at(members.front()).span;
        for (size_t i : members) {
            g.extent.start = std::min(g.extent.start, at(i).span.start);
            g.extent.end = std::max(g.extent.end, at(i).span.end);
        }
        if (kind == GroupKind::AOnly)
            g.codeMissingFromOther = !codebooks.b.contains(g.a.front().codeId);
        else if (kind == GroupKind::BOnly)
            g.codeMissingFromOther = !codebooks.a.contains(g.b.front().codeId);
        g.key = groupKey(reviewerA, reviewerB, ptrs);
        groups.push_back(std::move(g));
    };

    // 1. Exact agreements. A reviewer cannot apply one code twice to one span (Project
    //    refuses), so each (code, span) names at most one coding per side.
    std::map<std::tuple<QUuid, Offset, Offset>, size_t> bByCodeSpan;
    for (size_t j = 0; j < nb; ++j)
        bByCodeSpan.emplace(std::make_tuple(b[j].codeId, b[j].span.start, b[j].span.end), na + j);
    for (size_t i = 0; i < na; ++i) {
        const auto it = bByCodeSpan.find(std::make_tuple(a[i].codeId, a[i].span.start, a[i].span.end));
        if (it != bByCodeSpan.end() && !taken[it->second])
            addGroup(GroupKind::ExactAgreement, {i, it->second});
    }

    // 2 and 3 join A-B overlaps among the codings not yet grouped; step 2 only same-code ones.
    auto joinOverlaps = [&](bool sameCodeOnly) {
        Components comp(na + nb);
        std::vector<bool> linked(na + nb, false);
        for (size_t i = 0; i < na; ++i) {
            if (taken[i])
                continue;
            for (size_t j = 0; j < nb; ++j) {
                if (taken[na + j] || !a[i].span.overlaps(b[j].span))
                    continue;
                if (sameCodeOnly && a[i].codeId != b[j].codeId)
                    continue;
                comp.join(i, na + j);
                linked[i] = linked[na + j] = true;
            }
        }
        std::map<size_t, std::vector<size_t>> byRoot;
        for (size_t i = 0; i < na + nb; ++i)
            if (!taken[i] && linked[i])
                byRoot[comp.find(i)].push_back(i);
        std::vector<std::vector<size_t>> out;
        for (auto &[root, members] : byRoot)
            out.push_back(std::move(members));
        return out;
    };

    for (const auto &members : joinOverlaps(true))
        addGroup(GroupKind::BoundaryDifference, members);

    for (const auto &members : joinOverlaps(false)) {
        bool mismatch = false;
        for (size_t i : members) {
            const QUuid &code = at(i).codeId;
            mismatch = mismatch || (i < na ? !codebooks.b.contains(code) : !codebooks.a.contains(code));
        }
        addGroup(mismatch ? GroupKind::CodebookMismatch : GroupKind::CodeConflict, members);
    }

    for (size_t i = 0; i < na + nb; ++i)
        if (!taken[i])
            addGroup(i < na ? GroupKind::AOnly : GroupKind::BOnly, {i});

    std::sort(groups.begin(), groups.end(), [](const Group &x, const Group &y) {
        return std::tie(x.extent.start, x.extent.end, x.key) < std::tie(y.extent.start, y.extent.end, y.key);
    });
    return groups;
}

} // namespace dyad::core::reconcile
