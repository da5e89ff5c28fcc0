#include "ratingstable.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace dyad::core::agreement {

namespace {

struct CsvRow
{
    int line = 0; ///< line where the row starts
    QStringList fields;
};

/** RFC 4180-style records: quoted fields may hold commas, quotes ("") and newlines. */
Result<std::vector<CsvRow>> splitCsv(const QString &text, const QString &source)
{
    std::vector<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false, fieldWasQuoted = false, rowHasContent = false;
    int line = 1;
    row.line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field += ch;
            }
            continue;
        }
        if (ch == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || fieldWasQuoted)
                return makeError(QStringLiteral("%1, line %2: a quote inside an unquoted field; quote the whole field "
                                                "and double inner quotes (\"\").")
                                     .arg(source)
                                     .arg(line));
            field.clear();
            quoted = fieldWasQuoted = rowHasContent = true;
        } else if (ch == QLatin1Char(',')) {
            row.fields << (fieldWasQuoted ? field : field.trimmed());
            field.clear();
            fieldWasQuoted = false;
            rowHasContent = true;
        } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
            if (ch == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (rowHasContent || !field.trimmed().isEmpty()) {
                row.fields << (fieldWasQuoted ? field : field.trimmed());
                rows.push_back(row);
            }
            row = CsvRow();
            field.clear();
            fieldWasQuoted = rowHasContent = false;
            ++line;
            row.line = line;
        } else {
            if (fieldWasQuoted && !ch.isSpace())
                return makeError(QStringLiteral("%1, line %2: text after a closing quote.").arg(source).arg(line));
            field += ch;
            if (!ch.isSpace())
                rowHasContent = true;
        }
    }
    if (quoted)
        return makeError(QStringLiteral("%1, line %2: a quoted field is not closed.").arg(source).arg(row.line));
    if (rowHasContent || !field.trimmed().isEmpty()) {
        row.fields << (fieldWasQuoted ? field : field.trimmed());
        rows.push_back(row);
    }
    return rows;
}

bool parsesAsNumber(const QString &s, double *out = nullptr)
{
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (out)
        *out = v;
    return ok;
}

} // namespace

bool RatingsTable::isNumeric() const
{
    bool any = false;
    for (const auto &u : values)
        for (const auto &v : u)
            if (v) {
                if (!parsesAsNumber(*v))
                    return false;
                any = true;
            }
    return any;
}

QStringList RatingsTable::categories() const
{
    QStringList out;
    QHash<QString, bool> seen;
    for (const auto &u : values)
        for (const auto &v : u)
            if (v && !seen.contains(*v)) {
                seen.insert(*v, true);
                out << *v;
            }
    if (isNumeric())
        std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.toDouble() < b.toDouble(); });
    return out;
}

ReliabilityData RatingsTable::reliabilityData() const
{
    const bool numeric = isNumeric();
    QHash<QString, int> index;
    const QStringList cats = categories();
    for (int i = 0; i < cats.size(); ++i)
        index.insert(cats[i], i);
    ReliabilityData d(values.size());
    for (size_t u = 0; u < values.size(); ++u)
        for (const auto &v : values[u]) {
            if (!v)
                d[u].push_back(std::nullopt);
            else if (numeric)
                d[u].push_back(v->toDouble());
            else
                d[u].push_back(double(index.value(*v)));
        }
    return d;
}

Result<RatingsTable> parseRatingsCsv(const QByteArray &data, const QString &sourceName)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    auto rows = splitCsv(text, sourceName);
    if (!rows)
        return rows.takeError();
    if (rows->empty())
        return makeError(QStringLiteral("%1 is empty; expected a header row with the columns unit, rater, value.").arg(sourceName));

    const CsvRow &header = rows->front();
    int cu = -1, cr = -1, cv = -1;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString h = header.fields[i].trimmed().toLower();
        if (h == QLatin1String("unit"))
            cu = i;
        else if (h == QLatin1String("rater"))
            cr = i;
        else if (h == QLatin1String("value"))
            cv = i;
    }
    if (cu < 0 || cr < 0 || cv < 0)
        return makeError(QStringLiteral("%1, line %2: the header must name the columns unit, rater and value; found: %3.")
                             .arg(sourceName)
                             .arg(header.line)
                             .arg(header.fields.join(QStringLiteral(", "))));

    RatingsTable t;
    QHash<QString, int> unitIndex, raterIndex;
    QHash<QPair<int, int>, int> seenAt; // (unit, rater) → line
    for (size_t r = 1; r < rows->size(); ++r) {
        const CsvRow &row = (*rows)[r];
        const int need = std::max({cu, cr, cv}) + 1;
        if (row.fields.size() < need)
            return makeError(QStringLiteral("%1, line %2: expected at least %3 fields (unit, rater, value), found %4.")
                                 .arg(sourceName)
                                 .arg(row.line)
                                 .arg(need)
                                 .arg(row.fields.size()));
        const QString unit = row.fields[cu], rater = row.fields[cr], value = row.fields[cv];
        if (unit.isEmpty())
            return makeError(QStringLiteral("%1, line %2: the unit is empty.").arg(sourceName).arg(row.line));
        if (rater.isEmpty())
            return makeError(QStringLiteral("%1, line %2: the rater is empty.").arg(sourceName).arg(row.line));
        int u = unitIndex.value(unit, -1);
        if (u < 0) {
            u = int(t.units.size());
            unitIndex.insert(unit, u);
            t.units << unit;
            t.values.emplace_back(size_t(t.raters.size()));
        }
        int rt = raterIndex.value(rater, -1);
        if (rt < 0) {
            rt = int(t.raters.size());
            raterIndex.insert(rater, rt);
            t.raters << rater;
            for (auto &vals : t.values)
                vals.resize(size_t(t.raters.size()));
        }
        const auto key = qMakePair(u, rt);
        if (seenAt.contains(key))
            return makeError(QStringLiteral("%1, line %2: rater '%3' already rated unit '%4' on line %5.")
                                 .arg(sourceName)
                                 .arg(row.line)
                                 .arg(rater, unit)
                                 .arg(seenAt.value(key)));
        seenAt.insert(key, row.line);
        if (!value.isEmpty())
            t.values[size_t(u)][size_t(rt)] = value;
    }
    if (t.units.isEmpty())
        return makeError(QStringLiteral("%1 has a header but no ratings.").arg(sourceName));
    return t;
}

Result<RatingsTable> readRatingsCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("Cannot open %1: %2.").arg(path, f.errorString()));
    return parseRatingsCsv(f.readAll(), path);
}

} // namespace dyad::core::agreement
