#include "core/db/sqliteunpublishedload.h"

#include "core/db/database.h"

#include <QCoreApplication>

namespace dyad::core::db {

namespace {

/**
 * The page cache while a batch loads (KiB): the codings' primary key takes random inserts, and
 * a cache that holds it keeps them from spilling pages to the file in the middle of the batch.
 * No memory mapping: building the indexes reads the whole file, and every page read through
 * the mapping would stay in the process's resident memory.
 */
constexpr const char *kLoadSettings = "PRAGMA synchronous=OFF; PRAGMA cache_size=-65536; PRAGMA mmap_size=0";

/** The tables a bulk write fills, whose secondary indexes are built after the batch. */
constexpr const char *kLoadedIndexes =
    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
    "AND tbl_name IN ('records', 'codes', 'codings', 'assignments', 'record_memos', 'audit_log') ORDER BY name";

Result<QString> journalMode(Database &db, const char *pragma)
{
    auto s = db.prepare(pragma);
    if (!s)
        return s.takeError();
    if (s->step() != Step::Row)
        return makeError(s->error());
    return s->text(0);
}

} // namespace

Result<std::unique_ptr<UnpublishedLoad>> SqliteUnpublishedLoad::begin(Database &db)
{
    // Changing the journal mode needs the file to be ours alone and no transaction open.
    auto mode = journalMode(db, "PRAGMA journal_mode=MEMORY");
    if (!mode)
        return mode.takeError();
    if (mode->compare(QLatin1String("memory"), Qt::CaseInsensitive) != 0)
        return makeError(QCoreApplication::translate("Storage", "Cannot prepare %1 for the import: it is in use.").arg(db.path()));
    std::unique_ptr<SqliteUnpublishedLoad> load(new SqliteUnpublishedLoad(db));
    if (auto st = db.exec(kLoadSettings); !st)
        return st.takeError(); // the destructor goes back to WAL
    return std::unique_ptr<UnpublishedLoad>(std::move(load));
}

SqliteUnpublishedLoad::~SqliteUnpublishedLoad()
{
    if (!m_finished)
        (void)restoreSettings();
}

Status SqliteUnpublishedLoad::start()
{
    std::vector<QByteArray> names;
    {
        auto s = m_db.prepare(kLoadedIndexes);
        if (!s)
            return s.takeError();
        Step step;
        while ((step = s->step()) == Step::Row) {
            names.push_back(s->utf8(0).toByteArray());
            m_indexes.push_back(s->utf8(1).toByteArray());
        }
        if (step == Step::Error)
            return makeError(s->error());
    }
    for (const QByteArray &name : names)
        if (auto st = m_db.exec(("DROP INDEX \"" + name + '"').constData()); !st)
            return st;
    return {};
}

Status SqliteUnpublishedLoad::complete()
{
    // Each index is built in one pass over its sorted keys.
    for (const QByteArray &sql : m_indexes)
        if (auto st = m_db.exec(sql.constData()); !st)
            return st;
    m_indexes.clear();
    return {};
}

Status SqliteUnpublishedLoad::restoreSettings()
{
    if (auto st = m_db.useWriteSettings(); !st)
        return st;
    auto mode = journalMode(m_db, "PRAGMA journal_mode");
    if (!mode)
        return mode.takeError();
    if (mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(QCoreApplication::translate("Storage", "Cannot switch %1 back to write-ahead logging.").arg(m_db.path()));
    return {};
}

Status SqliteUnpublishedLoad::finish()
{
    m_finished = true;
    if (auto st = restoreSettings(); !st)
        return st;
    // Everything went to the database file itself (the WAL is empty): flush it now, as the
    // commit did not.
    return m_db.syncFile();
}

} // namespace dyad::core::db
