#pragma once

#include "core/model/backend.h"
#include "core/model/bulkwrite.h"
#include "core/model/types.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace dyad::core {

/** What Project::check() found. */
struct CheckReport
{
    QStringList problems;         ///< empty when the project is sound
    bool ok() const { return problems.isEmpty(); }
};

/** What a merge of two codes did (for messages and for undo). */
struct MergeResult
{
    Code removed;                         ///< the source code as it was
    std::vector<QUuid> reassigned;        ///< codings moved to the target
    std::vector<Coding> droppedDuplicates;///< codings removed because the target already covered the span
    std::vector<QUuid> reparented;        ///< child codes moved under the target
};

/** Outcome of changing a record's text (invariant 2). */
struct TextChangeResult
{
    int newVersion = 1;
    int codingsMoved = 0;                 ///< codings shifted to the new text
};

/** Observer of changes, so the UI can follow without polling (Tiled's ChangeEvent idea). */
struct ChangeEvent
{
    enum class Kind {
        RecordsAdded, RecordChanged, ReviewerAdded, CodeAdded, CodeChanged, CodeRemoved,
        CodingAdded, CodingChanged, CodingRemoved, AssignmentChanged, RoundChanged, Reset
    };
    Kind kind;
    QUuid id;          ///< the entity concerned (null for bulk changes)
    QUuid recordId;    ///< for coding events: the record
    // Coding events also say which code and whose coding, so a view can keep counts by
    // itself; null when unknown (then a view recounts).
    QUuid codeId = {};         ///< the code the coding carries (after the change)
    QUuid reviewerId = {};     ///< whose coding it is
    QUuid previousCodeId = {}; ///< CodingChanged: the code before (equal to codeId unless recoded)

    bool operator==(const ChangeEvent &) const = default;
};

/** What a new project starts with (Project::initialise). */
struct NewProject
{
    QString title;
    QUuid consensusId;   ///< the Consensus reviewer's id; generated when null (an import keeps its own)
    /** A throwaway project (tests, in memory): only its id and the Consensus reviewer, no audit row. */
    bool scratch = false;
};

/**
 * One open Dyad project: the domain API. Validates input, enforces blinding (invariant 5),
 * writes every change in one transaction with an audit entry (invariants 3 and 6), and
 * talks to storage only through its Backend, which nothing else reaches.
 *
 * Projects are made and opened by location with core/open/open.h (createProject(),
 * openProject()), which picks the backend.
 *
 * Changes are made on behalf of the current actor (setActor()). Reads that involve other
 * reviewers' work take the viewer explicitly and return only what that viewer may see.
 */
class Project
{
public:
    explicit Project(std::unique_ptr<Backend> backend);
    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    /**
     * Makes a new project in a backend that holds none yet: its id, creation time, title and
     * the Consensus reviewer, audited as project.create, in one transaction.
     */
    static Result<std::unique_ptr<Project>> initialise(std::unique_ptr<Backend> backend, const NewProject &options);
    /** The project a backend holds; a clear error when it is incomplete (no project id). */
    static Result<std::unique_ptr<Project>> attach(std::unique_ptr<Backend> backend);

    /** The project's location: its file path (or URL). */
    QString path() const { return m_store->location(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    QUuid projectId() const;
    /** A meta value core modules keep in the project (e.g. a reviewer copy's origin); empty when unset. */
    QString meta(const QString &key) const;
    QString title() const;
    Status setTitle(const QString &title);

    // --- actor ---------------------------------------------------------------------
    /** The reviewer on whose behalf changes are made and audited. */
    void setActor(const QUuid &reviewerId) { m_actor = reviewerId; }
    QUuid actor() const { return m_actor; }

    // --- reviewers -----------------------------------------------------------------
    Result<Reviewer> addReviewer(const QString &name, ReviewerRole role = ReviewerRole::Reviewer);
    std::vector<Reviewer> reviewers() const;
    std::optional<Reviewer> reviewer(const QUuid &id) const;
    std::optional<Reviewer> reviewerByName(const QString &name) const;
    /** The special reviewer that holds the reconciled coding. */
    Reviewer consensusReviewer() const;

    // --- records -------------------------------------------------------------------
    /** Told (records written, records to write); returns false to cancel the write. */
    using WriteProgress = std::function<bool(qint64 done, qint64 total)>;
    /**
     * Adds records in one transaction; NFC-normalises text; assigns ids where null.
     * @p progress, when set, is called after every @p chunkSize records but the last
     * chunk; when it returns false the transaction rolls back and an error is returned.
     */
    Result<std::vector<QUuid>> addRecords(std::vector<Record> records, const WriteProgress &progress = {},
                                          int chunkSize = 250);
    std::optional<Record> record(const QUuid &id) const;
    /** A record's current text alone (records are not blinded; codings are). */
    QString recordText(const QUuid &id) const;
    /** Keys that identify every record (DOI, PMID, title, year), for duplicate detection. */
    std::vector<RecordKey> recordKeys() const;
    std::vector<RecordSummary> recordSummaries() const;
    qint64 recordCount() const;
    /** Updates metadata; the text is never changed here (see replaceRecordText). */
    Status updateRecordMetadata(const Record &record);
    /**
     * Replaces a record's text. Without codings the text simply changes. With codings a new
     * text version is made and each coding is moved onto it when the text it covers is
     * unchanged; if any coded passage itself changed, nothing happens and the error lists them.
     */
    Result<TextChangeResult> replaceRecordText(const QUuid &recordId, const QString &newText);
    /** Full-text search (words typed by a user; Chinese segmented by the FTS tokenizer). */
    Result<std::vector<SearchHit>> search(const QString &userQuery, int limit = 100) const;

    Status setRecordMemo(const QUuid &recordId, const QString &text);
    /**
     * Writes the actor's memo only if it is still as the caller read it (`expectedVersion`,
     * from recordMemoWithVersion(); 0 when there was none). When another window or process
     * changed it meanwhile, nothing is written and the error (ErrorKind::Conflict) says who
     * changed it and when. Returns the memo's new version.
     */
    Result<qint64> setRecordMemo(const QUuid &recordId, const QString &text, qint64 expectedVersion);
    /** The actor's memo on a record. */
    QString recordMemo(const QUuid &recordId) const;
    /** The actor's memo on a record with its row version, for setRecordMemo(..., expectedVersion). */
    RecordMemo recordMemoWithVersion(const QUuid &recordId) const;
    /** The author's memo on a record, unfiltered (export, reviewer copies, lead). */
    QString recordMemoOf(const QUuid &recordId, const QUuid &authorId) const;
    /**
     * The records with these ids (those that exist, in any order) and the author's memos on
     * them (records without one absent): one read for all on a server (merges, reviewer copies).
     */
    std::vector<Record> records(const std::vector<QUuid> &ids) const;
    QHash<QUuid, QString> recordMemosOf(const std::vector<QUuid> &recordIds, const QUuid &authorId) const;

    // --- codebook ------------------------------------------------------------------
    /** Creates a code; the id is generated when null, creator defaults to the actor. */
    Result<Code> createCode(Code code);
    /**
     * Updates name, colour, definition, examples, memo, shared flag (not the parent).
     *
     * With `shown` (the code as the editor showed it when editing began), every field this
     * update changes is written only if it still holds what was shown: when another window,
     * program or reviewer changed it meanwhile, nothing is written and a Conflict names what
     * changed, who and when. The check and the write are one transaction.
     */
    Status updateCode(const Code &code, const Code *shown = nullptr);
    /** Moves a code under another (or to the top level with a null parent); refuses cycles. */
    Status moveCode(const QUuid &codeId, const QUuid &newParentId, std::optional<int> sortOrder = std::nullopt);
    /**
     * Merges source into target: codings reassigned, identical spans by the same reviewer
     * unioned, children re-parented, source removed; audited as one step.
     */
    Result<MergeResult> mergeCodes(const QUuid &sourceId, const QUuid &targetId);
    /** Deletes a code that has no codings and no children; otherwise refuses with a reason. */
    Status deleteCode(const QUuid &codeId);
    /** Restores a code exactly (undo of delete or merge). */
    Status restoreCode(const Code &code);
    /** The codebook as the viewer may see it (others' private codes hidden while blinded). */
    std::vector<Code> codes(const QUuid &viewer) const;
    /** Every code, unfiltered (lead, export, agreement). */
    std::vector<Code> allCodes() const;
    /** A code, unfiltered (lead, export, agreement). */
    std::optional<Code> code(const QUuid &id) const;
    /** A code as the viewer may see it: none while it is another reviewer's private code. */
    std::optional<Code> code(const QUuid &id, const QUuid &viewer) const;
    /**
     * Whether `code` is hidden from `viewer`: another reviewer's private code while a round
     * is blinded. Core refuses a plain reviewer (as actor) to read or change such a code.
     */
    bool isCodeHiddenFrom(const Code &code, const QUuid &viewer) const;
    /** Full path from the theme down, e.g. {"Governance", "Trust", "Mutual trust"}. */
    QStringList codePath(const QUuid &id) const;

    // --- codings -------------------------------------------------------------------
    /**
     * Adds a coding by the actor (or coding.reviewerId when set by a lead/consensus tool).
     * Validates the span against the record text, the code and the reviewer. Keeps a
     * preset id (undo/redo restore the same identity).
     */
    Result<Coding> addCoding(Coding coding);
    Status removeCoding(const QUuid &codingId);
    /**
     * Change one coding. `expectedVersion` is Coding::version as the caller read it: when the
     * coding changed since (another window, process or team member), nothing is written and
     * the error (ErrorKind::Conflict) says what changed, who changed it and when. With 0 the
     * change applies to the coding as it is now, still refused should another write land
     * between reading and writing it.
     */
    Status updateCodingSpan(const QUuid &codingId, Span span, qint64 expectedVersion = 0);
    Status updateCodingMemo(const QUuid &codingId, const QString &memo, qint64 expectedVersion = 0);
    Status updateCodingCode(const QUuid &codingId, const QUuid &codeId, qint64 expectedVersion = 0);
    std::optional<Coding> coding(const QUuid &id) const;
    /** The codings with these ids that exist, unfiltered by blinding; one read for all on a server. */
    std::vector<Coding> codingsWithIds(const std::vector<QUuid> &ids) const;
    /** Codings on a record that the viewer may see (own, and others' once unblinded). */
    std::vector<Coding> codingsForRecord(const QUuid &recordId, const QUuid &viewer) const;
    /**
     * Codings that carry the code, by every reviewer, as far as the viewer may see them: the
     * same rule as codingsForRecord() (decided once per record and owner). Empty when the
     * viewer may not see the code itself. Ordered by record, then span.
     */
    std::vector<Coding> codingsWithCode(const QUuid &codeId, const QUuid &viewer) const;
    /** All codings matching the query, unfiltered by blinding (agreement, export, lead). */
    std::vector<Coding> codings(const CodingQuery &query = {}) const;
    /** How many codings match the query, unfiltered by blinding (agreement, export, lead). */
    qint64 codingCount(const CodingQuery &query = {}) const;
    /** How many codings match the query that the viewer may see (canSee()). */
    qint64 codingCount(const CodingQuery &query, const QUuid &viewer) const;
    /**
     * How many codings the reviewer made with each code, or on each record: one grouped
     * query each (codes and records without any are absent). A reviewer's own counts, so
     * they need no blinding.
     */
    std::vector<std::pair<QUuid, int>> codingCountsByCode(const QUuid &reviewerId) const;
    std::vector<std::pair<QUuid, int>> codingCountsByRecord(const QUuid &reviewerId) const;
    /**
     * Adds many codings in one transaction (demo, merge, import of coded data, coding every
     * search hit), validated as addCoding() validates each, with one audit entry and one
     * Reset change event. Keeps preset ids and times (a restore by redo is exact); @p stored,
     * when given, receives the codings as written (with round, text version and times).
     */
    Result<int> addCodings(std::vector<Coding> codings, std::vector<Coding> *stored = nullptr);
    /**
     * Removes many codings in one transaction, each as removeCoding() would, with one audit
     * entry listing them all and one Reset change event. All or none.
     */
    Status removeCodings(const std::vector<QUuid> &codingIds);

    // --- rounds and blinding -------------------------------------------------------
    Result<Round> createRound(const QString &name);
    std::vector<Round> rounds() const;
    std::optional<Round> round(const QUuid &id) const;
    Status assign(const QUuid &roundId, const std::vector<QUuid> &recordIds, const std::vector<QUuid> &reviewerIds);
    Status setRecordStatus(const QUuid &roundId, const QUuid &recordId, const QUuid &reviewerId, RecordStatus status);
    std::optional<RecordStatus> recordStatus(const QUuid &roundId, const QUuid &recordId, const QUuid &reviewerId) const;
    std::vector<Assignment> assignments(const std::optional<QUuid> &roundId, const std::optional<QUuid> &recordId,
                                        const std::optional<QUuid> &reviewerId) const;
    Status setRoundPhase(const QUuid &roundId, RoundPhase phase);
    /** Lead only: lifts blinding for the whole round. */
    Status unblindRound(const QUuid &roundId);
    /** The independent-phase round in which the reviewer is assigned this record, if any. */
    std::optional<QUuid> activeRoundFor(const QUuid &recordId, const QUuid &reviewerId) const;
    /**
     * Whether `viewer` may see a coding by another reviewer (invariant 5). Another
     * reviewer's coding shows once neither of the two is blinded from the other on that
     * record; a Consensus coding shows once the record is no longer blinded for the viewer
     * (isRecordBlindedFor()). Leads and adjudicators see everything.
     */
    bool canSee(const QUuid &viewer, const Coding &coding) const;
    /**
     * Whether reviewers `a` and `b` are still blinded from each other on a record: some
     * round assigning the record to either of them is in its independent phase, not
     * unblinded, and not both of them have marked the record done. Roles do not matter:
     * reconciliation decides a record of the pair only when this is false.
     */
    bool isBlindedBetween(const QUuid &recordId, const QUuid &a, const QUuid &b) const;
    /** The records on which `a` and `b` are still blinded from each other (one read for all). */
    QSet<QUuid> recordsBlindedBetween(const QUuid &a, const QUuid &b) const;
    /**
     * Whether others' work on a record, and so the Consensus layer, is hidden from `viewer`:
     * a blinded round holds the record and the viewer is not assigned to it there, or not
     * everybody assigned has marked it done. Never for a lead or an adjudicator.
     */
    bool isRecordBlindedFor(const QUuid &recordId, const QUuid &viewer) const;
    /**
     * The records on which `viewer` may not see the codings of at least one of `owners`
     * (a reviewer, or the Consensus reviewer) — one read for many records, for commands that
     * take a viewer. Empty for a lead or an adjudicator.
     */
    QSet<QUuid> recordsHiddenFrom(const QUuid &viewer, const std::vector<QUuid> &owners) const;

    // --- the other stores of the backend ----------------------------------------------
    /**
     * The agreement snapshot store (agreement::openAgreementStore() says why when null).
     * Owned by the project; writes join its transaction.
     */
    agreement::AgreementStore *agreementStore() const;
    /** The decision log (reconcile::openDecisionStore() says why when null). */
    reconcile::DecisionStore *decisionStore() const;
    /**
     * True when the project lives on a server and its connection was found gone (checked each
     * time the project looks for others' changes); the next change connects again. Always
     * false for a file.
     */
    bool isOffline() const;
    /**
     * Connecting again while idle, for a window that must not freeze (docs/team.md):
     * startReconnect() begins connecting again without waiting (outside a transaction) and
     * continueReconnect() is called, on the same thread, until it answers Connected or Failed.
     * Once connected, the next refreshIfChangedElsewhere() reloads, since others' notices of
     * the meantime were missed.
     */
    /**
     * What this session last read of a code's name and a record's title and text (empty when
     * never read), to name a change in words while the server cannot be asked. May be out of
     * date; never used for anything but describing.
     */
    QString lastReadCodeName(const QUuid &codeId) const;
    QString lastReadRecordTitle(const QUuid &recordId) const;
    QString lastReadRecordText(const QUuid &recordId) const;
    bool startReconnect();
    ReconnectStep continueReconnect();

    // --- bulk writes -----------------------------------------------------------------
    /**
     * Writes a batch of existing work (a reviewer copy, a merge, a .qdpx import) in one
     * transaction, keeping every id. @p body writes through the BulkWriter (and may call
     * Project's own API too). When it succeeded and wrote anything but bookkeeping meta,
     * one audit row @p audit follows, its details completed with what the batch counted;
     * each reviewer added has its own reviewer.add row. Listeners then get RecordsAdded
     * (when records came in) and Reset. On failure nothing is written and nothing raised.
     *
     * BulkTarget::Unpublished promises that nobody else has the project open and that it
     * is used only once bulkWrite() succeeded (a new file an import builds under a name of
     * its own): storage may then write it its fastest way (Backend::startUnpublishedLoad()),
     * and it is on the disk with the usual settings when bulkWrite() returns.
     */
    Result<BulkCounts> bulkWrite(const BulkAudit &audit, const std::function<Status(BulkWriter &)> &body,
                                 BulkTarget target = BulkTarget::Shared);

    // --- audit and maintenance -----------------------------------------------------
    std::vector<AuditEntry> auditLog(qint64 afterSeq = 0, int limit = 1000000) const;
    /** The seq of the newest audit entry (0 when there is none): what a view has seen. */
    qint64 lastAuditSeq() const;
    /** Records an audit entry inside the caller's transaction (for other core modules). */
    Status audit(const QString &action, const QString &entityType, const QUuid &entityId,
                 const QJsonObject &details);
    CheckReport check() const;
    /** Writes a consistent copy with the SQLite online backup API. */
    Status saveCopy(const QString &path) const;
    /**
     * Rotating backups in `folder`: writes <name>-<UTC time>.dyad and keeps the newest `keep`.
     * Returns the path written.
     */
    Result<QString> rotateBackup(const QString &folder, int keep = 5) const;

    // --- change notification -------------------------------------------------------
    using Listener = std::function<void(const ChangeEvent &)>;
    /** Registers a listener; returns a token for removeListener. */
    int addListener(Listener listener);
    void removeListener(int token);

    /**
     * Whether another process has changed the project since the last look. When it has, the
     * listeners get Reset (no ids), preceded by RecordsAdded when the number of records
     * changed, so every view reloads what it shows.
     * Costs one PRAGMA; the GUI calls it on a timer and when its window becomes active.
     * Reads never hold a snapshot between calls, so they see the other process's data anyway;
     * this only tells the views to look again.
     */
    bool refreshIfChangedElsewhere();

    /**
     * Runs `body` in one transaction; commits when it returns ok. For multi-step edits.
     * Change events raised inside reach the listeners only once the outermost transaction
     * has committed (each distinct event once); work that rolls back raises none, so a view
     * never shows what the file does not hold.
     */
    Status transact(const std::function<Status()> &body);

private:
    /** A conflict from changing a coding, reworded to say what changed, who and when. */
    Status codingConflictExplained(const QUuid &codingId, bool memo, Status status) const;
    /** The Conflict for a code edited elsewhere after `shown` was read (its changed `field`). */
    Status codeConflict(const Code &now, const QString &field) const;
    /** "Bob changed `what` at 14:02, after you read it." (you / a named reviewer / someone else). */
    QString changedAfterReading(const QString &what, const std::optional<AuditEntry> &entry,
                                const QDateTime &modified) const;
    /** "14:02" today, else "2026-12-05 14:02", in local time. */
    static QString conflictTime(const QDateTime &when);

    friend class BulkWriter;
    void notify(const ChangeEvent &event) const;
    Result<Coding> validateCoding(Coding coding, bool isNew) const;
    bool isPrivileged(const QUuid &reviewerId) const;
    bool mayChangeCodingsOf(const QUuid &owner) const;
    bool blindingActive() const;
    /** Refuses when the actor may not see `code` (another reviewer's private code while blinded). */
    Status checkCodeAccess(const Code &code) const;
    /** The rounds that blind, and their assignments by record. */
    struct BlindingState
    {
        QSet<QUuid> rounds;
        std::unordered_map<QUuid, std::vector<Assignment>, UuidHash> byRecord;
    };
    BlindingState blindingState() const;

    std::unique_ptr<Backend> m_backend;
    Store *m_store;                    ///< m_backend's
    QUuid m_actor;
    std::vector<std::pair<int, Listener>> m_listeners;
    int m_nextListener = 1;
    int m_transactionDepth = 0;
    qint64 m_seenDataVersion = 0;      ///< externalDataVersion() when last looked
    qint64 m_seenRecordCount = 0;      ///< recordCount() when last looked
    mutable std::vector<ChangeEvent> m_deferredEvents; ///< raised inside an open transaction
    mutable std::optional<Reviewer> m_consensus;
    struct LastRead
    {
        QHash<QUuid, QString> codeNames;
        QHash<QUuid, std::pair<QString, QString>> records; ///< title, text; a few recent ones
    };
    mutable LastRead m_lastRead;
    void rememberRecord(const QUuid &id, const QString *title, const QString *text) const;
};

/** A default colour for the n-th code: a palette readable on light and dark backgrounds. */
QString defaultCodeColor(int index);

/**
 * The colour a new code under @p parentId gets when none is chosen: from the same palette,
 * one its siblings use least (so siblings do not repeat until the palette runs out) and
 * never the parent's own.
 */
QString defaultCodeColorAmong(const std::vector<Code> &codes, const QUuid &parentId);

} // namespace dyad::core
