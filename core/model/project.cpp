#include "core/model/project.h"
#include "core/model/codingspan_p.h"
#include "core/model/batchread.h"
#include "core/model/batchstore.h"

#include "core/base/time.h"
#include "core/text/offsets.h"
#include "core/model/codecolor.h"
#include "core/text/search.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <utility>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace dyad::core {

namespace {

/**
 * Whether the actor may run the study: create rounds, assign records, change a round's phase
 * and lift blinding. Only the lead may; a null actor is a tool acting for nobody in particular
 * (import, demo, tests), as elsewhere in Project.
 */
bool actsAsLead(const Project &project)
{
    if (project.actor().isNull())
        return true;
    const auto who = project.reviewer(project.actor());
    return who && who->role == ReviewerRole::Lead;
}

const QString kConsensusName = QStringLiteral("Consensus");

QJsonObject codingJson(const Coding &c)
{
    return QJsonObject{
        {QStringLiteral("record"), uuidText(c.recordId)},
        {QStringLiteral("code"), uuidText(c.codeId)},
        {QStringLiteral("reviewer"), uuidText(c.reviewerId)},
        {QStringLiteral("round"), c.roundId.isNull() ? QJsonValue() : QJsonValue(uuidText(c.roundId))},
        {QStringLiteral("start"), static_cast<double>(c.span.start)},
        {QStringLiteral("end"), static_cast<double>(c.span.end)},
        {QStringLiteral("memo"), c.memo},
    };
}

QJsonObject codeJson(const Code &c)
{
    return QJsonObject{
        {QStringLiteral("name"), c.name},
        {QStringLiteral("parent"), c.parentId.isNull() ? QJsonValue() : QJsonValue(uuidText(c.parentId))},
        {QStringLiteral("color"), c.color},
        {QStringLiteral("definition"), c.definition},
        {QStringLiteral("useWhen"), c.useWhen},
        {QStringLiteral("doNotUseWhen"), c.doNotUseWhen},
        {QStringLiteral("example"), c.example},
        {QStringLiteral("memo"), c.memo},
        {QStringLiteral("creator"), c.creatorId.isNull() ? QJsonValue() : QJsonValue(uuidText(c.creatorId))},
        {QStringLiteral("shared"), c.shared},
    };
}

/**
 * For changes whose body can simply run again: a team server may give a transaction up for a
 * concurrent one (a deadlock); it is then run again, at most three times in all.
 */
Status transactRetrying(Project &project, const std::function<Status()> &body)
{
    for (int attempt = 1;; ++attempt) {
        Status st = project.transact(body);
        if (st || st.errorKind() != ErrorKind::Retry || attempt == 3)
            return st;
    }
}

/** A record's title cut to fit in a sentence. */
QString shortTitle(const QString &title)
{
    return title.size() > 60 ? title.left(57) + QStringLiteral("…") : title;
}

QString excerpt(const QString &text, Span span)
{
    QString out = text::substringByCodePoints(text, span);
    if (out.size() > 60)
        out = out.left(57) + QStringLiteral("…");
    return out;
}

// --- blinding ---------------------------------------------------------------------
// A round blinds while it is in its independent phase and the lead has not unblinded it.
// The rules below work on one record's assignments in such rounds, so single-record
// reads and bulk reads (many records at once) decide alike.

QSet<QUuid> blindingRounds(const std::vector<Round> &rounds)
{
    QSet<QUuid> ids;
    for (const Round &r : rounds)
        if (r.phase == RoundPhase::Independent && !r.unblinded)
            ids.insert(r.id);
    return ids;
}

/** x and y are blinded from each other: a blinding round involves either and not both are done. */
bool blindedPair(const std::vector<Assignment> &recordAssignments, const QSet<QUuid> &blinding, const QUuid &x,
                 const QUuid &y)
{
    for (const QUuid &round : blinding) {
        std::optional<RecordStatus> sx, sy;
        for (const Assignment &a : recordAssignments) {
            if (a.roundId != round)
                continue;
            if (a.reviewerId == x)
                sx = a.status;
            if (a.reviewerId == y)
                sy = a.status;
        }
        if (!sx && !sy)
            continue; // this round does not involve the record for either of them
        if (sx != RecordStatus::Done || sy != RecordStatus::Done)
            return true;
    }
    return false;
}

/** Others' work on the record is hidden from the viewer (and so is the Consensus built from it). */
bool blindedForViewer(const std::vector<Assignment> &recordAssignments, const QSet<QUuid> &blinding,
                      const QUuid &viewer)
{
    for (const QUuid &round : blinding) {
        bool any = false, viewerAssigned = false, allDone = true;
        for (const Assignment &a : recordAssignments) {
            if (a.roundId != round)
                continue;
            any = true;
            viewerAssigned = viewerAssigned || a.reviewerId == viewer;
            allDone = allDone && a.status == RecordStatus::Done;
        }
        if (any && (!viewerAssigned || !allDone))
            return true;
    }
    return false;
}

} // namespace

QString defaultCodeColor(int index)
{
    // Twelve hues chosen to stay distinguishable as translucent highlights on white and dark.
    static const char *const kPalette[] = {"#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4",
                                           "#f032e6", "#9a6324", "#469990", "#808000", "#000075", "#bfef45"};
    return QString::fromLatin1(kPalette[static_cast<size_t>(index) % std::size(kPalette)]);
}

QString defaultCodeColorAmong(const std::vector<Code> &codes, const QUuid &parentId)
{
    // The palette colour its siblings use least (the first such), never the parent's own
    // unless the parent is the only thing to avoid; ties go to palette order.
    constexpr int kPaletteSize = 12;
    QString parentColor;
    int uses[kPaletteSize] = {};
    for (const Code &c : codes) {
        if (!parentId.isNull() && c.id == parentId)
            parentColor = c.color.toLower();
        if (c.parentId == parentId)
            for (int i = 0; i < kPaletteSize; ++i)
                if (c.color.compare(defaultCodeColor(i), Qt::CaseInsensitive) == 0)
                    ++uses[i];
    }
    int best = -1;
    for (int i = 0; i < kPaletteSize; ++i) {
        if (defaultCodeColor(i) == parentColor)
            continue;
        if (best < 0 || uses[i] < uses[best])
            best = i;
    }
    return defaultCodeColor(best < 0 ? 0 : best);
}

Project::Project(std::unique_ptr<Backend> backend)
    : m_backend(std::move(backend))
    , m_store(&m_backend->store())
    , m_seenDataVersion(m_store->externalDataVersion())
    , m_seenRecordCount(m_store->recordCount())
{
}
Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::initialise(std::unique_ptr<Backend> backend, const NewProject &options)
{
    auto project = std::make_unique<Project>(std::move(backend));
    Status st = project->transact([&]() -> Status {
        Store &store = *project->m_store;
        if (auto s = store.setMeta(QStringLiteral("project_id"), uuidText(QUuid::createUuid())); !s)
            return s;
        const Reviewer consensus{options.consensusId.isNull() ? QUuid::createUuid() : options.consensusId,
                                 kConsensusName, ReviewerRole::Consensus, QDateTime::currentDateTimeUtc()};
        if (options.scratch)
            return store.insertReviewer(consensus);
        if (auto s = store.setMeta(QStringLiteral("created"), isoTime(QDateTime::currentDateTimeUtc())); !s)
            return s;
        if (auto s = store.setMeta(QStringLiteral("title"), options.title); !s)
            return s;
        if (auto s = store.insertReviewer(consensus); !s)
            return s;
        return project->audit(QStringLiteral("project.create"), QStringLiteral("project"), project->projectId(), {});
    });
    if (!st)
        return st.takeError();
    return project;
}

Result<std::unique_ptr<Project>> Project::attach(std::unique_ptr<Backend> backend)
{
    auto project = std::make_unique<Project>(std::move(backend));
    if (project->projectId().isNull())
        return makeError(
            QCoreApplication::translate("Project", "Cannot open %1: the project is incomplete (it has no project id).")
                .arg(project->path()));
    return project;
}

agreement::AgreementStore *Project::agreementStore() const
{
    return m_backend->agreementStore();
}

reconcile::DecisionStore *Project::decisionStore() const
{
    return m_backend->decisionStore();
}

bool Project::isOffline() const
{
    return m_backend->isOffline();
}

bool Project::startReconnect()
{
    return m_transactionDepth == 0 && m_backend->startReconnect();
}

ReconnectStep Project::continueReconnect()
{
    return m_backend->continueReconnect();
}

QUuid Project::projectId() const
{
    return QUuid::fromString(m_store->meta(QStringLiteral("project_id")));
}

QString Project::meta(const QString &key) const
{
    return m_store->meta(key);
}

QString Project::title() const
{
    return m_store->meta(QStringLiteral("title"));
}

Status Project::setTitle(const QString &title)
{
    return transact([&]() -> Status {
        if (auto st = m_store->setMeta(QStringLiteral("title"), title); !st)
            return st;
        return audit(QStringLiteral("project.rename"), QStringLiteral("project"), projectId(),
                     {{QStringLiteral("title"), title}});
    });
}

Status Project::transact(const std::function<Status()> &body)
{
    auto tx = m_store->begin();
    if (!tx)
        return tx.takeError();
    const size_t mark = m_deferredEvents.size();
    ++m_transactionDepth;
    Status st = body();
    if (st)
        st = (*tx)->commit();
    --m_transactionDepth;
    if (!st) {
        m_deferredEvents.resize(mark); // what rolled back never happened for the listeners
        return st;                     // the transaction rolls back as it goes out of scope
    }
    if (m_transactionDepth == 0 && !m_deferredEvents.empty()) {
        const std::vector<ChangeEvent> events = std::exchange(m_deferredEvents, {});
        for (const ChangeEvent &event : events)
            notify(event);
    }
    return st;
}

bool Project::refreshIfChangedElsewhere()
{
    if (m_transactionDepth > 0)
        return false;
    const qint64 version = m_store->externalDataVersion();
    if (version == m_seenDataVersion)
        return false;
    m_seenDataVersion = version;
    m_consensus.reset();
    // Records are only ever added; a list of thousands is reloaded only when that happened.
    if (const qint64 records = m_store->recordCount(); records != m_seenRecordCount) {
        m_seenRecordCount = records;
        notify({ChangeEvent::Kind::RecordsAdded, {}, {}});
    }
    notify({ChangeEvent::Kind::Reset, {}, {}});
    return true;
}

Status Project::audit(const QString &action, const QString &entityType, const QUuid &entityId,
                      const QJsonObject &details)
{
    AuditEntry e;
    e.at = QDateTime::currentDateTimeUtc();
    e.actorId = m_actor;
    e.action = action;
    e.entityType = entityType;
    e.entityId = entityId;
    e.details = details;
    return m_store->appendAudit(e);
}

void Project::notify(const ChangeEvent &event) const
{
    if (m_transactionDepth > 0) {
        // Bulk work raises the same event once per chunk, one after the other: keep one.
        if (m_deferredEvents.empty() || !(m_deferredEvents.back() == event))
            m_deferredEvents.push_back(event);
        return;
    }
    for (const auto &[token, listener] : m_listeners)
        listener(event);
}

int Project::addListener(Listener listener)
{
    m_listeners.emplace_back(m_nextListener, std::move(listener));
    return m_nextListener++;
}

void Project::removeListener(int token)
{
    std::erase_if(m_listeners, [token](const auto &p) { return p.first == token; });
}

// --- reviewers --------------------------------------------------------------------

Result<Reviewer> Project::addReviewer(const QString &name, ReviewerRole role)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(QCoreApplication::translate("Project", "A reviewer needs a name."));
    if (role == ReviewerRole::Consensus)
        return makeError(QCoreApplication::translate("Project", "There is only one Consensus reviewer, and every project has it already."));
    if (reviewerByName(trimmed))
        return makeError(QCoreApplication::translate("Project", "There is already a reviewer called \"%1\".").arg(trimmed));
    Reviewer r{QUuid::createUuid(), trimmed, role, QDateTime::currentDateTimeUtc()};
    Status st = transact([&]() -> Status {
        if (auto s = m_store->insertReviewer(r); !s)
            return s;
        return audit(QStringLiteral("reviewer.add"), QStringLiteral("reviewer"), r.id,
                     {{QStringLiteral("name"), r.name}, {QStringLiteral("role"), roleName(role)}});
    });
    if (!st)
        return st.takeError();
    notify({ChangeEvent::Kind::ReviewerAdded, r.id, {}});
    return r;
}

std::vector<Reviewer> Project::reviewers() const
{
    return m_store->reviewers();
}

std::optional<Reviewer> Project::reviewer(const QUuid &id) const
{
    for (const Reviewer &r : m_store->reviewers())
        if (r.id == id)
            return r;
    return std::nullopt;
}

std::optional<Reviewer> Project::reviewerByName(const QString &name) const
{
    for (const Reviewer &r : m_store->reviewers())
        if (r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

Reviewer Project::consensusReviewer() const
{
    if (!m_consensus) {
        for (const Reviewer &r : m_store->reviewers())
            if (r.role == ReviewerRole::Consensus)
                m_consensus = r;
    }
    return m_consensus.value_or(Reviewer{});
}

bool Project::mayChangeCodingsOf(const QUuid &owner) const
{
    if (m_actor.isNull() || owner == m_actor || isPrivileged(m_actor))
        return true;
    // The Consensus layer is the pair's joint work: either reviewer may write it while they
    // reconcile (core/reconcile decides when that is appropriate).
    return owner == consensusReviewer().id && reviewer(m_actor).has_value();
}

bool Project::isPrivileged(const QUuid &reviewerId) const
{
    const auto r = reviewer(reviewerId);
    return r && r->role != ReviewerRole::Reviewer;
}

// --- records ----------------------------------------------------------------------

Result<std::vector<QUuid>> Project::addRecords(std::vector<Record> records, const WriteProgress &progress,
                                               int chunkSize)
{
    std::vector<QUuid> ids;
    ids.reserve(records.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList sources;
    // Written a chunk at a time (insertRecords(), batchstore.h: one round of messages per chunk on a
    // server), with the progress told between chunks.
    const size_t chunk = chunkSize > 0 ? size_t(chunkSize) : std::max<size_t>(records.size(), 1);
    size_t chunkStart = 0;
    auto writeChunk = [&](size_t end) -> Status {
        size_t failed = 0;
        const std::span<const Record> rows(records.data() + chunkStart, end - chunkStart);
        if (auto s = insertRecords(*m_store, rows, failed); !s) {
            const Record &r = rows[failed];
            return makeError(QCoreApplication::translate("Project", "Record %1: %2")
                                 .arg(chunkStart + failed + 1)
                                 .arg(r.sourceName.isEmpty() ? s.error() : r.sourceName + QStringLiteral(": ") + s.error()));
        }
        chunkStart = end;
        return {};
    };
    Status st = transact([&]() -> Status {
        for (size_t i = 0; i < records.size(); ++i) {
            if (i > 0 && i % chunk == 0) {
                if (auto s = writeChunk(i); !s)
                    return s;
                if (progress && !progress(qint64(i), qint64(records.size())))
                    return makeError(QCoreApplication::translate("Project", "Cancelled after %1 of %2 records; nothing was added.")
                                         .arg(i)
                                         .arg(records.size()));
            }
            Record &r = records[i];
            if (r.id.isNull())
                r.id = QUuid::createUuid();
            r.text = r.text.normalized(QString::NormalizationForm_C);
            r.title = r.title.normalized(QString::NormalizationForm_C);
            if (r.text.trimmed().isEmpty() && r.title.trimmed().isEmpty())
                return makeError(QCoreApplication::translate("Project", "Record %1 (%2) has neither a title nor a text.")
                                     .arg(i + 1)
                                     .arg(r.sourceName.isEmpty() ? QStringLiteral("input") : r.sourceName));
            if (r.text.isEmpty())
                r.text = r.title;
            if (!r.created.isValid())
                r.created = now;
            r.textVersion = 1;
            if (!r.sourceName.isEmpty() && !sources.contains(r.sourceName))
                sources << r.sourceName;
            ids.push_back(r.id);
        }
        if (auto s = writeChunk(records.size()); !s)
            return s;
        return audit(QStringLiteral("records.add"), QStringLiteral("record"), {},
                     {{QStringLiteral("count"), static_cast<double>(records.size())},
                      {QStringLiteral("sources"), QJsonArray::fromStringList(sources)}});
    });
    if (!st)
        return st.takeError();
    notify({ChangeEvent::Kind::RecordsAdded, {}, {}});
    return ids;
}

std::optional<Record> Project::record(const QUuid &id) const
{
    auto r = m_store->record(id);
    if (r)
        rememberRecord(id, &r->title, &r->text);
    return r;
}

QString Project::recordText(const QUuid &id) const
{
    QString text = m_store->recordText(id);
    if (!text.isNull())
        rememberRecord(id, nullptr, &text);
    return text;
}

void Project::rememberRecord(const QUuid &id, const QString *title, const QString *text) const
{
    auto &records = m_lastRead.records;
    if (records.size() > 64 && !records.contains(id))
        records.clear(); // only the records a window shows now matter
    auto &entry = records[id];
    if (title)
        entry.first = *title;
    if (text)
        entry.second = *text;
}

QString Project::lastReadCodeName(const QUuid &codeId) const
{
    return m_lastRead.codeNames.value(codeId);
}

QString Project::lastReadRecordTitle(const QUuid &recordId) const
{
    return m_lastRead.records.value(recordId).first;
}

QString Project::lastReadRecordText(const QUuid &recordId) const
{
    return m_lastRead.records.value(recordId).second;
}

std::vector<RecordKey> Project::recordKeys() const
{
    return m_store->recordKeys();
}

std::vector<RecordSummary> Project::recordSummaries() const
{
    return m_store->recordSummaries();
}

qint64 Project::recordCount() const
{
    return m_store->recordCount();
}

Status Project::updateRecordMetadata(const Record &updated)
{
    auto current = m_store->record(updated.id);
    if (!current)
        return makeError(QCoreApplication::translate("Project", "The record no longer exists."));
    Record r = updated;
    r.text = current->text; // the text changes only through replaceRecordText()
    r.textVersion = current->textVersion;
    r.created = current->created;
    r.rawSource = current->rawSource;
    Status st = transact([&]() -> Status {
        if (auto s = m_store->updateRecord(r); !s)
            return s;
        return audit(QStringLiteral("record.edit"), QStringLiteral("record"), r.id,
                     {{QStringLiteral("beforeTitle"), current->title}, {QStringLiteral("afterTitle"), r.title},
                      {QStringLiteral("beforeDoi"), current->doi}, {QStringLiteral("afterDoi"), r.doi}});
    });
    if (st)
        notify({ChangeEvent::Kind::RecordChanged, r.id, r.id});
    return st;
}

Result<TextChangeResult> Project::replaceRecordText(const QUuid &recordId, const QString &newTextRaw)
{
    auto current = m_store->record(recordId);
    if (!current)
        return makeError(QCoreApplication::translate("Project", "The record no longer exists."));
    const QString newText = newTextRaw.normalized(QString::NormalizationForm_C);
    if (newText == current->text)
        return TextChangeResult{current->textVersion, 0};

    // The change is the region between the longest common prefix and suffix (in code points).
    const QList<uint> oldCp = current->text.toUcs4();
    const QList<uint> newCp = newText.toUcs4();
    qsizetype prefix = 0;
    while (prefix < oldCp.size() && prefix < newCp.size() && oldCp[prefix] == newCp[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < oldCp.size() - prefix && suffix < newCp.size() - prefix
           && oldCp[oldCp.size() - 1 - suffix] == newCp[newCp.size() - 1 - suffix])
        ++suffix;
    const Offset changedStart = prefix;
    const Offset changedEnd = oldCp.size() - suffix;
    const Offset delta = newCp.size() - oldCp.size();

    std::vector<Coding> all = m_store->codings({recordId, {}, {}, {}});
    std::vector<Coding> moved;
    QStringList blocked;
    for (Coding c : all) {
        if (c.span.end <= changedStart && !(c.span.end == changedStart && changedStart == changedEnd)) {
            // wholly before the change: unchanged
        } else if (c.span.start >= changedEnd) {
            c.span.start += delta;
            c.span.end += delta;
        } else {
            blocked << QStringLiteral("\"%1\" [%2, %3)").arg(excerpt(current->text, c.span)).arg(c.span.start)
                           .arg(c.span.end);
            continue;
        }
        moved.push_back(c);
    }
    if (!blocked.isEmpty())
        return makeError(QCoreApplication::translate("Project", "The text was not changed: the correction touches %1 coded passage(s): %2. "
                                        "Remove or adjust those codings first.")
                             .arg(blocked.size())
                             .arg(blocked.join(QStringLiteral("; "))));

    TextChangeResult result;
    Status st = transact([&]() -> Status {
        Record r = *current;
        if (!all.empty()) {
            if (auto s = m_store->insertTextVersion(recordId, r.textVersion, r.text); !s)
                return s;
            r.textVersion += 1;
        }
        r.text = newText;
        if (auto s = m_store->updateRecord(r); !s)
            return s;
        for (Coding &c : moved) {
            c.textVersion = r.textVersion;
            if (auto s = m_store->updateCoding(c); !s)
                return s;
        }
        result.newVersion = r.textVersion;
        result.codingsMoved = static_cast<int>(std::count_if(moved.begin(), moved.end(), [&](const Coding &c) {
            return c.span.start >= changedEnd + delta && delta != 0;
        }));
        return audit(QStringLiteral("record.text"), QStringLiteral("record"), recordId,
                     {{QStringLiteral("fromVersion"), current->textVersion},
                      {QStringLiteral("toVersion"), r.textVersion},
                      {QStringLiteral("changedStart"), static_cast<double>(changedStart)},
                      {QStringLiteral("changedEnd"), static_cast<double>(changedEnd)},
                      {QStringLiteral("delta"), static_cast<double>(delta)},
                      {QStringLiteral("codings"), static_cast<double>(moved.size())}});
    });
    if (!st)
        return st.takeError();
    notify({ChangeEvent::Kind::RecordChanged, recordId, recordId});
    return result;
}

Result<std::vector<SearchHit>> Project::search(const QString &userQuery, int limit) const
{
    const QString expression = text::ftsQueryFor(userQuery);
    if (expression.isEmpty())
        return std::vector<SearchHit>{};
    return m_store->search(expression, limit);
}

Status Project::setRecordMemo(const QUuid &recordId, const QString &text)
{
    if (m_actor.isNull())
        return makeError(QCoreApplication::translate("Project", "Choose who you are before writing a memo."));
    return transact([&]() -> Status {
        if (auto s = m_store->setRecordMemo(recordId, m_actor, text); !s)
            return s;
        return audit(QStringLiteral("record.memo"), QStringLiteral("record"), recordId,
                     {{QStringLiteral("text"), text}});
    });
}

Result<qint64> Project::setRecordMemo(const QUuid &recordId, const QString &text, qint64 expectedVersion)
{
    if (m_actor.isNull())
        return makeError(QCoreApplication::translate("Project", "Choose who you are before writing a memo."));
    qint64 version = 0;
    Status st = transactRetrying(*this, [&]() -> Status {
        auto written = m_store->setRecordMemoIfVersion(recordId, m_actor, text, expectedVersion);
        if (!written)
            return written.takeError();
        version = *written;
        return audit(QStringLiteral("record.memo"), QStringLiteral("record"), recordId,
                     {{QStringLiteral("text"), text}});
    });
    if (st)
        return version;
    if (st.errorKind() != ErrorKind::Conflict)
        return st.takeError();
    // Only the author writes their memo (here and under the server's policies), so the other
    // writer was the same person in another window or program.
    const RecordMemo now = m_store->recordMemoWithVersion(recordId, m_actor);
    const auto record = m_store->record(recordId);
    const QString title = record ? shortTitle(record->title) : QString();
    if (now.version == 0)
        return makeConflict(QCoreApplication::translate("Project", "You removed your memo on \"%1\" in another window "
                                                                   "or program after this one read it. Your text was "
                                                                   "not saved.")
                                .arg(title));
    return makeConflict(QCoreApplication::translate("Project", "You changed your memo on \"%1\" in another window or "
                                                               "program at %2, after this one read it. Your text was "
                                                               "not saved.")
                            .arg(title, conflictTime(now.modified)));
}

QString Project::recordMemo(const QUuid &recordId) const
{
    return m_store->recordMemo(recordId, m_actor);
}

RecordMemo Project::recordMemoWithVersion(const QUuid &recordId) const
{
    return m_store->recordMemoWithVersion(recordId, m_actor);
}

QString Project::recordMemoOf(const QUuid &recordId, const QUuid &authorId) const
{
    return m_store->recordMemo(recordId, authorId);
}

std::vector<Record> Project::records(const std::vector<QUuid> &ids) const
{
    return dyad::core::recordsWithIds(*m_store, ids);
}

QHash<QUuid, QString> Project::recordMemosOf(const std::vector<QUuid> &recordIds, const QUuid &authorId) const
{
    return dyad::core::recordMemos(*m_store, recordIds, authorId);
}

// --- codebook ---------------------------------------------------------------------

bool Project::blindingActive() const
{
    for (const Round &r : m_store->rounds())
        if (r.phase == RoundPhase::Independent && !r.unblinded)
            return true;
    return false;
}

Result<Code> Project::createCode(Code code)
{
    code.name = code.name.trimmed();
    if (code.name.isEmpty())
        return makeError(QCoreApplication::translate("Project", "A code needs a name."));
    if (code.id.isNull())
        code.id = QUuid::createUuid();
    if (code.creatorId.isNull())
        code.creatorId = m_actor;
    // Checked under the write lock, so two processes cannot both create the same code.
    Status st = transact([&]() -> Status {
        if (!code.parentId.isNull()) {
            const auto parent = m_store->code(code.parentId);
            if (!parent)
                return makeError(QCoreApplication::translate("Project", "The parent code of \"%1\" does not exist.").arg(code.name));
            if (auto s = checkCodeAccess(*parent); !s)
                return s;
        }
        const std::vector<Code> all = m_store->codes();
        for (const Code &c : all)
            if (c.parentId == code.parentId && c.creatorId == code.creatorId
                && c.name.compare(code.name, Qt::CaseInsensitive) == 0)
                return makeError(QCoreApplication::translate("Project", "There is already a code \"%1\" at that place in your codebook.")
                                     .arg(code.name));
        if (code.color.isEmpty())
            code.color = defaultCodeColorAmong(all, code.parentId);
        if (!isCodeColor(code.color))
            return makeError(QCoreApplication::translate("Project", "\"%1\" is not a colour: use #rrggbb (six hexadecimal digits).").arg(code.color));
        if (!code.created.isValid())
            code.created = QDateTime::currentDateTimeUtc();
        if (code.sortOrder == 0)
            code.sortOrder = static_cast<int>(std::count_if(all.begin(), all.end(), [&](const Code &c) {
                                 return c.parentId == code.parentId;
                             }))
                + 1;
        if (auto s = m_store->insertCode(code); !s)
            return s;
        return audit(QStringLiteral("code.create"), QStringLiteral("code"), code.id, codeJson(code));
    });
    if (!st)
        return st.takeError();
    notify({ChangeEvent::Kind::CodeAdded, code.id, {}});
    return code;
}

namespace {

/** Calls `visit(member, label)` for each field of a code that updateCode() writes. */
template <typename Visit>
void forEachEditableCodeField(Visit &&visit)
{
    visit(&Code::name, QT_TRANSLATE_NOOP("Project", "the name"));
    visit(&Code::color, QT_TRANSLATE_NOOP("Project", "the colour"));
    visit(&Code::definition, QT_TRANSLATE_NOOP("Project", "the definition"));
    visit(&Code::useWhen, QT_TRANSLATE_NOOP("Project", "\"use when\""));
    visit(&Code::doNotUseWhen, QT_TRANSLATE_NOOP("Project", "\"do not use when\""));
    visit(&Code::example, QT_TRANSLATE_NOOP("Project", "the example"));
    visit(&Code::memo, QT_TRANSLATE_NOOP("Project", "the memo"));
    visit(&Code::shared, QT_TRANSLATE_NOOP("Project", "the sharing"));
}

/** The first field `updated` changes relative to `shown` whose value `now` no longer matches. */
QString codeFieldChangedSince(const Code &shown, const Code &updated, const Code &now)
{
    const char *changed = nullptr;
    forEachEditableCodeField([&](auto member, const char *label) {
        if (!changed && updated.*member != shown.*member && now.*member != shown.*member)
            changed = label;
    });
    return changed ? QCoreApplication::translate("Project", changed) : QString();
}

/** `now` with the fields `updated` changes relative to `shown` taken from `updated`. */
Code withFieldsChanged(const Code &now, const Code &shown, const Code &updated)
{
    Code merged = now;
    forEachEditableCodeField([&](auto member, const char *) {
        if (updated.*member != shown.*member)
            merged.*member = updated.*member;
    });
    return merged;
}

} // namespace

Status Project::codeConflict(const Code &now, const QString &field) const
{
    const QString what = QCoreApplication::translate("Project", "%1 of the code \"%2\"").arg(field, now.name);
    const auto entry = m_store->lastAuditEntry(QStringLiteral("code"), now.id);
    return makeConflict(changedAfterReading(what, entry, QDateTime()) + QLatin1Char(' ')
                        + QCoreApplication::translate("Project", "Your change was not saved."));
}

QString Project::changedAfterReading(const QString &what, const std::optional<AuditEntry> &entry,
                                     const QDateTime &modified) const
{
    const QString when = conflictTime(entry ? entry->at : modified);
    if (entry && !entry->actorId.isNull() && entry->actorId == m_actor)
        return QCoreApplication::translate("Project", "You changed %1 in another window or program at %2, after "
                                                      "this one read it.").arg(what, when);
    if (const auto who = entry ? reviewer(entry->actorId) : std::nullopt)
        return QCoreApplication::translate("Project", "%1 changed %2 at %3, after you read it.")
            .arg(who->name, what, when);
    return QCoreApplication::translate("Project", "Someone else changed %1 at %2, after you read it.").arg(what, when);
}

Status Project::updateCode(const Code &updated, const Code *shown)
{
    auto current = m_store->code(updated.id);
    if (!current)
        return makeError(QCoreApplication::translate("Project", "The code no longer exists."));
    if (auto st = checkCodeAccess(*current); !st)
        return st;
    Code c = updated;
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        return makeError(QCoreApplication::translate("Project", "A code needs a name."));
    if (!c.color.isEmpty() && !isCodeColor(c.color))
        return makeError(QCoreApplication::translate("Project", "\"%1\" is not a colour: use #rrggbb (six hexadecimal digits).").arg(c.color));
    c.parentId = current->parentId; // moving goes through moveCode()
    c.created = current->created;
    c.creatorId = current->creatorId;
    Code before = *current;
    Status st = transact([&]() -> Status {
        if (shown) {
            // Read again under the write lock: what another program committed since counts.
            const auto now = m_store->code(c.id);
            if (!now)
                return makeConflict(QCoreApplication::translate("Project", "Someone else removed the code after you "
                                                                           "read it. Your change was not saved."));
            if (const QString field = codeFieldChangedSince(*shown, c, *now); !field.isEmpty())
                return codeConflict(*now, field);
            // Only the fields this edit changes are written; the others stay as stored now.
            before = *now;
            c = withFieldsChanged(*now, *shown, c);
        }
        if (auto s = m_store->updateCode(c); !s)
            return s;
        return audit(QStringLiteral("code.edit"), QStringLiteral("code"), c.id,
                     {{QStringLiteral("before"), codeJson(before)}, {QStringLiteral("after"), codeJson(c)}});
    });
    if (st)
        notify({ChangeEvent::Kind::CodeChanged, c.id, {}});
    return st;
}

Status Project::moveCode(const QUuid &codeId, const QUuid &newParentId, std::optional<int> sortOrder)
{
    auto c = m_store->code(codeId);
    if (!c)
        return makeError(QCoreApplication::translate("Project", "The code no longer exists."));
    if (auto st = checkCodeAccess(*c); !st)
        return st;
    if (!newParentId.isNull()) {
        const auto newParent = m_store->code(newParentId);
        if (!newParent)
            return makeError(QCoreApplication::translate("Project", "The new parent code does not exist."));
        if (auto st = checkCodeAccess(*newParent); !st)
            return st;
        // Walk up from the new parent: meeting the code itself would make a cycle.
        for (QUuid up = newParentId; !up.isNull();) {
            if (up == codeId)
                return makeError(QCoreApplication::translate("Project", "\"%1\" cannot be moved under itself or one of its own sub-codes.")
                                     .arg(c->name));
            auto parent = m_store->code(up);
            up = parent ? parent->parentId : QUuid();
        }
    }
    const QUuid oldParent = c->parentId;
    const int oldOrder = c->sortOrder;
    c->parentId = newParentId;
    if (sortOrder)
        c->sortOrder = *sortOrder;
    Status st = transact([&]() -> Status {
        if (auto s = m_store->updateCode(*c); !s)
            return s;
        return audit(QStringLiteral("code.move"), QStringLiteral("code"), codeId,
                     {{QStringLiteral("fromParent"), oldParent.isNull() ? QJsonValue() : QJsonValue(uuidText(oldParent))},
                      {QStringLiteral("toParent"), newParentId.isNull() ? QJsonValue() : QJsonValue(uuidText(newParentId))},
                      {QStringLiteral("fromOrder"), oldOrder},
                      {QStringLiteral("toOrder"), c->sortOrder}});
    });
    if (st)
        notify({ChangeEvent::Kind::CodeChanged, codeId, {}});
    return st;
}

Result<MergeResult> Project::mergeCodes(const QUuid &sourceId, const QUuid &targetId)
{
    if (sourceId == targetId)
        return makeError(QCoreApplication::translate("Project", "A code cannot be merged into itself."));
    auto source = m_store->code(sourceId);
    auto target = m_store->code(targetId);
    if (!source || !target)
        return makeError(QCoreApplication::translate("Project", "Both codes must exist to merge them."));
    for (const Code *c : {&*source, &*target})
        if (auto st = checkCodeAccess(*c); !st)
            return st.takeError();
    for (QUuid up = target->parentId; !up.isNull();) {
        if (up == sourceId)
            return makeError(QCoreApplication::translate("Project", "\"%1\" cannot be merged into its own sub-code \"%2\".")
                                 .arg(source->name, target->name));
        auto parent = m_store->code(up);
        up = parent ? parent->parentId : QUuid();
    }

    MergeResult result;
    result.removed = *source;
    Status st = transact([&]() -> Status {
        const std::vector<Coding> targetCodings = m_store->codings({{}, {}, targetId, {}});
        std::map<std::tuple<QUuid, QUuid, Offset, Offset>, Coding> targetBySpan;
        for (const Coding &c : targetCodings)
            targetBySpan.emplace(std::make_tuple(c.recordId, c.reviewerId, c.span.start, c.span.end), c);
        for (Coding c : m_store->codings({{}, {}, sourceId, {}})) {
            auto it = targetBySpan.find(std::make_tuple(c.recordId, c.reviewerId, c.span.start, c.span.end));
            if (it != targetBySpan.end()) {
                // Identical span by the same reviewer: keep one coding, keep both memos.
                if (!c.memo.isEmpty()) {
                    Coding kept = it->second;
                    kept.memo = kept.memo.isEmpty() ? c.memo : kept.memo + QStringLiteral("\n\n") + c.memo;
                    kept.modified = QDateTime::currentDateTimeUtc();
                    if (auto s = m_store->updateCoding(kept); !s)
                        return s;
                    if (kept.version != 0)
                        ++kept.version; // as the store now has it
                    it->second = kept;
                }
                if (auto s = m_store->deleteCoding(c.id); !s)
                    return s;
                result.droppedDuplicates.push_back(c);
                continue;
            }
            c.codeId = targetId;
            c.modified = QDateTime::currentDateTimeUtc();
            if (auto s = m_store->updateCoding(c); !s)
                return s;
            result.reassigned.push_back(c.id);
        }
        for (Code child : m_store->codes()) {
            if (child.parentId != sourceId)
                continue;
            child.parentId = targetId;
            if (auto s = m_store->updateCode(child); !s)
                return s;
            result.reparented.push_back(child.id);
        }
        if (auto s = m_store->deleteCode(sourceId); !s)
            return s;
        QJsonArray reassigned, dropped, reparented;
        for (const QUuid &id : result.reassigned)
            reassigned.append(uuidText(id));
        for (const Coding &c : result.droppedDuplicates) {
            QJsonObject o = codingJson(c);
            o.insert(QStringLiteral("id"), uuidText(c.id));
            dropped.append(o);
        }
        for (const QUuid &id : result.reparented)
            reparented.append(uuidText(id));
        return audit(QStringLiteral("code.merge"), QStringLiteral("code"), sourceId,
                     {{QStringLiteral("source"), codeJson(*source)},
                      {QStringLiteral("target"), uuidText(targetId)},
                      {QStringLiteral("targetName"), target->name},
                      {QStringLiteral("reassignedCodings"), reassigned},
                      {QStringLiteral("droppedDuplicates"), dropped},
                      {QStringLiteral("reparentedCodes"), reparented}});
    });
    if (!st)
        return st.takeError();
    notify({ChangeEvent::Kind::Reset, {}, {}});
    return result;
}

Status Project::deleteCode(const QUuid &codeId)
{
    auto c = m_store->code(codeId);
    if (!c)
        return makeError(QCoreApplication::translate("Project", "The code no longer exists."));
    if (auto st = checkCodeAccess(*c); !st)
        return st;
    const qint64 uses = m_store->codingCount({{}, {}, codeId, {}});
    if (uses > 0)
        return makeError(QCoreApplication::translate("Project", "\"%1\" is applied %2 time(s). Merge it into another code, or remove "
                                        "those codings first.")
                             .arg(c->name)
                             .arg(uses));
    for (const Code &other : m_store->codes())
        if (other.parentId == codeId)
            return makeError(QCoreApplication::translate("Project", "\"%1\" has sub-codes. Move or delete them first.").arg(c->name));
    Status st = transact([&]() -> Status {
        if (auto s = m_store->deleteCode(codeId); !s)
            return s;
        return audit(QStringLiteral("code.delete"), QStringLiteral("code"), codeId, codeJson(*c));
    });
    if (st)
        notify({ChangeEvent::Kind::CodeRemoved, codeId, {}});
    return st;
}

Status Project::restoreCode(const Code &code)
{
    if (m_store->code(code.id))
        return makeError(QCoreApplication::translate("Project", "The code \"%1\" exists already.").arg(code.name));
    if (!code.color.isEmpty() && !isCodeColor(code.color))
        return makeError(QCoreApplication::translate("Project", "\"%1\" is not a colour: use #rrggbb (six hexadecimal digits).").arg(code.color));
    if (!code.parentId.isNull() && !m_store->code(code.parentId))
        return makeError(QCoreApplication::translate("Project", "The parent of \"%1\" no longer exists.").arg(code.name));
    Status st = transact([&]() -> Status {
        if (auto s = m_store->insertCode(code); !s)
            return s;
        return audit(QStringLiteral("code.restore"), QStringLiteral("code"), code.id, codeJson(code));
    });
    if (st)
        notify({ChangeEvent::Kind::CodeAdded, code.id, {}});
    return st;
}

std::vector<Code> Project::codes(const QUuid &viewer) const
{
    std::vector<Code> all = m_store->codes();
    for (const Code &c : all)
        m_lastRead.codeNames.insert(c.id, c.name);
    if (isPrivileged(viewer) || !blindingActive())
        return all;
    std::erase_if(all, [&](const Code &c) { return !c.shared && c.creatorId != viewer && !c.creatorId.isNull(); });
    return all;
}

bool Project::isCodeHiddenFrom(const Code &code, const QUuid &viewer) const
{
    if (code.shared || code.creatorId.isNull() || code.creatorId == viewer)
        return false;
    return !isPrivileged(viewer) && blindingActive();
}

std::optional<Code> Project::code(const QUuid &id, const QUuid &viewer) const
{
    auto c = m_store->code(id);
    if (c && isCodeHiddenFrom(*c, viewer))
        return std::nullopt;
    return c;
}

Status Project::checkCodeAccess(const Code &code) const
{
    // Scripts and tools without an actor, leads and adjudicators are not blinded.
    if (m_actor.isNull() || !isCodeHiddenFrom(code, m_actor))
        return {};
    return makeError(QCoreApplication::translate("Project", "That code is private to another reviewer while the round is in independent "
                                    "coding; you cannot see or change it."));
}

std::vector<Code> Project::allCodes() const
{
    return m_store->codes();
}

std::optional<Code> Project::code(const QUuid &id) const
{
    auto c = m_store->code(id);
    if (c)
        m_lastRead.codeNames.insert(c->id, c->name);
    return c;
}

QStringList Project::codePath(const QUuid &id) const
{
    QStringList path;
    for (QUuid up = id; !up.isNull() && path.size() < 64;) {
        auto c = m_store->code(up);
        if (!c)
            break;
        path.prepend(c->name);
        up = c->parentId;
    }
    return path;
}

// --- codings ----------------------------------------------------------------------

Result<Coding> Project::validateCoding(Coding c, bool isNew) const
{
    auto rec = m_store->record(c.recordId);
    if (!rec)
        return makeError(QCoreApplication::translate("Project", "The record to code does not exist."));
    const qint64 length = text::codePointLength(rec->text);
    if (auto st = checkCodingSpan(c.span, length); !st)
        return st.takeError();
    const auto code = m_store->code(c.codeId);
    if (!code)
        return makeError(QCoreApplication::translate("Project", "The code to apply does not exist."));
    if (c.reviewerId.isNull())
        c.reviewerId = m_actor;
    const auto who = reviewer(c.reviewerId);
    if (!who)
        return makeError(QCoreApplication::translate("Project", "Choose who you are before coding: the reviewer does not exist."));
    // A reviewer cannot apply a code they may not see; the Consensus layer takes the codes of
    // both sides once reconciliation may decide the record.
    if (who->role != ReviewerRole::Consensus)
        if (auto st = checkCodeAccess(*code); !st)
            return st.takeError();
    if (!mayChangeCodingsOf(c.reviewerId))
        return makeError(QCoreApplication::translate("Project", "You can only change your own codings."));
    if (isNew && c.roundId.isNull())
        c.roundId = activeRoundFor(c.recordId, c.reviewerId).value_or(QUuid());
    c.textVersion = rec->textVersion;
    for (const Coding &other : m_store->codings({c.recordId, c.reviewerId, {}, {}}))
        if (other.id != c.id && other.codeId == c.codeId && other.span == c.span)
            return makeError(QCoreApplication::translate("Project", "This passage already carries that code."));
    return c;
}

Result<Coding> Project::addCoding(Coding coding)
{
    if (coding.id.isNull())
        coding.id = QUuid::createUuid();
    Coding c;
    // Validated inside the write transaction: another process cannot add the same coding
    // between the duplicate check and the insert.
    Status st = transact([&]() -> Status {
        if (m_store->coding(coding.id))
            return makeError(QCoreApplication::translate("Project", "A coding with this id exists already."));
        auto valid = validateCoding(coding, true);
        if (!valid)
            return valid.takeError();
        c = *valid;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!c.created.isValid())
            c.created = now;
        if (!c.modified.isValid()) // a preset time means a restore (undo), which must be exact
            c.modified = now;
        if (auto s = m_store->insertCoding(c); !s)
            return s;
        c.version = 1; // a new row's version, in both storages
        return audit(QStringLiteral("coding.add"), QStringLiteral("coding"), c.id, codingJson(c));
    });
    if (!st)
        return st.takeError();
    notify({ChangeEvent::Kind::CodingAdded, c.id, c.recordId, c.codeId, c.reviewerId, c.codeId});
    return c;
}

Result<int> Project::addCodings(std::vector<Coding> codings, std::vector<Coding> *stored)
{
    // The bulk path validates exactly as addCoding() does, but looks each record, code and
    // reviewer up once and writes one audit entry for the batch.
    std::unordered_map<QUuid, std::pair<qint64, int>, UuidHash> recordInfo; // code points, text version
    std::unordered_map<QUuid, std::optional<Code>, UuidHash> codeById;
    std::unordered_map<QUuid, std::optional<Reviewer>, UuidHash> reviewerById;
    struct Key
    {
        QUuid record, reviewer, code;
        Offset start, end;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const noexcept
        {
            return qHashMulti(0, k.record, k.reviewer, k.code, k.start, k.end);
        }
    };
    struct PairHash
    {
        size_t operator()(const std::pair<QUuid, QUuid> &p) const noexcept { return qHashMulti(0, p.first, p.second); }
    };
    std::unordered_set<Key, KeyHash> existing;
    std::unordered_map<std::pair<QUuid, QUuid>, QUuid, PairHash> roundOf; // (record, reviewer) already loaded
    const bool actorPrivileged = m_actor.isNull() || isPrivileged(m_actor);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // On a server each lookup waits for its answer: a batch over many records reads their
    // texts in one go and, for a reviewer with codings on many of them, that reviewer's
    // codings and assignments in one go each (a merge, coding every search hit). What is not
    // found here is looked up one by one below, as before.
    constexpr size_t kManyRecords = 8;
    auto preload = [&]() {
        std::vector<QUuid> recordIds;
        std::unordered_map<QUuid, std::unordered_set<QUuid, UuidHash>, UuidHash> recordsOf; // by reviewer
        for (const Coding &c : codings) {
            if (!recordInfo.count(c.recordId))
                recordIds.push_back(c.recordId);
            recordsOf[c.reviewerId.isNull() ? m_actor : c.reviewerId].insert(c.recordId);
        }
        std::sort(recordIds.begin(), recordIds.end());
        recordIds.erase(std::unique(recordIds.begin(), recordIds.end()), recordIds.end());
        if (recordIds.size() < kManyRecords)
            return;
        for (const Record &r : dyad::core::recordsWithIds(*m_store, recordIds))
            recordInfo.emplace(r.id, std::make_pair(text::codePointLength(r.text), r.textVersion));
        std::optional<std::vector<Round>> rounds;
        for (const auto &[reviewerId, records] : recordsOf) {
            if (records.size() < kManyRecords)
                continue;
            for (const Coding &o : m_store->codings({{}, reviewerId, {}, {}}))
                existing.insert({o.recordId, o.reviewerId, o.codeId, o.span.start, o.span.end});
            // As activeRoundFor(): the latest round that is not closed and assigns the record.
            std::unordered_map<QUuid, QSet<QUuid>, UuidHash> assignedRounds; // by record
            for (const Assignment &a : m_store->assignments(std::nullopt, std::nullopt, reviewerId))
                assignedRounds[a.recordId].insert(a.roundId);
            if (!rounds)
                rounds = m_store->rounds();
            for (const QUuid &recordId : records) {
                QUuid latest;
                if (auto it = assignedRounds.find(recordId); it != assignedRounds.end())
                    for (const Round &r : *rounds)
                        if (r.phase != RoundPhase::Closed && it->second.contains(r.id))
                            latest = r.id;
                roundOf.emplace(std::make_pair(recordId, reviewerId), latest);
            }
        }
    };
    QJsonArray ids;
    int added = 0;
    Status st = transact([&]() -> Status {
        preload();
        for (Coding &c : codings) {
            const QString where = QCoreApplication::translate("Project", "Coding %1: ").arg(added + 1);
            auto rec = recordInfo.find(c.recordId);
            if (rec == recordInfo.end()) {
                auto r = m_store->record(c.recordId);
                if (!r)
                    return makeError(where + QCoreApplication::translate("Project", "the record to code does not exist."));
                rec = recordInfo.emplace(c.recordId, std::make_pair(text::codePointLength(r->text), r->textVersion)).first;
            }
            if (c.span.start < 0 || c.span.end > rec->second.first || c.span.isEmpty())
                return makeError(where + QCoreApplication::translate("Project", "the span [%1, %2) is empty or outside the record's text "
                                                        "(%3 characters).")
                                             .arg(c.span.start)
                                             .arg(c.span.end)
                                             .arg(rec->second.first));
            auto code = codeById.find(c.codeId);
            if (code == codeById.end())
                code = codeById.emplace(c.codeId, m_store->code(c.codeId)).first;
            if (!code->second)
                return makeError(where + QCoreApplication::translate("Project", "the code to apply does not exist."));
            if (c.reviewerId.isNull())
                c.reviewerId = m_actor;
            auto who = reviewerById.find(c.reviewerId);
            if (who == reviewerById.end())
                who = reviewerById.emplace(c.reviewerId, reviewer(c.reviewerId)).first;
            if (!who->second)
                return makeError(where + QCoreApplication::translate("Project", "the reviewer does not exist."));
            if (c.reviewerId != m_actor && !actorPrivileged)
                return makeError(where + QCoreApplication::translate("Project", "you can only add your own codings."));
            if (who->second->role != ReviewerRole::Consensus)
                if (auto access = checkCodeAccess(*code->second); !access)
                    return makeError(where + access.error());
            if (c.id.isNull())
                c.id = QUuid::createUuid();
            const auto pair = std::make_pair(c.recordId, c.reviewerId);
            auto round = roundOf.find(pair);
            if (round == roundOf.end()) {
                for (const Coding &o : m_store->codings({c.recordId, c.reviewerId, {}, {}}))
                    existing.insert({o.recordId, o.reviewerId, o.codeId, o.span.start, o.span.end});
                round = roundOf.emplace(pair, activeRoundFor(c.recordId, c.reviewerId).value_or(QUuid())).first;
            }
            if (c.roundId.isNull())
                c.roundId = round->second;
            if (!existing.insert({c.recordId, c.reviewerId, c.codeId, c.span.start, c.span.end}).second)
                return makeError(where + QCoreApplication::translate("Project", "this passage already carries that code."));
            c.textVersion = rec->second.second;
            if (!c.created.isValid())
                c.created = now;
            if (!c.modified.isValid()) // a preset time (an import, a restore) is kept, as in addCoding()
                c.modified = now;
            ids.append(uuidText(c.id));
            ++added;
        }
        // Validated first (reads), then written as one batch (one round of messages on a server).
        size_t failed = 0;
        if (auto s = insertCodings(*m_store, codings, failed); !s)
            return makeError(QCoreApplication::translate("Project", "Coding %1: ").arg(failed + 1) + s.error());
        return audit(QStringLiteral("codings.add"), QStringLiteral("coding"), {},
                     {{QStringLiteral("count"), added}, {QStringLiteral("ids"), ids}});
    });
    if (!st)
        return st.takeError();
    if (stored)
        *stored = std::move(codings);
    notify({ChangeEvent::Kind::Reset, {}, {}});
    return added;
}

Status Project::removeCodings(const std::vector<QUuid> &codingIds)
{
    // As removeCoding() for each, in one transaction with one audit entry that keeps every
    // removed coding, and one change event.
    QJsonArray removed;
    Status st = transact([&]() -> Status {
        for (const QUuid &id : codingIds) {
            const auto c = m_store->coding(id); // read under the write lock: it may just have gone
            const QString where = QCoreApplication::translate("Project", "Coding %1: ").arg(removed.size() + 1);
            if (!c)
                return makeError(where + QCoreApplication::translate("Project", "The coding no longer exists."));
            if (!mayChangeCodingsOf(c->reviewerId))
                return makeError(where + QCoreApplication::translate("Project", "You can only remove your own codings."));
            if (auto s = m_store->deleteCoding(id); !s)
                return s;
            QJsonObject details = codingJson(*c);
            details.insert(QStringLiteral("id"), uuidText(id));
            details.insert(QStringLiteral("created"), isoTime(c->created));
            removed.append(details);
        }
        return audit(QStringLiteral("codings.remove"), QStringLiteral("coding"), {},
                     {{QStringLiteral("count"), removed.size()}, {QStringLiteral("codings"), removed}});
    });
    if (st && !codingIds.empty())
        notify({ChangeEvent::Kind::Reset, {}, {}});
    return st;
}

Status Project::removeCoding(const QUuid &codingId)
{
    std::optional<Coding> c;
    Status st = transact([&]() -> Status {
        c = m_store->coding(codingId); // read under the write lock: it may just have gone
        if (!c)
            return makeError(QCoreApplication::translate("Project", "The coding no longer exists."));
        if (!mayChangeCodingsOf(c->reviewerId))
            return makeError(QCoreApplication::translate("Project", "You can only remove your own codings."));
        if (auto s = m_store->deleteCoding(codingId); !s)
            return s;
        QJsonObject details = codingJson(*c);
        details.insert(QStringLiteral("created"), isoTime(c->created));
        return audit(QStringLiteral("coding.remove"), QStringLiteral("coding"), codingId, details);
    });
    if (st)
        notify({ChangeEvent::Kind::CodingRemoved, codingId, c->recordId, c->codeId, c->reviewerId, c->codeId});
    return st;
}

namespace {
template<typename Change>
Status changeCoding(Project &project, Store &store, const QUuid &codingId, qint64 expectedVersion,
                    const QString &action, Change change, const std::function<Result<Coding>(const Coding &)> &validate,
                    const std::function<void(const ChangeEvent &)> &notify)
{
    std::optional<Coding> before;
    Coding after;
    // Read and validated under the write lock, so the duplicate check sees every coding.
    Status st = transactRetrying(project, [&]() -> Status {
        before = store.coding(codingId);
        if (!before)
            return makeError(QCoreApplication::translate("Project", "The coding no longer exists."));
        if (expectedVersion != 0 && before->version != expectedVersion)
            return makeConflict(QString()); // worded below, once the transaction is over
        after = *before;
        change(after);
        auto valid = validate(after);
        if (!valid)
            return valid.takeError();
        after = *valid;
        after.modified = QDateTime::currentDateTimeUtc();
        if (auto s = store.updateCoding(after); !s)
            return s;
        QJsonObject b = codingJson(*before), a = codingJson(after);
        return project.audit(action, QStringLiteral("coding"), codingId,
                             {{QStringLiteral("before"), b}, {QStringLiteral("after"), a}});
    });
    if (st)
        notify({ChangeEvent::Kind::CodingChanged, codingId, after.recordId, after.codeId, after.reviewerId,
                before->codeId});
    return st;
}
} // namespace

Status Project::updateCodingSpan(const QUuid &codingId, Span span, qint64 expectedVersion)
{
    return codingConflictExplained(
        codingId, false,
        changeCoding(
            *this, *m_store, codingId, expectedVersion, QStringLiteral("coding.span"), [&](Coding &c) { c.span = span; },
            [this](const Coding &c) { return validateCoding(c, false); }, [this](const ChangeEvent &e) { notify(e); }));
}

Status Project::updateCodingMemo(const QUuid &codingId, const QString &memo, qint64 expectedVersion)
{
    return codingConflictExplained(
        codingId, true,
        changeCoding(
            *this, *m_store, codingId, expectedVersion, QStringLiteral("coding.memo"), [&](Coding &c) { c.memo = memo; },
            [this](const Coding &c) { return validateCoding(c, false); }, [this](const ChangeEvent &e) { notify(e); }));
}

Status Project::updateCodingCode(const QUuid &codingId, const QUuid &codeId, qint64 expectedVersion)
{
    return codingConflictExplained(
        codingId, false,
        changeCoding(
            *this, *m_store, codingId, expectedVersion, QStringLiteral("coding.recode"),
            [&](Coding &c) { c.codeId = codeId; }, [this](const Coding &c) { return validateCoding(c, false); },
            [this](const ChangeEvent &e) { notify(e); }));
}

QString Project::conflictTime(const QDateTime &when)
{
    if (!when.isValid())
        return QCoreApplication::translate("Project", "an unknown time");
    const QDateTime local = when.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Status Project::codingConflictExplained(const QUuid &codingId, bool memo, Status status) const
{
    if (status || status.errorKind() != ErrorKind::Conflict)
        return status;
    const auto now = m_store->coding(codingId);
    if (!now)
        return makeConflict(QCoreApplication::translate("Project", "Someone else removed the coding after you read "
                                                                   "it. Your change was not saved."));
    const auto code = m_store->code(now->codeId);
    const auto record = m_store->record(now->recordId);
    const QString codeName = code ? code->name : QString();
    const QString title = record ? shortTitle(record->title) : QString();
    // Who: the newest audit entry on the coding (a reviewer on a server reads only their own
    // entries, so another person's change shows as "someone else").
    const auto entry = m_store->lastAuditEntry(QStringLiteral("coding"), codingId);
    const QString action = entry ? entry->action : QString();
    QString what;
    if (action == QLatin1String("coding.memo"))
        what = QCoreApplication::translate("Project", "the memo of the coding \"%1\" on \"%2\"");
    else if (action == QLatin1String("coding.span"))
        what = QCoreApplication::translate("Project", "the span of the coding \"%1\" on \"%2\"");
    else if (action == QLatin1String("coding.recode"))
        what = QCoreApplication::translate("Project", "the code of the coding \"%1\" on \"%2\"");
    else
        what = QCoreApplication::translate("Project", "the coding \"%1\" on \"%2\"");
    what = what.arg(codeName, title);
    QString message = changedAfterReading(what, entry, now->modified);
    message += QLatin1Char(' ');
    message += memo ? QCoreApplication::translate("Project", "Your text was not saved.")
                    : QCoreApplication::translate("Project", "Your change was not saved.");
    return makeConflict(message);
}

std::vector<std::pair<QUuid, int>> Project::codingCountsByCode(const QUuid &reviewerId) const
{
    return m_store->codingCountsByCode(reviewerId);
}

std::vector<std::pair<QUuid, int>> Project::codingCountsByRecord(const QUuid &reviewerId) const
{
    return m_store->codingCountsByRecord(reviewerId);
}

std::optional<Coding> Project::coding(const QUuid &id) const
{
    return m_store->coding(id);
}

std::vector<Coding> Project::codingsWithIds(const std::vector<QUuid> &ids) const
{
    return dyad::core::codingsWithIds(*m_store, ids);
}

std::vector<Coding> Project::codings(const CodingQuery &query) const
{
    return m_store->codings(query);
}

qint64 Project::codingCount(const CodingQuery &query) const
{
    return m_store->codingCount(query);
}

qint64 Project::codingCount(const CodingQuery &query, const QUuid &viewer) const
{
    if (isPrivileged(viewer) || (query.reviewerId && *query.reviewerId == viewer))
        return m_store->codingCount(query);
    if (query.reviewerId) {
        // One owner: the count less what sits on the records hidden from the viewer.
        const QSet<QUuid> hidden = recordsHiddenFrom(viewer, {*query.reviewerId});
        if (query.recordId)
            return hidden.contains(*query.recordId) ? 0 : m_store->codingCount(query);
        qint64 n = m_store->codingCount(query);
        for (const QUuid &record : hidden) {
            CodingQuery onRecord = query;
            onRecord.recordId = record;
            n -= m_store->codingCount(onRecord);
        }
        return n;
    }
    std::unordered_map<QUuid, QSet<QUuid>, UuidHash> hiddenByOwner;
    qint64 n = 0;
    for (const Coding &c : m_store->codings(query)) {
        auto it = hiddenByOwner.find(c.reviewerId);
        if (it == hiddenByOwner.end())
            it = hiddenByOwner.emplace(c.reviewerId, recordsHiddenFrom(viewer, {c.reviewerId})).first;
        if (c.reviewerId == viewer || !it->second.contains(c.recordId))
            ++n;
    }
    return n;
}

bool Project::canSee(const QUuid &viewer, const Coding &coding) const
{
    if (coding.reviewerId == viewer || isPrivileged(viewer))
        return true;
    if (coding.reviewerId == consensusReviewer().id)
        return !isRecordBlindedFor(coding.recordId, viewer);
    return !isBlindedBetween(coding.recordId, viewer, coding.reviewerId);
}

bool Project::isBlindedBetween(const QUuid &recordId, const QUuid &a, const QUuid &b) const
{
    const QSet<QUuid> blinding = blindingRounds(m_store->rounds());
    if (blinding.isEmpty())
        return false;
    return blindedPair(m_store->assignments(std::nullopt, recordId, std::nullopt), blinding, a, b);
}

QSet<QUuid> Project::recordsBlindedBetween(const QUuid &a, const QUuid &b) const
{
    QSet<QUuid> out;
    const BlindingState state = blindingState();
    for (const auto &[record, list] : state.byRecord)
        if (blindedPair(list, state.rounds, a, b))
            out.insert(record);
    return out;
}

Project::BlindingState Project::blindingState() const
{
    // The rules look only at assignments in blinding rounds, so reading those rounds'
    // assignments gives every record they can blind, with all that matters for each.
    BlindingState state;
    state.rounds = blindingRounds(m_store->rounds());
    for (const QUuid &round : state.rounds)
        for (Assignment &a : m_store->assignments(round, std::nullopt, std::nullopt))
            state.byRecord[a.recordId].push_back(std::move(a));
    return state;
}

bool Project::isRecordBlindedFor(const QUuid &recordId, const QUuid &viewer) const
{
    if (isPrivileged(viewer))
        return false;
    const QSet<QUuid> blinding = blindingRounds(m_store->rounds());
    if (blinding.isEmpty())
        return false;
    return blindedForViewer(m_store->assignments(std::nullopt, recordId, std::nullopt), blinding, viewer);
}

QSet<QUuid> Project::recordsHiddenFrom(const QUuid &viewer, const std::vector<QUuid> &owners) const
{
    QSet<QUuid> out;
    if (isPrivileged(viewer))
        return out;
    const BlindingState state = blindingState();
    const QUuid consensus = consensusReviewer().id;
    for (const auto &[record, list] : state.byRecord) {
        for (const QUuid &owner : owners) {
            if (owner == viewer)
                continue;
            const bool hidden = owner == consensus ? blindedForViewer(list, state.rounds, viewer)
                                                   : blindedPair(list, state.rounds, viewer, owner);
            if (hidden) {
                out.insert(record);
                break;
            }
        }
    }
    return out;
}

std::vector<Coding> Project::codingsForRecord(const QUuid &recordId, const QUuid &viewer) const
{
    std::vector<Coding> all = m_store->codings({recordId, {}, {}, {}});
    std::map<QUuid, bool> visibleByOwner; // blinding is decided per coding owner, once
    std::erase_if(all, [&](const Coding &c) {
        auto it = visibleByOwner.find(c.reviewerId);
        if (it == visibleByOwner.end())
            it = visibleByOwner.emplace(c.reviewerId, canSee(viewer, c)).first;
        return !it->second;
    });
    return all;
}

std::vector<Coding> Project::codingsWithCode(const QUuid &codeId, const QUuid &viewer) const
{
    const std::vector<Code> visibleCodes = codes(viewer);
    if (std::none_of(visibleCodes.begin(), visibleCodes.end(), [&](const Code &c) { return c.id == codeId; }))
        return {};
    std::vector<Coding> all = m_store->codings({{}, {}, codeId, {}});
    if (!blindingActive())
        return all; // canSee() is true for everyone's codings when no round is blinded
    std::map<std::pair<QUuid, QUuid>, bool> visible; // (record, owner) -> may see
    std::erase_if(all, [&](const Coding &c) {
        const auto key = std::make_pair(c.recordId, c.reviewerId);
        auto it = visible.find(key);
        if (it == visible.end())
            it = visible.emplace(key, canSee(viewer, c)).first;
        return !it->second;
    });
    return all;
}

// --- rounds -----------------------------------------------------------------------

Result<Round> Project::createRound(const QString &name)
{
    if (!actsAsLead(*this))
        return makeError(QCoreApplication::translate("Project", "Only the lead can create a round."));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(QCoreApplication::translate("Project", "A round needs a name."));
    for (const Round &r : m_store->rounds())
        if (r.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return makeError(QCoreApplication::translate("Project", "There is already a round called \"%1\".").arg(trimmed));
    Round r{QUuid::createUuid(), trimmed, RoundPhase::Independent, false, QDateTime::currentDateTimeUtc()};
    Status st = transact([&]() -> Status {
        if (auto s = m_store->insertRound(r); !s)
            return s;
        return audit(QStringLiteral("round.create"), QStringLiteral("round"), r.id, {{QStringLiteral("name"), r.name}});
    });
    if (!st)
        return st.takeError();
    notify({ChangeEvent::Kind::RoundChanged, r.id, {}});
    return r;
}

std::vector<Round> Project::rounds() const
{
    return m_store->rounds();
}

std::optional<Round> Project::round(const QUuid &id) const
{
    for (const Round &r : m_store->rounds())
        if (r.id == id)
            return r;
    return std::nullopt;
}

Status Project::assign(const QUuid &roundId, const std::vector<QUuid> &recordIds, const std::vector<QUuid> &reviewerIds)
{
    if (!round(roundId))
        return makeError(QCoreApplication::translate("Project", "The round does not exist."));
    if (!actsAsLead(*this))
        return makeError(QCoreApplication::translate("Project", "Only the lead can assign records to reviewers."));
    for (const QUuid &rv : reviewerIds)
        if (!reviewer(rv))
            return makeError(QCoreApplication::translate("Project", "A reviewer to assign does not exist."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Status st = transact([&]() -> Status {
        std::set<std::pair<QUuid, QUuid>> have;
        for (const Assignment &a : m_store->assignments(roundId, std::nullopt, std::nullopt))
            have.emplace(a.recordId, a.reviewerId);
        std::vector<Assignment> toAdd;
        for (const QUuid &rec : recordIds)
            for (const QUuid &rv : reviewerIds)
                if (have.emplace(rec, rv).second)
                    toAdd.push_back({roundId, rec, rv, RecordStatus::NotStarted, now});
        size_t failed = 0;
        if (auto s = insertAssignments(*m_store, toAdd, failed); !s)
            return makeError(QCoreApplication::translate("Project", "Could not assign a record: %1").arg(s.error()));
        const int added = int(toAdd.size());
        QJsonArray reviewersJson;
        for (const QUuid &rv : reviewerIds)
            reviewersJson.append(uuidText(rv));
        return audit(QStringLiteral("round.assign"), QStringLiteral("round"), roundId,
                     {{QStringLiteral("records"), static_cast<double>(recordIds.size())},
                      {QStringLiteral("reviewers"), reviewersJson},
                      {QStringLiteral("added"), added}});
    });
    if (st)
        notify({ChangeEvent::Kind::AssignmentChanged, roundId, {}});
    return st;
}

Status Project::setRecordStatus(const QUuid &roundId, const QUuid &recordId, const QUuid &reviewerId,
                                RecordStatus status)
{
    if (!m_actor.isNull() && reviewerId != m_actor && !isPrivileged(m_actor))
        return makeError(QCoreApplication::translate("Project", "You can only change the status of your own work."));
    const auto current = recordStatus(roundId, recordId, reviewerId);
    if (!current)
        return makeError(QCoreApplication::translate("Project", "That record is not assigned to this reviewer in this round."));
    if (*current == status)
        return {};
    Status st = transact([&]() -> Status {
        if (auto s = m_store->upsertAssignment({roundId, recordId, reviewerId, status, QDateTime::currentDateTimeUtc()});
            !s)
            return s;
        return audit(QStringLiteral("record.status"), QStringLiteral("record"), recordId,
                     {{QStringLiteral("round"), uuidText(roundId)},
                      {QStringLiteral("reviewer"), uuidText(reviewerId)},
                      {QStringLiteral("from"), statusName(*current)},
                      {QStringLiteral("to"), statusName(status)}});
    });
    if (st)
        notify({ChangeEvent::Kind::AssignmentChanged, recordId, recordId});
    return st;
}

std::optional<RecordStatus> Project::recordStatus(const QUuid &roundId, const QUuid &recordId,
                                                  const QUuid &reviewerId) const
{
    const auto a = m_store->assignments(roundId, recordId, reviewerId);
    if (a.empty())
        return std::nullopt;
    return a.front().status;
}

std::vector<Assignment> Project::assignments(const std::optional<QUuid> &roundId, const std::optional<QUuid> &recordId,
                                             const std::optional<QUuid> &reviewerId) const
{
    return m_store->assignments(roundId, recordId, reviewerId);
}

Status Project::setRoundPhase(const QUuid &roundId, RoundPhase phase)
{
    auto r = round(roundId);
    if (!r)
        return makeError(QCoreApplication::translate("Project", "The round does not exist."));
    if (!actsAsLead(*this))
        return makeError(QCoreApplication::translate("Project", "Only the lead can move a round to another phase."));
    if (r->phase == phase)
        return {};
    const RoundPhase before = r->phase;
    r->phase = phase;
    Status st = transact([&]() -> Status {
        if (auto s = m_store->updateRound(*r); !s)
            return s;
        return audit(QStringLiteral("round.phase"), QStringLiteral("round"), roundId,
                     {{QStringLiteral("from"), phaseName(before)}, {QStringLiteral("to"), phaseName(phase)}});
    });
    if (st)
        notify({ChangeEvent::Kind::RoundChanged, roundId, {}});
    return st;
}

Status Project::unblindRound(const QUuid &roundId)
{
    auto r = round(roundId);
    if (!r)
        return makeError(QCoreApplication::translate("Project", "The round does not exist."));
    if (!actsAsLead(*this))
        return makeError(QCoreApplication::translate("Project", "Only the lead can lift blinding."));
    if (r->unblinded)
        return {};
    r->unblinded = true;
    Status st = transact([&]() -> Status {
        if (auto s = m_store->updateRound(*r); !s)
            return s;
        return audit(QStringLiteral("round.unblind"), QStringLiteral("round"), roundId, {});
    });
    if (st)
        notify({ChangeEvent::Kind::RoundChanged, roundId, {}});
    return st;
}

std::optional<QUuid> Project::activeRoundFor(const QUuid &recordId, const QUuid &reviewerId) const
{
    const std::vector<Assignment> assigned = m_store->assignments(std::nullopt, recordId, reviewerId);
    if (assigned.empty())
        return std::nullopt;
    std::optional<QUuid> latest;
    for (const Round &r : m_store->rounds()) { // ordered by creation: the latest open round wins
        if (r.phase == RoundPhase::Closed)
            continue;
        for (const Assignment &a : assigned)
            if (a.roundId == r.id)
                latest = r.id;
    }
    return latest;
}

// --- audit and maintenance --------------------------------------------------------

std::vector<AuditEntry> Project::auditLog(qint64 afterSeq, int limit) const
{
    return m_store->auditLog(afterSeq, limit);
}

qint64 Project::lastAuditSeq() const
{
    return m_store->lastAuditSeq();
}

CheckReport Project::check() const
{
    CheckReport report;
    report.problems = m_store->integrityProblems();
    if (projectId().isNull())
        report.problems << QCoreApplication::translate("Project", "the project has no id");
    int consensus = 0;
    for (const Reviewer &r : m_store->reviewers())
        consensus += r.role == ReviewerRole::Consensus ? 1 : 0;
    if (consensus != 1)
        report.problems << QCoreApplication::translate("Project", "there should be exactly one Consensus reviewer, found %1").arg(consensus);
    return report;
}

Status Project::saveCopy(const QString &path) const
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_store->location()).absoluteFilePath())
        return makeError(QCoreApplication::translate("Project", "Choose another file than the open project for the copy."));
    // backupTo() replaces an older copy only once the new one is complete.
    return m_store->backupTo(path);
}

Result<QString> Project::rotateBackup(const QString &folder, int keep) const
{
    QDir dir(folder);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return makeError(QCoreApplication::translate("Project", "Cannot create the backup folder %1.").arg(folder));
    const QString base = QFileInfo(m_store->location()).completeBaseName();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = dir.filePath(QStringLiteral("%1-%2.dyad").arg(base, stamp));
    if (auto st = m_store->backupTo(target); !st)
        return st.takeError();
    QStringList existing = dir.entryList({base + QStringLiteral("-*.dyad")}, QDir::Files, QDir::Name);
    while (existing.size() > std::max(keep, 1))
        QFile::remove(dir.filePath(existing.takeFirst()));
    return target;
}

} // namespace dyad::core
