// Project: the codebook (the class is split by concern; project.cpp holds the rest).
#include "core/model/project.h"
#include "core/model/project_p.h"

#include "core/model/codecolor.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>

namespace dyad::core {

using namespace projectdetail;

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

} // namespace dyad::core
