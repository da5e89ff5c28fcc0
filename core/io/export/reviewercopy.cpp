#include "core/io/export/reviewercopy.h"

#include "core/base/time.h"
#include "core/model/project.h"
#include "core/open/open.h"
#include "core/text/offsets.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <map>
#include <set>
#include <unordered_map>

namespace dyad::core::io {

namespace {

const QString kCopyOf = QStringLiteral("reviewer_copy_of");
const QString kCopyReviewer = QStringLiteral("reviewer_copy_reviewer");
const QString kCopyCreated = QStringLiteral("reviewer_copy_created");
const QString kCopyBase = QStringLiteral("reviewer_copy_base");
const QString kCopyId = QStringLiteral("reviewer_copy_id");
/** Project meta key prefix: what a merge last brought in from one copy (its state then). */
const QString kMergedPrefix = QStringLiteral("reviewer_copy_merged/");

QJsonObject codeFields(const Code &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("parent"), c.parentId.isNull() ? QString() : uuidText(c.parentId)},
            {QStringLiteral("color"), c.color},
            {QStringLiteral("definition"), c.definition},
            {QStringLiteral("useWhen"), c.useWhen},
            {QStringLiteral("doNotUseWhen"), c.doNotUseWhen},
            {QStringLiteral("example"), c.example},
            {QStringLiteral("memo"), c.memo}};
}

QJsonObject codingFields(const Coding &c)
{
    return {{QStringLiteral("record"), uuidText(c.recordId)},
            {QStringLiteral("code"), uuidText(c.codeId)},
            {QStringLiteral("span"), QStringLiteral("%1-%2").arg(c.span.start).arg(c.span.end)},
            {QStringLiteral("memo"), c.memo}};
}

QString statusKey(const QUuid &round, const QUuid &record)
{
    return uuidText(round) + QLatin1Char('/') + uuidText(record);
}

void removeProjectFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

/**
 * Three-way merge of flat field objects: a field changed only in the copy takes the copy's
 * value; changed on both sides to different values is a conflict and keeps the project's.
 */
QJsonObject mergeFields(const QJsonObject &base, const QJsonObject &copy, const QJsonObject &project,
                        QStringList *conflictingFields)
{
    QJsonObject out = project;
    for (auto it = copy.begin(); it != copy.end(); ++it) {
        const QJsonValue b = base.value(it.key()), c = it.value(), p = project.value(it.key());
        if (c == b || c == p)
            continue;
        if (p == b)
            out.insert(it.key(), c);
        else
            conflictingFields->append(it.key());
    }
    return out;
}

QString shortText(const QString &s)
{
    const QString t = s.simplified();
    return t.size() > 40 ? t.left(39) + QStringLiteral("…") : t;
}

/**
 * What a reviewer copy holds now, in the form of the merge base: the fields of its codes and
 * of the reviewer's codings, the reviewer's record memos and record statuses.
 */
QJsonObject copyState(const Project &copy, const QUuid &reviewerId)
{
    QJsonObject codes, codings, memos, statuses;
    for (const Code &c : copy.allCodes())
        codes.insert(uuidText(c.id), codeFields(c));
    CodingQuery own;
    own.reviewerId = reviewerId;
    for (const Coding &c : copy.codings(own))
        codings.insert(uuidText(c.id), codingFields(c));
    std::vector<QUuid> recordIds;
    for (const RecordSummary &r : copy.recordSummaries())
        recordIds.push_back(r.id);
    const QHash<QUuid, QString> memoOf = copy.recordMemosOf(recordIds, reviewerId);
    for (auto it = memoOf.begin(); it != memoOf.end(); ++it)
        if (!it.value().isEmpty())
            memos.insert(uuidText(it.key()), it.value());
    for (const Assignment &a : copy.assignments(std::nullopt, std::nullopt, reviewerId))
        statuses.insert(statusKey(a.roundId, a.recordId), statusName(a.status));
    return {{QStringLiteral("codes"), codes},
            {QStringLiteral("codings"), codings},
            {QStringLiteral("memos"), memos},
            {QStringLiteral("statuses"), statuses}};
}

} // namespace

Result<ReviewerCopyReport> exportReviewerCopy(Project &project, const QUuid &reviewerId, const QString &path)
{
    const auto who = project.reviewer(reviewerId);
    if (!who)
        return makeError(QCoreApplication::translate("Export", "There is no such reviewer in this project."));
    if (who->role == ReviewerRole::Consensus)
        return makeError(QCoreApplication::translate("Export", "The Consensus layer is not a person: make copies for reviewers."));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(project.path()).absoluteFilePath())
        return makeError(QCoreApplication::translate("Export", "Choose another file than the open project for the copy."));

    ReviewerCopyReport report;
    QJsonObject baseCodes, baseCodings, baseMemos, baseStatuses;

    // The codebook as this reviewer may see it, parents before children.
    std::vector<Code> all = project.allCodes();
    std::set<QUuid> withheld;
    bool grew = true;
    while (grew) { // others' private codes and anything under them
        grew = false;
        for (const Code &c : all) {
            if (withheld.count(c.id))
                continue;
            const bool privateToOther = !c.shared && !c.creatorId.isNull() && c.creatorId != reviewerId;
            if (privateToOther || withheld.count(c.parentId)) {
                withheld.insert(c.id);
                grew = true;
            }
        }
    }
    report.withheldCodes = static_cast<int>(withheld.size());
    std::vector<Code> codes;
    std::set<QUuid> placed;
    for (bool progress = true; progress;) {
        progress = false;
        for (const Code &c : all) {
            if (withheld.count(c.id) || placed.count(c.id))
                continue;
            if (!c.parentId.isNull() && !placed.count(c.parentId))
                continue;
            Code copy = c;
            if (copy.creatorId != reviewerId)
                copy.creatorId = QUuid(); // other people stay out of the copy
            codes.push_back(copy);
            placed.insert(c.id);
            progress = true;
        }
    }

    const std::vector<Assignment> assignments = project.assignments(std::nullopt, std::nullopt, reviewerId);
    CodingQuery own;
    own.reviewerId = reviewerId;
    const std::vector<Coding> codings = project.codings(own);
    std::set<QUuid> roundIds;
    for (const Assignment &a : assignments)
        roundIds.insert(a.roundId);
    for (const Coding &c : codings)
        if (!c.roundId.isNull())
            roundIds.insert(c.roundId);

    // Read in bulk (one query each on a server): the records and the reviewer's memos on them.
    std::vector<QUuid> recordIds;
    for (const RecordSummary &summary : project.recordSummaries())
        recordIds.push_back(summary.id);
    std::unordered_map<QUuid, Record, UuidHash> recordById;
    for (Record &r : project.records(recordIds))
        recordById.emplace(r.id, std::move(r));
    const QHash<QUuid, QString> memoOf = project.recordMemosOf(recordIds, reviewerId);

    const QString temp = path + QStringLiteral(".part");
    removeProjectFiles(temp);
    Status st;
    {
        auto created = createProject(temp, project.title() + QStringLiteral(" (copy for %1)").arg(who->name));
        if (!created)
            return created.takeError();
        Project &copy = **created;
        auto written = copy.bulkWrite(
            {QStringLiteral("reviewercopy.create"), QStringLiteral("reviewer"), reviewerId, {}},
            [&](BulkWriter &w) -> Status {
                if (auto s = w.addReviewer(*who); !s)
                    return s;
                for (const QUuid &recordId : recordIds) {
                    const auto rec = recordById.find(recordId);
                    if (rec == recordById.end())
                        continue;
                    if (auto s = w.addRecord(rec->second); !s)
                        return s;
                    ++report.records;
                    const QString memo = memoOf.value(recordId);
                    if (!memo.isEmpty()) {
                        if (auto s = w.setRecordMemo(recordId, reviewerId, memo); !s)
                            return s;
                        baseMemos.insert(uuidText(recordId), memo);
                    }
                }
                for (const Code &c : codes) {
                    if (auto s = w.addCode(c); !s)
                        return s;
                    baseCodes.insert(uuidText(c.id), codeFields(c));
                }
                report.codes = static_cast<int>(codes.size());
                for (const Round &r : project.rounds())
                    if (roundIds.count(r.id))
                        if (auto s = w.addRound(r); !s)
                            return s;
                for (const Assignment &a : assignments) {
                    if (auto s = w.setAssignment(a); !s)
                        return s;
                    baseStatuses.insert(statusKey(a.roundId, a.recordId), statusName(a.status));
                }
                report.assignments = static_cast<int>(assignments.size());
                for (const Coding &c : codings) {
                    if (withheld.count(c.codeId))
                        continue; // cannot happen for own codes; guards a damaged project
                    if (auto s = w.addCoding(c); !s)
                        return s;
                    baseCodings.insert(uuidText(c.id), codingFields(c));
                    ++report.codings;
                }
                const QJsonObject base{{QStringLiteral("codes"), baseCodes},
                                       {QStringLiteral("codings"), baseCodings},
                                       {QStringLiteral("memos"), baseMemos},
                                       {QStringLiteral("statuses"), baseStatuses}};
                for (const auto &[k, v] :
                     {std::pair{kCopyOf, uuidText(project.projectId())}, std::pair{kCopyReviewer, uuidText(reviewerId)},
                      std::pair{kCopyCreated, isoTime(QDateTime::currentDateTimeUtc())},
                      std::pair{kCopyId, uuidText(QUuid::createUuid())},
                      std::pair{kCopyBase, QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact))}})
                    if (auto s = w.setMeta(k, v); !s)
                        return s;
                return {};
            });
        if (!written)
            st = written.takeError();
    }
    if (!st) {
        removeProjectFiles(temp);
        return makeError(QCoreApplication::translate("Export", "Cannot write the reviewer copy %1: %2").arg(path, st.error()));
    }
    removeProjectFiles(path);
    if (!QFile::rename(temp, path)) {
        removeProjectFiles(temp);
        return makeError(QCoreApplication::translate("Export", "Cannot write the reviewer copy %1.").arg(path));
    }
    removeProjectFiles(temp);
    if (!project.isReadOnly()) {
        Status audited = project.transact([&]() -> Status {
            return project.audit(QStringLiteral("reviewercopy.export"), QStringLiteral("reviewer"), reviewerId,
                                 {{QStringLiteral("file"), QFileInfo(path).fileName()},
                                  {QStringLiteral("codings"), report.codings},
                                  {QStringLiteral("withheldCodes"), report.withheldCodes}});
        });
        if (!audited)
            return audited.takeError();
    }
    return report;
}

Result<MergeReport> mergeReviewerCopy(Project &project, const QString &copyPath, bool dryRun)
{
    const QString file = QFileInfo(copyPath).fileName();
    auto opened = openProject(copyPath, true);
    if (!opened)
        return opened.takeError();
    Project &copy = **opened;
    const QUuid origin = QUuid::fromString(copy.meta(kCopyOf));
    const QUuid reviewerId = QUuid::fromString(copy.meta(kCopyReviewer));
    if (origin.isNull() || reviewerId.isNull())
        return makeError(QCoreApplication::translate("Export", "%1 is not a reviewer copy (it was not made with 'export reviewer-copy').").arg(file));
    if (origin != project.projectId())
        return makeError(QCoreApplication::translate("Export", "%1 is a reviewer copy of another project (%2), not of this one.")
                             .arg(file, uuidText(origin)));
    const auto who = project.reviewer(reviewerId);
    if (!who)
        return makeError(QCoreApplication::translate("Export", "%1 belongs to a reviewer who is no longer in this project.").arg(file));
    // Another reviewer would write codings in the copy owner's name (a team server refuses it
    // row by row; say why at once, and the same in a file).
    if (const auto me = project.reviewer(project.actor());
        me && me->id != who->id && me->role == ReviewerRole::Reviewer)
        return makeError(QCoreApplication::translate("Export", "%1 is %2's reviewer copy: only %2, a lead or an "
                                                               "adjudicator can merge it, not %3.")
                             .arg(file, who->name, me->name));
    // The base is what the copy held when it was made or, once merged, what it held at the last
    // merge: only what changed in the copy since then is brought in, so merging it again never
    // undoes what the project did meanwhile (a coding removed, a code merged away).
    const QString copyId = copy.meta(kCopyId).isEmpty() ? copy.meta(kCopyCreated)
                                                                  : copy.meta(kCopyId);
    const QString mergedKey = kMergedPrefix + uuidText(reviewerId) + QLatin1Char('/') + copyId;
    const QString mergedBefore = project.meta(mergedKey);
    const QJsonObject base =
        QJsonDocument::fromJson((mergedBefore.isEmpty() ? copy.meta(kCopyBase) : mergedBefore).toUtf8()).object();
    const QJsonObject baseCodes = base.value(QStringLiteral("codes")).toObject();
    const QJsonObject baseCodings = base.value(QStringLiteral("codings")).toObject();
    const QJsonObject baseMemos = base.value(QStringLiteral("memos")).toObject();
    const QJsonObject baseStatuses = base.value(QStringLiteral("statuses")).toObject();

    MergeReport report;
    report.reviewerName = who->name;
    std::vector<std::function<Status()>> actions;

    // --- records: codings only go where the text is the same --------------------------------
    // The project's side is read in bulk (one query for each kind on a server); the copy is a
    // local file.
    const std::vector<RecordSummary> copySummaries = copy.recordSummaries();
    std::vector<QUuid> copyRecordIds;
    for (const RecordSummary &s : copySummaries)
        copyRecordIds.push_back(s.id);
    std::unordered_map<QUuid, Record, UuidHash> projectRecords;
    for (Record &r : project.records(copyRecordIds))
        projectRecords.emplace(r.id, std::move(r));
    std::unordered_map<QUuid, Record, UuidHash> copyRecords;
    for (Record &r : copy.records(copyRecordIds))
        copyRecords.emplace(r.id, std::move(r));
    const auto quote = [&copyRecords](const Coding &c) {
        const auto rec = copyRecords.find(c.recordId);
        return QStringLiteral("\"%1\"").arg(
            shortText(rec == copyRecords.end() ? QString() : text::substringByCodePoints(rec->second.text, c.span)));
    };
    std::set<QUuid> textDiffers;
    for (const RecordSummary &s : copySummaries) {
        const auto mineIt = copyRecords.find(s.id);
        if (mineIt == copyRecords.end())
            continue;
        const Record *mine = &mineIt->second;
        const auto theirIt = projectRecords.find(s.id);
        const Record *theirs = theirIt == projectRecords.end() ? nullptr : &theirIt->second;
        if (!theirs) {
            textDiffers.insert(s.id);
            report.conflicts << QCoreApplication::translate("Export", "Record \"%1\" is in the copy but not in the project; its codings were not "
                                               "merged.")
                                    .arg(shortText(mine->title));
        } else if (mine->text != theirs->text) {
            textDiffers.insert(s.id);
            report.conflicts << QCoreApplication::translate("Export", "Record \"%1\": the text differs between the copy and the project; new or "
                                               "moved codings on it were not merged.")
                                    .arg(shortText(theirs->title));
        }
    }

    // --- codes ------------------------------------------------------------------------------
    std::set<QUuid> projectCodes;
    std::unordered_map<QUuid, Code, UuidHash> projectCodeById;
    for (const Code &c : project.allCodes()) {
        projectCodes.insert(c.id);
        projectCodeById.emplace(c.id, c);
    }
    std::set<QUuid> projectReviewers;
    for (const Reviewer &r : project.reviewers())
        projectReviewers.insert(r.id);
    std::set<QUuid> available = projectCodes; // codes a coding may refer to after the merge
    std::vector<Code> copyCodes = copy.allCodes();
    std::set<QUuid> copyCodeIds;
    for (const Code &c : copyCodes)
        copyCodeIds.insert(c.id);
    // Parents first, so a new sub-code can hang under a new code.
    std::vector<Code> ordered;
    {
        std::set<QUuid> done;
        for (bool progress = true; progress;) {
            progress = false;
            for (const Code &c : copyCodes)
                if (!done.count(c.id) && (c.parentId.isNull() || done.count(c.parentId) || !copyCodeIds.count(c.parentId))) {
                    ordered.push_back(c);
                    done.insert(c.id);
                    progress = true;
                }
        }
    }
    for (const Code &mine : ordered) {
        const QString id = uuidText(mine.id);
        const auto theirIt = projectCodeById.find(mine.id);
        const Code *theirs = theirIt == projectCodeById.end() ? nullptr : &theirIt->second;
        if (!theirs) {
            if (baseCodes.contains(id)) {
                if (codeFields(mine) != baseCodes.value(id).toObject())
                    report.conflicts << QCoreApplication::translate("Export", "Code \"%1\" was removed or merged away in the project but "
                                                       "edited in the copy; it was not brought back.")
                                            .arg(mine.name);
                continue; // removed in the project since: stays removed
            }
            Code add = mine;
            if (add.creatorId.isNull() || !projectReviewers.count(add.creatorId))
                add.creatorId = reviewerId;
            if (!add.parentId.isNull() && !available.count(add.parentId)) {
                report.conflicts << QCoreApplication::translate("Export", "New code \"%1\": its parent is not in the project; added at the top "
                                                   "level.")
                                        .arg(mine.name);
                add.parentId = QUuid();
            }
            available.insert(add.id);
            ++report.codesAdded;
            actions.push_back([&project, add]() { return project.restoreCode(add); });
            continue;
        }
        const QJsonObject b = baseCodes.value(id).toObject();
        const QJsonObject mineFields = codeFields(mine), theirFields = codeFields(*theirs);
        QStringList conflicting;
        const QJsonObject merged = mergeFields(b.isEmpty() ? theirFields : b, mineFields, theirFields, &conflicting);
        for (const QString &f : conflicting)
            report.conflicts << QCoreApplication::translate("Export", "Code \"%1\": %2 was changed both in the project (\"%3\") and in the copy "
                                               "(\"%4\"); the project's kept.")
                                    .arg(theirs->name, f, shortText(theirFields.value(f).toString()),
                                         shortText(mineFields.value(f).toString()));
        if (merged == theirFields)
            continue;
        Code updated = *theirs;
        updated.name = merged.value(QStringLiteral("name")).toString();
        updated.color = merged.value(QStringLiteral("color")).toString();
        updated.definition = merged.value(QStringLiteral("definition")).toString();
        updated.useWhen = merged.value(QStringLiteral("useWhen")).toString();
        updated.doNotUseWhen = merged.value(QStringLiteral("doNotUseWhen")).toString();
        updated.example = merged.value(QStringLiteral("example")).toString();
        updated.memo = merged.value(QStringLiteral("memo")).toString();
        const QString parentText = merged.value(QStringLiteral("parent")).toString();
        const QUuid newParent = parentText.isEmpty() ? QUuid() : QUuid::fromString(parentText);
        ++report.codesUpdated;
        actions.push_back([&project, updated]() { return project.updateCode(updated); });
        if (newParent != theirs->parentId) {
            if (newParent.isNull() || available.count(newParent))
                actions.push_back([&project, updated, newParent]() { return project.moveCode(updated.id, newParent); });
            else
                report.conflicts << QCoreApplication::translate("Export", "Code \"%1\" was moved in the copy under a code the project does not "
                                                   "have; it stays where it is.")
                                        .arg(theirs->name);
        }
    }
    for (auto it = baseCodes.begin(); it != baseCodes.end(); ++it)
        if (!copyCodeIds.count(QUuid::fromString(it.key())))
            report.notes << QCoreApplication::translate("Export", "Code \"%1\" was deleted or merged in the copy; it is kept in the project "
                                           "(shared codes change only through the lead).")
                                .arg(it.value().toObject().value(QStringLiteral("name")).toString());

    // --- codings ------------------------------------------------------------------------------
    CodingQuery own;
    own.reviewerId = reviewerId;
    std::map<QUuid, Coding> theirCodings;
    for (const Coding &c : project.codings(own))
        theirCodings[c.id] = c;
    std::set<QUuid> inCopy;
    std::set<QUuid> knownRounds;
    for (const Round &r : project.rounds())
        knownRounds.insert(r.id);
    const std::vector<Coding> copyCodings = copy.codings(own);
    // New ids in the copy that the project may hold for another reviewer: one read for all.
    std::set<QUuid> takenIds;
    {
        std::vector<QUuid> fresh;
        for (const Coding &mine : copyCodings)
            if (!theirCodings.count(mine.id) && !baseCodings.contains(uuidText(mine.id)))
                fresh.push_back(mine.id);
        for (const Coding &c : project.codingsWithIds(fresh))
            takenIds.insert(c.id);
    }
    std::vector<Coding> newCodings; // written in one batch
    for (const Coding &mine : copyCodings) {
        inCopy.insert(mine.id);
        const QString id = uuidText(mine.id);
        const QString where = quote(mine);
        auto it = theirCodings.find(mine.id);
        if (it == theirCodings.end()) {
            if (baseCodings.contains(id)) {
                if (codingFields(mine) != baseCodings.value(id).toObject())
                    report.conflicts << QCoreApplication::translate("Export", "Coding %1 was removed in the project but edited in the copy; it "
                                                       "was not brought back.")
                                            .arg(where);
                continue; // removed in the project since: stays removed
            }
            if (takenIds.count(mine.id)) {
                report.conflicts << QCoreApplication::translate("Export", "Coding %1 has the id of another reviewer's coding; skipped.").arg(where);
                continue;
            }
            if (textDiffers.count(mine.recordId))
                continue; // reported with the record
            if (!available.count(mine.codeId)) {
                report.conflicts << QCoreApplication::translate("Export", "Coding %1 uses a code that is not in the project; skipped.").arg(where);
                continue;
            }
            Coding add = mine;
            add.reviewerId = reviewerId;
            if (!add.roundId.isNull() && !knownRounds.count(add.roundId))
                add.roundId = QUuid();
            ++report.codingsAdded;
            newCodings.push_back(add);
            continue;
        }
        const Coding &theirs = it->second;
        const QJsonObject mineFields = codingFields(mine), theirFields = codingFields(theirs);
        if (mineFields == theirFields)
            continue;
        const QJsonObject b = baseCodings.contains(id) ? baseCodings.value(id).toObject() : theirFields;
        QStringList conflicting;
        const QJsonObject merged = mergeFields(b, mineFields, theirFields, &conflicting);
        for (const QString &f : conflicting)
            report.conflicts << QCoreApplication::translate("Export", "Coding %1: its %2 was changed both in the project and in the copy; the "
                                               "project's kept.")
                                    .arg(where, f);
        if (merged == theirFields)
            continue;
        if (merged.value(QStringLiteral("span")) != theirFields.value(QStringLiteral("span"))
            && textDiffers.count(mine.recordId)) {
            report.conflicts << QCoreApplication::translate("Export", "Coding %1 was moved in the copy on a text that differs; not moved.").arg(where);
            continue;
        }
        ++report.codingsUpdated;
        const QUuid cid = mine.id;
        if (merged.value(QStringLiteral("code")) != theirFields.value(QStringLiteral("code"))) {
            const QUuid code = QUuid::fromString(merged.value(QStringLiteral("code")).toString());
            if (!available.count(code)) {
                report.conflicts << QCoreApplication::translate("Export", "Coding %1 was recoded in the copy to a code the project does not have.")
                                        .arg(where);
            } else {
                actions.push_back([&project, cid, code]() { return project.updateCodingCode(cid, code); });
            }
        }
        if (merged.value(QStringLiteral("span")) != theirFields.value(QStringLiteral("span"))) {
            const Span span = mine.span;
            actions.push_back([&project, cid, span]() { return project.updateCodingSpan(cid, span); });
        }
        if (merged.value(QStringLiteral("memo")) != theirFields.value(QStringLiteral("memo"))) {
            const QString memo = merged.value(QStringLiteral("memo")).toString();
            actions.push_back([&project, cid, memo]() { return project.updateCodingMemo(cid, memo); });
        }
    }
    if (!newCodings.empty())
        actions.push_back([&project, &newCodings]() -> Status {
            auto r = project.addCodings(newCodings);
            return r ? Status() : Status(r.takeError());
        });
    for (auto it = baseCodings.begin(); it != baseCodings.end(); ++it) {
        const QUuid id = QUuid::fromString(it.key());
        if (inCopy.count(id))
            continue;
        auto theirs = theirCodings.find(id);
        if (theirs == theirCodings.end())
            continue; // removed on both sides
        if (codingFields(theirs->second) != it.value().toObject()) {
            report.conflicts << QCoreApplication::translate("Export", "A coding removed in the copy was changed in the project; it was kept.");
            continue;
        }
        ++report.codingsRemoved;
        actions.push_back([&project, id]() { return project.removeCoding(id); });
    }

    // --- record memos and statuses ---------------------------------------------------------------
    const QHash<QUuid, QString> copyMemos = copy.recordMemosOf(copyRecordIds, reviewerId);
    const QHash<QUuid, QString> projectMemos = project.recordMemosOf(copyRecordIds, reviewerId);
    for (const RecordSummary &s : copySummaries) {
        if (!projectRecords.count(s.id))
            continue;
        const QString mine = copyMemos.value(s.id);
        const QString theirs = projectMemos.value(s.id);
        const QString b = baseMemos.value(uuidText(s.id)).toString();
        if (mine == b || mine == theirs)
            continue;
        if (theirs != b) {
            report.conflicts << QCoreApplication::translate("Export", "The memo on \"%1\" was changed both in the project and in the copy; the "
                                               "project's kept.")
                                    .arg(shortText(s.title));
            continue;
        }
        ++report.memosUpdated;
        const QUuid rec = s.id;
        actions.push_back([&project, rec, mine, reviewerId]() {
            const QUuid before = project.actor();
            project.setActor(reviewerId);
            Status st = project.setRecordMemo(rec, mine);
            project.setActor(before);
            return st;
        });
    }
    std::map<QString, RecordStatus> projectStatuses;
    for (const Assignment &a : project.assignments(std::nullopt, std::nullopt, reviewerId))
        projectStatuses.emplace(statusKey(a.roundId, a.recordId), a.status);
    for (const Assignment &a : copy.assignments(std::nullopt, std::nullopt, reviewerId)) {
        const auto found = projectStatuses.find(statusKey(a.roundId, a.recordId));
        if (found == projectStatuses.end())
            continue;
        const RecordStatus *theirs = &found->second;
        const QString b = baseStatuses.value(statusKey(a.roundId, a.recordId)).toString();
        const QString mine = statusName(a.status), their = statusName(*theirs);
        if (mine == b || mine == their)
            continue;
        if (their != b) {
            report.conflicts << QCoreApplication::translate("Export", "A record's status was changed both in the project (%1) and in the copy "
                                               "(%2); the project's kept.")
                                    .arg(their, mine);
            continue;
        }
        ++report.statusesUpdated;
        actions.push_back([&project, a, reviewerId]() {
            return project.setRecordStatus(a.roundId, a.recordId, reviewerId, a.status);
        });
    }

    // Remember what has now been brought in from this copy (unless that is the base already).
    const QJsonObject state = copyState(copy, reviewerId);
    const bool remember = state != base;
    if (dryRun || (!report.changed() && !remember))
        return report;
    const QUuid actor = project.actor();
    // One batch: the bookkeeping, then the reviewer's own work applied on their behalf through
    // Project's API; the merge itself is audited as the actor's (no row when only the
    // bookkeeping changed).
    const BulkAudit audit{QStringLiteral("reviewercopy.merge"), QStringLiteral("reviewer"), reviewerId,
                          {{QStringLiteral("file"), file},
                           {QStringLiteral("codesAdded"), report.codesAdded},
                           {QStringLiteral("codesUpdated"), report.codesUpdated},
                           {QStringLiteral("codingsAdded"), report.codingsAdded},
                           {QStringLiteral("codingsUpdated"), report.codingsUpdated},
                           {QStringLiteral("codingsRemoved"), report.codingsRemoved},
                           {QStringLiteral("conflicts"), QJsonArray::fromStringList(report.conflicts)}}};
    auto written = project.bulkWrite(audit, [&](BulkWriter &w) -> Status {
        if (remember)
            if (Status s = w.setMeta(mergedKey, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
                !s)
                return s;
        if (!report.changed())
            return {};
        project.setActor(reviewerId);
        for (const auto &action : actions)
            if (Status s = action(); !s) {
                project.setActor(actor);
                return s;
            }
        project.setActor(actor);
        return {};
    });
    const Status st = written ? Status() : Status(written.takeError());
    project.setActor(actor);
    if (!st)
        return makeError(QCoreApplication::translate("Export", "Merging %1 failed, nothing was changed: %2").arg(file, st.error()));
    return report;
}

} // namespace dyad::core::io
