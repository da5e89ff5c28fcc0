#include "core/reconcile/types.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <map>

namespace dyad::core::reconcile {

namespace {

struct KindInfo
{
    GroupKind kind;
    const char *name;
    const char *label;
};

constexpr std::array<KindInfo, 6> kKinds{{
    {GroupKind::ExactAgreement, "exact", QT_TRANSLATE_NOOP("Reconcile", "Exact agreement")},
    {GroupKind::BoundaryDifference, "boundary", QT_TRANSLATE_NOOP("Reconcile", "Boundary difference")},
    {GroupKind::AOnly, "a-only", QT_TRANSLATE_NOOP("Reconcile", "A only")},
    {GroupKind::BOnly, "b-only", QT_TRANSLATE_NOOP("Reconcile", "B only")},
    {GroupKind::CodeConflict, "code-conflict", QT_TRANSLATE_NOOP("Reconcile", "Code conflict")},
    {GroupKind::CodebookMismatch, "codebook-mismatch", QT_TRANSLATE_NOOP("Reconcile", "Codebook mismatch")},
}};

struct OutcomeInfo
{
    Outcome outcome;
    const char *name;
    const char *label;
};

constexpr std::array<OutcomeInfo, 6> kOutcomes{{
    {Outcome::AcceptA, "a", QT_TRANSLATE_NOOP("Reconcile", "Accept A")},
    {Outcome::AcceptB, "b", QT_TRANSLATE_NOOP("Reconcile", "Accept B")},
    {Outcome::AcceptBoth, "both", QT_TRANSLATE_NOOP("Reconcile", "Accept both")},
    {Outcome::AcceptNeither, "neither", QT_TRANSLATE_NOOP("Reconcile", "Accept neither")},
    {Outcome::EditedSpan, "edit", QT_TRANSLATE_NOOP("Reconcile", "Edited span")},
    {Outcome::CodesMerged, "merge", QT_TRANSLATE_NOOP("Reconcile", "Codes merged")},
}};

} // namespace

QString kindName(GroupKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<GroupKind> kindFromName(const QString &name)
{
    for (const KindInfo &k : kKinds)
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    return std::nullopt;
}

QString kindLabel(GroupKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("Reconcile", k.label);
    return {};
}

QString outcomeName(Outcome outcome)
{
    for (const OutcomeInfo &o : kOutcomes)
        if (o.outcome == outcome)
            return QString::fromLatin1(o.name);
    return {};
}

std::optional<Outcome> outcomeFromName(const QString &name)
{
    for (const OutcomeInfo &o : kOutcomes)
        if (name.compare(QLatin1String(o.name), Qt::CaseInsensitive) == 0)
            return o.outcome;
    return std::nullopt;
}

QString outcomeLabel(Outcome outcome)
{
    for (const OutcomeInfo &o : kOutcomes)
        if (o.outcome == outcome)
            return QCoreApplication::translate("Reconcile", o.label);
    return {};
}

Offset Group::impact() const
{
    // Per code: the code points one reviewer covered with it and the other did not.
    std::map<QUuid, std::vector<std::pair<Offset, int>>> events; // +1/-1 for A, +2/-2 for B
    for (const Coding &c : a) {
        events[c.codeId].emplace_back(c.span.start, 1);
        events[c.codeId].emplace_back(c.span.end, -1);
    }
    for (const Coding &c : b) {
        events[c.codeId].emplace_back(c.span.start, 2);
        events[c.codeId].emplace_back(c.span.end, -2);
    }
    Offset total = 0;
    for (auto &[code, ev] : events) {
        std::sort(ev.begin(), ev.end());
        int depthA = 0, depthB = 0;
        Offset last = 0;
        for (const auto &[pos, delta] : ev) {
            if ((depthA > 0) != (depthB > 0))
                total += pos - last;
            last = pos;
            if (delta == 1 || delta == -1)
                depthA += delta;
            else
                depthB += delta / 2;
        }
    }
    return total;
}

std::vector<QUuid> Group::codeIds() const
{
    std::vector<QUuid> out;
    for (const auto *side : {&a, &b})
        for (const Coding &c : *side)
            if (std::find(out.begin(), out.end(), c.codeId) == out.end())
                out.push_back(c.codeId);
    return out;
}

} // namespace dyad::core::reconcile
