#include "core/db/sqliteagreementstore.h"

#include "core/db/columns_p.h"
#include "core/db/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dyad::core::db {

using namespace detail;
using namespace agreement;

namespace {

constexpr const char *kSnapshotColumns = "id, round_id, reviewers, unit, settings, created, created_by, summary";

SnapshotInfo readInfo(const Statement &s)
{
    SnapshotInfo info;
    info.id = idFrom(s, 0);
    info.roundId = idFrom(s, 1);
    for (const QJsonValue &v : jsonArray(s.text(2)))
        info.reviewers.push_back(QUuid::fromString(v.toString()));
    info.unit = s.text(3);
    info.settings = jsonObject(s.text(4));
    info.created = parseIsoTime(s.text(5));
    info.createdBy = idFrom(s, 6);
    info.summary = jsonObject(s.text(7));
    return info;
}

} // namespace

Status SqliteAgreementStore::forEachCoding(const std::vector<QUuid> &reviewers, const std::optional<QUuid> &roundId,
                                           const CodingSink &sink) const
{
    // One pass over the table for all reviewers: a sequential scan reads each page once,
    // where the reviewer index would seek the table row by row. Reviewers are matched here.
    std::vector<QByteArray> wanted;
    for (const QUuid &r : reviewers)
        wanted.push_back(uuidText(r).toLatin1());
    auto s = roundId ? m_db.prepare("SELECT reviewer_id, record_id, code_id, start_pos, end_pos FROM codings "
                                    "WHERE round_id = ?1 OR round_id IS NULL")
                     : m_db.prepare("SELECT reviewer_id, record_id, code_id, start_pos, end_pos FROM codings");
    if (!s)
        return s.takeError();
    if (roundId)
        s->bind(1, idText(*roundId));
    Step step;
    while ((step = s->step()) == Step::Row) {
        const QByteArrayView reviewer = s->utf8(0);
        for (size_t i = 0; i < wanted.size(); ++i)
            if (reviewer == wanted[i]) {
                sink(int(i), s->utf8(1), s->utf8(2), Span{s->int64(3), s->int64(4)});
                break;
            }
    }
    if (step == Step::Error)
        return makeError(QCoreApplication::translate("Storage", "Could not read the codings: %1").arg(s->error()));
    return {};
}

std::vector<RecordGeometry> SqliteAgreementStore::recordGeometry() const
{
    std::vector<RecordGeometry> out;
    auto s = m_db.prepare("SELECT id, text_length, text_version FROM records ORDER BY seq");
    if (!s)
        return out;
    while (s->step() == Step::Row)
        out.push_back({idFrom(*s, 0), s->int64(1), s->int32(2)});
    return out;
}

Status SqliteAgreementStore::forEachRecordText(const std::function<void(const QUuid &, const QString &)> &sink) const
{
    auto s = m_db.prepare("SELECT id, text FROM records ORDER BY seq");
    if (!s)
        return s.takeError();
    Step step;
    while ((step = s->step()) == Step::Row)
        sink(idFrom(*s, 0), s->text(1));
    if (step == Step::Error)
        return makeError(QCoreApplication::translate("Storage", "Could not read the record texts: %1").arg(s->error()));
    return {};
}

std::vector<AssignedRecord> SqliteAgreementStore::assignedRecords(const QUuid &roundId) const
{
    std::vector<AssignedRecord> out;
    auto s = m_db.prepare("SELECT record_id, reviewer_id, status FROM assignments WHERE round_id = ?1");
    if (!s)
        return out;
    s->bind(1, idText(roundId));
    while (s->step() == Step::Row)
        out.push_back({idFrom(*s, 0), idFrom(*s, 1), statusFromName(s->text(2)).value_or(RecordStatus::NotStarted)});
    return out;
}

Status SqliteAgreementStore::insertSnapshot(const Snapshot &snapshot)
{
    const SnapshotInfo &info = snapshot.info;
    auto s = m_db.prepare("INSERT INTO agreement_snapshots (id, round_id, reviewers, unit, settings, created, "
                          "created_by, summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!s)
        return s.takeError();
    QJsonArray reviewers;
    for (const QUuid &r : info.reviewers)
        reviewers.append(uuidText(r));
    s->bind(1, idText(info.id))
        .bind(2, idText(info.roundId))
        .bind(3, QString::fromUtf8(QJsonDocument(reviewers).toJson(QJsonDocument::Compact)))
        .bind(4, info.unit)
        .bind(5, jsonText(info.settings))
        .bind(6, isoTime(info.created))
        .bind(7, idText(info.createdBy))
        .bind(8, jsonText(info.summary));
    if (auto st = wrap(s->run(), "agreement snapshot"); !st)
        return st;
    auto row = m_db.prepare("INSERT INTO agreement_snapshot_rows (snapshot_id, scope_kind, code_id, figures) "
                            "VALUES (?1, ?2, ?3, ?4)");
    if (!row)
        return row.takeError();
    const QString id = idText(info.id);
    for (const SnapshotRow &r : snapshot.rows) {
        row->reset();
        row->bind(1, id).bind(2, r.scopeKind).bind(3, r.codeKey.isNull() ? QStringLiteral("") : r.codeKey)
            .bind(4, jsonText(r.figures));
        if (auto st = wrap(row->run(), "agreement snapshot row"); !st)
            return st;
    }
    return {};
}

std::vector<SnapshotInfo> SqliteAgreementStore::snapshots() const
{
    std::vector<SnapshotInfo> out;
    static const QByteArray sql =
        QByteArray("SELECT ") + kSnapshotColumns + " FROM agreement_snapshots ORDER BY created DESC, rowid DESC";
    auto s = m_db.prepare(sql.constData());
    if (!s)
        return out;
    while (s->step() == Step::Row)
        out.push_back(readInfo(*s));
    return out;
}

std::optional<Snapshot> SqliteAgreementStore::snapshot(const QUuid &id) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kSnapshotColumns + " FROM agreement_snapshots WHERE id = ?1";
    auto s = m_db.prepare(sql.constData());
    if (!s)
        return std::nullopt;
    s->bind(1, idText(id));
    if (s->step() != Step::Row)
        return std::nullopt;
    Snapshot out;
    out.info = readInfo(*s);
    auto rows = m_db.prepare("SELECT scope_kind, code_id, figures FROM agreement_snapshot_rows WHERE snapshot_id = ?1 "
                             "ORDER BY rowid");
    if (!rows)
        return std::nullopt;
    rows->bind(1, idText(id));
    while (rows->step() == Step::Row)
        out.rows.push_back({rows->text(0), rows->text(1), jsonObject(rows->text(2))});
    return out;
}

Status SqliteAgreementStore::deleteSnapshot(const QUuid &id)
{
    auto rows = m_db.prepare("DELETE FROM agreement_snapshot_rows WHERE snapshot_id = ?1");
    if (!rows)
        return rows.takeError();
    rows->bind(1, idText(id));
    if (auto st = wrap(rows->run(), "removal of the snapshot's rows"); !st)
        return st;
    auto s = m_db.prepare("DELETE FROM agreement_snapshots WHERE id = ?1");
    if (!s)
        return s.takeError();
    s->bind(1, idText(id));
    return wrap(s->run(), "removal of the snapshot");
}

} // namespace dyad::core::db
