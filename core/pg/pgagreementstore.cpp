#include "core/pg/pgagreementstore.h"

#include "core/base/time.h"
#include "core/pg/pgconnection.h"
#include "core/pg/pgvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dyad::core::pg {

using namespace agreement;

namespace {

constexpr const char *kSnapshotColumns = "id, round_id, reviewers, unit, settings, created, created_by, summary";

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject object(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

SnapshotInfo infoAt(const PgResult &s, int i)
{
    SnapshotInfo info;
    info.id = idAt(s, i, 0);
    info.roundId = idAt(s, i, 1);
    for (const QJsonValue &v : QJsonDocument::fromJson(s.text(i, 2).toUtf8()).array())
        info.reviewers.push_back(QUuid::fromString(v.toString()));
    info.unit = s.text(i, 3);
    info.settings = object(s.text(i, 4));
    info.created = parseIsoTime(s.text(i, 5));
    info.createdBy = idAt(s, i, 6);
    info.summary = object(s.text(i, 7));
    return info;
}

/** @p what is one of the actions listed here, in English; the message names it in the user's language. */
Status failed(const PgResult &r, const char *what)
{
    [[maybe_unused]] static constexpr const char *kActions[] = {
        QT_TRANSLATE_NOOP("Team", "read the codings"),
        QT_TRANSLATE_NOOP("Team", "read the record texts"),
        QT_TRANSLATE_NOOP("Team", "save the agreement snapshot"),
        QT_TRANSLATE_NOOP("Team", "remove the snapshot's rows"),
        QT_TRANSLATE_NOOP("Team", "remove the snapshot"),
    };
    return makeError(QCoreApplication::translate("Team", "Could not %1 on the team server: %2")
                         .arg(QCoreApplication::translate("Team", what), r.error()));
}

} // namespace

Status PgAgreementStore::forEachCoding(const std::vector<QUuid> &reviewers, const std::optional<QUuid> &roundId,
                                       const CodingSink &sink) const
{
    std::vector<QByteArray> wanted;
    QByteArray list = "{";
    for (const QUuid &r : reviewers) {
        wanted.push_back(uuidText(r).toLatin1());
        if (list.size() > 1)
            list += ',';
        list += wanted.back();
    }
    list += '}';
    auto s = m_conn.exec("SELECT reviewer_id, record_id, code_id, start_pos, end_pos FROM codings "
                         "WHERE reviewer_id = ANY ($1::text[]) AND ($2::text IS NULL OR round_id = $2 OR round_id IS NULL)",
                         {list, roundId ? idValue(*roundId) : PgValue()});
    if (!s.ok())
        return failed(s, "read the codings");
    for (int i = 0; i < s.rows(); ++i) {
        const QByteArrayView reviewer = s.bytes(i, 0);
        for (size_t k = 0; k < wanted.size(); ++k)
            if (reviewer == wanted[k]) {
                sink(int(k), s.bytes(i, 1), s.bytes(i, 2), Span{s.int64(i, 3), s.int64(i, 4)});
                break;
            }
    }
    return {};
}

std::vector<RecordGeometry> PgAgreementStore::recordGeometry() const
{
    std::vector<RecordGeometry> out;
    auto s = m_conn.exec("SELECT id, text_length, text_version FROM records ORDER BY seq");
    out.reserve(size_t(s.rows()));
    for (int i = 0; i < s.rows(); ++i)
        out.push_back({idAt(s, i, 0), s.int64(i, 1), int(s.int64(i, 2))});
    return out;
}

Status PgAgreementStore::forEachRecordText(const std::function<void(const QUuid &, const QString &)> &sink) const
{
    auto s = m_conn.exec("SELECT id, text FROM records ORDER BY seq");
    if (!s.ok())
        return failed(s, "read the record texts");
    for (int i = 0; i < s.rows(); ++i)
        sink(idAt(s, i, 0), s.text(i, 1));
    return {};
}

std::vector<AssignedRecord> PgAgreementStore::assignedRecords(const QUuid &roundId) const
{
    std::vector<AssignedRecord> out;
    auto s = m_conn.exec("SELECT record_id, reviewer_id, status FROM assignments WHERE round_id = $1",
                         {idValue(roundId)});
    for (int i = 0; i < s.rows(); ++i)
        out.push_back({idAt(s, i, 0), idAt(s, i, 1), statusFromName(s.text(i, 2)).value_or(RecordStatus::NotStarted)});
    return out;
}

Status PgAgreementStore::insertSnapshot(const Snapshot &snapshot)
{
    const SnapshotInfo &info = snapshot.info;
    QJsonArray reviewers;
    for (const QUuid &r : info.reviewers)
        reviewers.append(uuidText(r));
    auto s = m_conn.exec("INSERT INTO agreement_snapshots (id, round_id, reviewers, unit, settings, created, "
                         "created_by, summary) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                         {idValue(info.id), idValue(info.roundId), QJsonDocument(reviewers).toJson(QJsonDocument::Compact),
                          info.unit.toUtf8(), compact(info.settings), isoTime(info.created).toUtf8(),
                          idValue(info.createdBy), compact(info.summary)});
    if (!s.ok())
        return failed(s, "save the agreement snapshot");
    for (const SnapshotRow &r : snapshot.rows) {
        auto row = m_conn.exec("INSERT INTO agreement_snapshot_rows (snapshot_id, scope_kind, code_id, figures) "
                               "VALUES ($1, $2, $3, $4)",
                               {idValue(info.id), r.scopeKind.toUtf8(), r.codeKey.toUtf8(), compact(r.figures)});
        if (!row.ok())
            return failed(row, "save the agreement snapshot");
    }
    return {};
}

std::vector<SnapshotInfo> PgAgreementStore::snapshots() const
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kSnapshotColumns + " FROM agreement_snapshots ORDER BY created DESC, id DESC";
    std::vector<SnapshotInfo> out;
    auto s = m_conn.exec(sql.constData());
    for (int i = 0; i < s.rows(); ++i)
        out.push_back(infoAt(s, i));
    return out;
}

std::optional<Snapshot> PgAgreementStore::snapshot(const QUuid &id) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kSnapshotColumns + " FROM agreement_snapshots WHERE id = $1";
    auto s = m_conn.exec(sql.constData(), {idValue(id)});
    if (s.rows() == 0)
        return std::nullopt;
    Snapshot out;
    out.info = infoAt(s, 0);
    auto rows = m_conn.exec("SELECT scope_kind, code_id, figures FROM agreement_snapshot_rows WHERE snapshot_id = $1 "
                            "ORDER BY ord",
                            {idValue(id)});
    for (int i = 0; i < rows.rows(); ++i)
        out.rows.push_back({rows.text(i, 0), rows.text(i, 1), object(rows.text(i, 2))});
    return out;
}

Status PgAgreementStore::deleteSnapshot(const QUuid &id)
{
    auto rows = m_conn.exec("DELETE FROM agreement_snapshot_rows WHERE snapshot_id = $1", {idValue(id)});
    if (!rows.ok())
        return failed(rows, "remove the snapshot's rows");
    auto s = m_conn.exec("DELETE FROM agreement_snapshots WHERE id = $1", {idValue(id)});
    if (!s.ok())
        return failed(s, "remove the snapshot");
    return {};
}

} // namespace dyad::core::pg
