#include "core/model/bulkwrite.h"
#include "core/model/codingspan_p.h"

#include "core/model/backend.h"
#include "core/model/codecolor.h"
#include "core/model/project.h"
#include "core/text/offsets.h"

#include <QCoreApplication>

namespace dyad::core {

namespace {

/** Meta keys that belong to the project itself, never to a batch's bookkeeping. */
bool isProjectKey(const QString &key)
{
    return key == QLatin1String("project_id") || key == QLatin1String("created") || key == QLatin1String("title");
}

} // namespace

QJsonObject BulkCounts::toJson() const
{
    QJsonObject out;
    for (const auto &[name, n] : {std::pair{"reviewers", reviewers}, std::pair{"records", records},
                                  std::pair{"codes", codes}, std::pair{"rounds", rounds},
                                  std::pair{"assignments", assignments}, std::pair{"codings", codings},
                                  std::pair{"memos", memos}})
        if (n > 0)
            out.insert(QLatin1String(name), n);
    return out;
}

size_t BulkWriter::PassageHash::operator()(const Passage &p) const noexcept
{
    return qHashMulti(0, p.record, p.reviewer, p.code, p.span.start, p.span.end);
}

BulkWriter::BulkWriter(Project &project, Store &store, const QString &source)
    : m_project(project)
    , m_store(store)
    , m_source(source)
{
}

Status BulkWriter::addReviewer(const Reviewer &reviewer)
{
    if (reviewer.id.isNull() || reviewer.name.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Project", "A reviewer needs an id and a name."));
    Reviewer r = reviewer;
    if (!r.created.isValid())
        r.created = QDateTime::currentDateTimeUtc();
    if (auto s = m_store.insertReviewer(r); !s)
        return makeError(QCoreApplication::translate("Project", "Reviewer \"%1\": %2").arg(r.name, s.error()));
    m_reviewers.insert(r.id);
    ++m_counts.reviewers;
    return m_project.audit(QStringLiteral("reviewer.add"), QStringLiteral("reviewer"), r.id,
                           {{QStringLiteral("name"), r.name},
                            {QStringLiteral("role"), roleName(r.role)},
                            {QStringLiteral("source"), m_source}});
}

Status BulkWriter::addRecord(Record r)
{
    if (r.id.isNull())
        r.id = QUuid::createUuid();
    r.text = r.text.normalized(QString::NormalizationForm_C);
    r.title = r.title.normalized(QString::NormalizationForm_C);
    if (r.text.trimmed().isEmpty() && r.title.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Project", "Record %1 (%2) has neither a title nor a text.")
                             .arg(m_counts.records + 1)
                             .arg(r.sourceName.isEmpty() ? QStringLiteral("input") : r.sourceName));
    if (r.text.isEmpty())
        r.text = r.title;
    if (!r.created.isValid())
        r.created = QDateTime::currentDateTimeUtc();
    if (r.textVersion < 1)
        r.textVersion = 1;
    if (auto s = m_store.insertRecord(r); !s)
        return makeError(QCoreApplication::translate("Project", "Record %1: %2").arg(m_counts.records + 1).arg(s.error()));
    m_records[r.id] = {text::codePointLength(r.text), r.textVersion};
    m_recordsWithPassages.insert(r.id); // new: no codings stored yet
    ++m_counts.records;
    return {};
}

Status BulkWriter::addCode(const Code &code)
{
    if (code.id.isNull() || code.name.trimmed().isEmpty())
        return makeError(QCoreApplication::translate("Project", "A code needs an id and a name."));
    if (!code.color.isEmpty() && !isCodeColor(code.color))
        return makeError(QCoreApplication::translate("Project", "\"%1\" is not a colour: use #rrggbb (six hexadecimal digits).")
                             .arg(code.color));
    if (!code.parentId.isNull() && !m_codes.contains(code.parentId) && !m_store.code(code.parentId))
        return makeError(QCoreApplication::translate("Project", "The parent of \"%1\" no longer exists.").arg(code.name));
    if (auto s = m_store.insertCode(code); !s)
        return s;
    m_codes.insert(code.id);
    ++m_counts.codes;
    return {};
}

Status BulkWriter::setCodeMemo(const QUuid &codeId, const QString &memo)
{
    auto code = m_store.code(codeId);
    if (!code)
        return makeError(QCoreApplication::translate("Project", "The code no longer exists."));
    code->memo = memo;
    return m_store.updateCode(*code);
}

Status BulkWriter::addRound(const Round &round)
{
    if (auto s = m_store.insertRound(round); !s)
        return makeError(QCoreApplication::translate("Project", "Round \"%1\": %2").arg(round.name, s.error()));
    ++m_counts.rounds;
    return {};
}

Status BulkWriter::setAssignment(const Assignment &assignment)
{
    if (auto s = m_store.upsertAssignment(assignment); !s)
        return s;
    ++m_counts.assignments;
    return {};
}

qint64 BulkWriter::recordLength(const QUuid &recordId, int *textVersion)
{
    auto it = m_records.find(recordId);
    if (it == m_records.end()) {
        const auto rec = m_store.record(recordId);
        if (!rec)
            return -1;
        it = m_records.emplace(recordId, std::pair{text::codePointLength(rec->text), rec->textVersion}).first;
    }
    *textVersion = it->second.second;
    return it->second.first;
}

Status BulkWriter::addCoding(Coding c)
{
    int version = 1;
    const qint64 length = recordLength(c.recordId, &version);
    if (length < 0)
        return makeError(QCoreApplication::translate("Project", "The record to code does not exist."));
    if (auto st = checkCodingSpan(c.span, length); !st)
        return st.takeError();
    if (!m_codes.contains(c.codeId)) {
        if (!m_store.code(c.codeId))
            return makeError(QCoreApplication::translate("Project", "The code to apply does not exist."));
        m_codes.insert(c.codeId);
    }
    if (!m_reviewers.contains(c.reviewerId)) {
        if (!m_project.reviewer(c.reviewerId))
            return makeError(QCoreApplication::translate("Project", "The coding's reviewer does not exist."));
        m_reviewers.insert(c.reviewerId);
    }
    if (!m_recordsWithPassages.contains(c.recordId)) {
        // A record written before this batch may carry codings already.
        for (const Coding &other : m_store.codings({c.recordId, {}, {}, {}}))
            m_passages.insert({other.recordId, other.reviewerId, other.codeId, other.span});
        m_recordsWithPassages.insert(c.recordId);
    }
    if (!m_passages.insert({c.recordId, c.reviewerId, c.codeId, c.span}).second)
        return makeError(QCoreApplication::translate("Project", "This passage already carries that code."));
    if (c.id.isNull())
        c.id = QUuid::createUuid();
    c.textVersion = version;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!c.created.isValid())
        c.created = now;
    if (!c.modified.isValid())
        c.modified = c.created;
    if (auto s = m_store.insertCoding(c); !s)
        return s;
    ++m_counts.codings;
    return {};
}

Status BulkWriter::setRecordMemo(const QUuid &recordId, const QUuid &authorId, const QString &text)
{
    if (auto s = m_store.setRecordMemo(recordId, authorId, text); !s)
        return s;
    ++m_counts.memos;
    return {};
}

Status BulkWriter::setMeta(const QString &key, const QString &value)
{
    if (isProjectKey(key))
        return makeError(
            QCoreApplication::translate("Project", "The project's own \"%1\" is not written by a bulk write.")
                .arg(key));
    return m_store.setMeta(key, value);
}

// --- Project's side ----------------------------------------------------------------

Result<BulkCounts> Project::bulkWrite(const BulkAudit &audit, const std::function<Status(BulkWriter &)> &body,
                                      BulkTarget target)
{
    const QString format = audit.details.value(QStringLiteral("format")).toString();
    BulkWriter writer(*this, *m_store, format.isEmpty() ? audit.action : format);
    std::unique_ptr<UnpublishedLoad> load;
    if (target == BulkTarget::Unpublished && m_transactionDepth == 0) {
        auto started = m_backend->startUnpublishedLoad();
        if (!started)
            return started.takeError();
        load = std::move(started).value();
    }
    Status st = transact([&]() -> Status {
        const qint64 auditedBefore = m_store->lastAuditSeq();
        if (load)
            if (auto s = load->start(); !s)
                return s;
        if (auto s = body(writer); !s)
            return s;
        if (load)
            if (auto s = load->complete(); !s)
                return s;
        // Only bookkeeping meta written (say, a merge that found nothing new): no row.
        if (writer.counts().total() == 0 && m_store->lastAuditSeq() == auditedBefore)
            return {};
        QJsonObject details = audit.details;
        const QJsonObject counts = writer.counts().toJson();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            if (!details.contains(it.key()))
                details.insert(it.key(), it.value());
        if (auto s = this->audit(audit.action, audit.entityType, audit.entityId, details); !s)
            return s;
        if (writer.counts().records > 0)
            notify({ChangeEvent::Kind::RecordsAdded, {}, {}});
        if (writer.counts().total() > 0)
            notify({ChangeEvent::Kind::Reset, {}, {}});
        return {};
    });
    if (!st)
        return st.takeError();
    if (load)
        if (auto s = load->finish(); !s)
            return s.takeError();
    return writer.counts();
}

} // namespace dyad::core
