#include "core/pg/pgstore.h"

#include "core/base/savedthing.h"
#include "core/base/time.h"
#include "core/pg/pgconnection.h"
#include "core/pg/pgerror.h"
#include "core/pg/pgsearch.h"
#include "core/pg/pgvalues.h"
#include "core/pg/transfer.h"
#include "core/text/offsets.h"
#include "core/text/snippet.h"
#include "pgschema_p.h" // generated from schema.sql

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace dyad::core::pg {

namespace {

constexpr int kSchemaVersion = 3;

/** The part of schema.sql that brings a server from schema `to - 1` to `to`. */
QByteArray upgradeSql(int to)
{
    const QByteArray all = detail::serverSchemaSql();
    const QByteArray marker = "\n-- @upgrade " + QByteArray::number(to) + "\n";
    const qsizetype at = all.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype end = all.indexOf("\n-- @upgrade ", at + marker.size());
    return all.mid(at, end < 0 ? -1 : end - at);
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString &jsonText)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(jsonText.toUtf8()).array())
        out << v.toString();
    return out;
}

/** The table a write of `what` goes to, for messages about refusals. */
QString tableOf(const char *what)
{
    // The nouns are translated where the message is made (savedThing()).
    static const std::pair<const char *, const char *> tables[] = {
        {"project settings", "meta"},
        {"reviewer", "reviewers"},
        {"record", "records"},
        {"text version", "record_text_versions"},
        {"code", "codes"},
        {"code deletion", "codes"},
        {"coding", "codings"},
        {"coding removal", "codings"},
        {"round", "rounds"},
        {"assignment", "assignments"},
        {"memo", "record_memos"},
        {"audit log entry", "audit_log"},
    };
    for (const auto &[w, table] : tables)
        if (qstrcmp(w, what) == 0)
            return QString::fromLatin1(table);
    return {};
}

/** Runs the missing upgrade sections of schema.sql in one transaction (only the owner may). */
Status upgrade(PgConnection &conn, int from)
{
    if (auto st = conn.begin(); !st)
        return st;
    for (int to = from + 1; to <= kSchemaVersion; ++to) {
        if (auto r = conn.run(upgradeSql(to)); !r.ok()) {
            conn.rollback();
            return makeError(QCoreApplication::translate("Team",
                                                         "Cannot open the team project: it needs a one-time upgrade "
                                                         "from server schema %1 to %2, which only the database's "
                                                         "owner may make. Ask them to open it once with this version "
                                                         "of Dyad (for example \"dyad-cli list URL\").\n"
                                                         "The server said: %3")
                                 .arg(from)
                                 .arg(kSchemaVersion)
                                 .arg(r.error()));
        }
    }
    return conn.commit();
}

class PgTransaction final : public StoreTransaction
{
public:
    PgTransaction(PgConnection &conn, std::function<void()> onRollback)
        : m_conn(&conn)
        , m_onRollback(std::move(onRollback))
    {
    }
    ~PgTransaction() override
    {
        if (m_conn) {
            m_conn->rollback();
            m_onRollback();
        }
    }
    Status commit() override
    {
        PgConnection *conn = std::exchange(m_conn, nullptr);
        if (!conn)
            return makeError(QCoreApplication::translate("Team", "The transaction was already finished."));
        return conn->commit();
    }

private:
    PgConnection *m_conn;
    std::function<void()> m_onRollback;
};

} // namespace

PgStore::PgStore(std::unique_ptr<PgConnection> conn)
    : m_conn(std::move(conn))
{
}

PgStore::~PgStore() = default;

Status PgStore::saved(const PgResult &r, const char *what) const
{
    if (r.ok())
        return {};
    return serverError(r.sqlState(), r.error(), tableOf(what),
                       savedThing(what), m_signedIn);
}

Status PgStore::savedOne(const PgResult &r, const char *what) const
{
    if (!r.ok())
        return saved(r, what);
    // A write the server's policies filtered out touches no row: say so rather than pretend.
    if (r.affected() == 0)
        return makeError(refusedMessage(tableOf(what), m_signedIn) + QLatin1Char('\n')
                         + QCoreApplication::translate("Team", "(Or the %1 is no longer there.)")
                               .arg(savedThing(what)));
    return {};
}

int PgStore::schemaVersion()
{
    return kSchemaVersion;
}

Result<std::unique_ptr<PgStore>> PgStore::open(const QString &location, bool readOnly)
{
    auto conn = PgConnection::connect(location);
    if (!conn)
        return conn.takeError();
    auto found = (*conn)->run("SELECT to_regclass('public.dyad_server') IS NOT NULL");
    if (!found.ok())
        return makeError(QCoreApplication::translate("Team", "Cannot open the team project: %1").arg(found.error()));
    if (found.text(0, 0) != QLatin1String("t"))
        return makeError(QCoreApplication::translate("Team",
            "Cannot open the team project: the database holds no Dyad team project "
            "(create one with \"dyad-cli team create\")."));
    auto version = (*conn)->run("SELECT schema_version FROM dyad_server");
    if (!version.ok() || version.rows() != 1)
        return makeError(QCoreApplication::translate("Team", "Cannot open the team project: %1").arg(version.error()));
    if (version.int64(0, 0) > kSchemaVersion)
        return makeError(QCoreApplication::translate("Team",
            "Cannot open the team project: it was created by a newer version of Dyad "
            "(server schema %1; this version reads up to %2). Please update Dyad.")
                             .arg(version.int64(0, 0))
                             .arg(kSchemaVersion));
    if (const int from = static_cast<int>(version.int64(0, 0)); from < kSchemaVersion) {
        if (auto st = upgrade(**conn, from); !st)
            return st.takeError();
    }
    if (readOnly) {
        // The server refuses every write of this session, whatever the client does.
        if (auto r = (*conn)->run("SET default_transaction_read_only = on"); !r.ok())
            return makeError(
                QCoreApplication::translate("Team", "Cannot open the team project read-only: %1").arg(r.error()));
        (*conn)->addSessionSetting("SET default_transaction_read_only = on");
    }
    std::unique_ptr<PgStore> store(new PgStore(std::move(conn).value()));
    store->m_readOnly = readOnly;
    store->readSignedIn();
    return store;
}

Result<std::unique_ptr<PgStore>> PgStore::create(const QString &location)
{
    auto conn = PgConnection::connect(location);
    if (!conn)
        return conn.takeError();
    auto found = (*conn)->run("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
    if (!found.ok())
        return makeError(QCoreApplication::translate("Team", "Cannot create the team project: %1").arg(found.error()));
    if (found.int64(0, 0) != 0)
        return makeError(QCoreApplication::translate("Team",
            "Cannot create the team project: the database is not empty "
            "(it has %1 tables). Use a new database.")
                             .arg(found.int64(0, 0)));
    if (auto st = (*conn)->begin(); !st)
        return st.takeError();
    if (auto r = (*conn)->run(detail::serverSchemaSql()); !r.ok()) {
        (*conn)->rollback();
        return makeError(
            QCoreApplication::translate("Team", "Cannot create the team project's tables: %1").arg(r.error()));
    }
    if (auto st = (*conn)->commit(); !st)
        return st.takeError();
    std::unique_ptr<PgStore> store(new PgStore(std::move(conn).value()));
    store->readSignedIn();
    return store;
}

void PgStore::readSignedIn()
{
    // Read once, before any statement can fail: inside a failed transaction nothing more
    // can be asked of the server until it rolls back.
    auto r = m_conn->exec("SELECT session_user::text, (SELECT role FROM reviewers WHERE db_role = session_user)");
    m_signedIn.role = r.rows() ? r.text(0, 0) : m_conn->userName();
    m_signedIn.reviewerRole = r.rows() ? r.text(0, 1) : QString();
}

Result<std::unique_ptr<StoreTransaction>> PgStore::begin()
{
    if (auto st = m_conn->begin(); !st)
        return st.takeError();
    // Row versions read inside a transaction that rolls back may not be the rows' versions.
    return std::unique_ptr<StoreTransaction>(new PgTransaction(*m_conn, [this] { m_codeVersions.clear(); }));
}

bool PgStore::isConnected() const
{
    return m_conn->isConnected();
}

QString PgStore::location() const
{
    return m_conn->location();
}

qint64 PgStore::externalDataVersion() const
{
    m_foreignChanges += m_conn->takeForeignChanges();
    return m_foreignChanges;
}

// --- meta -------------------------------------------------------------------------

QString PgStore::meta(const QString &key) const
{
    auto r = m_conn->exec("SELECT value FROM meta WHERE key = $1", {key.toUtf8()});
    return r.rows() ? r.text(0, 0) : QString();
}

Status PgStore::setMeta(const QString &key, const QString &value)
{
    return saved(m_conn->exec("INSERT INTO meta (key, value) VALUES ($1, $2) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                              {key.toUtf8(), textValue(value)}),
                 "project settings");
}

// --- reviewers --------------------------------------------------------------------

Status PgStore::insertReviewer(const Reviewer &r)
{
    return saved(m_conn->exec("INSERT INTO reviewers (id, name, role, created) VALUES ($1, $2, $3, $4)",
                              {idValue(r.id), textValue(r.name), roleName(r.role).toUtf8(), timeValue(r.created)}),
                 "reviewer");
}

Status PgStore::updateReviewer(const Reviewer &r)
{
    return savedOne(m_conn->exec("UPDATE reviewers SET name = $2, role = $3 WHERE id = $1",
                                 {idValue(r.id), textValue(r.name), roleName(r.role).toUtf8()}),
                    "reviewer");
}

std::vector<Reviewer> PgStore::reviewers() const
{
    // Through the directory: an adjudicator reads reviewers' names anonymised there.
    std::vector<Reviewer> out;
    auto r = m_conn->exec("SELECT id, name, role, created FROM reviewer_directory ORDER BY created, name");
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({idAt(r, i, 0), r.text(i, 1), roleFromName(r.text(i, 2)).value_or(ReviewerRole::Reviewer),
                       timeAt(r, i, 3)});
    return out;
}

// --- records ----------------------------------------------------------------------

namespace {
constexpr const char *kRecordSelect = "SELECT id, title, authors, year, journal, doi, pmid, keywords, language, text, "
                                      "text_version, source_format, source_name, raw_source, attributes, created "
                                      "FROM records WHERE id = $1";

std::vector<PgValue> recordValues(const Record &r)
{
    return {idValue(r.id),
            textValue(r.title),
            json(QJsonArray::fromStringList(r.authors)).toUtf8(),
            r.year ? value(qint64{*r.year}) : PgValue(),
            textValue(r.journal),
            textValue(r.doi),
            textValue(r.pmid),
            json(QJsonArray::fromStringList(r.keywords)).toUtf8(),
            textValue(r.language),
            textValue(r.text),
            value(qint64{r.textVersion}),
            textValue(r.sourceFormat),
            textValue(r.sourceName),
            textValue(r.rawSource),
            json(r.attributes).toUtf8(),
            timeValue(r.created),
            value(text::codePointLength(r.text)),
            searchTokens(r.title, r.text).toUtf8()};
}
} // namespace

namespace {
constexpr const char *kInsertRecord =
    "INSERT INTO records (id, title, authors, year, journal, doi, pmid, keywords, language, text, text_version, "
    "source_format, source_name, raw_source, attributes, created, text_length, search_tokens) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)";

/** One statement a row, sent in pipeline mode; the error says what was refused, as a single write would. */
template<typename Row, typename Values>
Status insertBatch(PgConnection &conn, const SignedIn &who, const char *sql, std::span<const Row> rows,
                   size_t &failedAt, const char *what, Values values)
{
    std::vector<PgStatement> statements;
    statements.reserve(rows.size());
    for (const Row &row : rows)
        statements.push_back({sql, values(row)});
    QByteArray sqlState;
    if (Status st = conn.execBatch(statements, failedAt, &sqlState); !st) {
        if (!sqlState.isEmpty()) // the server refused a row: the same message as for a single write
            return serverError(sqlState, st.error(), tableOf(what), savedThing(what), who);
        return makeError(QCoreApplication::translate("Team", "Could not save the %1 on the team server: %2")
                             .arg(savedThing(what), st.error()));
    }
    return {};
}
} // namespace

Status PgStore::insertRecord(const Record &r)
{
    return saved(m_conn->exec(kInsertRecord, recordValues(r)), "record");
}

Status PgStore::insertRecords(std::span<const Record> records, size_t &failedAt)
{
    return insertBatch(*m_conn, m_signedIn, kInsertRecord, records, failedAt, "record", recordValues);
}

Status PgStore::updateRecord(const Record &r)
{
    auto res = m_conn->exec("UPDATE records SET title = $2, authors = $3, year = $4, journal = $5, doi = $6, "
                            "pmid = $7, keywords = $8, language = $9, text = $10, text_version = $11, "
                            "source_format = $12, source_name = $13, raw_source = $14, attributes = $15, "
                            "text_length = $17, search_tokens = $18 WHERE id = $1 AND created = $16",
                            recordValues(r));
    if (!res.ok())
        return saved(res, "record");
    if (res.affected() != 1)
        return makeError(QCoreApplication::translate("Team", "The record %1 no longer exists.").arg(uuidText(r.id)));
    return {};
}

Status PgStore::insertTextVersion(const QUuid &recordId, int version, const QString &t)
{
    return saved(m_conn->exec("INSERT INTO record_text_versions (record_id, version, text, created) "
                              "VALUES ($1, $2, $3, $4)",
                              {idValue(recordId), value(qint64{version}), textValue(t),
                               timeValue(QDateTime::currentDateTimeUtc())}),
                 "text version");
}

namespace {

Record recordAt(const PgResult &s, int i)
{
    Record r;
    r.id = idAt(s, i, 0);
    r.title = s.text(i, 1);
    r.authors = stringList(s.text(i, 2));
    if (!s.isNull(i, 3))
        r.year = static_cast<int>(s.int64(i, 3));
    r.journal = s.text(i, 4);
    r.doi = s.text(i, 5);
    r.pmid = s.text(i, 6);
    r.keywords = stringList(s.text(i, 7));
    r.language = s.text(i, 8);
    r.text = s.text(i, 9);
    r.textVersion = static_cast<int>(s.int64(i, 10));
    r.sourceFormat = s.text(i, 11);
    r.sourceName = s.text(i, 12);
    r.rawSource = s.text(i, 13);
    r.attributes = QJsonDocument::fromJson(s.text(i, 14).toUtf8()).object();
    r.created = timeAt(s, i, 15);
    return r;
}

/** Ids as one text[] value ("{id,id,...}"): a batch read sends them in one statement. */
PgValue idArray(std::span<const QUuid> ids)
{
    QByteArray out = "{";
    for (const QUuid &i : ids) {
        if (out.size() > 1)
            out += ',';
        out += uuidText(i).toUtf8();
    }
    out += '}';
    return out;
}

/** Ids in groups small enough for one statement each. */
constexpr size_t kIdsPerRead = 5000;

} // namespace

std::optional<Record> PgStore::record(const QUuid &recordId) const
{
    auto s = m_conn->exec(kRecordSelect, {idValue(recordId)});
    if (s.rows() == 0)
        return std::nullopt;
    return recordAt(s, 0);
}

std::vector<Record> PgStore::recordsWithIds(std::span<const QUuid> ids) const
{
    static const QByteArray sql = QByteArray(kRecordSelect).replace("WHERE id = $1", "WHERE id = ANY ($1::text[])");
    std::vector<Record> out;
    out.reserve(ids.size());
    for (size_t from = 0; from < ids.size(); from += kIdsPerRead) {
        auto s = m_conn->exec(sql.constData(), {idArray(ids.subspan(from, std::min(kIdsPerRead, ids.size() - from)))});
        for (int i = 0; i < s.rows(); ++i)
            out.push_back(recordAt(s, i));
    }
    return out;
}

std::vector<RecordSummary> PgStore::recordSummaries() const
{
    std::vector<RecordSummary> out;
    auto s = m_conn->exec("SELECT id, seq, title, coalesce(authors::jsonb ->> 0, ''), year, journal, language, doi, "
                          "pmid FROM records ORDER BY seq");
    out.reserve(static_cast<size_t>(s.rows()));
    for (int i = 0; i < s.rows(); ++i) {
        RecordSummary r;
        r.id = idAt(s, i, 0);
        r.seq = s.int64(i, 1);
        r.title = s.text(i, 2);
        r.firstAuthor = s.text(i, 3);
        if (!s.isNull(i, 4))
            r.year = static_cast<int>(s.int64(i, 4));
        r.journal = s.text(i, 5);
        r.language = s.text(i, 6);
        r.doi = s.text(i, 7);
        r.pmid = s.text(i, 8);
        out.push_back(std::move(r));
    }
    return out;
}

qint64 PgStore::recordCount() const
{
    auto s = m_conn->exec("SELECT count(*) FROM records");
    return s.rows() ? s.int64(0, 0) : 0;
}

std::vector<RecordKey> PgStore::recordKeys() const
{
    std::vector<RecordKey> out;
    auto s = m_conn->exec("SELECT r.id, r.doi, r.pmid, r.title, r.year, "
                          "EXISTS (SELECT 1 FROM codings c WHERE c.record_id = r.id) FROM records r ORDER BY r.seq");
    for (int i = 0; i < s.rows(); ++i) {
        RecordKey k;
        k.id = idAt(s, i, 0);
        k.doi = s.text(i, 1);
        k.pmid = s.text(i, 2);
        k.title = s.text(i, 3);
        if (!s.isNull(i, 4))
            k.year = static_cast<int>(s.int64(i, 4));
        k.hasCodings = s.text(i, 5) == QLatin1String("t");
        out.push_back(std::move(k));
    }
    return out;
}

QString PgStore::recordText(const QUuid &recordId) const
{
    auto s = m_conn->exec("SELECT text FROM records WHERE id = $1", {idValue(recordId)});
    return s.rows() ? s.text(0, 0) : QString();
}

std::vector<std::pair<QUuid, qint64>> PgStore::recordLengths() const
{
    std::vector<std::pair<QUuid, qint64>> out;
    auto s = m_conn->exec("SELECT id, text_length FROM records ORDER BY seq");
    out.reserve(static_cast<size_t>(s.rows()));
    for (int i = 0; i < s.rows(); ++i)
        out.emplace_back(idAt(s, i, 0), s.int64(i, 1));
    return out;
}

Result<std::vector<SearchHit>> PgStore::search(const QString &ftsExpression, int limit) const
{
    const QString query = tsQueryFor(ftsExpression);
    if (query.isEmpty())
        return std::vector<SearchHit>{};
    auto s = m_conn->exec("SELECT id, title, text, -ts_rank_cd(search, q) FROM records, to_tsquery('simple', $1) q "
                          "WHERE search @@ q ORDER BY ts_rank_cd(search, q) DESC, seq LIMIT $2",
                          {query.toUtf8(), value(qint64{limit})});
    if (!s.ok())
        return makeError(QCoreApplication::translate("Team", "The search could not be run: %1").arg(s.error()));
    // The snippet is made here from the text, with the words of the file's index, so it marks
    // the same words as a file's search (PostgreSQL's ts_headline() cannot find Chinese words).
    const std::vector<text::SearchPhrase> phrases = text::searchPhrases(ftsExpression);
    std::vector<SearchHit> out;
    out.reserve(size_t(s.rows()));
    for (int i = 0; i < s.rows(); ++i)
        out.push_back({idAt(s, i, 0), s.text(i, 1), text::searchSnippet(s.text(i, 2), phrases),
                       s.text(i, 3).toDouble()});
    return out;
}

// --- codes ------------------------------------------------------------------------

namespace {
constexpr const char *kCodeColumns = "id, parent_id, name, color, definition, use_when, do_not_use_when, example, memo, "
                                     "creator_id, shared, sort_order, created";

Code codeAt(const PgResult &s, int i)
{
    Code c;
    c.id = idAt(s, i, 0);
    c.parentId = idAt(s, i, 1);
    c.name = s.text(i, 2);
    c.color = s.text(i, 3);
    c.definition = s.text(i, 4);
    c.useWhen = s.text(i, 5);
    c.doNotUseWhen = s.text(i, 6);
    c.example = s.text(i, 7);
    c.memo = s.text(i, 8);
    c.creatorId = idAt(s, i, 9);
    c.shared = s.int64(i, 10) != 0;
    c.sortOrder = static_cast<int>(s.int64(i, 11));
    c.created = timeAt(s, i, 12);
    return c;
}

std::vector<PgValue> codeValues(const Code &c)
{
    return {idValue(c.id),           idValue(c.parentId),   textValue(c.name),      textValue(c.color),
            textValue(c.definition), textValue(c.useWhen),  textValue(c.doNotUseWhen), textValue(c.example),
            textValue(c.memo),       idValue(c.creatorId),  value(qint64{c.shared ? 1 : 0}), value(qint64{c.sortOrder}),
            timeValue(c.created)};
}
} // namespace

Status PgStore::insertCode(const Code &c)
{
    auto r = m_conn->exec("INSERT INTO codes (id, parent_id, name, color, definition, use_when, do_not_use_when, "
                          "example, memo, creator_id, shared, sort_order, created) "
                          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING xmin::text",
                          codeValues(c));
    if (r.ok() && r.rows() == 1)
        m_codeVersions.insert(c.id, r.bytes(0, 0).toByteArray());
    return saved(r, "code");
}

Status PgStore::updateCode(const Code &c)
{
    // Two people editing one code: the write succeeds only if the row is still the version
    // this client last listed (codes()), so a rename made elsewhere meanwhile is not silently
    // overwritten. Without a listed version (never listed, or after a rollback) it writes.
    std::vector<PgValue> values = codeValues(c);
    const auto seen = m_codeVersions.constFind(c.id);
    values.push_back(seen == m_codeVersions.cend() ? PgValue() : PgValue(*seen));
    auto r = m_conn->exec("UPDATE codes SET parent_id = $2, name = $3, color = $4, definition = $5, "
                          "use_when = $6, do_not_use_when = $7, example = $8, memo = $9, creator_id = $10, "
                          "shared = $11, sort_order = $12, created = $13 "
                          "WHERE id = $1 AND ($14::text IS NULL OR xmin::text = $14) RETURNING xmin::text",
                          values);
    if (!r.ok())
        return saved(r, "code");
    if (r.rows() == 1) {
        m_codeVersions.insert(c.id, r.bytes(0, 0).toByteArray());
        return {};
    }
    if (seen != m_codeVersions.cend()) {
        if (const auto now = code(c.id)) {
            m_codeVersions.remove(c.id); // the next edit, made on what the window now shows, goes through
            return makeError(QCoreApplication::translate("Team",
                "Someone else changed the code \"%1\" while you were working (it is now "
                "called \"%2\"). Your change was not saved; the codebook now shows "
                "theirs, so you can make yours again on top of it.")
                                 .arg(c.name, now->name));
        }
    }
    return makeError(QCoreApplication::translate("Team",
        "Could not save the code: the team server did not let you change it "
        "(it is not yours, or no longer there)."));
}

Status PgStore::deleteCode(const QUuid &codeId)
{
    return saved(m_conn->exec("DELETE FROM codes WHERE id = $1", {idValue(codeId)}), "code deletion");
}

std::vector<Code> PgStore::codes() const
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kCodeColumns + ", xmin::text FROM codes ORDER BY sort_order, name";
    std::vector<Code> out;
    auto s = m_conn->exec(sql.constData());
    out.reserve(size_t(s.rows()));
    for (int i = 0; i < s.rows(); ++i) {
        out.push_back(codeAt(s, i));
        m_codeVersions.insert(out.back().id, s.bytes(i, 13).toByteArray());
    }
    return out;
}

std::optional<Code> PgStore::code(const QUuid &codeId) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kCodeColumns + " FROM codes WHERE id = $1";
    auto s = m_conn->exec(sql.constData(), {idValue(codeId)});
    if (s.rows() == 0)
        return std::nullopt;
    return codeAt(s, 0);
}

// --- codings ----------------------------------------------------------------------

namespace {
constexpr const char *kCodingColumns =
    "id, record_id, code_id, reviewer_id, round_id, start_pos, end_pos, text_version, memo, created, modified, version";

Coding codingAt(const PgResult &s, int i)
{
    Coding c;
    c.id = idAt(s, i, 0);
    c.recordId = idAt(s, i, 1);
    c.codeId = idAt(s, i, 2);
    c.reviewerId = idAt(s, i, 3);
    c.roundId = idAt(s, i, 4);
    c.span = {s.int64(i, 5), s.int64(i, 6)};
    c.textVersion = static_cast<int>(s.int64(i, 7));
    c.memo = s.text(i, 8);
    c.created = timeAt(s, i, 9);
    c.modified = timeAt(s, i, 10);
    c.version = s.int64(i, 11);
    return c;
}

std::vector<PgValue> codingValues(const Coding &c)
{
    return {idValue(c.id),         idValue(c.recordId),        idValue(c.codeId),
            idValue(c.reviewerId), idValue(c.roundId),         value(c.span.start),
            value(c.span.end), value(qint64{c.textVersion}), textValue(c.memo),
            timeValue(c.created),  timeValue(c.modified)};
}

std::vector<PgValue> queryValues(const CodingQuery &q)
{
    return {q.recordId ? idValue(*q.recordId) : PgValue(), q.reviewerId ? idValue(*q.reviewerId) : PgValue(),
            q.codeId ? idValue(*q.codeId) : PgValue(), q.roundId ? idValue(*q.roundId) : PgValue()};
}

// PostgreSQL plans prepared statements with their values after a few runs, and the
// "$1 IS NULL OR" form lets it drop the unused terms, so one statement serves all shapes.
constexpr const char *kCodingFilter = " WHERE ($1::text IS NULL OR record_id = $1) AND ($2::text IS NULL OR "
                                      "reviewer_id = $2) AND ($3::text IS NULL OR code_id = $3) AND "
                                      "($4::text IS NULL OR round_id = $4)";
} // namespace

namespace {
constexpr const char *kInsertCoding = "INSERT INTO codings (id, record_id, code_id, reviewer_id, round_id, start_pos, "
                                      "end_pos, text_version, memo, created, modified) "
                                      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
} // namespace

Status PgStore::insertCoding(const Coding &c)
{
    return saved(m_conn->exec(kInsertCoding, codingValues(c)), "coding");
}

Status PgStore::insertCodings(std::span<const Coding> codings, size_t &failedAt)
{
    return insertBatch(*m_conn, m_signedIn, kInsertCoding, codings, failedAt, "coding", codingValues);
}

Status PgStore::updateCoding(const Coding &c)
{
    // The server raises the version (a trigger); the WHERE clause makes a concurrent second
    // writer of the same version find no row once the first has committed.
    std::vector<PgValue> values = codingValues(c);
    values.push_back(value(c.version));
    auto r = m_conn->exec("UPDATE codings SET record_id = $2, code_id = $3, reviewer_id = $4, round_id = $5, "
                          "start_pos = $6, end_pos = $7, text_version = $8, memo = $9, created = $10, "
                          "modified = $11 WHERE id = $1 AND ($12 = 0 OR version = $12)",
                          values);
    if (r.ok() && r.affected() == 0 && c.version != 0) {
        auto now = m_conn->exec("SELECT version FROM codings WHERE id = $1", {idValue(c.id)});
        if (now.rows() == 1 && now.int64(0, 0) != c.version)
            return makeConflict(QCoreApplication::translate("Team", "The coding was changed by someone "
                                                                              "else; your change was not saved."));
    }
    return savedOne(r, "coding");
}

Status PgStore::deleteCoding(const QUuid &codingId)
{
    return saved(m_conn->exec("DELETE FROM codings WHERE id = $1", {idValue(codingId)}), "coding removal");
}

std::optional<Coding> PgStore::coding(const QUuid &codingId) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kCodingColumns + " FROM codings WHERE id = $1";
    auto s = m_conn->exec(sql.constData(), {idValue(codingId)});
    if (s.rows() == 0)
        return std::nullopt;
    return codingAt(s, 0);
}

std::vector<Coding> PgStore::codingsWithIds(std::span<const QUuid> ids) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kCodingColumns + " FROM codings WHERE id = ANY ($1::text[])";
    std::vector<Coding> out;
    for (size_t from = 0; from < ids.size(); from += kIdsPerRead) {
        auto s = m_conn->exec(sql.constData(), {idArray(ids.subspan(from, std::min(kIdsPerRead, ids.size() - from)))});
        for (int i = 0; i < s.rows(); ++i)
            out.push_back(codingAt(s, i));
    }
    return out;
}

std::vector<Coding> PgStore::codings(const CodingQuery &query) const
{
    static const QByteArray byRecord = QByteArray("SELECT ") + kCodingColumns + " FROM codings" + kCodingFilter
        + " ORDER BY start_pos, end_pos, reviewer_id, ord";
    static const QByteArray all = QByteArray("SELECT ") + kCodingColumns + " FROM codings" + kCodingFilter
        + " ORDER BY record_id, start_pos, reviewer_id, ord";
    // Ties come in the order the file gives them (its index on record and reviewer, then
    // insertion), so lists and exports read the same from a file and from the server.
    const bool oneRecord = query.recordId && !query.codeId && !query.roundId;
    auto s = m_conn->exec(oneRecord ? byRecord.constData() : all.constData(), queryValues(query));
    std::vector<Coding> out;
    out.reserve(static_cast<size_t>(s.rows()));
    for (int i = 0; i < s.rows(); ++i)
        out.push_back(codingAt(s, i));
    return out;
}

qint64 PgStore::codingCount(const CodingQuery &query) const
{
    static const QByteArray sql = QByteArray("SELECT count(*) FROM codings") + kCodingFilter;
    auto s = m_conn->exec(sql.constData(), queryValues(query));
    return s.rows() ? s.int64(0, 0) : 0;
}

std::vector<std::pair<QUuid, int>> PgStore::codingCountsByCode(const QUuid &reviewerId) const
{
    std::vector<std::pair<QUuid, int>> out;
    auto s = m_conn->exec("SELECT code_id, count(*) FROM codings WHERE reviewer_id = $1 GROUP BY code_id",
                          {idValue(reviewerId)});
    for (int i = 0; i < s.rows(); ++i)
        out.emplace_back(idAt(s, i, 0), static_cast<int>(s.int64(i, 1)));
    return out;
}

std::vector<std::pair<QUuid, int>> PgStore::codingCountsByRecord(const QUuid &reviewerId) const
{
    std::vector<std::pair<QUuid, int>> out;
    auto s = m_conn->exec("SELECT record_id, count(*) FROM codings WHERE reviewer_id = $1 GROUP BY record_id",
                          {idValue(reviewerId)});
    for (int i = 0; i < s.rows(); ++i)
        out.emplace_back(idAt(s, i, 0), static_cast<int>(s.int64(i, 1)));
    return out;
}

// --- rounds -----------------------------------------------------------------------

Status PgStore::insertRound(const Round &r)
{
    return saved(m_conn->exec("INSERT INTO rounds (id, name, phase, unblinded, created) VALUES ($1, $2, $3, $4, $5)",
                              {idValue(r.id), textValue(r.name), phaseName(r.phase).toUtf8(), value(qint64{r.unblinded ? 1 : 0}),
                               timeValue(r.created)}),
                 "round");
}

Status PgStore::updateRound(const Round &r)
{
    return savedOne(m_conn->exec("UPDATE rounds SET name = $2, phase = $3, unblinded = $4 WHERE id = $1",
                                 {idValue(r.id), textValue(r.name), phaseName(r.phase).toUtf8(),
                                  value(qint64{r.unblinded ? 1 : 0})}),
                    "round");
}

std::vector<Round> PgStore::rounds() const
{
    std::vector<Round> out;
    auto s = m_conn->exec("SELECT id, name, phase, unblinded, created FROM rounds ORDER BY created, ord");
    for (int i = 0; i < s.rows(); ++i)
        out.push_back({idAt(s, i, 0), s.text(i, 1), phaseFromName(s.text(i, 2)).value_or(RoundPhase::Independent),
                       s.int64(i, 3) != 0, timeAt(s, i, 4)});
    return out;
}

namespace {
constexpr const char *kInsertAssignment =
    "INSERT INTO assignments (round_id, record_id, reviewer_id, status, changed) VALUES ($1, $2, $3, $4, $5)";

std::vector<PgValue> assignmentValues(const Assignment &a)
{
    return {idValue(a.roundId), idValue(a.recordId), idValue(a.reviewerId), statusName(a.status).toUtf8(), timeValue(a.changed)};
}
} // namespace

Status PgStore::upsertAssignment(const Assignment &a)
{
    // UPDATE first: a reviewer may change the status of their own assignment but not insert
    // one, and INSERT ... ON CONFLICT would be checked against the insert policy.
    const std::vector<PgValue> values = assignmentValues(a);
    auto updated = m_conn->exec("UPDATE assignments SET status = $4, changed = $5 "
                                "WHERE round_id = $1 AND record_id = $2 AND reviewer_id = $3",
                                values);
    if (!updated.ok())
        return saved(updated, "assignment");
    if (updated.affected() == 1)
        return {};
    return saved(m_conn->exec(kInsertAssignment, values), "assignment");
}

Status PgStore::insertAssignments(std::span<const Assignment> assignments, size_t &failedAt)
{
    return insertBatch(*m_conn, m_signedIn, kInsertAssignment, assignments, failedAt, "assignment", assignmentValues);
}

std::vector<Assignment> PgStore::assignments(const std::optional<QUuid> &roundId, const std::optional<QUuid> &recordId,
                                             const std::optional<QUuid> &reviewerId) const
{
    std::vector<Assignment> out;
    auto s = m_conn->exec("SELECT round_id, record_id, reviewer_id, status, changed FROM assignments "
                          "WHERE ($1::text IS NULL OR round_id = $1) AND ($2::text IS NULL OR record_id = $2) "
                          "AND ($3::text IS NULL OR reviewer_id = $3)",
                          {roundId ? idValue(*roundId) : PgValue(), recordId ? idValue(*recordId) : PgValue(),
                           reviewerId ? idValue(*reviewerId) : PgValue()});
    out.reserve(static_cast<size_t>(s.rows()));
    for (int i = 0; i < s.rows(); ++i)
        out.push_back({idAt(s, i, 0), idAt(s, i, 1), idAt(s, i, 2),
                       statusFromName(s.text(i, 3)).value_or(RecordStatus::NotStarted), timeAt(s, i, 4)});
    return out;
}

// --- memos ------------------------------------------------------------------------

Status PgStore::setRecordMemo(const QUuid &recordId, const QUuid &authorId, const QString &t)
{
    if (t.isEmpty())
        return saved(m_conn->exec("DELETE FROM record_memos WHERE record_id = $1 AND author_id = $2",
                                  {idValue(recordId), idValue(authorId)}),
                     "memo");
    return saved(m_conn->exec("INSERT INTO record_memos (record_id, author_id, text, modified) VALUES ($1, $2, $3, $4) "
                              "ON CONFLICT (record_id, author_id) DO UPDATE SET text = excluded.text, "
                              "modified = excluded.modified",
                              {idValue(recordId), idValue(authorId), textValue(t), timeValue(QDateTime::currentDateTimeUtc())}),
                 "memo");
}

QString PgStore::recordMemo(const QUuid &recordId, const QUuid &authorId) const
{
    auto s = m_conn->exec("SELECT text FROM record_memos WHERE record_id = $1 AND author_id = $2",
                          {idValue(recordId), idValue(authorId)});
    return s.rows() ? s.text(0, 0) : QString();
}

RecordMemo PgStore::recordMemoWithVersion(const QUuid &recordId, const QUuid &authorId) const
{
    auto s = m_conn->exec("SELECT text, version, modified FROM record_memos WHERE record_id = $1 AND author_id = $2",
                          {idValue(recordId), idValue(authorId)});
    if (s.rows() == 0)
        return {};
    return {s.text(0, 0), s.int64(0, 1), timeAt(s, 0, 2)};
}

Result<qint64> PgStore::setRecordMemoIfVersion(const QUuid &recordId, const QUuid &authorId, const QString &t,
                                               qint64 expectedVersion)
{
    const auto conflict = [] {
        return makeConflict(QCoreApplication::translate("Team", "The memo was changed by someone else; "
                                                                          "your text was not saved."));
    };
    if (expectedVersion == 0) {
        if (t.isEmpty()) {
            if (recordMemoWithVersion(recordId, authorId).version != 0)
                return conflict();
            return qint64{0};
        }
        // The primary key decides between two first memos: the second insert finds the row.
        auto r = m_conn->exec("INSERT INTO record_memos (record_id, author_id, text, modified, version) "
                              "VALUES ($1, $2, $3, $4, 1) ON CONFLICT (record_id, author_id) DO NOTHING",
                              {idValue(recordId), idValue(authorId), textValue(t), timeValue(QDateTime::currentDateTimeUtc())});
        if (!r.ok())
            return saved(r, "memo").takeError();
        if (r.affected() == 0)
            return conflict();
        return qint64{1};
    }
    if (t.isEmpty()) {
        auto r = m_conn->exec("DELETE FROM record_memos WHERE record_id = $1 AND author_id = $2 AND version = $3",
                              {idValue(recordId), idValue(authorId), value(expectedVersion)});
        if (!r.ok())
            return saved(r, "memo").takeError();
        if (r.affected() == 0)
            return conflict();
        return qint64{0};
    }
    auto r = m_conn->exec("UPDATE record_memos SET text = $3, modified = $4 "
                          "WHERE record_id = $1 AND author_id = $2 AND version = $5 RETURNING version",
                          {idValue(recordId), idValue(authorId), textValue(t), timeValue(QDateTime::currentDateTimeUtc()),
                           value(expectedVersion)});
    if (!r.ok())
        return saved(r, "memo").takeError();
    if (r.rows() == 0)
        return conflict();
    return r.int64(0, 0);
}

QHash<QUuid, QString> PgStore::recordMemos(std::span<const QUuid> recordIds, const QUuid &authorId) const
{
    QHash<QUuid, QString> out;
    for (size_t from = 0; from < recordIds.size(); from += kIdsPerRead) {
        auto s = m_conn->exec("SELECT record_id, text FROM record_memos WHERE author_id = $1 AND record_id = ANY ($2::text[])",
                              {idValue(authorId),
                               idArray(recordIds.subspan(from, std::min(kIdsPerRead, recordIds.size() - from)))});
        for (int i = 0; i < s.rows(); ++i)
            out.insert(idAt(s, i, 0), s.text(i, 1));
    }
    return out;
}

// --- audit ------------------------------------------------------------------------

Status PgStore::appendAudit(const AuditEntry &e)
{
    // The server stamps the time and, for a signed-in reviewer, the actor.
    return saved(m_conn->exec("SELECT dyad_append_audit($1, $2, $3, $4, $5)",
                              {idValue(e.actorId), textValue(e.action), textValue(e.entityType), idValue(e.entityId),
                               json(e.details).toUtf8()}),
                 "audit log entry");
}

std::vector<AuditEntry> PgStore::auditLog(qint64 afterSeq, int limit) const
{
    std::vector<AuditEntry> out;
    auto s = m_conn->exec("SELECT seq, at, actor_id, action, entity_type, entity_id, details FROM audit_log "
                          "WHERE seq > $1 ORDER BY seq LIMIT $2",
                          {value(afterSeq), value(qint64{limit})});
    for (int i = 0; i < s.rows(); ++i)
        out.push_back({s.int64(i, 0), timeAt(s, i, 1), idAt(s, i, 2), s.text(i, 3), s.text(i, 4), idAt(s, i, 5),
                       QJsonDocument::fromJson(s.text(i, 6).toUtf8()).object()});
    return out;
}

qint64 PgStore::lastAuditSeq() const
{
    auto s = m_conn->exec("SELECT coalesce(max(seq), 0) FROM audit_log");
    return s.rows() ? s.int64(0, 0) : 0;
}

std::optional<AuditEntry> PgStore::lastAuditEntry(const QString &entityType, const QUuid &entityId,
                                                  const QString &action) const
{
    // The policies let a reviewer read only their own entries: someone else's change is then
    // not found, and the caller says "someone".
    auto s = m_conn->exec("SELECT seq, at, actor_id, action, entity_type, entity_id, details FROM audit_log "
                          "WHERE entity_type = $1 AND entity_id = $2 AND ($3 = '' OR action = $3) "
                          "ORDER BY seq DESC LIMIT 1",
                          {textValue(entityType), idValue(entityId), textValue(action)});
    if (s.rows() == 0)
        return std::nullopt;
    return AuditEntry{s.int64(0, 0), timeAt(s, 0, 1), idAt(s, 0, 2), s.text(0, 3), s.text(0, 4), idAt(s, 0, 5),
                      QJsonDocument::fromJson(s.text(0, 6).toUtf8()).object()};
}

// --- maintenance ------------------------------------------------------------------

QStringList PgStore::integrityProblems() const
{
    QStringList problems;
    const std::pair<const char *, const char *> checks[] = {
        {"SELECT c.id, c.start_pos, c.end_pos, r.id, r.text_length FROM codings c JOIN records r ON r.id = c.record_id "
         "WHERE c.end_pos > r.text_length",
         "coding %1 [%2, %3) ends beyond the text of record %4 (%5 characters)"},
        {"SELECT string_agg(id, ', '), start_pos, end_pos, record_id FROM codings "
         "GROUP BY record_id, reviewer_id, code_id, start_pos, end_pos HAVING count(*) > 1",
         "codings %1 are duplicates: the same reviewer put the same code on [%2, %3) of record %4"},
        {"SELECT c.id, r.id FROM codings c JOIN records r ON r.id = c.record_id WHERE c.text_version <> r.text_version",
         "coding %1 refers to an older text version of record %2"},
        {"SELECT id FROM records WHERE text_length <> char_length(text)", "record %1 has a stale text length"},
    };
    for (const auto &[sql, message] : checks) {
        auto s = m_conn->exec(sql);
        if (!s.ok()) {
            problems << QCoreApplication::translate("Team", "consistency check could not run: %1").arg(s.error());
            continue;
        }
        for (int i = 0; i < s.rows(); ++i) {
            QString line = QString::fromUtf8(message);
            for (int column = 0; column < s.columns(); ++column)
                line = line.arg(s.text(i, column));
            problems << line;
        }
    }
    return problems;
}

Status PgStore::backupTo(const QString &path) const
{
    return snapshotToFile(*m_conn, path);
}

} // namespace dyad::core::pg
