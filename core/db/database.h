#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <type_traits>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace dyad::core::db {

class Statement;

/** How a database file is opened. */
enum class OpenMode {
    ReadWrite,   ///< existing file, read and write
    ReadOnly,    ///< existing file, never written (not even the WAL)
    Create,      ///< new file; fails if it exists
};

/**
 * An open SQLite connection. Move-only; closes in its destructor. The raw handle never
 * leaves core/db: everything else talks to Statement and Transaction.
 */
class Database
{
public:
    Database() = default;
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (or creates) the file with WAL, foreign keys and a busy timeout set. */
    static Result<Database> open(const QString &path, OpenMode mode);
    /** An in-memory database (tests, scratch work). */
    static Result<Database> openMemory();

    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    const QString &path() const { return m_path; }

    /**
     * The settings of a file open for writing: WAL, synchronous=FULL (docs/schema.md,
     * Durability), the usual page cache and memory mapping. open() sets them; a load that changed them for a
     * while (SqliteUnpublishedLoad) sets them again.
     */
    Status useWriteSettings();

    /** Runs one or more statements without results. */
    Status exec(const char *sql);
    /** Compiles one statement. */
    Result<Statement> prepare(const char *sql) const;

    /** Single integer from a query such as a PRAGMA (0 when no row). */
    Result<std::int64_t> queryInt(const char *sql) const;

    std::int64_t lastInsertRowId() const;
    int changes() const;
    QString lastError() const;

    /** Copies the whole database into another file with the online backup API. */
    Status backupTo(const QString &targetPath) const;
    /**
     * Flushes the database file to the disk (SQLite's own sync of the main file, as at a
     * commit with synchronous=FULL): for a file written with synchronous=OFF before it is used.
     */
    Status syncFile();

private:
    friend class Statement;
    friend class Transaction;
    friend struct DatabaseAccess;
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
};

/** What Statement::step() found. */
enum class Step { Row, Done, Error };

/**
 * A prepared statement with typed binds (1-based, as in SQLite) and column reads
 * (0-based). Values are always bound, never concatenated into SQL.
 */
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    template<typename T>
        requires std::is_integral_v<T>
    Statement &bind(int index, T value)
    {
        return bindInt64(index, static_cast<long long>(value));
    }
    Statement &bindInt64(int index, long long value);
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);   ///< null QString binds NULL
    Statement &bind(int index, const QByteArray &value);
    /** Binds UTF-8 text as it is (copied by SQLite), without going through a QString. */
    Statement &bindUtf8(int index, QByteArrayView utf8);
    Statement &bind(int index, const char *utf8) = delete;
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const std::optional<long long> &value);

    /** Advances; on Error, error() tells why. */
    Step step();
    /** Steps to completion of a statement without result rows. */
    Status run();
    /** Resets for re-execution and clears the bindings. */
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    /** The column's UTF-8 bytes without a copy; valid until the next step() or reset(). */
    QByteArrayView utf8(int column) const;
    int columnCount() const;

    QString error() const;
    bool isValid() const { return m_stmt != nullptr; }

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_bindError;
};

/**
 * A statement in use by one call: resets it when it goes out of scope. A stepped statement
 * that is not reset keeps its read transaction open, so the connection goes on seeing an old
 * snapshot, cannot start a write (SQLITE_BUSY_SNAPSHOT, without waiting) and keeps the WAL
 * from being checkpointed. Cached statements are only ever handed out through this guard,
 * so a reset cannot be forgotten.
 */
class ScopedStatement
{
public:
    explicit ScopedStatement(Statement &statement) : m_statement(&statement) {}
    ~ScopedStatement() { m_statement->reset(); }
    ScopedStatement(const ScopedStatement &) = delete;
    ScopedStatement &operator=(const ScopedStatement &) = delete;

    Statement *operator->() const { return m_statement; }
    Statement &operator*() const { return *m_statement; }

private:
    Statement *m_statement;
};

/**
 * A move-only transaction that rolls back in its destructor unless committed.
 * Nested use is supported through savepoints.
 */
class Transaction
{
public:
    static Result<Transaction> begin(Database &db);
    ~Transaction();
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status commit();
    void rollback();
    bool isActive() const { return m_db != nullptr; }

private:
    Transaction(Database *db, QByteArray savepoint) : m_db(db), m_savepoint(std::move(savepoint)) {}
    Database *m_db = nullptr;
    QByteArray m_savepoint;   ///< empty for the outermost transaction
};

} // namespace dyad::core::db
