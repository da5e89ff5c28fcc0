#include "core/io/csv.h"

#include "core/io/atomicfile.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace dyad::core::io {

namespace {

bool isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/** Index of the first character after the leading apostrophes, or -1 when it is no trigger. */
qsizetype guardedStart(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return i < cell.size() && isTrigger(cell[i]) ? i : -1;
}

QString quoted(const QString &field)
{
    for (QChar c : field)
        if (c == u',' || c == u';' || c == u'"' || c == u'\n' || c == u'\r') {
            QString q = field;
            q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + q + QLatin1Char('"');
        }
    return field;
}

} // namespace

bool isNumericValue(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

CsvCell::CsvCell(double value, int precision) : m_number(true)
{
    if (std::isfinite(value))
        m_text = QString::number(value, 'g', precision);
}

CsvCell CsvCell::number(const QString &formatted)
{
    CsvCell c;
    c.m_text = formatted;
    c.m_number = true;
    return c;
}

bool isPlainNumber(const QString &cell)
{
    qsizetype i = 0;
    const qsizetype n = cell.size();
    auto digits = [&] {
        const qsizetype s = i;
        while (i < n && cell[i] >= u'0' && cell[i] <= u'9')
            ++i;
        return i - s;
    };
    if (i < n && (cell[i] == u'-' || cell[i] == u'+'))
        ++i;
    qsizetype mantissa = digits();
    if (i < n && cell[i] == u'.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0)
        return false;
    if (i < n && (cell[i] == u'e' || cell[i] == u'E')) {
        ++i;
        if (i < n && (cell[i] == u'-' || cell[i] == u'+'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == n;
}

QString neutraliseFormula(const QString &cell)
{
    if (guardedStart(cell) < 0 || isPlainNumber(cell))
        return cell;
    return QLatin1Char('\'') + cell;
}

QString restoreFormula(const QString &cell)
{
    if (guardedStart(cell) > 0)
        return cell.mid(1);
    return cell;
}

QString CsvWriter::field(const QString &cell)
{
    return quoted(neutraliseFormula(cell));
}

QString CsvWriter::line(const std::vector<CsvCell> &cells)
{
    QString out;
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += cells[i].isNumber() ? quoted(cells[i].text()) : field(cells[i].text());
    }
    return out;
}

void CsvWriter::addCells(const std::vector<CsvCell> &cells)
{
    m_text += line(cells);
    m_text += QStringLiteral("\r\n");
    ++m_rows;
}

void CsvWriter::addRow(const QStringList &cells)
{
    std::vector<CsvCell> row;
    row.reserve(size_t(cells.size()));
    for (const QString &c : cells)
        row.emplace_back(c);
    addCells(row);
}

void CsvWriter::addValues(const QVariantList &cells)
{
    std::vector<CsvCell> row;
    row.reserve(size_t(cells.size()));
    for (const QVariant &v : cells) {
        if (v.typeId() == QMetaType::Double)
            row.emplace_back(v.toDouble());
        else if (isNumericValue(v))
            row.push_back(CsvCell::number(v.toString()));
        else
            row.emplace_back(v.toString());
    }
    addCells(row);
}

QByteArray CsvWriter::bytes() const
{
    return csvFileBytes(m_text);
}

QByteArray csvFileBytes(const QString &csvText)
{
    return QByteArray("\xEF\xBB\xBF") + csvText.toUtf8();
}

Status writeCsvFile(const QString &path, const QString &csvText)
{
    return writeFileAtomically(path, csvFileBytes(csvText));
}

Result<std::vector<CsvRow>> readCsv(const QByteArray &bytes, const QString &fileName, const CsvReadOptions &options)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QChar delim = options.delimiter;
    if (delim.isNull()) {
        // The most frequent of , ; tab on the first line.
        delim = QLatin1Char(',');
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const QStringView first = QStringView(text).left(eol < 0 ? text.size() : eol);
        qsizetype best = 0;
        for (QChar c : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
            const qsizetype n = first.count(c);
            if (n > best) {
                best = n;
                delim = c;
            }
        }
    }
    const CsvLimits &lim = options.limits;

    std::vector<CsvRow> rows;
    CsvRow row;
    QString field;
    bool inQuotes = false, wasQuoted = false, started = false;
    int line = 1, quoteLine = 0;
    row.line = 1;
    auto endField = [&]() -> Status {
        if (row.fields.size() >= lim.maxColumns)
            return makeError(QCoreApplication::translate("Import", "%1, line %2: more than %3 columns in one row; a table Dyad reads has "
                                            "at most %3.")
                                 .arg(fileName, QString::number(row.line), QString::number(lim.maxColumns)));
        QString value = wasQuoted || !options.trimUnquoted ? field : field.trimmed();
        if (options.restoreFormulas)
            value = restoreFormula(value);
        row.fields << value;
        field.clear();
        wasQuoted = started = false;
        return {};
    };
    auto endRow = [&]() -> Status {
        if (auto st = endField(); !st)
            return st;
        if (!std::all_of(row.fields.begin(), row.fields.end(), [](const QString &s) { return s.trimmed().isEmpty(); }))
            rows.push_back(std::move(row));
        row = CsvRow();
        return {};
    };
    auto tooLong = [&]() {
        return makeError(QCoreApplication::translate("Import", "%1, line %2: a field is longer than %3 characters.")
                             .arg(fileName, QString::number(line), QString::number(lim.maxFieldChars)));
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && (i + 1 >= n || text[i + 1] != u'\n')))
                    ++line;
                field += c;
            }
            if (field.size() > lim.maxFieldChars)
                return tooLong();
            continue;
        }
        if (c == delim) {
            if (auto st = endField(); !st)
                return st.takeError();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            if (auto st = endRow(); !st)
                return st.takeError();
            row.line = ++line;
        } else if (c == u'"' && !wasQuoted && (!started || (options.trimUnquoted && field.trimmed().isEmpty()))) {
            field.clear();
            inQuotes = wasQuoted = started = true;
            quoteLine = line;
        } else {
            if (options.strictQuotes) {
                if (c == u'"')
                    return makeError(QCoreApplication::translate("Import", "%1, line %2: a quote inside an unquoted field; quote the whole "
                                                    "field and double inner quotes (\"\").")
                                         .arg(fileName, QString::number(line)));
                if (wasQuoted && !c.isSpace())
                    return makeError(QCoreApplication::translate("Import", "%1, line %2: text after a closing quote.").arg(fileName, QString::number(line)));
            }
            if (wasQuoted && c.isSpace() && options.trimUnquoted)
                continue; // blanks between a closing quote and the separator
            field += c;
            started = true;
            if (field.size() > lim.maxFieldChars)
                return tooLong();
        }
    }
    if (inQuotes)
        return makeError(QCoreApplication::translate("Import", "%1, line %2: a quoted field is never closed (a \" is missing).")
                             .arg(fileName, QString::number(quoteLine)));
    if (started || !row.fields.isEmpty() || !field.isEmpty())
        if (auto st = endRow(); !st)
            return st.takeError();
    return rows;
}

} // namespace dyad::core::io
