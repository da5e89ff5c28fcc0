#include "core/model/project.h"
#include "core/model/project_p.h"
#include "core/model/batchread.h"
#include "core/model/batchstore.h"

#include "core/base/time.h"
#include "core/text/offsets.h"
#include "core/text/search.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace dyad::core {

namespace projectdetail {

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

} // namespace projectdetail

using namespace projectdetail;

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
