#include "core/model/types.h"

#include <array>
#include <utility>

namespace dyad::core {

namespace {

template<typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromUtf16(name);
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, const QString &name)
{
    for (const auto &[e, n] : table)
        if (name.compare(QString::fromUtf16(n), Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<ReviewerRole, const char16_t *>, 4> kRoles{{
    {ReviewerRole::Reviewer, u"reviewer"},
    {ReviewerRole::Adjudicator, u"adjudicator"},
    {ReviewerRole::Lead, u"lead"},
    {ReviewerRole::Consensus, u"consensus"},
}};

constexpr std::array<std::pair<RoundPhase, const char16_t *>, 3> kPhases{{
    {RoundPhase::Independent, u"independent"},
    {RoundPhase::Reconciliation, u"reconciliation"},
    {RoundPhase::Closed, u"closed"},
}};

constexpr std::array<std::pair<RecordStatus, const char16_t *>, 3> kStatuses{{
    {RecordStatus::NotStarted, u"not-started"},
    {RecordStatus::InProgress, u"in-progress"},
    {RecordStatus::Done, u"done"},
}};

} // namespace

QString roleName(ReviewerRole role) { return nameOf(kRoles, role); }
std::optional<ReviewerRole> roleFromName(const QString &name) { return valueOf(kRoles, name); }
QString phaseName(RoundPhase phase) { return nameOf(kPhases, phase); }
std::optional<RoundPhase> phaseFromName(const QString &name) { return valueOf(kPhases, name); }
QString statusName(RecordStatus status) { return nameOf(kStatuses, status); }
std::optional<RecordStatus> statusFromName(const QString &name) { return valueOf(kStatuses, name); }

} // namespace dyad::core
