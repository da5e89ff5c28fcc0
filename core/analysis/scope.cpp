#include "core/analysis/scope.h"

#include "core/model/project.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include <QCoreApplication>

namespace dyad::core::analysis {

Result<Scope> resolveScope(const Project &project, const QString &layerSpec)
{
    Scope scope;
    const QString spec = layerSpec.trimmed();
    const Reviewer consensus = project.consensusReviewer();
    if (spec.isEmpty() || spec.compare(QStringLiteral("consensus"), Qt::CaseInsensitive) == 0) {
        scope.layers.push_back(consensus);
        return scope;
    }
    const std::vector<Reviewer> reviewers = project.reviewers();
    const bool reviewersOnly = spec.compare(QStringLiteral("reviewers"), Qt::CaseInsensitive) == 0;
    if (reviewersOnly || spec.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0) {
        for (const Reviewer &r : reviewers) {
            if (r.role == ReviewerRole::Consensus || r.id == consensus.id)
                continue;
            CodingQuery q;
            q.reviewerId = r.id;
            if (r.role == ReviewerRole::Reviewer || project.codingCount(q) > 0)
                scope.layers.push_back(r);
        }
        if (!reviewersOnly)
            scope.layers.push_back(consensus);
        return scope;
    }
    const QUuid asId = QUuid::fromString(spec);
    for (const Reviewer &r : reviewers)
        if ((!asId.isNull() && r.id == asId) || r.name.compare(spec, Qt::CaseInsensitive) == 0) {
            scope.layers.push_back(r);
            return scope;
        }
    QStringList names;
    for (const Reviewer &r : reviewers)
        names << r.name;
    return makeError(QCoreApplication::translate("Analysis", "There is no reviewer \"%1\" in the project; expected \"consensus\", \"all\", \"reviewers\" or "
                                    "one of: %2.")
                         .arg(spec, names.join(QStringLiteral(", "))));
}

Scope defaultScope(const Project &project, const std::optional<QUuid> &roundId, QString *description)
{
    CodingQuery q;
    q.reviewerId = project.consensusReviewer().id;
    q.roundId = roundId;
    const bool hasConsensus = project.codingCount(q) > 0;
    Scope scope = resolveScope(project, hasConsensus ? QStringLiteral("consensus") : QStringLiteral("reviewers")).value();
    scope.roundId = roundId;
    if (description) {
        if (hasConsensus) {
            *description = QStringLiteral("Consensus");
        } else {
            QStringList names;
            for (const Reviewer &r : scope.layers)
                names << r.name;
            *description = QCoreApplication::translate("Analysis", "every reviewer (%1): the Consensus has no codings yet").arg(names.join(QStringLiteral(", ")));
        }
    }
    return scope;
}

std::unordered_map<QUuid, qint64, UuidHash> recordOrder(const Project &project)
{
    std::unordered_map<QUuid, qint64, UuidHash> order;
    for (const RecordSummary &r : project.recordSummaries())
        order.emplace(r.id, r.seq);
    return order;
}

std::vector<Coding> scopedCodings(const Project &project, const Scope &scope)
{
    const auto order = recordOrder(project);
    auto seqOf = [&](const QUuid &id) {
        auto it = order.find(id);
        return it == order.end() ? std::numeric_limits<qint64>::max() : it->second;
    };
    std::vector<Coding> out;
    for (const Reviewer &layer : scope.layers) {
        CodingQuery q;
        q.reviewerId = layer.id;
        q.roundId = scope.roundId;
        std::vector<Coding> part = project.codings(q);
        // sort keys computed once: QUuid comparisons are slow in Qt 6.4
        std::vector<std::pair<std::pair<qint64, Span>, size_t>> keys;
        keys.reserve(part.size());
        for (size_t i = 0; i < part.size(); ++i)
            keys.push_back({{seqOf(part[i].recordId), part[i].span}, i});
        std::sort(keys.begin(), keys.end());
        out.reserve(out.size() + part.size());
        for (const auto &k : keys)
            out.push_back(std::move(part[k.second]));
    }
    return out;
}

void forEachUnit(const std::vector<Coding> &codings,
                 const std::function<void(std::vector<Coding>::const_iterator, std::vector<Coding>::const_iterator)> &visit)
{
    auto first = codings.begin();
    while (first != codings.end()) {
        auto last = first + 1;
        while (last != codings.end() && last->reviewerId == first->reviewerId && last->recordId == first->recordId)
            ++last;
        visit(first, last);
        first = last;
    }
}

int layerIndex(const Scope &scope, const QUuid &reviewerId)
{
    for (size_t i = 0; i < scope.layers.size(); ++i)
        if (scope.layers[i].id == reviewerId)
            return int(i);
    return -1;
}

std::vector<Span> unionComponents(std::vector<Span> spans)
{
    std::erase_if(spans, [](const Span &s) { return s.isEmpty(); });
    std::sort(spans.begin(), spans.end());
    std::vector<Span> out;
    for (const Span &s : spans) {
        if (!out.empty() && s.start < out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

QString textOf(const std::u32string &codePoints, const Span &span)
{
    const Offset n = Offset(codePoints.size());
    const Offset s = std::clamp<Offset>(span.start, 0, n), e = std::clamp<Offset>(span.end, s, n);
    return QString::fromUcs4(codePoints.data() + s, e - s);
}

std::u32string codePointsOf(const QString &text)
{
    const QList<uint> ucs4 = text.toUcs4();
    return std::u32string(ucs4.begin(), ucs4.end());
}

} // namespace dyad::core::analysis
