#include "core/db/database.h"

#include "core/db/icutokenizer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace dyad::core::db {

namespace {

QString sqliteMessage(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QCoreApplication::translate("Storage", "out of memory");
}

std::atomic<int> s_savepointCounter{0};

/** The page cache, memory mapping and temporary storage of a connection that may write (see open()). */
constexpr const char *kWriterMemory = "PRAGMA cache_size=-16384; PRAGMA mmap_size=268435456; PRAGMA temp_store=MEMORY";

/** How long a write waits for another connection's write to finish (sqlite3_busy_timeout). */
constexpr int kBusyTimeoutMs = 5000;

bool isBusy(sqlite3 *db)
{
    const int code = sqlite3_errcode(db);
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

QString busyMessage(const QString &path)
{
    return QCoreApplication::translate("Storage", "Another program is writing to %1 and did not finish within %2 seconds; nothing was "
                          "changed. Try again once it is done.")
        .arg(path)
        .arg(kBusyTimeoutMs / 1000);
}

} // namespace

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_readOnly(other.m_readOnly)
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_readOnly = other.m_readOnly;
    }
    return *this;
}

Result<Database> Database::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (mode == OpenMode::Create && info.exists())
        return makeError(QCoreApplication::translate("Storage", "Cannot create %1: a file with that name already exists.").arg(path));
    if (mode != OpenMode::Create && !info.exists())
        return makeError(QCoreApplication::translate("Storage", "Cannot open %1: no such file.").arg(path));
    if (mode != OpenMode::Create && info.isDir())
        return makeError(QCoreApplication::translate("Storage", "Cannot open %1: it is a folder, not a project file.").arg(path));

    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }

    Database db;
    db.m_path = path;
    db.m_readOnly = mode == OpenMode::ReadOnly;
    const QByteArray encoded = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(encoded.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return makeError(QCoreApplication::translate("Storage", "Cannot open %1: %2.").arg(path, sqliteMessage(db.m_db)));
    sqlite3_extended_result_codes(db.m_db, 1);
    if (mode == OpenMode::ReadWrite && sqlite3_db_readonly(db.m_db, "main") == 1)
        db.m_readOnly = true; // the file system refuses writes: open it for reading only
    sqlite3_busy_timeout(db.m_db, kBusyTimeoutMs);
    if (!registerIcuTokenizer(db.m_db))
        return makeError(QCoreApplication::translate("Storage", "Cannot open %1: the full-text tokenizer could not be registered.").arg(path));

    // Reading the header validates that this is an SQLite file at all.
    if (auto probe = db.queryInt("PRAGMA schema_version"); !probe)
        return makeError(QCoreApplication::translate("Storage", "%1 is not a Dyad project (it is not an SQLite database, or it is damaged): %2")
                             .arg(path, probe.error()));

    // Memory-mapped reads for agreement and analysis queries, and a 16 MB page cache: a
    // larger one only costs a bulk import its page faults (the corpus import ran 0.45 s
    // slower with 64 MB), and reads come from the mapping anyway (kWriterMemory).
    //
    // A connection asked for read-only (a second reader beside the window's connection, e.g.
    // the workbench counting codings on a worker thread) reads through its page cache: its
    // own mapping of the file would map the same pages again, which showed as +300 MB of
    // resident memory when the 2 × 200,000-coding project opened (463 MB instead of 161 MB).
    if (!db.m_readOnly) {
        if (auto st = db.useWriteSettings(); !st)
            return makeError(QCoreApplication::translate("Storage", "Cannot open %1 for writing: %2").arg(path, st.error()));
    } else {
        if (auto st = db.exec("PRAGMA query_only=ON"); !st)
            return st.takeError();
        (void)db.exec(mode == OpenMode::ReadOnly ? "PRAGMA cache_size=-16384; PRAGMA temp_store=MEMORY" : kWriterMemory);
    }
    if (auto st = db.exec("PRAGMA foreign_keys=ON"); !st)
        return st.takeError();
    return db;
}

Status Database::useWriteSettings()
{
    if (auto st = exec("PRAGMA journal_mode=WAL"); !st)
        return st;
    // FULL: the WAL is synced at every commit, so an acknowledged change survives a power
    // cut as well as a crash (NORMAL syncs only at checkpoints: a crash of Dyad loses
    // nothing, a power cut may lose the last commits). See docs/schema.md, Durability.
    if (auto st = exec("PRAGMA synchronous=FULL"); !st)
        return st;
    (void)exec(kWriterMemory); // as in open(): not fatal
    return {};
}

Result<Database> Database::openMemory()
{
    Database db;
    db.m_path = QStringLiteral(":memory:");
    if (sqlite3_open_v2(":memory:", &db.m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return makeError(QCoreApplication::translate("Storage", "Cannot open an in-memory database: %1.").arg(sqliteMessage(db.m_db)));
    registerIcuTokenizer(db.m_db);
    if (auto st = db.exec("PRAGMA foreign_keys=ON"); !st)
        return st.takeError();
    return db;
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        QString text = message ? QString::fromUtf8(message) : sqliteMessage(m_db);
        sqlite3_free(message);
        return makeError(text);
    }
    return {};
}

Result<Statement> Database::prepare(const char *sql) const
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return makeError(QCoreApplication::translate("Storage", "SQL error: %1").arg(sqliteMessage(m_db)));
    return Statement(m_db, stmt);
}

Result<std::int64_t> Database::queryInt(const char *sql) const
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.takeError();
    switch (stmt->step()) {
    case Step::Row: return stmt->int64(0);
    case Step::Done: return std::int64_t{0};
    case Step::Error: break;
    }
    return makeError(stmt->error());
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::lastError() const
{
    return sqliteMessage(m_db);
}

Status Database::backupTo(const QString &targetPath) const
{
    // The copy is made in a temporary file next to the target and renamed over it only
    // when complete: a full disk leaves neither a half copy nor a lost older copy.
    if (QFileInfo(targetPath).isDir())
        return makeError(QCoreApplication::translate("Storage", "Cannot write %1: it is a folder.").arg(targetPath));
    const QString temp = QStringLiteral("%1.part-%2").arg(targetPath).arg(QCoreApplication::applicationPid());
    auto removeTemp = [&] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temp + QLatin1String(suffix));
    };
    removeTemp();
    sqlite3 *target = nullptr;
    const QByteArray encoded = QFile::encodeName(temp);
    if (sqlite3_open_v2(encoded.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString message = sqliteMessage(target);
        sqlite3_close_v2(target);
        removeTemp();
        return makeError(QCoreApplication::translate("Storage", "Cannot write %1: %2.").arg(targetPath, message));
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup) {
        const QString message = sqliteMessage(target);
        sqlite3_close_v2(target);
        removeTemp();
        return makeError(QCoreApplication::translate("Storage", "Cannot copy to %1: %2.").arg(targetPath, message));
    }
    int rc;
    do {
        rc = sqlite3_backup_step(backup, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    QString message;
    if (rc != SQLITE_DONE)
        message = sqliteMessage(target);
    const int closed = sqlite3_close_v2(target);
    if (rc != SQLITE_DONE || closed != SQLITE_OK) {
        removeTemp();
        return makeError(QCoreApplication::translate("Storage", "Copying to %1 failed: %2. Nothing was written.").arg(targetPath, message));
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        const QString cause = QString::fromLocal8Bit(std::strerror(errno));
        removeTemp();
        return makeError(QCoreApplication::translate("Storage", "Cannot write %1: %2.").arg(targetPath, cause));
    }
    return {};
}

Status Database::syncFile()
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods)
        return makeError(QCoreApplication::translate("Storage", "Cannot write %1 to the disk: %2.").arg(m_path, sqliteMessage(m_db)));
    if (file->pMethods->xSync(file, SQLITE_SYNC_FULL) != SQLITE_OK)
        return makeError(QCoreApplication::translate("Storage", "Cannot write %1 to the disk (the sync failed).").arg(m_path));
    return {};
}

// --- Statement -------------------------------------------------------------------

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::move(other.m_bindError))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

namespace {
void noteBind(int rc, sqlite3 *db, QString &error)
{
    if (rc != SQLITE_OK && error.isEmpty())
        error = QCoreApplication::translate("Storage", "bind failed: %1").arg(sqliteMessage(db));
}
} // namespace

Statement &Statement::bindInt64(int index, long long value)
{
    noteBind(sqlite3_bind_int64(m_stmt, index, value), m_db, m_bindError);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    noteBind(sqlite3_bind_double(m_stmt, index, value), m_db, m_bindError);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    noteBind(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT),
             m_db, m_bindError);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    noteBind(sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT),
             m_db, m_bindError);
    return *this;
}

Statement &Statement::bindUtf8(int index, QByteArrayView utf8)
{
    noteBind(sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT), m_db,
             m_bindError);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    noteBind(sqlite3_bind_null(m_stmt, index), m_db, m_bindError);
    return *this;
}

Statement &Statement::bindOptional(int index, const std::optional<long long> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Step Statement::step()
{
    if (!m_bindError.isEmpty())
        return Step::Error;
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW: return Step::Row;
    case SQLITE_DONE: return Step::Done;
    default: return Step::Error;
    }
}

Status Statement::run()
{
    Step s;
    while ((s = step()) == Step::Row) {
    }
    if (s == Step::Error) {
        const QString message = error();
        sqlite3_reset(m_stmt);
        return makeError(message);
    }
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError.clear();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::error() const
{
    if (!m_bindError.isEmpty())
        return m_bindError;
    return sqliteMessage(m_db);
}

// --- Transaction -----------------------------------------------------------------

Result<Transaction> Transaction::begin(Database &db)
{
    if (db.isReadOnly())
        return makeError(QCoreApplication::translate("Storage", "The project is open read-only; changes cannot be saved."));
    if (sqlite3_get_autocommit(db.m_db)) {
        // IMMEDIATE takes the write lock now, waiting up to the busy timeout for another
        // writer. A deferred BEGIN would take it at the first write, and SQLite does not wait
        // there when the read snapshot is already stale: it fails at once.
        if (auto st = db.exec("BEGIN IMMEDIATE"); !st) {
            if (isBusy(db.m_db))
                return makeError(busyMessage(db.m_path));
            return makeError(QCoreApplication::translate("Storage", "Cannot start a transaction: %1").arg(st.error()));
        }
        return Transaction(&db, QByteArray());
    }
    const QByteArray name = "sp" + QByteArray::number(++s_savepointCounter);
    if (auto st = db.exec(("SAVEPOINT " + name).constData()); !st)
        return makeError(QCoreApplication::translate("Storage", "Cannot start a savepoint: %1").arg(st.error()));
    return Transaction(&db, name);
}

Transaction::~Transaction()
{
    rollback();
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_savepoint(std::move(other.m_savepoint))
{
}

Status Transaction::commit()
{
    if (!m_db)
        return makeError(QCoreApplication::translate("Storage", "The transaction is no longer active."));
    Status st = m_savepoint.isEmpty() ? m_db->exec("COMMIT")
                                      : m_db->exec(("RELEASE " + m_savepoint).constData());
    if (!st) {
        const bool busy = isBusy(m_db->m_db);
        rollback();
        if (busy)
            return makeError(busyMessage(m_db->m_path));
        return makeError(QCoreApplication::translate("Storage", "Saving failed: %1").arg(st.error()));
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (!m_db)
        return;
    if (m_savepoint.isEmpty()) {
        (void)m_db->exec("ROLLBACK");
    } else {
        (void)m_db->exec(("ROLLBACK TO " + m_savepoint).constData());
        (void)m_db->exec(("RELEASE " + m_savepoint).constData());
    }
    m_db = nullptr;
}

} // namespace dyad::core::db
