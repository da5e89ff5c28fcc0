#include "core/pg/pgconnection.h"

#include "core/pg/pgerror.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <algorithm>
#include <utility>

#ifndef _WIN32
#include <poll.h>
#endif

namespace dyad::core::pg {

PgValue value(const QString &text)
{
    if (text.isNull())
        return std::nullopt;
    return text.toUtf8();
}

PgValue value(qint64 number)
{
    return QByteArray::number(number);
}

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

bool locationHasPassword(const QString &location)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(location.toUtf8().constData(), &error);
    if (error)
        PQfreemem(error);
    if (!options)
        return false; // not parsable: connecting will say why
    bool found = false;
    for (PQconninfoOption *o = options; o->keyword; ++o)
        if (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val)
            found = true;
    PQconninfoFree(options);
    return found;
}

// --- PgResult ---------------------------------------------------------------------

PgResult::PgResult(pg_result *result, QString error)
    : m_result(result)
    , m_error(std::move(error))
{
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
    , m_error(std::move(other.m_error))
{
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

QByteArray PgResult::sqlState() const
{
    if (!m_result)
        return {};
    const char *state = PQresultErrorField(m_result, PG_DIAG_SQLSTATE);
    return state ? QByteArray(state) : QByteArray();
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result, row, column);
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArrayView PgResult::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column)).toLongLong();
}

QByteArray PgResult::commandStatus() const
{
    return m_result ? QByteArray(PQcmdStatus(m_result)) : QByteArray();
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

// --- PgConnection -----------------------------------------------------------------

namespace {

QString trimmedMessage(const char *message)
{
    return QString::fromUtf8(message).trimmed();
}

PgResult wrapResult(PGresult *result, PGconn *conn)
{
    if (!result)
        return PgResult(nullptr, trimmedMessage(PQerrorMessage(conn)));
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return PgResult(result, QString());
    QString error = trimmedMessage(PQresultErrorMessage(result));
    if (error.isEmpty())
        error = trimmedMessage(PQerrorMessage(conn));
    return PgResult(result, error);
}

struct Params
{
    std::vector<const char *> values;
    std::vector<int> lengths;
    explicit Params(const std::vector<PgValue> &params)
    {
        values.reserve(params.size());
        lengths.reserve(params.size());
        for (const PgValue &p : params) {
            values.push_back(p ? p->constData() : nullptr);
            lengths.push_back(p ? static_cast<int>(p->size()) : 0);
        }
    }
};

} // namespace

PgConnection::PgConnection(pg_conn *conn, QString location)
    : m_conn(conn)
    , m_location(std::move(location))
{
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &location)
{
    PGconn *conn = PQconnectdb(location.toUtf8().constData());
    if (!conn)
        return makeError(QCoreApplication::translate("Team", "Cannot reach the team server: out of memory."));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = trimmedMessage(PQerrorMessage(conn));
        PQfinish(conn);
        return makeError(connectionErrorMessage(why));
    }
    // Server notices (e.g. "role is not a member") are not errors; they must not end up on
    // a command-line tool's stderr.
    PQsetNoticeProcessor(conn, [](void *, const char *) {}, nullptr);
    std::unique_ptr<PgConnection> c(new PgConnection(conn, location));
    // Times are written by Dyad as UTC text; the session's own settings should not matter.
    if (auto r = c->run(c->m_sessionSetup); !r.ok())
        return makeError(
            QCoreApplication::translate("Team", "Cannot set up the connection to the team server: %1").arg(r.error()));
    return c;
}

QString PgConnection::connectionError() const
{
    return trimmedMessage(PQerrorMessage(m_conn));
}

bool PgConnection::isConnected() const
{
    return m_conn && !m_reconnecting && PQstatus(m_conn) == CONNECTION_OK;
}

int PgConnection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

QString PgConnection::userName() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}

QByteArray PgConnection::encryptPassword(const QString &role, const QString &password)
{
    if (!m_conn)
        return {};
    char *encrypted = PQencryptPasswordConn(m_conn, password.toUtf8().constData(), role.toUtf8().constData(), nullptr);
    if (!encrypted)
        return {};
    QByteArray out(encrypted);
    PQfreemem(encrypted);
    return out;
}

bool PgConnection::setUpSession()
{
    m_prepared.clear();
    PGresult *r = PQexec(m_conn, m_sessionSetup.constData());
    const bool ok = r && PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (ok)
        ++m_missedChanges; // notices sent while away are lost: whoever listens should reload
    return ok;
}

bool PgConnection::reconnect()
{
    if (m_depth > 0 || m_reconnecting)
        return false; // a transaction that was lost must be reported, not silently retried
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK)
        return false;
    return setUpSession();
}

bool PgConnection::startReconnect()
{
    if (!m_conn || m_depth > 0)
        return false;
    // From now on someone drives connecting again without blocking: a read that finds the
    // server gone fails at once rather than connect in the caller's thread (a change still does).
    m_reconnectsInBackground = true;
    m_reconnecting = PQresetStart(m_conn) == 1;
    m_reconnectWantsRead = false; // libpq first waits for the socket to be writable (connected)
    return m_reconnecting;
}

bool PgConnection::socketReadable() const
{
#ifndef _WIN32
    pollfd p{PQsocket(m_conn), POLLIN, 0};
    return p.fd >= 0 && ::poll(&p, 1, 0) > 0;
#else
    return false;
#endif
}

bool PgConnection::reconnectSocketReady() const
{
#ifndef _WIN32
    // libpq's polling must only go on once the socket is ready in the direction it asked for;
    // before that it would take a connection still under way for one made.
    pollfd p{PQsocket(m_conn), static_cast<short>(m_reconnectWantsRead ? POLLIN : POLLOUT), 0};
    if (p.fd < 0)
        return true; // no socket: libpq reports the failure itself
    return ::poll(&p, 1, 0) != 0;
#else
    return true;
#endif
}

PgConnection::ReconnectStep PgConnection::continueReconnect()
{
    if (!m_reconnecting)
        return isConnected() ? ReconnectStep::Connected : ReconnectStep::Failed;
    if (!reconnectSocketReady())
        return ReconnectStep::Waiting;
    switch (PQresetPoll(m_conn)) {
    case PGRES_POLLING_OK:
        m_reconnecting = false;
        return setUpSession() ? ReconnectStep::Connected : ReconnectStep::Failed;
    case PGRES_POLLING_FAILED:
        m_reconnecting = false;
        return ReconnectStep::Failed;
    case PGRES_POLLING_READING:
        m_reconnectWantsRead = true;
        return ReconnectStep::Waiting;
    default:
        m_reconnectWantsRead = false;
        return ReconnectStep::Waiting;
    }
}

PgResult PgConnection::exec(const char *sql, const std::vector<PgValue> &params)
{
    if (m_reconnecting)
        return PgResult(nullptr, QStringLiteral("not connected (connecting again)"));
    for (int attempt = 0; attempt < 2; ++attempt) {
        QByteArray name;
        for (const auto &[key, prepared] : m_prepared)
            if (key == sql) {
                name = prepared;
                break;
            }
        if (name.isEmpty()) {
            name = "d" + QByteArray::number(static_cast<qsizetype>(m_prepared.size()));
            PgResult prepared = wrapResult(PQprepare(m_conn, name.constData(), sql, 0, nullptr), m_conn);
            if (!prepared.ok()) {
                if (attempt == 0 && !m_reconnectsInBackground && PQstatus(m_conn) == CONNECTION_BAD && reconnect())
                    continue;
                return prepared;
            }
            m_prepared.emplace_back(sql, name);
        }
        const Params p(params);
        PgResult result = wrapResult(PQexecPrepared(m_conn, name.constData(), static_cast<int>(p.values.size()),
                                                    p.values.data(), p.lengths.data(), nullptr, 0),
                                     m_conn);
        if (!result.ok() && attempt == 0 && !m_reconnectsInBackground && PQstatus(m_conn) == CONNECTION_BAD
            && reconnect())
            continue;
        return result;
    }
    return PgResult(nullptr, connectionError());
}

PgResult PgConnection::run(const QByteArray &sql, const std::vector<PgValue> &params)
{
    if (m_reconnecting)
        return PgResult(nullptr, QStringLiteral("not connected (connecting again)"));
    if (params.empty())
        return wrapResult(PQexec(m_conn, sql.constData()), m_conn);
    const Params p(params);
    return wrapResult(PQexecParams(m_conn, sql.constData(), static_cast<int>(p.values.size()), nullptr,
                                   p.values.data(), p.lengths.data(), nullptr, 0),
                      m_conn);
}

void appendCopyValue(QByteArray &out, const PgValue &value)
{
    if (!value) {
        out += "\\N";
        return;
    }
    for (const char c : *value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

Status PgConnection::copyIn(const QByteArray &copySql, const QByteArray &data)
{
    PGresult *start = PQexec(m_conn, copySql.constData());
    if (!start || PQresultStatus(start) != PGRES_COPY_IN) {
        PgResult failed = wrapResult(start, m_conn);
        return makeError(
            QCoreApplication::translate("Team", "The team server refused the copy: %1").arg(failed.error()));
    }
    PQclear(start);
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += kChunk) {
        const int n = static_cast<int>(std::min(kChunk, data.size() - at));
        if (PQputCopyData(m_conn, data.constData() + at, n) != 1)
            break;
    }
    PQputCopyEnd(m_conn, nullptr);
    QString error;
    while (PGresult *r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && error.isEmpty())
            error = trimmedMessage(PQresultErrorMessage(r));
        PQclear(r);
    }
    if (!error.isEmpty())
        return makeError(QCoreApplication::translate("Team", "The team server refused the copy: %1").arg(error));
    return {};
}

QByteArray PgConnection::preparedName(const char *sql, QString &error)
{
    for (const auto &[key, prepared] : m_prepared)
        if (key == sql)
            return prepared;
    QByteArray name = "d" + QByteArray::number(static_cast<qsizetype>(m_prepared.size()));
    PgResult prepared = wrapResult(PQprepare(m_conn, name.constData(), sql, 0, nullptr), m_conn);
    if (!prepared.ok()) {
        error = prepared.error();
        return {};
    }
    m_prepared.emplace_back(sql, name);
    return name;
}

Status PgConnection::execBatch(std::span<const PgStatement> statements, size_t &failedAt, QByteArray *sqlState)
{
    failedAt = 0;
    if (statements.empty())
        return {};
    if (m_depth == 0) { // one transaction of its own: all rows or none
        if (auto st = begin(); !st)
            return st;
        size_t failed = 0;
        Status st = execBatch(statements, failed, sqlState);
        if (!st) {
            failedAt = failed;
            rollback();
            return st;
        }
        return commit();
    }
    // Statements are prepared before the pipeline starts (a prepare waits for its answer).
    std::vector<QByteArray> names;
    names.reserve(statements.size());
    for (size_t i = 0; i < statements.size(); ++i) {
        QString error;
        const QByteArray name = preparedName(statements[i].sql, error);
        if (name.isEmpty()) {
            failedAt = i;
            return makeError(QCoreApplication::translate("Team", "The team server refused the statement: %1").arg(error));
        }
        names.push_back(name);
    }
    if (PQenterPipelineMode(m_conn) != 1)
        return makeError(QCoreApplication::translate("Team", "Cannot send a batch to the team server: %1").arg(connectionError()));
    // A group's answers are small (one short message a statement), so the server never waits
    // for this client to read them while the client is still sending the group.
    constexpr size_t kGroup = 256;
    QString error;
    for (size_t from = 0; from < statements.size() && error.isEmpty(); from += kGroup) {
        const size_t to = std::min(statements.size(), from + kGroup);
        size_t sent = from;
        for (; sent < to; ++sent) {
            const Params p(statements[sent].params);
            if (PQsendQueryPrepared(m_conn, names[sent].constData(), static_cast<int>(p.values.size()),
                                    p.values.data(), p.lengths.data(), nullptr, 0)
                != 1) {
                error = connectionError();
                failedAt = sent;
                break;
            }
        }
        if (PQpipelineSync(m_conn) != 1) {
            if (error.isEmpty()) {
                error = connectionError();
                failedAt = from;
            }
            break;
        }
        // Each statement answers with its result and a null; the group ends with the sync.
        for (size_t i = from; i < sent; ++i) {
            PGresult *r = PQgetResult(m_conn);
            if (!r) {
                if (error.isEmpty()) {
                    error = connectionError();
                    failedAt = i;
                }
                break;
            }
            const ExecStatusType status = PQresultStatus(r);
            if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_PIPELINE_ABORTED
                && error.isEmpty()) {
                error = trimmedMessage(PQresultErrorMessage(r));
                failedAt = i;
                if (sqlState)
                    *sqlState = QByteArray(PQresultErrorField(r, PG_DIAG_SQLSTATE));
            }
            PQclear(r);
            while (PGresult *more = PQgetResult(m_conn))
                PQclear(more);
        }
        while (PGresult *r = PQgetResult(m_conn)) { // up to and including the sync
            const bool sync = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
            PQclear(r);
            if (sync)
                break;
        }
    }
    if (PQexitPipelineMode(m_conn) != 1 && error.isEmpty())
        error = connectionError();
    if (!error.isEmpty())
        return makeError(error);
    return {};
}

Status PgConnection::begin()
{
    if (m_depth == 0) {
        auto r = exec("BEGIN");
        if (!r.ok() && PQstatus(m_conn) == CONNECTION_BAD && reconnect())
            r = exec("BEGIN");
        if (!r.ok())
            return makeError(QCoreApplication::translate("Team", "Cannot start a transaction on the team server: %1")
                                 .arg(r.error()));
    } else {
        const QByteArray sql = "SAVEPOINT sp" + QByteArray::number(m_depth);
        if (auto r = run(sql); !r.ok())
            return makeError(
                QCoreApplication::translate("Team", "Cannot start a savepoint on the team server: %1").arg(r.error()));
    }
    ++m_depth;
    return {};
}

Status PgConnection::commit()
{
    if (m_depth <= 0)
        return makeError(QCoreApplication::translate("Team", "There is no transaction to commit."));
    if (m_depth == 1) {
        // Sent while the depth still says "in a transaction": should the connection be gone,
        // exec() must not connect again and send COMMIT on a new session, where it would
        // "succeed" with nothing to commit.
        auto r = exec("COMMIT");
        m_depth = 0;
        if (!r.ok())
            return makeError(
                QCoreApplication::translate("Team", "The team server did not save the change: %1").arg(r.error()));
        // COMMIT of a transaction that failed part way answers "ROLLBACK", not an error.
        if (r.commandStatus() == "ROLLBACK")
            return makeError(QCoreApplication::translate("Team", "The team server rolled the change back."));
        return {};
    }
    --m_depth;
    const QByteArray sql = "RELEASE SAVEPOINT sp" + QByteArray::number(m_depth);
    if (auto r = run(sql); !r.ok())
        return makeError(
            QCoreApplication::translate("Team", "The team server did not save the change: %1").arg(r.error()));
    return {};
}

void PgConnection::rollback()
{
    if (m_depth <= 0)
        return;
    --m_depth;
    if (m_depth == 0) {
        exec("ROLLBACK");
        return;
    }
    const QByteArray sp = "sp" + QByteArray::number(m_depth);
    run("ROLLBACK TO SAVEPOINT " + sp + "; RELEASE SAVEPOINT " + sp);
}

int PgConnection::takeForeignChanges()
{
    int n = std::exchange(m_missedChanges, 0);
    if (!m_conn || m_reconnecting)
        return n;
    // A server that goes away may send a last message before closing: the close shows only
    // on the read after it, so read while the socket has more.
    for (int reads = 0;; ++reads) {
        if (!PQconsumeInput(m_conn))
            return n;
        if (reads == 3 || !socketReadable())
            break;
    }
    const QByteArray own = " " + QByteArray::number(PQbackendPID(m_conn));
    while (PGnotify *notice = PQnotifies(m_conn)) {
        if (!QByteArrayView(notice->extra).endsWith(own))
            ++n;
        PQfreemem(notice);
    }
    return n;
}

} // namespace dyad::core::pg
