#pragma once

#include "codemapping.h"
#include "report.h"

#include "core/model/types.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QStringList>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace dyad::core {
class Project;
}

namespace dyad::core::agreement {

/** The unit of comparison a user reads (the engine always computes all of them). */
enum class Unit {
    Record,          ///< code present in the record, all records compared
    RecordCoded,     ///< same, leaving out records nobody coded
    Character,       ///< code points, whole texts
    CharacterCoded,  ///< code points somebody coded with any code
    Token,           ///< ICU word tokens, whole texts
    TokenCoded,      ///< tokens somebody coded with any code
    Segment,         ///< codings matched at the overlap threshold
    Unitizing,       ///< Krippendorff's α_U
};
/** "record", "record-coded", "character", ..., "unitizing". */
QString unitName(Unit unit);
std::optional<Unit> unitFromName(const QString &name);
/** Every unit, in the order above. */
std::vector<Unit> allUnits();
/** Whether the unit is a 2×2 table (record, character, token and their coded-only forms). */
bool isTableUnit(Unit unit);
/** Whether the unit needs word tokens. */
bool needsTokens(Unit unit);

/** Which records enter the comparison. */
enum class RecordSelection {
    Auto,        ///< Assigned when a round is chosen, CodedByAny otherwise
    Assigned,    ///< records assigned to every chosen reviewer in the round
    Done,        ///< records every chosen reviewer marked done in the round
    CodedByAny,  ///< records in which any chosen reviewer made a coding (with any code)
    CodedByAll,  ///< records in which every chosen reviewer made a coding
    All,         ///< every record of the project
};
QString selectionName(RecordSelection selection);
std::optional<RecordSelection> selectionFromName(const QString &name);

/** One accepted correspondence of independently grown codes: B's code counts as A's. */
struct CodeLink
{
    QUuid codeA;
    QUuid codeB;
    friend bool operator==(const CodeLink &, const CodeLink &) = default;
};

/** What to compare. Unset members take the documented defaults. */
struct ProjectAgreementOptions
{
    /** Two or more reviewers, A first. Empty: every reviewer (role "reviewer") who coded. */
    std::vector<QUuid> reviewers;
    /** Only records of this round and codings made in it (or outside any round). */
    std::optional<QUuid> round;
    RecordSelection records = RecordSelection::Auto;
    /** Only these codes and their descendants. Empty: every code. */
    std::vector<QUuid> codes;
    /** Compute word tokens (token units). Costs tokenising the texts (cached, see TokenCache). */
    bool tokens = true;
    double segmentThreshold = 0.9;
    bool perRecordUnitizing = true;
    /** Codes of the other reviewers renamed to A's before comparing (see docs/agreement.md §7). */
    std::vector<CodeLink> mapping;
    /**
     * Who asks (null: nobody in particular, e.g. the lead's tools). A plain reviewer gets only
     * records on which they may see every chosen reviewer's codings (Project::recordsHiddenFrom);
     * the others are left out and counted in AgreementJob::recordsBlinded.
     */
    QUuid viewer;

    QJsonObject toJson() const;
    static ProjectAgreementOptions fromJson(const QJsonObject &json);
};

/**
 * Word tokens per record text version, shared between computations (the dashboard keeps
 * one for the project's lifetime). prepareAgreement() borrows the tokens (moves them out,
 * copying 60 MB would cost more than the rest of the preparation) and runAgreement() puts
 * them back. Thread-safe.
 */
class TokenCache
{
public:
    /**
     * Moves the cached tokens of this text version into @p out and forgets them; false when
     * not cached (a stale version is dropped).
     */
    bool take(const QUuid &recordId, int textVersion, std::vector<Span> *out);
    void insert(const QUuid &recordId, int textVersion, std::vector<Span> tokens);
    void clear();
    size_t size() const;

private:
    mutable QMutex m_mutex;
    std::unordered_map<QUuid, std::pair<int, std::vector<Span>>, UuidHash> m_tokens;
};

/**
 * Everything one computation needs, read from the project. Building it touches the
 * database (do it on the project's thread); running it does not (any thread).
 */
struct AgreementJob
{
    ProjectAgreementOptions options;   ///< as resolved: reviewers filled in, selection never Auto
    ReportInput input;                 ///< codes keyed by UUID text, records keyed by UUID text
    std::vector<QUuid> reviewerIds;
    QString roundName;
    std::vector<QUuid> recordIds;      ///< per input record
    std::vector<int> textVersions;     ///< per input record
    std::vector<QString> pendingTexts; ///< per input record: text still to tokenise (empty otherwise)
    std::vector<qint64> codingCounts;  ///< per reviewer: codings compared (after filters and mapping)
    QHash<QString, QString> codePaths; ///< code key → "Theme > Sub-theme > Code"
    /** Codes (keys) only reviewer A used, after mapping; with more reviewers: only A. */
    QStringList unmappedA;
    /** Codes only the other reviewer(s) used, after mapping. */
    QStringList unmappedB;
    /**
     * Codebook nodes that enter only as parents of used codes (nobody applied them
     * directly): reported as themes, left out of the per-code list and of the pooled sums.
     */
    QStringList structuralCodes;
    /** Records the selection took but left out because they are still blinded for the viewer. */
    int recordsBlinded = 0;
};

/** A computed report with the data behind it (for drill-down and snapshots). */
struct ProjectAgreement
{
    AgreementJob job;
    AgreementReport report;

    const PairReport &pair(int index = 0) const { return report.pairs[size_t(index)]; }
    /** The scope with this key (a code or theme UUID text; empty = pooled), or null. */
    const ScopeResult *scope(const QString &key, int pairIndex = 0) const;
};

/**
 * The reviewers compared when none are chosen: everybody with the role "reviewer" who made a
 * coding (in @p round when given), in the project's order. The engine, the agreement report and
 * the dashboard all use this rule.
 */
std::vector<QUuid> defaultAgreementReviewerIds(const Project &project, const std::optional<QUuid> &round = std::nullopt);

/** Reads what the options select. Fails with a message when reviewers, round or codes are unknown. */
Result<AgreementJob> prepareAgreement(const Project &project, const ProjectAgreementOptions &options,
                                      TokenCache *cache = nullptr);

/** Called with (done, total, stage) while a job runs, from the thread that runs it. */
using AgreementProgress = std::function<void(int done, int total, const QString &stage)>;

/**
 * Tokenises what is missing (in parallel) and computes the report; the tokens then go to
 * @p cache (and leave the job's input) when one is given.
 */
Result<ProjectAgreement> runAgreement(AgreementJob job, TokenCache *cache = nullptr,
                                      const AgreementProgress &progress = {});

/** prepareAgreement() and runAgreement() in one call. */
Result<ProjectAgreement> computeProjectAgreement(const Project &project, const ProjectAgreementOptions &options,
                                                 TokenCache *cache = nullptr);

/**
 * Suggests a mapping of reviewer A's codes onto B's (suggestCodeMapping() over the records
 * and codings the options select, mapping and token options ignored). Needs exactly two
 * reviewers. Keys in the result are code UUID texts.
 */
Result<CodeMapping> suggestProjectCodeMapping(const Project &project, const ProjectAgreementOptions &options,
                                              double minJaccard = 0.0);

/** Accepted links from a suggestion: every proposed pair of two different codes. */
std::vector<CodeLink> linksFrom(const CodeMapping &mapping);

/**
 * Reads a mapping from CSV: a header row with columns `code_a` and `code_b` (any order, other
 * columns ignored), one link per row; a code is named by UUID, by path "Theme > Code", or by a
 * unique name. Errors name the file, line and the code that was not found.
 */
Result<std::vector<CodeLink>> readCodeMappingCsv(const Project &project, const QString &path);
/** The suggestion as CSV for editing: code_a, code_b, jaccard, path_a, path_b; unmapped codes with an empty partner. */
QString codeMappingCsv(const Project &project, const CodeMapping &mapping);

/** The flat figures of one scope in one unit (tables, CSV, snapshots, dashboard). */
struct Figures
{
    Unit unit = Unit::Character;
    Table2x2 counts;                   ///< table units
    double observed = 0, kappa = 0, kappaSe = 0, kappaLow = 0, kappaHigh = 0;
    double scottPi = 0, brennanPrediger = 0, ac1 = 0, pabak = 0, alpha = 0;
    double prevalenceIndex = 0, biasIndex = 0, positiveAgreement = 0, negativeAgreement = 0;
    QString band;                      ///< Landis & Koch band of κ
    bool paradox = false;              ///< kappa paradox flag
    SegmentCounts segments;            ///< segment unit
    double segmentScore = 0;           ///< segment unit: F1
    double alphaU = 0;                 ///< unitizing unit
    double jaccard = 0;                ///< character unit: a / (a + b + c)

    /** The headline figure: κ for table units, F1 for segments, α_U for unitizing. */
    double headline() const;
    /** A figure by name: "kappa", "ac1", "alpha", "pabak", "observed", "pi", "bp", "score", "alphaU", "jaccard". */
    double value(const QString &figure) const;
    QJsonObject toJson() const;
    static Figures fromJson(Unit unit, const QJsonObject &json);
};
Figures figures(const ScopeResult &scope, Unit unit);

/** Names of value() figures. */
QStringList figureNames();

/** One record's evidence behind a scope's figure (drill-down). */
struct RecordEvidence
{
    QUuid recordId;
    int recordIndex = 0;               ///< into AgreementJob::recordIds
    std::vector<Span> a;               ///< A's spans of the scope in the record (raw codings)
    std::vector<Span> b;               ///< B's spans
    Table2x2 record;                   ///< record unit (n = 1)
    Table2x2 characters;               ///< character unit over the record's text
    bool agrees() const { return characters.b == 0 && characters.c == 0; }
};

/**
 * The records behind a code's, theme's (subtree union) or the pooled (key empty: any code)
 * figure, for a pair of reviewers: every record where either reviewer used it, in
 * input order, disagreements included.
 */
std::vector<RecordEvidence> scopeEvidence(const ProjectAgreement &result, const QString &scopeKey,
                                          int pairIndex = 0);

} // namespace dyad::core::agreement
