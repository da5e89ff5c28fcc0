#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <vector>

struct pg_conn;
struct pg_result;

namespace dyad::core::pg {

/** One bound value: text in PostgreSQL's input syntax, or NULL. */
using PgValue = std::optional<QByteArray>;

/** A null QString is NULL; anything else its UTF-8. */
PgValue value(const QString &text);
PgValue value(qint64 number);

/** One statement of a batch (PgConnection::execBatch()): prepared SQL and its values. */
struct PgStatement
{
    const char *sql = nullptr; ///< must outlive the connection (a literal)
    std::vector<PgValue> params;
};

/** A query result; frees itself. Rows and columns count from 0. */
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result, QString error);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    /** The SQLSTATE of a failed statement ("40001" serialization failure, "42501" privilege). */
    QByteArray sqlState() const;
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArrayView bytes(int row, int column) const;
    qint64 int64(int row, int column) const;
    /** Rows an INSERT, UPDATE or DELETE touched. */
    qint64 affected() const;
    /** The command tag, e.g. "COMMIT", "ROLLBACK", "INSERT 0 1". */
    QByteArray commandStatus() const;

private:
    pg_result *m_result = nullptr;
    QString m_error;
};

/**
 * One libpq connection. The location is a libpq connection string or URI
 * (postgresql://...); passwords come from libpq's own means (PGPASSWORD, ~/.pgpass, peer or
 * certificate authentication), never from Dyad. Statements are prepared once per
 * connection and values are always bound.
 */
class PgConnection
{
public:
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    static Result<std::unique_ptr<PgConnection>> connect(const QString &location);

    /** Runs one statement, prepared on first use (`sql` must outlive the connection). */
    PgResult exec(const char *sql, const std::vector<PgValue> &params = {});
    /** Runs SQL text once, unprepared (several statements allowed when there are no params). */
    PgResult run(const QByteArray &sql, const std::vector<PgValue> &params = {});

    /**
     * COPY ... FROM STDIN: sends `data` (COPY's text format, one row a line) and finishes.
     * Use copyEscape() for each value.
     */
    Status copyIn(const QByteArray &copySql, const QByteArray &data);

    /**
     * Runs many statements in order without waiting for each answer (libpq's pipeline mode):
     * they go to the server in groups and the answers are read once per group, so N inserts
     * cost a few round trips instead of N. The statements join the open transaction (or run
     * in one of their own); the first one the server refuses aborts it. On failure
     * @p failedAt is the index of that statement and the error is the server's message.
     */
    Status execBatch(std::span<const PgStatement> statements, size_t &failedAt, QByteArray *sqlState = nullptr);

    /** BEGIN, or a savepoint inside a transaction; false with the reason on failure. */
    Status begin();
    Status commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    /** Reads what the server sent; the number of change notices from other sessions since last asked. */
    int takeForeignChanges();
    /** The socket to watch for notices (-1 when closed). */
    int socket() const;
    bool isConnected() const;
    /**
     * Connecting again without waiting, for a window that must not freeze: startReconnect()
     * begins (libpq's PQresetStart, outside a transaction only), then continueReconnect() is
     * called on the same thread until it says Connected or Failed. On Connected the session is
     * set up as connect() does (time zone, LISTEN, read-only) and the next
     * takeForeignChanges() counts one change, since notices sent while away were missed.
     * Once startReconnect() was called, a single statement that finds the server gone no
     * longer connects again by itself (begin() still does, for a change).
     */
    enum class ReconnectStep { Connected, Waiting, Failed };
    bool startReconnect();
    ReconnectStep continueReconnect();
    /** Extra session settings to apply again after connecting again (e.g. read-only). */
    void addSessionSetting(const QByteArray &sql) { m_sessionSetup += "; " + sql; }
    /** The role signed in (session_user). */
    QString userName() const;
    /**
     * A password as the server stores it (SCRAM-SHA-256, or what the server's
     * password_encryption asks for), made here so the clear text never reaches the server
     * or its logs; empty on failure.
     */
    QByteArray encryptPassword(const QString &role, const QString &password);
    const QString &location() const { return m_location; }

private:
    PgConnection(pg_conn *conn, QString location);
    QString connectionError() const;
    /** The name of the prepared statement for `sql`, preparing it on first use; empty on failure. */
    QByteArray preparedName(const char *sql, QString &error);
    /** After the server went away outside a transaction: connect again (once). */
    bool reconnect();
    bool setUpSession();
    bool reconnectSocketReady() const;
    bool socketReadable() const;

    pg_conn *m_conn = nullptr;
    QByteArray m_sessionSetup = "SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'; LISTEN dyad_changes";
    bool m_reconnecting = false;
    bool m_reconnectsInBackground = false;
    bool m_reconnectWantsRead = false;
    int m_missedChanges = 0;
    QString m_location;
    int m_depth = 0;
    int m_savepoints = 0;
    std::vector<std::pair<const char *, QByteArray>> m_prepared; ///< sql -> statement name
};

/** A value in COPY's text format (NULL as \N; backslash, tab, newline and return escaped). */
void appendCopyValue(QByteArray &out, const PgValue &value);

/** True when libpq reads a password out of the location (URI user:password@ or password=). */
bool locationHasPassword(const QString &location);

/** True when the location names a PostgreSQL server rather than a project file. */
bool isServerLocation(const QString &location);

} // namespace dyad::core::pg
