// JSON reader: an array of objects, one object, JSON Lines, or an object wrapping an
// array ({"records": [...]}) . Keys are matched case- and punctuation-insensitively
// (title, abstract, authors/author, year/publicationDate/issued, journal/container-title,
// doi, pmid, keywords, language). Each top-level element is cut out by a small scanner so
// that a damaged element costs only itself and rawSource is the element's exact text.

#include "core/io/import/readers_p.h"
#include "core/io/import/textclean_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace dyad::core::importer::detail {

namespace {

/** End (exclusive) of the object/array starting at @p i, or -1 if it never closes. */
qsizetype scanComposite(QStringView t, qsizetype i)
{
    int depth = 0;
    bool inString = false;
    const qsizetype n = t.size();
    for (; i < n; ++i) {
        const QChar c = t[i];
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'{' || c == u'[')
            ++depth;
        else if (c == u'}' || c == u']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

QString jsonToText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Whole numbers print without a fraction. Beyond 2^53 a double is no longer exact and
        // converting it to an integer may overflow (found by fuzz_json): print it as it is.
        if (std::isfinite(d) && std::abs(d) < 9007199254740992.0 && d == std::trunc(d))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts << jsonToText(e);
        return parts.join(QStringLiteral("; "));
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        for (const char16_t *k : {u"name", u"title", u"value", u"literal"}) {
            const QString key = QString::fromUtf16(k);
            if (o.contains(key))
                return jsonToText(o.value(key));
        }
        // CSL "issued": {"date-parts": [[2020, 5]]}
        if (o.contains(QStringLiteral("date-parts")))
            return jsonToText(o.value(QStringLiteral("date-parts")).toArray().at(0).toArray().at(0));
        return QString();
    }
    default: return QString();
    }
}

QStringList jsonAuthors(const QJsonValue &v)
{
    if (v.isString())
        return splitAuthors(v.toString());
    QStringList out;
    if (!v.isArray())
        return out;
    for (const QJsonValue &e : v.toArray()) {
        if (e.isString()) {
            out << e.toString();
        } else if (e.isObject()) {
            const QJsonObject o = e.toObject();
            const QString family = jsonToText(o.value(QStringLiteral("family")).isUndefined()
                                                  ? o.value(QStringLiteral("lastName"))
                                                  : o.value(QStringLiteral("family")));
            const QString given = jsonToText(o.value(QStringLiteral("given")).isUndefined()
                                                 ? o.value(QStringLiteral("firstName"))
                                                 : o.value(QStringLiteral("given")));
            if (!family.isEmpty())
                out << (given.isEmpty() ? family : family + QStringLiteral(", ") + given);
            else
                out << jsonToText(o);
        }
    }
    return out;
}

QStringList jsonList(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList out;
        for (const QJsonValue &e : v.toArray())
            out << jsonToText(e);
        return out;
    }
    const QString s = jsonToText(v);
    return splitList(s, s.contains(u';') ? u';' : u',');
}

/** An object hidden in a string value (some sites embed JSON as a string), if any. */
QJsonObject nestedObject(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    const QString s = v.toString().trimmed();
    if (!s.startsWith(u'{') || s.size() > (4 << 20))
        return {};
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8(), &err);
    return doc.isObject() ? doc.object() : QJsonObject();
}

} // namespace

void draftFromJsonObject(const QJsonObject &object, RecordDraft &d)
{
    QHash<QString, QString> byNorm; // normalised key → original key (first wins)
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString norm = normalizeKey(it.key());
        if (!byNorm.contains(norm))
            byNorm.insert(norm, it.key());
    }
    QSet<QString> used;
    auto take = [&](Field field) -> std::pair<QString, QJsonValue> {
        QStringList keys = keysForField(field);
        if (field == Field::Year)
            keys << QStringLiteral("issued") << QStringLiteral("published");
        for (const QString &k : std::as_const(keys)) {
            const auto it = byNorm.constFind(k);
            if (it == byNorm.constEnd())
                continue;
            const QJsonValue v = object.value(it.value());
            if (v.isNull() || v.isUndefined() || jsonToText(v).trimmed().isEmpty())
                continue;
            used.insert(it.value());
            return {it.value(), v};
        }
        return {QString(), QJsonValue()};
    };
    d.title = jsonToText(take(Field::Title).second);
    d.abstract = jsonToText(take(Field::Abstract).second);
    d.authors = jsonAuthors(take(Field::Authors).second);
    d.year = jsonToText(take(Field::Year).second);
    d.journal = jsonToText(take(Field::Journal).second);
    d.doi = jsonToText(take(Field::Doi).second);
    d.pmid = jsonToText(take(Field::Pmid).second);
    d.keywords = jsonList(take(Field::Keywords).second);
    d.language = jsonToText(take(Field::Language).second);
    if (d.doi.isEmpty()) {
        const auto it = byNorm.constFind(QStringLiteral("externalids"));
        if (it != byNorm.constEnd()) {
            const QJsonObject ids = object.value(it.value()).toObject();
            d.doi = jsonToText(ids.value(QStringLiteral("DOI")));
            if (d.pmid.isEmpty())
                d.pmid = jsonToText(ids.value(QStringLiteral("PubMed")));
        }
    }

    // A title in another script than the abstract is usually a machine translation shown
    // by the site; an embedded original (e.g. "resultStr") in the abstract's script wins.
    const bool abstractCjk = cjkShare(d.abstract) > 0.5;
    if (!d.abstract.isEmpty() && !d.title.isEmpty() && (cjkShare(d.title) > 0.5) != abstractCjk) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QJsonObject nested = nestedObject(it.value());
            const QString alt = jsonToText(nested.value(QStringLiteral("title")));
            if (!alt.isEmpty() && (cjkShare(alt) > 0.5) == abstractCjk) {
                d.attributes.insert(QStringLiteral("translatedTitle"), d.title);
                d.title = alt;
                break;
            }
        }
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!used.contains(it.key()) && !it.value().isNull())
            d.attributes.insert(it.key(), it.value());
    }
}

namespace {

class JsonReader final : public ImportReader
{
public:
    Format format() const override { return Format::Json; }
    QString description() const override
    {
        return QCoreApplication::translate("Import", "JSON: an array of objects, one object or JSON Lines, with keys "
                              "such as title, abstract, authors, year, journal, doi");
    }
    QString nameFilter() const override { return QCoreApplication::translate("Import", "JSON files (*.json *.jsonl)"); }

    double score(QStringView head, const QString &fileName) const override
    {
        const QStringView h = head.trimmed();
        if (!(h.startsWith(u'{') || h.startsWith(u'[')))
            return 0.0;
        const bool keys = h.contains(u"\"title\"", Qt::CaseInsensitive)
            || h.contains(u"\"abstract\"", Qt::CaseInsensitive);
        double sc = keys ? 0.9 : 0.5;
        const QString sfx = suffixOf(fileName);
        if (sfx == QLatin1String("json") || sfx == QLatin1String("jsonl"))
            sc += 0.05;
        return sc;
    }

    void read(ReadContext &ctx) const override
    {
        const QStringView t = ctx.text();
        const qsizetype n = t.size();
        qsizetype i = 0;
        auto skipWs = [&]() {
            while (i < n && (t[i].isSpace() || t[i] == QChar(0xFEFF) || t[i] == u','))
                ++i;
        };
        skipWs();
        if (i >= n)
            return;
        const bool array = t[i] == u'[';
        if (array)
            ++i;
        for (;;) {
            skipWs();
            if (i >= n) {
                if (array)
                    ctx.report(Severity::Warning, ctx.lineOf(n - 1), 0,
                               QCoreApplication::translate("Import", "the JSON array is not closed (expected ']'); the "
                                              "file may be truncated"));
                break;
            }
            if (array && t[i] == u']')
                break;
            const qsizetype start = i;
            const qint64 line = ctx.lineOf(start);
            if (t[i] != u'{' && t[i] != u'[') {
                ctx.report(Severity::Error, line, ctx.nextRecordNo(),
                           QCoreApplication::translate("Import", "expected a JSON object ('{') but found '%1'; the rest "
                                          "of the input was not read")
                               .arg(t[i]));
                ctx.skipRecord();
                return;
            }
            const qsizetype end = scanComposite(t, i);
            if (end < 0) {
                ctx.report(Severity::Error, line, ctx.nextRecordNo(),
                           QCoreApplication::translate("Import", "the JSON value starting here never closes (expected "
                                          "'}'); the file may be truncated, the record was "
                                          "skipped"));
                ctx.skipRecord();
                return;
            }
            i = end;
            const QStringView slice = t.mid(start, end - start);
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(slice.toUtf8(), &err);
            if (err.error != QJsonParseError::NoError) {
                ctx.report(Severity::Error, ctx.lineOf(start + qsizetype(err.offset)),
                           ctx.nextRecordNo(),
                           QCoreApplication::translate("Import", "invalid JSON (%1); the record was skipped")
                               .arg(err.errorString()));
                ctx.skipRecord();
                continue;
            }
            if (doc.isArray()) {
                // Only at top level: [[...]] or an array inside JSON Lines.
                readObjects(ctx, doc.array(), line);
                continue;
            }
            const QJsonObject obj = doc.object();
            if (!array) {
                // {"records": [ {...}, ... ]}: a wrapper without record fields of its own.
                const auto wrapped = wrappedArray(obj);
                if (wrapped) {
                    readObjects(ctx, *wrapped, line);
                    continue;
                }
            }
            RecordDraft d;
            d.line = line;
            d.rawSource = slice.toString();
            draftFromJsonObject(obj, d);
            ctx.addRecord(std::move(d));
            if (!ctx.progress(i))
                return;
        }
    }

private:
    static std::optional<QJsonArray> wrappedArray(const QJsonObject &obj)
    {
        for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
            const Field f = fieldForKey(it.key());
            if (f == Field::Title || f == Field::Abstract)
                return std::nullopt;
        }
        for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
            if (it.value().isArray() && !it.value().toArray().isEmpty()
                && it.value().toArray().at(0).isObject())
                return it.value().toArray();
        }
        return std::nullopt;
    }

    static void readObjects(ReadContext &ctx, const QJsonArray &arr, qint64 line)
    {
        for (const QJsonValue &v : arr) {
            if (!v.isObject()) {
                ctx.report(Severity::Error, line, ctx.nextRecordNo(),
                           QCoreApplication::translate("Import", "expected a JSON object for each record; skipped"));
                ctx.skipRecord();
                continue;
            }
            RecordDraft d;
            d.line = line;
            d.rawSource = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            draftFromJsonObject(v.toObject(), d);
            ctx.addRecord(std::move(d));
        }
    }
};

} // namespace

std::unique_ptr<ImportReader> makeJsonReader()
{
    return std::make_unique<JsonReader>();
}

} // namespace dyad::core::importer::detail
