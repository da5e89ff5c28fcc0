#include "core/pg/transfer.h"

#include "core/db/database.h"
#include "core/db/sqlitestore.h"
#include "core/pg/pgconnection.h"
#include "core/pg/pgsearch.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <cstdio>

namespace dyad::core::pg {

namespace {

/** The tables both kinds of project hold, in an order that satisfies the foreign keys. */
struct Table
{
    const char *name;
    const char *columns;
    const char *order; ///< ORDER BY for a stable copy (codes: parents before children)
};

const Table kTables[] = {
    {"meta", "key, value", "key"},
    {"reviewers", "id, name, role, created", "created, id"},
    {"records",
     "seq, id, title, authors, year, journal, doi, pmid, keywords, language, text, text_length, text_version, "
     "source_format, source_name, raw_source, attributes, created",
     "seq"},
    {"record_text_versions", "record_id, version, text, created", "record_id, version"},
    {"codes",
     "id, parent_id, name, color, definition, use_when, do_not_use_when, example, memo, creator_id, shared, "
     "sort_order, created",
     nullptr},
    {"rounds", "id, name, phase, unblinded, created", nullptr},
    {"assignments", "round_id, record_id, reviewer_id, status, changed", "round_id, record_id, reviewer_id"},
    {"codings",
     "id, record_id, code_id, reviewer_id, round_id, start_pos, end_pos, text_version, memo, created, modified, "
     "version",
     "record_id, id"},
    {"record_memos", "record_id, author_id, text, modified, version", "record_id, author_id"},
    {"audit_log", "seq, at, actor_id, action, entity_type, entity_id, details", "seq"},
    {"reconcile_decisions",
     "id, seq, batch_id, group_key, record_id, round_id, reviewer_a, reviewer_b, kind, outcome, rationale, "
     "decided_by, decided_at, before_json, codebook, undone_at, undone_by",
     "seq"},
    {"reconcile_decision_codings", "decision_id, position, coding_id, code_id, code_name, start_pos, end_pos",
     "decision_id, position"},
    {"reconcile_escalations",
     "id, group_key, record_id, round_id, reviewer_a, reviewer_b, note, escalated_by, escalated_at, cleared_at, "
     "cleared_by",
     "escalated_at, id"},
    {"agreement_snapshots", "id, round_id, reviewers, unit, settings, created, created_by, summary", "created, id"},
    {"agreement_snapshot_rows", "snapshot_id, scope_kind, code_id, figures", "snapshot_id, scope_kind, code_id"},
};

/** SELECT of one table; codes come parents first (a code's parent must exist before it). */
QByteArray selectSql(const Table &t, bool sqlite)
{
    const QByteArray columns(t.columns);
    if (QByteArrayView(t.name) == "codes") {
        return "WITH RECURSIVE tree (tid, depth) AS (SELECT id, 0 FROM codes WHERE parent_id IS NULL "
               "UNION ALL SELECT c.id, tree.depth + 1 FROM codes c JOIN tree ON c.parent_id = tree.tid) "
               "SELECT " + columns + " FROM codes JOIN tree ON tree.tid = codes.id ORDER BY tree.depth, sort_order, id";
    }
    if (QByteArrayView(t.name) == "rounds")
        return "SELECT " + columns + " FROM rounds ORDER BY created, " + (sqlite ? "rowid" : "ord");
    // Codings and snapshot rows keep their insertion order: lists sort by position and keep
    // it for ties, a snapshot's rows are read in the order they were written.
    if (QByteArrayView(t.name) == "codings" || QByteArrayView(t.name) == "agreement_snapshot_rows")
        return "SELECT " + columns + " FROM " + t.name + " ORDER BY " + (sqlite ? "rowid" : "ord");
    return "SELECT " + columns + " FROM " + t.name + " ORDER BY " + t.order;
}

int columnCount(const Table &t)
{
    return static_cast<int>(QByteArray(t.columns).count(',')) + 1;
}

} // namespace

Status moveFileToServer(const QString &filePath, PgConnection &server)
{
    if (!QFileInfo(filePath).isFile())
        return makeError(
            QCoreApplication::translate("Team", "Cannot move %1 to the team server: there is no such file.")
                .arg(filePath));
    // Through SqliteStore, so a file that is not a project, or too new, gets its usual message.
    auto store = db::SqliteStore::open(filePath, true);
    if (!store)
        return store.takeError();
    const db::Database &file = (*store)->database();

    auto present = server.run("SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM reviewers) "
                              "+ (SELECT count(*) FROM meta)");
    if (!present.ok())
        return makeError(
            QCoreApplication::translate("Team", "Cannot move the project to the team server: %1").arg(present.error()));
    if (present.int64(0, 0) != 0)
        return makeError(QCoreApplication::translate("Team",
            "Cannot move the project to the team server: the team project there is not "
            "empty. Use a new database."));

    if (auto st = server.begin(); !st)
        return st;
    for (const Table &t : kTables) {
        auto select = file.prepare(selectSql(t, true).constData());
        if (!select)
            return makeError(QCoreApplication::translate("Team", "Cannot read %1 from %2: %3")
                                 .arg(QLatin1String(t.name), filePath, select.error()));
        const int n = columnCount(t);
        // Records get their search words on the way (title is column 2, text column 10).
        const bool records = QByteArrayView(t.name) == "records";
        QByteArray data;
        qint64 rows = 0;
        db::Step step;
        while ((step = select->step()) == db::Step::Row) {
            for (int c = 0; c < n; ++c) {
                if (c)
                    data += '\t';
                appendCopyValue(data, select->isNull(c) ? PgValue() : PgValue(select->utf8(c).toByteArray()));
            }
            if (records) {
                data += '\t';
                appendCopyValue(data, searchTokens(select->text(2), select->text(10)).toUtf8());
            }
            data += '\n';
            ++rows;
        }
        if (step == db::Step::Error) {
            server.rollback();
            return makeError(QCoreApplication::translate("Team", "Cannot read %1 from %2: %3")
                                 .arg(QLatin1String(t.name), filePath, select->error()));
        }
        if (rows == 0)
            continue;
        const QByteArray copy = QByteArray("COPY ") + t.name + " (" + t.columns + (records ? ", search_tokens" : "")
            + ") FROM STDIN";
        if (auto st = server.copyIn(copy, data); !st) {
            server.rollback();
            return makeError(QCoreApplication::translate("Team", "Cannot move the %1 to the team server: %2")
                                 .arg(QLatin1String(t.name), st.error()));
        }
    }
    // New rows continue the numbering of the file.
    auto sequences = server.run(
        "SELECT setval(pg_get_serial_sequence('records', 'seq'), greatest(coalesce(max(seq), 0), 1), max(seq) IS NOT NULL) "
        "FROM records; "
        "SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), greatest(coalesce(max(seq), 0), 1), "
        "max(seq) IS NOT NULL) FROM audit_log");
    if (!sequences.ok()) {
        server.rollback();
        return makeError(QCoreApplication::translate("Team", "Cannot move the project to the team server: %1")
                             .arg(sequences.error()));
    }
    auto note = server.run("SELECT dyad_append_audit(NULL, 'project.move-to-server', 'project', "
                           "(SELECT value FROM meta WHERE key = 'project_id'), $1)",
                           {QByteArray("{\"from\":") + '"' + QFileInfo(filePath).fileName().toUtf8().replace('"', "'")
                                + "\"}"});
    if (!note.ok()) {
        server.rollback();
        return makeError(
            QCoreApplication::translate("Team", "Cannot move the project to the team server: %1").arg(note.error()));
    }
    return server.commit();
}

Status snapshotToFile(PgConnection &server, const QString &filePath)
{
    const QString partial = filePath + QStringLiteral(".partial");
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(partial + QLatin1String(suffix));
    auto removePartial = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    Status result = [&]() -> Status {
        auto store = db::SqliteStore::create(partial);
        if (!store)
            return store.takeError();
        db::Database &file = (*store)->database();
        auto tx = db::Transaction::begin(file);
        if (!tx)
            return tx.takeError();
        if (server.transactionDepth() > 0)
            return makeError(
                QCoreApplication::translate("Team", "A snapshot cannot be taken in the middle of a change."));
        if (auto r = server.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !r.ok())
            return makeError(QCoreApplication::translate("Team", "Cannot read the team project: %1").arg(r.error()));
        auto endRead = qScopeGuard([&] { server.run("ROLLBACK"); });
        for (const Table &t : kTables) {
            const int n = columnCount(t);
            QByteArray insert = QByteArray("INSERT INTO ") + t.name + " (" + t.columns + ") VALUES (";
            for (int c = 0; c < n; ++c)
                insert += (c ? ", ?" : "?") + QByteArray::number(c + 1);
            insert += ")";
            auto stmt = file.prepare(insert.constData());
            if (!stmt)
                return makeError(
                    QCoreApplication::translate("Team", "Cannot write %1: %2").arg(filePath, stmt.error()));
            if (auto r = server.run("DECLARE snap NO SCROLL CURSOR FOR " + selectSql(t, false)); !r.ok())
                return makeError(QCoreApplication::translate("Team", "Cannot read the %1 from the team server: %2")
                                     .arg(QLatin1String(t.name), r.error()));
            for (;;) {
                auto batch = server.run("FETCH 20000 FROM snap");
                if (!batch.ok())
                    return makeError(QCoreApplication::translate("Team", "Cannot read the %1 from the team server: %2")
                                         .arg(QLatin1String(t.name), batch.error()));
                if (batch.rows() == 0)
                    break;
                for (int row = 0; row < batch.rows(); ++row) {
                    stmt->reset();
                    for (int c = 0; c < n; ++c) {
                        if (batch.isNull(row, c))
                            stmt->bindNull(c + 1);
                        else
                            stmt->bind(c + 1, batch.text(row, c));
                    }
                    if (auto st = stmt->run(); !st)
                        return makeError(QCoreApplication::translate("Team", "Cannot write the %1 to %2: %3")
                                             .arg(QLatin1String(t.name), filePath, st.error()));
                }
            }
            server.run("CLOSE snap");
        }
        // The file's search index is filled by SqliteStore::insertRecord(); rows copied here
        // are indexed in one go.
        if (auto st = file.exec("INSERT INTO record_fts (record_fts) VALUES ('rebuild')"); !st)
            return st;
        return tx->commit();
    }();
    if (!result) {
        removePartial();
        return result;
    }
    // rename() replaces an older copy at once: there is never a half-written file at filePath.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(filePath).constData()) != 0) {
        removePartial();
        return makeError(QCoreApplication::translate("Team", "Cannot write the snapshot to %1.").arg(filePath));
    }
    return {};
}

} // namespace dyad::core::pg
