#pragma once

#include "core/base/span.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QHashFunctions>
#include <QUuid>

#include <cstdint>
#include <optional>
#include <vector>

namespace dyad::core {

/** Hasher for QUuid keys in std::unordered_map/set (QUuid's operator< is slow in Qt 6.4). */
struct UuidHash
{
    size_t operator()(const QUuid &id) const noexcept { return qHash(id); }
};

/** UUIDs are stored and exported lowercase without braces. */
inline QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/** Bibliographic metadata plus the codable text of one unit. */
struct Record
{
    QUuid id;
    QString title;
    QStringList authors;          ///< "Family, Given" or as found
    std::optional<int> year;
    QString journal;
    QString doi;                  ///< normalised: lowercase, no resolver prefix
    QString pmid;
    QStringList keywords;
    QString language;             ///< BCP-47-ish tag or script guess ("en", "zh", "und")
    QString text;                 ///< codable text, NFC; immutable once coded
    int textVersion = 1;
    QString sourceFormat;         ///< "ris", "pubmed", "csv", "json", "text", ...
    QString sourceName;           ///< file name (or "pasted")
    QString rawSource;            ///< the record exactly as found, for provenance
    QJsonObject attributes;       ///< extra columns/tags kept as found
    QDateTime created;            ///< UTC
};

enum class ReviewerRole { Reviewer, Adjudicator, Lead, Consensus };

QString roleName(ReviewerRole role);
std::optional<ReviewerRole> roleFromName(const QString &name);

struct Reviewer
{
    QUuid id;
    QString name;
    ReviewerRole role = ReviewerRole::Reviewer;
    QDateTime created;
};

/** A node of the codebook: code, sub-theme or theme depending on depth. */
struct Code
{
    QUuid id;
    QUuid parentId;               ///< null for a top-level node
    QString name;
    QString color;                ///< "#rrggbb"
    QString definition;
    QString useWhen;
    QString doNotUseWhen;
    QString example;
    QString memo;                 ///< analytic memo about the code
    QUuid creatorId;              ///< reviewer who created it
    bool shared = true;           ///< false: an inductive code private to its creator while blinded
    int sortOrder = 0;
    QDateTime created;
};

/** One application of one code by one reviewer to a span of a record's text. */
struct Coding
{
    QUuid id;
    QUuid recordId;
    QUuid codeId;
    QUuid reviewerId;
    QUuid roundId;                ///< null when coded outside any round
    Span span;
    int textVersion = 1;
    QString memo;
    QDateTime created;
    QDateTime modified;
    /**
     * Row version as read from storage: it goes up by one with every change. A change that
     * carries a version is written only if the stored coding still has it (0: unchecked).
     */
    qint64 version = 0;
};

enum class RoundPhase { Independent, Reconciliation, Closed };
QString phaseName(RoundPhase phase);
std::optional<RoundPhase> phaseFromName(const QString &name);

struct Round
{
    QUuid id;
    QString name;
    RoundPhase phase = RoundPhase::Independent;
    bool unblinded = false;
    QDateTime created;
};

enum class RecordStatus { NotStarted, InProgress, Done };
QString statusName(RecordStatus status);
std::optional<RecordStatus> statusFromName(const QString &name);

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at;                 ///< UTC
    QUuid actorId;
    QString action;               ///< e.g. "coding.add", "code.merge"
    QString entityType;           ///< "coding", "code", "record", ...
    QUuid entityId;
    QJsonObject details;          ///< before/after values
};

} // namespace dyad::core
