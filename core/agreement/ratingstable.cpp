#include "ratingstable.h"

#include "core/io/csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace dyad::core::agreement {

namespace {

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
    io::CsvReadOptions options;
    options.trimUnquoted = true;
    options.strictQuotes = true;
    auto rows = io::readCsv(data, sourceName, options);
    if (!rows)
        return rows.takeError();
    if (rows->empty())
        return makeError(QCoreApplication::translate("Agreement", "%1 is empty; expected a header row with the columns unit, rater, value.").arg(sourceName));

    const io::CsvRow &header = rows->front();
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
        return makeError(QCoreApplication::translate("Agreement", "%1, line %2: the header must name the columns unit, rater and value; found: %3.")
                             .arg(sourceName, QString::number(header.line), header.fields.join(QStringLiteral(", "))));

    RatingsTable t;
    QHash<QString, int> unitIndex, raterIndex;
    QHash<QPair<int, int>, int> seenAt; // (unit, rater) → line
    QSet<QString> categorySeen;
    for (size_t r = 1; r < rows->size(); ++r) {
        const io::CsvRow &row = (*rows)[r];
        const int need = std::max({cu, cr, cv}) + 1;
        if (row.fields.size() < need)
            return makeError(QCoreApplication::translate("Agreement", "%1, line %2: expected at least %3 fields (unit, rater, value), found %4.")
                                 .arg(sourceName, QString::number(row.line), QString::number(need), QString::number(row.fields.size())));
        const QString unit = row.fields[cu], rater = row.fields[cr], value = row.fields[cv];
        if (unit.isEmpty())
            return makeError(QCoreApplication::translate("Agreement", "%1, line %2: the unit is empty.").arg(sourceName, QString::number(row.line)));
        if (rater.isEmpty())
            return makeError(QCoreApplication::translate("Agreement", "%1, line %2: the rater is empty.").arg(sourceName, QString::number(row.line)));
        const bool newUnit = !unitIndex.contains(unit), newRater = !raterIndex.contains(rater);
        if (newRater && t.raters.size() >= kMaxRaters)
            return makeError(QCoreApplication::translate("Agreement", "%1, line %2: more than %3 raters; a ratings table Dyad reads has at most %3 "
                                            "(is the rater column the right one?).")
                                 .arg(sourceName, QString::number(row.line), QString::number(kMaxRaters)));
        if ((newUnit || newRater) && qint64(t.units.size() + (newUnit ? 1 : 0)) * (t.raters.size() + (newRater ? 1 : 0)) > kMaxCells)
            return makeError(QCoreApplication::translate("Agreement", "%1, line %2: %3 units × %4 raters is more than %5 ratings; split the table.")
                                 .arg(sourceName, QString::number(row.line),
                                      QString::number(t.units.size() + (newUnit ? 1 : 0)),
                                      QString::number(t.raters.size() + (newRater ? 1 : 0)), QString::number(kMaxCells)));
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
            return makeError(QCoreApplication::translate("Agreement", "%1, line %2: rater '%3' already rated unit '%4' on line %5.")
                                 .arg(sourceName, QString::number(row.line), rater, unit, QString::number(seenAt.value(key))));
        seenAt.insert(key, row.line);
        if (!value.isEmpty()) {
            t.values[size_t(u)][size_t(rt)] = value;
            if (!categorySeen.contains(value)) {
                categorySeen.insert(value);
                if (categorySeen.size() > kMaxCategories)
                    return makeError(QCoreApplication::translate("Agreement", "%1, line %2: more than %3 different values; Dyad compares at most %3 "
                                                    "(the tables grow with their square; is the value column the right one?).")
                                         .arg(sourceName, QString::number(row.line), QString::number(kMaxCategories)));
            }
        }
    }
    if (t.units.isEmpty())
        return makeError(QCoreApplication::translate("Agreement", "%1 has a header but no ratings.").arg(sourceName));
    return t;
}

Result<RatingsTable> readRatingsCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("Agreement", "Cannot open %1: %2.").arg(path, f.errorString()));
    return parseRatingsCsv(f.readAll(), path);
}

} // namespace dyad::core::agreement
