#include "core/db/migrations.h"

#include "core/db/database.h"

#include <vector>

#include <QCoreApplication>

namespace dyad::core::db {

namespace {

/**
 * Forward migrations: entry i brings a database from user_version i to i + 1. Never edit a
 * released step; append a new one. Identities are UUID text, times UTC ISO-8601, and the
 * SQL stays portable where it can (the FTS table and triggers are SQLite's own).
 */
const std::vector<const char *> &steps()
{
    static const std::vector<const char *> s_steps = {
        // 0 -> 1: the base schema.
        R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE reviewers (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    role    TEXT NOT NULL CHECK (role IN ('reviewer', 'adjudicator', 'lead', 'consensus')),
    created TEXT NOT NULL
);

CREATE TABLE records (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL DEFAULT '',
    authors       TEXT NOT NULL DEFAULT '[]',
    year          INTEGER,
    journal       TEXT NOT NULL DEFAULT '',
    doi           TEXT NOT NULL DEFAULT '',
    pmid          TEXT NOT NULL DEFAULT '',
    keywords      TEXT NOT NULL DEFAULT '[]',
    language      TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    text_length   INTEGER NOT NULL,
    text_version  INTEGER NOT NULL DEFAULT 1,
    source_format TEXT NOT NULL DEFAULT '',
    source_name   TEXT NOT NULL DEFAULT '',
    raw_source    TEXT NOT NULL DEFAULT '',
    attributes    TEXT NOT NULL DEFAULT '{}',
    created       TEXT NOT NULL
);
CREATE INDEX records_doi ON records (doi) WHERE doi <> '';
CREATE INDEX records_pmid ON records (pmid) WHERE pmid <> '';

CREATE TABLE record_text_versions (
    record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    version   INTEGER NOT NULL,
    text      TEXT NOT NULL,
    created   TEXT NOT NULL,
    PRIMARY KEY (record_id, version)
);

CREATE VIRTUAL TABLE record_fts USING fts5 (
    title, text, content = 'records', content_rowid = 'seq', tokenize = 'dyad'
);
CREATE TRIGGER records_fts_insert AFTER INSERT ON records BEGIN
    INSERT INTO record_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
    INSERT INTO record_fts (record_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER records_fts_update AFTER UPDATE OF title, text ON records BEGIN
    INSERT INTO record_fts (record_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO record_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TABLE codes (
    id              TEXT PRIMARY KEY,
    parent_id       TEXT REFERENCES codes (id),
    name            TEXT NOT NULL CHECK (name <> ''),
    color           TEXT NOT NULL DEFAULT '#888888',
    definition      TEXT NOT NULL DEFAULT '',
    use_when        TEXT NOT NULL DEFAULT '',
    do_not_use_when TEXT NOT NULL DEFAULT '',
    example         TEXT NOT NULL DEFAULT '',
    memo            TEXT NOT NULL DEFAULT '',
    creator_id      TEXT REFERENCES reviewers (id),
    shared          INTEGER NOT NULL DEFAULT 1,
    sort_order      INTEGER NOT NULL DEFAULT 0,
    created         TEXT NOT NULL
);
CREATE INDEX codes_parent ON codes (parent_id);

CREATE TABLE rounds (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    phase     TEXT NOT NULL CHECK (phase IN ('independent', 'reconciliation', 'closed')),
    unblinded INTEGER NOT NULL DEFAULT 0,
    created   TEXT NOT NULL
);

CREATE TABLE assignments (
    round_id    TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    record_id   TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    reviewer_id TEXT NOT NULL REFERENCES reviewers (id),
    status      TEXT NOT NULL DEFAULT 'not-started'
                CHECK (status IN ('not-started', 'in-progress', 'done')),
    changed     TEXT NOT NULL,
    PRIMARY KEY (round_id, record_id, reviewer_id)
);
CREATE INDEX assignments_reviewer ON assignments (reviewer_id, round_id);
CREATE INDEX assignments_record ON assignments (record_id);

CREATE TABLE codings (
    id           TEXT PRIMARY KEY,
    record_id    TEXT NOT NULL REFERENCES records (id),
    code_id      TEXT NOT NULL REFERENCES codes (id),
    reviewer_id  TEXT NOT NULL REFERENCES reviewers (id),
    round_id     TEXT REFERENCES rounds (id),
    start_pos    INTEGER NOT NULL CHECK (start_pos >= 0),
    end_pos      INTEGER NOT NULL,
    text_version INTEGER NOT NULL DEFAULT 1,
    memo         TEXT NOT NULL DEFAULT '',
    created      TEXT NOT NULL,
    modified     TEXT NOT NULL,
    CHECK (end_pos > start_pos)
);
CREATE INDEX codings_record ON codings (record_id, reviewer_id);
CREATE INDEX codings_code ON codings (code_id);
CREATE INDEX codings_reviewer ON codings (reviewer_id, round_id);

CREATE TABLE record_memos (
    record_id TEXT NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES reviewers (id),
    text      TEXT NOT NULL,
    modified  TEXT NOT NULL,
    PRIMARY KEY (record_id, author_id)
);

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor_id    TEXT,
    action      TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT,
    details     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_entity ON audit_log (entity_type, entity_id);
)sql",
        // 1 -> 2: reconciliation. The decision log (who decided what about which group of
        // codings, with before/after and the codebook state as JSON, undone rather than
        // deleted), the consensus codings each decision wrote, and escalations to an adjudicator.
        R"sql(
CREATE TABLE reconcile_decisions (
    id          TEXT PRIMARY KEY,
    seq         INTEGER NOT NULL UNIQUE,
    batch_id    TEXT NOT NULL,
    group_key   TEXT NOT NULL,
    record_id   TEXT NOT NULL REFERENCES records (id),
    round_id    TEXT REFERENCES rounds (id),
    reviewer_a  TEXT NOT NULL REFERENCES reviewers (id),
    reviewer_b  TEXT NOT NULL REFERENCES reviewers (id),
    kind        TEXT NOT NULL
                CHECK (kind IN ('exact', 'boundary', 'a-only', 'b-only', 'code-conflict', 'codebook-mismatch')),
    outcome     TEXT NOT NULL CHECK (outcome IN ('a', 'b', 'both', 'neither', 'edit', 'merge')),
    rationale   TEXT NOT NULL DEFAULT '',
    decided_by  TEXT REFERENCES reviewers (id),
    decided_at  TEXT NOT NULL,
    before_json TEXT NOT NULL DEFAULT '[]',
    codebook    TEXT NOT NULL DEFAULT '[]',
    undone_at   TEXT,
    undone_by   TEXT REFERENCES reviewers (id)
);
CREATE INDEX reconcile_decisions_record ON reconcile_decisions (record_id);
CREATE INDEX reconcile_decisions_pair ON reconcile_decisions (reviewer_a, reviewer_b);
CREATE INDEX reconcile_decisions_batch ON reconcile_decisions (batch_id);

CREATE TABLE reconcile_decision_codings (
    decision_id TEXT NOT NULL REFERENCES reconcile_decisions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    coding_id   TEXT NOT NULL,
    code_id     TEXT NOT NULL,
    code_name   TEXT NOT NULL,
    start_pos   INTEGER NOT NULL,
    end_pos     INTEGER NOT NULL,
    PRIMARY KEY (decision_id, position)
);

CREATE TABLE reconcile_escalations (
    id           TEXT PRIMARY KEY,
    group_key    TEXT NOT NULL,
    record_id    TEXT NOT NULL REFERENCES records (id),
    round_id     TEXT REFERENCES rounds (id),
    reviewer_a   TEXT NOT NULL REFERENCES reviewers (id),
    reviewer_b   TEXT NOT NULL REFERENCES reviewers (id),
    note         TEXT NOT NULL DEFAULT '',
    escalated_by TEXT REFERENCES reviewers (id),
    escalated_at TEXT NOT NULL,
    cleared_at   TEXT,
    cleared_by   TEXT REFERENCES reviewers (id)
);
CREATE INDEX reconcile_escalations_pair ON reconcile_escalations (reviewer_a, reviewer_b);
)sql",
        // 2 -> 3: agreement snapshots: the figures of one agreement computation (round, reviewers,
        // settings, time, per-code/theme/pooled figures as JSON), so a team can follow
        // agreement across rounds. code_id is not a foreign key: a snapshot keeps its
        // figures after codes are merged or deleted (the name is in the figures).
        R"sql(
CREATE TABLE agreement_snapshots (
    id         TEXT PRIMARY KEY,
    round_id   TEXT REFERENCES rounds (id),
    reviewers  TEXT NOT NULL,
    unit       TEXT NOT NULL,
    settings   TEXT NOT NULL DEFAULT '{}',
    created    TEXT NOT NULL,
    created_by TEXT REFERENCES reviewers (id),
    summary    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX agreement_snapshots_round ON agreement_snapshots (round_id);

CREATE TABLE agreement_snapshot_rows (
    snapshot_id TEXT NOT NULL REFERENCES agreement_snapshots (id) ON DELETE CASCADE,
    scope_kind  TEXT NOT NULL CHECK (scope_kind IN ('code', 'theme', 'pooled')),
    code_id     TEXT NOT NULL DEFAULT '',
    figures     TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, scope_kind, code_id)
);
)sql",
        // 3 -> 4: new records are indexed by SqliteStore::insertRecord() itself. A trigger
        // makes every INSERT a multi-statement write with a statement savepoint, and FTS5
        // (SQLite 3.40) flushes its pending index at each savepoint: importing 17,600
        // records spent half its time there.
        R"sql(
DROP TRIGGER records_fts_insert;
)sql",
        // 4 -> 5: row versions for codings and record memos. Every change raises the version by
        // one; a change made on what a window showed is written only if the version is still
        // the one it read, so two processes editing one coding or memo end in one outcome.
        R"sql(
ALTER TABLE codings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE record_memos ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
)sql",
    };
    return s_steps;
}

} // namespace

int currentSchemaVersion()
{
    return static_cast<int>(steps().size());
}

MigrationResult inspect(const Database &db, QString *error)
{
    auto appId = db.queryInt("PRAGMA application_id");
    auto version = db.queryInt("PRAGMA user_version");
    auto tables = db.queryInt("SELECT count(*) FROM sqlite_schema");
    if (!appId || !version || !tables) {
        if (error)
            *error = QCoreApplication::translate("Storage", "it is not a Dyad project (not an SQLite database, or damaged).");
        return MigrationResult::NotADyadFile;
    }
    if (*appId == 0 && *version == 0 && *tables == 0)
        return MigrationResult::Migrated; // empty: will be created
    if (*appId != kApplicationId) {
        if (error)
            *error = QCoreApplication::translate("Storage", "it is an SQLite database, but not a Dyad project.");
        return MigrationResult::NotADyadFile;
    }
    if (*version > currentSchemaVersion()) {
        if (error)
            *error = QCoreApplication::translate("Storage", "it was written by a newer version of Dyad (schema %1; this version reads up to %2). "
                                    "Please update Dyad.")
                         .arg(*version)
                         .arg(currentSchemaVersion());
        return MigrationResult::TooNew;
    }
    return *version == currentSchemaVersion() ? MigrationResult::UpToDate : MigrationResult::Migrated;
}

MigrationResult migrate(Database &db, QString *error)
{
    const MigrationResult state = inspect(db, error);
    if (state != MigrationResult::Migrated)
        return state;
    if (db.isReadOnly()) {
        if (error)
            *error = QCoreApplication::translate("Storage", "it needs an upgrade to this version of Dyad, but it is open read-only.");
        return MigrationResult::Failed;
    }
    auto tx = Transaction::begin(db);
    if (!tx) {
        if (error)
            *error = tx.error();
        return MigrationResult::Failed;
    }
    const int from = static_cast<int>(db.queryInt("PRAGMA user_version").value());
    for (int v = from; v < currentSchemaVersion(); ++v) {
        if (auto st = db.exec(steps()[static_cast<size_t>(v)]); !st) {
            if (error)
                *error = QCoreApplication::translate("Storage", "upgrading the schema from version %1 failed: %2").arg(v).arg(st.error());
            return MigrationResult::Failed;
        }
    }
    const QByteArray pragmas = "PRAGMA application_id = " + QByteArray::number(kApplicationId)
        + "; PRAGMA user_version = " + QByteArray::number(currentSchemaVersion()) + ";";
    if (auto st = db.exec(pragmas.constData()); !st) {
        if (error)
            *error = st.error();
        return MigrationResult::Failed;
    }
    if (auto st = tx->commit(); !st) {
        if (error)
            *error = st.error();
        return MigrationResult::Failed;
    }
    return MigrationResult::Migrated;
}

} // namespace dyad::core::db
