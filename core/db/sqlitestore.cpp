#include "core/db/sqlitestore.h"

#include "core/db/columns_p.h"
#include "core/db/migrations.h"
#include "core/text/offsets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace dyad::core::db {

using namespace detail;

namespace {

class SqliteTransaction final : public StoreTransaction
{
public:
    explicit SqliteTransaction(Transaction tx) : m_tx(std::move(tx)) {}
    Status commit() override { return m_tx.commit(); }

private:
    Transaction m_tx;
};

} // namespace

// --- opening ----------------------------------------------------------------------

Result<std::unique_ptr<SqliteStore>> SqliteStore::create(const QString &path)
{
    auto db = Database::open(path, OpenMode::Create);
    if (!db)
        return db.takeError();
    QString error;
    if (migrate(*db, &error) != MigrationResult::Migrated)
        return makeError(QCoreApplication::translate("Storage", "Cannot create %1: %2").arg(path, error));
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db).value()));
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path, bool readOnly)
{
    // Look first without writing anything: a file that is not ours, or too new, must be left
    // exactly as it was (opening for writing would already switch it to WAL mode).
    {
        if (QFileInfo(path).isFile() && QFileInfo(path).size() == 0)
            return makeError(QCoreApplication::translate("Storage", "Cannot open %1: the file is empty, not a Dyad project.").arg(path));
        auto probe = Database::open(path, OpenMode::ReadOnly);
        if (!probe)
            return probe.takeError();
        auto tables = probe->queryInt("SELECT count(*) FROM sqlite_schema");
        if (tables && *tables == 0)
            return makeError(QCoreApplication::translate("Storage", "Cannot open %1: the file is empty, not a Dyad project.").arg(path));
        QString error;
        const MigrationResult state = inspect(*probe, &error);
        if (state == MigrationResult::NotADyadFile || state == MigrationResult::TooNew)
            return makeError(QCoreApplication::translate("Storage", "Cannot open %1: %2").arg(path, error));
    }
    auto db = Database::open(path, readOnly ? OpenMode::ReadOnly : OpenMode::ReadWrite);
    if (!db)
        return db.takeError();
    QString error;
    const MigrationResult state = db->isReadOnly() ? inspect(*db, &error) : migrate(*db, &error);
    if (state == MigrationResult::Migrated && db->isReadOnly())
        return makeError(QCoreApplication::translate("Storage", "Cannot open %1: it needs an upgrade to this version of Dyad, "
                                        "but it is read-only.").arg(path));
    switch (state) {
    case MigrationResult::UpToDate:
    case MigrationResult::Migrated:
        break;
    case MigrationResult::NotADyadFile:
    case MigrationResult::TooNew:
    case MigrationResult::Failed:
        return makeError(QCoreApplication::translate("Storage", "Cannot open %1: %2").arg(path, error));
    }
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db).value()));
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::createInMemory()
{
    auto db = Database::openMemory();
    if (!db)
        return db.takeError();
    QString error;
    if (migrate(*db, &error) != MigrationResult::Migrated)
        return makeError(QCoreApplication::translate("Storage", "Cannot create an in-memory project: %1").arg(error));
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db).value()));
}

ScopedStatement SqliteStore::cached(const char *sql) const
{
    for (auto &[key, stmt] : m_cache) {
        if (key == sql) {
            stmt->reset();
            return ScopedStatement(*stmt);
        }
    }
    auto prepared = m_db.prepare(sql);
    Q_ASSERT_X(prepared.ok(), "SqliteStore", sql);
    auto stmt = std::make_unique<Statement>(prepared.ok() ? std::move(prepared).value() : Statement());
    m_cache.emplace_back(sql, std::move(stmt));
    return ScopedStatement(*m_cache.back().second);
}

Result<std::unique_ptr<StoreTransaction>> SqliteStore::begin()
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    return std::unique_ptr<StoreTransaction>(new SqliteTransaction(std::move(tx).value()));
}

qint64 SqliteStore::externalDataVersion() const
{
    auto s = cached("PRAGMA data_version");
    return s->step() == Step::Row ? s->int64(0) : 0;
}

// --- meta -------------------------------------------------------------------------

QString SqliteStore::meta(const QString &key) const
{
    auto s = cached("SELECT value FROM meta WHERE key = ?1");
    s->bind(1, key);
    return s->step() == Step::Row ? s->text(0) : QString();
}

Status SqliteStore::setMeta(const QString &key, const QString &value)
{
    auto s = cached("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s->bind(1, key).bind(2, value);
    return wrap(s->run(), "project settings");
}

// --- reviewers --------------------------------------------------------------------

Status SqliteStore::insertReviewer(const Reviewer &r)
{
    auto s = cached("INSERT INTO reviewers (id, name, role, created) VALUES (?1, ?2, ?3, ?4)");
    s->bind(1, idText(r.id)).bind(2, r.name).bind(3, roleName(r.role)).bind(4, isoTime(r.created));
    return wrap(s->run(), "reviewer");
}

Status SqliteStore::updateReviewer(const Reviewer &r)
{
    auto s = cached("UPDATE reviewers SET name = ?2, role = ?3 WHERE id = ?1");
    s->bind(1, idText(r.id)).bind(2, r.name).bind(3, roleName(r.role));
    return wrap(s->run(), "reviewer");
}

std::vector<Reviewer> SqliteStore::reviewers() const
{
    std::vector<Reviewer> out;
    auto s = cached("SELECT id, name, role, created FROM reviewers ORDER BY created, name");
    while (s->step() == Step::Row)
        out.push_back({idFrom(*s, 0), s->text(1), roleFromName(s->text(2)).value_or(ReviewerRole::Reviewer),
                       parseIsoTime(s->text(3))});
    return out;
}

// --- records ----------------------------------------------------------------------

namespace {
constexpr const char *kRecordColumns = "id, title, authors, year, journal, doi, pmid, keywords, language, text, "
                                       "text_version, source_format, source_name, raw_source, attributes, created";

Record readRecord(const Statement &s)
{
    Record r;
    r.id = idFrom(s, 0);
    r.title = s.text(1);
    r.authors = stringList(s.text(2));
    if (!s.isNull(3))
        r.year = s.int32(3);
    r.journal = s.text(4);
    r.doi = s.text(5);
    r.pmid = s.text(6);
    r.keywords = stringList(s.text(7));
    r.language = s.text(8);
    r.text = s.text(9);
    r.textVersion = s.int32(10);
    r.sourceFormat = s.text(11);
    r.sourceName = s.text(12);
    r.rawSource = s.text(13);
    r.attributes = jsonObject(s.text(14));
    r.created = parseIsoTime(s.text(15));
    return r;
}

void bindRecord(Statement &s, const Record &r)
{
    s.bind(1, idText(r.id))
        .bind(2, r.title.isNull() ? QStringLiteral("") : r.title)
        .bind(3, jsonText(QJsonArray::fromStringList(r.authors)))
        .bindOptional(4, r.year ? std::optional<long long>(*r.year) : std::nullopt)
        .bind(5, r.journal.isNull() ? QStringLiteral("") : r.journal)
        .bind(6, r.doi.isNull() ? QStringLiteral("") : r.doi)
        .bind(7, r.pmid.isNull() ? QStringLiteral("") : r.pmid)
        .bind(8, jsonText(QJsonArray::fromStringList(r.keywords)))
        .bind(9, r.language.isNull() ? QStringLiteral("") : r.language)
        .bind(10, r.text.isNull() ? QStringLiteral("") : r.text)
        .bind(11, std::int64_t{r.textVersion})
        .bind(12, r.sourceFormat.isNull() ? QStringLiteral("") : r.sourceFormat)
        .bind(13, r.sourceName.isNull() ? QStringLiteral("") : r.sourceName)
        .bind(14, r.rawSource.isNull() ? QStringLiteral("") : r.rawSource)
        .bind(15, jsonText(r.attributes))
        .bind(16, isoTime(r.created))
        .bind(17, text::codePointLength(r.text));
}
} // namespace

Status SqliteStore::insertRecord(const Record &r)
{
    auto s = cached("INSERT INTO records (id, title, authors, year, journal, doi, pmid, keywords, language, "
                          "text, text_version, source_format, source_name, raw_source, attributes, created, "
                          "text_length) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                          "?16, ?17)");
    bindRecord(*s, r);
    if (auto st = s->run(); !st)
        return wrap(st, "record");
    // The search index is written here, not by a trigger (see migration 4).
    auto fts = cached("INSERT INTO record_fts (rowid, title, text) VALUES (?1, ?2, ?3)");
    fts->bind(1, m_db.lastInsertRowId()).bind(2, r.title).bind(3, r.text);
    return wrap(fts->run(), "search index");
}

Status SqliteStore::updateRecord(const Record &r)
{
    auto s = cached("UPDATE records SET title = ?2, authors = ?3, year = ?4, journal = ?5, doi = ?6, "
                          "pmid = ?7, keywords = ?8, language = ?9, text = ?10, text_version = ?11, "
                          "source_format = ?12, source_name = ?13, raw_source = ?14, attributes = ?15, "
                          "text_length = ?17 WHERE id = ?1 AND created = ?16");
    bindRecord(*s, r);
    if (auto st = s->run(); !st)
        return wrap(st, "record");
    if (m_db.changes() != 1)
        return makeError(QCoreApplication::translate("Storage", "The record %1 no longer exists.").arg(uuidText(r.id)));
    return {};
}

Status SqliteStore::insertTextVersion(const QUuid &recordId, int version, const QString &text)
{
    auto s = cached("INSERT INTO record_text_versions (record_id, version, text, created) "
                          "VALUES (?1, ?2, ?3, ?4)");
    s->bind(1, idText(recordId)).bind(2, version).bind(3, text).bind(4, isoTime(QDateTime::currentDateTimeUtc()));
    return wrap(s->run(), "text version");
}

std::optional<Record> SqliteStore::record(const QUuid &id) const
{
    static const QByteArray sql = QByteArray("SELECT ") + kRecordColumns + " FROM records WHERE id = ?1";
    auto s = cached(sql.constData());
    s->bind(1, idText(id));
    if (s->step() != Step::Row)
        return std::nullopt;
    return readRecord(*s);
}

std::vector<RecordSummary> SqliteStore::recordSummaries() const
{
    std::vector<RecordSummary> out;
    out.reserve(static_cast<size_t>(recordCount()));
    auto s = cached("SELECT id, seq, title, json_extract(authors, '$[0]'), year, journal, language, doi, pmid "
                          "FROM records ORDER BY seq");
    while (s->step() == Step::Row) {
        RecordSummary r;
        r.id = idFrom(*s, 0);
        r.seq = s->int64(1);
        r.title = s->text(2);
        r.firstAuthor = s->text(3);
        if (!s->isNull(4))
            r.year = s->int32(4);
        r.journal = s->text(5);
        r.language = s->text(6);
        r.doi = s->text(7);
        r.pmid = s->text(8);
        out.push_back(std::move(r));
    }
    return out;
}

qint64 SqliteStore::recordCount() const
{
    auto s = cached("SELECT count(*) FROM records");
    return s->step() == Step::Row ? s->int64(0) : 0;
}

std::vector<RecordKey> SqliteStore::recordKeys() const
{
    std::vector<RecordKey> out;
    auto s = cached("SELECT r.id, r.doi, r.pmid, r.title, r.year, "
                          "EXISTS (SELECT 1 FROM codings c WHERE c.record_id = r.id) FROM records r ORDER BY r.seq");
    while (s->step() == Step::Row) {
        RecordKey k;
        k.id = idFrom(*s, 0);
        k.doi = s->text(1);
        k.pmid = s->text(2);
        k.title = s->text(3);
        if (!s->isNull(4))
            k.year = s->int32(4);
        k.hasCodings = s->int64(5) != 0;
        out.push_back(std::move(k));
    }
    return out;
}

QString SqliteStore::recordText(const QUuid &id) const
{
    auto s = cached("SELECT text FROM records WHERE id = ?1");
    s->bind(1, idText(id));
    return s->step() == Step::Row ? s->text(0) : QString();
}

std::vector<std::pair<QUuid, qint64>> SqliteStore::recordLengths() const
{
    std::vector<std::pair<QUuid, qint64>> out;
    auto s = cached("SELECT id, text_length FROM records ORDER BY seq");
    while (s->step() == Step::Row)
        out.emplace_back(idFrom(*s, 0), s->int64(1));
    return out;
}

Result<std::vector<SearchHit>> SqliteStore::search(const QString &ftsExpression, int limit) const
{
    auto s = cached("SELECT r.id, r.title, snippet(record_fts, 1, '[', ']', '…', 16), bm25(record_fts) "
                          "FROM record_fts JOIN records r ON r.seq = record_fts.rowid "
                          "WHERE record_fts MATCH ?1 ORDER BY bm25(record_fts) LIMIT ?2");
    s->bind(1, ftsExpression).bind(2, limit);
    std::vector<SearchHit> out;
    Step step;
    while ((step = s->step()) == Step::Row)
        out.push_back({idFrom(*s, 0), s->text(1), s->text(2), s->real(3)});
    if (step == Step::Error)
        return makeError(QCoreApplication::translate("Storage", "The search could not be run: %1").arg(s->error()));
    return out;
}

// --- rows kept whole: one description per table -----------------------------------

namespace {

/**
 * A table whose rows are one domain type keyed by its first column, `id`: its statements are
 * made from its one column list, so codes and codings are written, read and removed by the
 * same few lines.
 */
template<typename Row>
struct RowTable
{
    /** `columnList` is what bindRow writes; readRow reads it followed by `readOnlyColumns` (if any). */
    RowTable(const char *table, const char *columnList, void (*bindRow)(Statement &, const Row &),
             Row (*readRow)(const Statement &), const char *noun, const char *removalNoun,
             const char *readOnlyColumns = nullptr)
        : bind(bindRow), read(readRow), what(noun), removal(removalNoun)
    {
        const QList<QByteArray> names = QByteArray(columnList).split(',');
        QList<QByteArray> params, sets;
        for (int i = 0; i < names.size(); ++i) {
            const QByteArray param = '?' + QByteArray::number(i + 1);
            params << param;
            if (i > 0)
                sets << names[i].trimmed() + " = " + param;
        }
        insert = "INSERT INTO " + QByteArray(table) + " (" + columnList + ") VALUES (" + params.join(", ") + ')';
        update = "UPDATE " + QByteArray(table) + " SET " + sets.join(", ") + " WHERE id = ?1";
        remove = "DELETE FROM " + QByteArray(table) + " WHERE id = ?1";
        select = "SELECT " + QByteArray(columnList) + (readOnlyColumns ? ", " + QByteArray(readOnlyColumns) : QByteArray())
            + " FROM " + table;
        byId = select + " WHERE id = ?1";
    }

    void (*bind)(Statement &, const Row &);
    Row (*read)(const Statement &);
    const char *what;      ///< for "Could not save the …"
    const char *removal;
    QByteArray insert, update, remove, select, byId;
};

/** Runs `s` (an insert or update of `t`) for `row`. */
template<typename Row>
Status writeRow(const ScopedStatement &s, const RowTable<Row> &t, const Row &row)
{
    t.bind(*s, row);
    return wrap(s->run(), t.what);
}

Status removeRow(const ScopedStatement &s, const char *removal, const QUuid &id)
{
    bindId(*s, 1, id);
    return wrap(s->run(), removal);
}

template<typename Row>
std::optional<Row> readRowById(const ScopedStatement &s, const RowTable<Row> &t, const QUuid &id)
{
    bindId(*s, 1, id);
    if (s->step() != Step::Row)
        return std::nullopt;
    return t.read(*s);
}

} // namespace

// --- codes ------------------------------------------------------------------------

namespace {
Code readCode(const Statement &s)
{
    Code c;
    c.id = idFrom(s, 0);
    c.parentId = idFrom(s, 1);
    c.name = s.text(2);
    c.color = s.text(3);
    c.definition = s.text(4);
    c.useWhen = s.text(5);
    c.doNotUseWhen = s.text(6);
    c.example = s.text(7);
    c.memo = s.text(8);
    c.creatorId = idFrom(s, 9);
    c.shared = s.int64(10) != 0;
    c.sortOrder = s.int32(11);
    c.created = parseIsoTime(s.text(12));
    return c;
}

QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindCode(Statement &s, const Code &c)
{
    s.bind(1, idText(c.id))
        .bind(2, idText(c.parentId))
        .bind(3, c.name)
        .bind(4, nonNull(c.color))
        .bind(5, nonNull(c.definition))
        .bind(6, nonNull(c.useWhen))
        .bind(7, nonNull(c.doNotUseWhen))
        .bind(8, nonNull(c.example))
        .bind(9, nonNull(c.memo))
        .bind(10, idText(c.creatorId))
        .bind(11, c.shared ? 1 : 0)
        .bind(12, c.sortOrder)
        .bind(13, isoTime(c.created));
}

const RowTable<Code> &codeTable()
{
    static const RowTable<Code> table("codes",
                                      "id, parent_id, name, color, definition, use_when, do_not_use_when, example, "
                                      "memo, creator_id, shared, sort_order, created",
                                      bindCode, readCode, "code", "code deletion");
    return table;
}
} // namespace

Status SqliteStore::insertCode(const Code &c)
{
    return writeRow(cached(codeTable().insert.constData()), codeTable(), c);
}

Status SqliteStore::updateCode(const Code &c)
{
    return writeRow(cached(codeTable().update.constData()), codeTable(), c);
}

Status SqliteStore::deleteCode(const QUuid &id)
{
    return removeRow(cached(codeTable().remove.constData()), codeTable().removal, id);
}

std::vector<Code> SqliteStore::codes() const
{
    static const QByteArray sql = codeTable().select + " ORDER BY sort_order, name";
    std::vector<Code> out;
    auto s = cached(sql.constData());
    while (s->step() == Step::Row)
        out.push_back(readCode(*s));
    return out;
}

std::optional<Code> SqliteStore::code(const QUuid &id) const
{
    return readRowById(cached(codeTable().byId.constData()), codeTable(), id);
}


// --- codings ----------------------------------------------------------------------

namespace {
Coding readCoding(const Statement &s)
{
    Coding c;
    c.id = idFrom(s, 0);
    c.recordId = idFrom(s, 1);
    c.codeId = idFrom(s, 2);
    c.reviewerId = idFrom(s, 3);
    c.roundId = idFrom(s, 4);
    c.span = {s.int64(5), s.int64(6)};
    c.textVersion = s.int32(7);
    c.memo = s.text(8);
    c.created = parseIsoTime(s.text(9));
    c.modified = parseIsoTime(s.text(10));
    c.version = s.int64(11);
    return c;
}

void bindCoding(Statement &s, const Coding &c)
{
    bindId(s, 1, c.id);
    bindId(s, 2, c.recordId);
    bindId(s, 3, c.codeId);
    bindId(s, 4, c.reviewerId);
    bindId(s, 5, c.roundId);
    s.bind(6, c.span.start)
        .bind(7, c.span.end)
        .bind(8, c.textVersion)
        .bind(9, nonNull(c.memo))
        .bind(10, isoTime(c.created))
        .bind(11, isoTime(c.modified));
}

const RowTable<Coding> &codingTable()
{
    // The row version is the store's: it starts at the column's default and goes up with each update.
    static const RowTable<Coding> table(
        "codings", "id, record_id, code_id, reviewer_id, round_id, start_pos, end_pos, text_version, memo, created, modified",
        bindCoding, readCoding, "coding", "coding removal", "version");
    return table;
}
} // namespace

Status SqliteStore::insertCoding(const Coding &c)
{
    return writeRow(cached(codingTable().insert.constData()), codingTable(), c);
}

Status SqliteStore::updateCoding(const Coding &c)
{
    auto s = cached("UPDATE codings SET record_id = ?2, code_id = ?3, reviewer_id = ?4, round_id = ?5, "
                    "start_pos = ?6, end_pos = ?7, text_version = ?8, memo = ?9, created = ?10, "
                    "modified = ?11, version = version + 1 WHERE id = ?1 AND (?12 = 0 OR version = ?12)");
    bindCoding(*s, c);
    s->bind(12, c.version);
    if (auto st = s->run(); !st)
        return wrap(st, "coding");
    if (c.version != 0 && m_db.changes() == 0)
        return makeConflict(QCoreApplication::translate("Storage", "The coding was changed by someone else; "
                                                                   "your change was not saved."));
    return {};
}

Status SqliteStore::deleteCoding(const QUuid &id)
{
    return removeRow(cached(codingTable().remove.constData()), codingTable().removal, id);
}

std::optional<Coding> SqliteStore::coding(const QUuid &id) const
{
    return readRowById(cached(codingTable().byId.constData()), codingTable(), id);
}

namespace {
// One statement per combination of set filters (16 shapes), naming only the set columns:
// "(?1 IS NULL OR record_id = ?1)" would read the whole table on every call, since SQLite
// picks the index when the statement is prepared, not when it is bound.
enum FilterBit { ByRecord = 1, ByReviewer = 2, ByCode = 4, ByRound = 8 };

int shapeOf(const CodingQuery &q)
{
    return (q.recordId ? ByRecord : 0) | (q.reviewerId ? ByReviewer : 0) | (q.codeId ? ByCode : 0)
        | (q.roundId ? ByRound : 0);
}

QByteArray whereClause(int shape)
{
    QList<QByteArray> terms;
    if (shape & ByRecord)
        terms << "record_id = ?1";
    if (shape & ByReviewer)
        terms << "reviewer_id = ?2";
    if (shape & ByCode)
        terms << "code_id = ?3";
    if (shape & ByRound)
        terms << "round_id = ?4";
    return terms.isEmpty() ? QByteArray() : " WHERE " + terms.join(" AND ");
}

using ShapedSql = std::array<QByteArray, 16>;

ShapedSql shapedSql(const QByteArray &head, const QByteArray &tail)
{
    ShapedSql out;
    for (int shape = 0; shape < 16; ++shape)
        out[size_t(shape)] = head + whereClause(shape) + tail;
    return out;
}

void bindQuery(Statement &s, const CodingQuery &q)
{
    if (q.recordId)
        s.bind(1, idText(*q.recordId));
    if (q.reviewerId)
        s.bind(2, idText(*q.reviewerId));
    if (q.codeId)
        s.bind(3, idText(*q.codeId));
    if (q.roundId)
        s.bind(4, idText(*q.roundId));
}
} // namespace

std::vector<Coding> SqliteStore::codings(const CodingQuery &query) const
{
    // Separate statements per shape let SQLite use the right index.
    std::vector<Coding> out;
    if (query.recordId && !query.codeId && !query.roundId) {
        static const QByteArray sql = codingTable().select
            + " WHERE record_id = ?1 AND (?2 IS NULL OR reviewer_id = ?2) ORDER BY start_pos, end_pos";
        auto s = cached(sql.constData());
        s->bind(1, idText(*query.recordId)).bind(2, query.reviewerId ? idText(*query.reviewerId) : QString());
        while (s->step() == Step::Row)
            out.push_back(readCoding(*s));
        return out;
    }
    static const ShapedSql sql =
        shapedSql(codingTable().select, " ORDER BY record_id, start_pos");
    auto s = cached(sql[size_t(shapeOf(query))].constData());
    bindQuery(*s, query);
    while (s->step() == Step::Row)
        out.push_back(readCoding(*s));
    return out;
}

qint64 SqliteStore::codingCount(const CodingQuery &query) const
{
    static const ShapedSql sql = shapedSql("SELECT count(*) FROM codings", QByteArray());
    auto s = cached(sql[size_t(shapeOf(query))].constData());
    bindQuery(*s, query);
    return s->step() == Step::Row ? s->int64(0) : 0;
}

std::vector<std::pair<QUuid, int>> SqliteStore::codingCountsByCode(const QUuid &reviewerId) const
{
    std::vector<std::pair<QUuid, int>> out;
    auto s = cached("SELECT code_id, count(*) FROM codings WHERE reviewer_id = ?1 GROUP BY code_id");
    s->bind(1, idText(reviewerId));
    while (s->step() == Step::Row)
        out.emplace_back(idFrom(*s, 0), s->int32(1));
    return out;
}

std::vector<std::pair<QUuid, int>> SqliteStore::codingCountsByRecord(const QUuid &reviewerId) const
{
    std::vector<std::pair<QUuid, int>> out;
    auto s = cached("SELECT record_id, count(*) FROM codings WHERE reviewer_id = ?1 GROUP BY record_id");
    s->bind(1, idText(reviewerId));
    while (s->step() == Step::Row)
        out.emplace_back(idFrom(*s, 0), s->int32(1));
    return out;
}

// --- rounds -----------------------------------------------------------------------

Status SqliteStore::insertRound(const Round &r)
{
    auto s = cached("INSERT INTO rounds (id, name, phase, unblinded, created) VALUES (?1, ?2, ?3, ?4, ?5)");
    s->bind(1, idText(r.id)).bind(2, r.name).bind(3, phaseName(r.phase)).bind(4, r.unblinded ? 1 : 0)
        .bind(5, isoTime(r.created));
    return wrap(s->run(), "round");
}

Status SqliteStore::updateRound(const Round &r)
{
    auto s = cached("UPDATE rounds SET name = ?2, phase = ?3, unblinded = ?4 WHERE id = ?1");
    s->bind(1, idText(r.id)).bind(2, r.name).bind(3, phaseName(r.phase)).bind(4, r.unblinded ? 1 : 0);
    return wrap(s->run(), "round");
}

std::vector<Round> SqliteStore::rounds() const
{
    std::vector<Round> out;
    auto s = cached("SELECT id, name, phase, unblinded, created FROM rounds ORDER BY created, rowid");
    while (s->step() == Step::Row)
        out.push_back({idFrom(*s, 0), s->text(1), phaseFromName(s->text(2)).value_or(RoundPhase::Independent),
                       s->int64(3) != 0, parseIsoTime(s->text(4))});
    return out;
}

Status SqliteStore::upsertAssignment(const Assignment &a)
{
    auto s = cached("INSERT INTO assignments (round_id, record_id, reviewer_id, status, changed) "
                          "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (round_id, record_id, reviewer_id) "
                          "DO UPDATE SET status = excluded.status, changed = excluded.changed");
    s->bind(1, idText(a.roundId)).bind(2, idText(a.recordId)).bind(3, idText(a.reviewerId))
        .bind(4, statusName(a.status)).bind(5, isoTime(a.changed));
    return wrap(s->run(), "assignment");
}

std::vector<Assignment> SqliteStore::assignments(const std::optional<QUuid> &roundId,
                                                 const std::optional<QUuid> &recordId,
                                                 const std::optional<QUuid> &reviewerId) const
{
    std::vector<Assignment> out;
    auto s = cached("SELECT round_id, record_id, reviewer_id, status, changed FROM assignments "
                          "WHERE (?1 IS NULL OR round_id = ?1) AND (?2 IS NULL OR record_id = ?2) "
                          "AND (?3 IS NULL OR reviewer_id = ?3)");
    s->bind(1, roundId ? idText(*roundId) : QString())
        .bind(2, recordId ? idText(*recordId) : QString())
        .bind(3, reviewerId ? idText(*reviewerId) : QString());
    while (s->step() == Step::Row)
        out.push_back({idFrom(*s, 0), idFrom(*s, 1), idFrom(*s, 2),
                       statusFromName(s->text(3)).value_or(RecordStatus::NotStarted), parseIsoTime(s->text(4))});
    return out;
}

// --- memos ------------------------------------------------------------------------

Status SqliteStore::setRecordMemo(const QUuid &recordId, const QUuid &authorId, const QString &text)
{
    if (text.isEmpty()) {
        auto s = cached("DELETE FROM record_memos WHERE record_id = ?1 AND author_id = ?2");
        s->bind(1, idText(recordId)).bind(2, idText(authorId));
        return wrap(s->run(), "memo");
    }
    auto s = cached("INSERT INTO record_memos (record_id, author_id, text, modified) VALUES (?1, ?2, ?3, ?4) "
                          "ON CONFLICT (record_id, author_id) DO UPDATE SET text = excluded.text, "
                          "modified = excluded.modified, version = record_memos.version + 1");
    s->bind(1, idText(recordId)).bind(2, idText(authorId)).bind(3, text)
        .bind(4, isoTime(QDateTime::currentDateTimeUtc()));
    return wrap(s->run(), "memo");
}

QString SqliteStore::recordMemo(const QUuid &recordId, const QUuid &authorId) const
{
    auto s = cached("SELECT text FROM record_memos WHERE record_id = ?1 AND author_id = ?2");
    s->bind(1, idText(recordId)).bind(2, idText(authorId));
    return s->step() == Step::Row ? s->text(0) : QString();
}

RecordMemo SqliteStore::recordMemoWithVersion(const QUuid &recordId, const QUuid &authorId) const
{
    auto s = cached("SELECT text, version, modified FROM record_memos WHERE record_id = ?1 AND author_id = ?2");
    s->bind(1, idText(recordId)).bind(2, idText(authorId));
    if (s->step() != Step::Row)
        return {};
    return {s->text(0), s->int64(1), parseIsoTime(s->text(2))};
}

Result<qint64> SqliteStore::setRecordMemoIfVersion(const QUuid &recordId, const QUuid &authorId, const QString &text,
                                                   qint64 expectedVersion)
{
    // The caller's transaction holds the write lock, so the read and the write below see the
    // same row; the version in the WHERE clause is what decides all the same.
    const RecordMemo now = recordMemoWithVersion(recordId, authorId);
    if (now.version != expectedVersion)
        return makeConflict(QCoreApplication::translate("Storage", "The memo was changed by someone else; "
                                                                   "your text was not saved."));
    if (expectedVersion == 0 && text.isEmpty())
        return qint64{0};
    if (text.isEmpty()) {
        auto s = cached("DELETE FROM record_memos WHERE record_id = ?1 AND author_id = ?2 AND version = ?3");
        s->bind(1, idText(recordId)).bind(2, idText(authorId)).bind(3, expectedVersion);
        if (auto st = s->run(); !st)
            return wrap(st, "memo").takeError();
        return qint64{0};
    }
    const QString modified = isoTime(QDateTime::currentDateTimeUtc());
    if (expectedVersion == 0) {
        auto s = cached("INSERT INTO record_memos (record_id, author_id, text, modified, version) "
                        "VALUES (?1, ?2, ?3, ?4, 1)");
        s->bind(1, idText(recordId)).bind(2, idText(authorId)).bind(3, text).bind(4, modified);
        if (auto st = s->run(); !st)
            return wrap(st, "memo").takeError();
        return qint64{1};
    }
    auto s = cached("UPDATE record_memos SET text = ?3, modified = ?4, version = version + 1 "
                    "WHERE record_id = ?1 AND author_id = ?2 AND version = ?5");
    s->bind(1, idText(recordId)).bind(2, idText(authorId)).bind(3, text).bind(4, modified).bind(5, expectedVersion);
    if (auto st = s->run(); !st)
        return wrap(st, "memo").takeError();
    if (m_db.changes() == 0)
        return makeConflict(QCoreApplication::translate("Storage", "The memo was changed by someone else; "
                                                                   "your text was not saved."));
    return expectedVersion + 1;
}

// --- audit ------------------------------------------------------------------------

Status SqliteStore::appendAudit(const AuditEntry &e)
{
    auto s = cached("INSERT INTO audit_log (at, actor_id, action, entity_type, entity_id, details) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    s->bind(1, isoTime(e.at)).bind(2, idText(e.actorId)).bind(3, e.action).bind(4, e.entityType)
        .bind(5, idText(e.entityId)).bind(6, jsonText(e.details));
    return wrap(s->run(), "audit log entry");
}

std::vector<AuditEntry> SqliteStore::auditLog(qint64 afterSeq, int limit) const
{
    std::vector<AuditEntry> out;
    auto s = cached("SELECT seq, at, actor_id, action, entity_type, entity_id, details FROM audit_log "
                          "WHERE seq > ?1 ORDER BY seq LIMIT ?2");
    s->bind(1, afterSeq).bind(2, limit);
    while (s->step() == Step::Row)
        out.push_back({s->int64(0), parseIsoTime(s->text(1)), idFrom(*s, 2), s->text(3), s->text(4), idFrom(*s, 5),
                       jsonObject(s->text(6))});
    return out;
}

qint64 SqliteStore::lastAuditSeq() const
{
    auto s = cached("SELECT coalesce(max(seq), 0) FROM audit_log");
    return s->step() == Step::Row ? s->int64(0) : 0;
}

std::optional<AuditEntry> SqliteStore::lastAuditEntry(const QString &entityType, const QUuid &entityId,
                                                      const QString &action) const
{
    auto s = cached("SELECT seq, at, actor_id, action, entity_type, entity_id, details FROM audit_log "
                    "WHERE entity_type = ?1 AND entity_id = ?2 AND (?3 = '' OR action = ?3) ORDER BY seq DESC LIMIT 1");
    s->bind(1, entityType).bind(2, idText(entityId)).bind(3, nonNull(action));
    if (s->step() != Step::Row)
        return std::nullopt;
    return AuditEntry{s->int64(0), parseIsoTime(s->text(1)), idFrom(*s, 2), s->text(3), s->text(4), idFrom(*s, 5),
                      jsonObject(s->text(6))};
}

// --- maintenance ------------------------------------------------------------------

QStringList SqliteStore::integrityProblems() const
{
    QStringList problems;
    auto integrity = m_db.prepare("PRAGMA integrity_check");
    if (!integrity) {
        problems << QCoreApplication::translate("Storage", "integrity check could not run: %1").arg(integrity.error());
        return problems;
    }
    while (integrity->step() == Step::Row) {
        const QString line = integrity->text(0);
        if (line != QStringLiteral("ok"))
            problems << QStringLiteral("SQLite: %1").arg(line);
    }
    auto fk = m_db.prepare("PRAGMA foreign_key_check");
    while (fk && fk->step() == Step::Row)
        problems << QCoreApplication::translate("Storage", "table %1 row %2 refers to a missing row of %3").arg(fk->text(0)).arg(fk->int64(1))
                        .arg(fk->text(2));

    // Each check names the rows it finds; the message has one placeholder per column.
    const std::pair<const char *, const char *> checks[] = {
        {"SELECT c.id, c.start_pos, c.end_pos, r.id, r.text_length FROM codings c JOIN records r ON r.id = c.record_id "
         "WHERE c.start_pos >= 0 AND c.end_pos >= c.start_pos AND c.end_pos > r.text_length",
         QT_TRANSLATE_NOOP("Storage", "coding %1 [%2, %3) ends beyond the text of record %4 (%5 characters)")},
        {"SELECT id, start_pos, end_pos, record_id FROM codings WHERE start_pos < 0",
         QT_TRANSLATE_NOOP("Storage", "coding %1 [%2, %3) on record %4 starts before the text (a negative start)")},
        {"SELECT id, start_pos, end_pos, record_id FROM codings WHERE start_pos >= 0 AND end_pos <= start_pos",
         QT_TRANSLATE_NOOP("Storage", "coding %1 [%2, %3) on record %4 ends where or before it starts")},
        {"SELECT group_concat(id, ', '), start_pos, end_pos, record_id FROM codings "
         "GROUP BY record_id, reviewer_id, code_id, start_pos, end_pos HAVING count(*) > 1",
         QT_TRANSLATE_NOOP("Storage", "codings %1 are duplicates: the same reviewer put the same code on [%2, %3) of record %4")},
        {"SELECT c.id, c.parent_id FROM codes c WHERE c.parent_id IS NOT NULL AND NOT EXISTS "
         "(SELECT 1 FROM codes p WHERE p.id = c.parent_id)",
         QT_TRANSLATE_NOOP("Storage", "code %1 has a missing parent %2")},
        {"WITH RECURSIVE up(id, ancestor, depth) AS (SELECT id, parent_id, 1 FROM codes WHERE parent_id IS NOT NULL "
         "UNION ALL SELECT up.id, c.parent_id, up.depth + 1 FROM up JOIN codes c ON c.id = up.ancestor "
         "WHERE c.parent_id IS NOT NULL AND up.depth < 64) SELECT DISTINCT id FROM up WHERE ancestor = id",
         QT_TRANSLATE_NOOP("Storage", "code %1 is its own ancestor (a cycle in the codebook)")},
        {"SELECT c.id, r.id FROM codings c JOIN records r ON r.id = c.record_id WHERE c.text_version <> r.text_version",
         QT_TRANSLATE_NOOP("Storage", "coding %1 refers to an older text version of record %2")},
        {"SELECT id FROM records WHERE text_length <> length(text)",
         QT_TRANSLATE_NOOP("Storage", "record %1 has a stale text length")},
    };
    for (const auto &[sql, message] : checks) {
        auto s = m_db.prepare(sql);
        if (!s) {
            problems << QCoreApplication::translate("Storage", "consistency check could not run: %1").arg(s.error());
            continue;
        }
        while (s->step() == Step::Row) {
            QString line = QCoreApplication::translate("Storage", message);
            for (int column = 0; column < s->columnCount(); ++column)
                line = line.arg(s->text(column));
            problems << line;
        }
    }

    // Names that only Dyad writes: another value means the file was edited by hand or damaged,
    // and would otherwise be read as a default without a word.
    struct NameCheck
    {
        const char *sql;
        bool (*known)(const QString &);
        const char *message;
    };
    const NameCheck names[] = {
        {"SELECT id, phase FROM rounds", [](const QString &v) { return phaseFromName(v).has_value(); },
         QT_TRANSLATE_NOOP("Storage", "round %1 has an unknown phase \"%2\" (expected independent, reconciliation or closed)")},
        {"SELECT id, role FROM reviewers", [](const QString &v) { return roleFromName(v).has_value(); },
         QT_TRANSLATE_NOOP("Storage", "reviewer %1 has an unknown role \"%2\" (expected reviewer, adjudicator, lead or consensus)")},
        {"SELECT round_id || ' / ' || record_id || ' / ' || reviewer_id, status FROM assignments",
         [](const QString &v) { return statusFromName(v).has_value(); },
         QT_TRANSLATE_NOOP("Storage", "the assignment (round / record / reviewer) %1 has an unknown status \"%2\" "
         "(expected not-started, in-progress or done)")},
    };
    for (const NameCheck &check : names) {
        auto s = m_db.prepare(check.sql);
        if (!s) {
            problems << QCoreApplication::translate("Storage", "consistency check could not run: %1").arg(s.error());
            continue;
        }
        while (s->step() == Step::Row)
            if (!check.known(s->text(1)))
                problems << QCoreApplication::translate("Storage", check.message).arg(s->text(0), s->text(1));
    }
    return problems;
}

Status SqliteStore::backupTo(const QString &path) const
{
    return m_db.backupTo(path);
}

} // namespace dyad::core::db
