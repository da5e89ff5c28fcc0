// CSV/TSV reader: RFC 4180 quoting (doubled quotes, fields over several lines), read
// leniently; the delimiter is sniffed from the header row; columns are mapped by name
// (ASReview, Covidence, Rayyan, Scopus, Zotero, Web of Science tab-delimited...).

#include "core/io/import/readers_p.h"
#include "core/io/import/textclean_p.h"

#include <QCoreApplication>
#include <QSet>

namespace dyad::core::importer::detail {

namespace {

/** Columns of one table, and characters of the attributes one record may carry. */
constexpr qsizetype kMaxColumns = 4096;
constexpr qsizetype kMaxAttributeChars = 1024 * 1024;

struct Row
{
    QStringList cells;
    qsizetype start = 0;
    qsizetype end = 0;          ///< end of the row's text, without its line terminator
    bool unterminated = false;  ///< a quoted field ran to the end of the input
    qsizetype unterminatedAt = 0;
};

/** Reads one row starting at pos; advances pos past the line terminator. */
bool nextRow(QStringView t, qsizetype &pos, QChar delim, Row &row)
{
    const qsizetype n = t.size();
    if (pos >= n)
        return false;
    row.cells.clear();
    row.start = pos;
    row.unterminated = false;
    qsizetype i = pos;
    for (;;) {
        QString cell;
        if (i < n && t[i] == u'"') {
            const qsizetype open = i;
            ++i;
            for (;;) {
                const qsizetype j = t.indexOf(u'"', i);
                if (j < 0) {
                    cell.append(t.mid(i));
                    i = n;
                    row.unterminated = true;
                    row.unterminatedAt = open;
                    break;
                }
                cell.append(t.mid(i, j - i));
                if (j + 1 < n && t[j + 1] == u'"') {
                    cell.append(u'"');
                    i = j + 2;
                    continue;
                }
                i = j + 1;
                break;
            }
            // Lenient: text between a closing quote and the delimiter is kept.
            const qsizetype s = i;
            while (i < n && t[i] != delim && t[i] != u'\n' && t[i] != u'\r')
                ++i;
            if (i > s)
                cell.append(t.mid(s, i - s));
        } else {
            const qsizetype s = i;
            while (i < n && t[i] != delim && t[i] != u'\n' && t[i] != u'\r')
                ++i;
            cell = t.mid(s, i - s).toString();
        }
        row.cells << cell;
        if (i < n && t[i] == delim) {
            ++i;
            continue;
        }
        row.end = i;
        if (i < n && t[i] == u'\r')
            ++i;
        if (i < n && t[i] == u'\n')
            ++i;
        pos = i;
        return true;
    }
}

/** Delimiter with the most occurrences outside quotes in the first row. */
QChar sniffDelimiter(QStringView head, bool allowTab)
{
    const QChar candidates[] = {u'\t', u',', u';', u'|'};
    int counts[4] = {0, 0, 0, 0};
    bool quoted = false;
    for (qsizetype i = 0; i < head.size(); ++i) {
        const QChar c = head[i];
        if (c == u'"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r')
            break;
        for (int k = 0; k < 4; ++k) {
            if (c == candidates[k])
                ++counts[k];
        }
    }
    int best = allowTab ? 0 : 1;
    for (int k = 1; k < 4; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    if (!allowTab && counts[best] == 0)
        return u',';
    return candidates[best];
}

bool lowPriorityKey(const QString &header)
{
    static const QSet<QString> low = {
        QStringLiteral("authorfullnames"), QStringLiteral("au"), QStringLiteral("date"),
        QStringLiteral("source"), QStringLiteral("t2"), QStringLiteral("jo"),
        QStringLiteral("summary"),
    };
    QString norm;
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            norm.append(c.toLower());
    }
    return low.contains(norm);
}

ColumnRole roleOf(Field field)
{
    switch (field) {
    case Field::Title: return ColumnRole::Title;
    case Field::Abstract: return ColumnRole::Abstract;
    case Field::Authors: return ColumnRole::Authors;
    case Field::Year: return ColumnRole::Year;
    case Field::Journal: return ColumnRole::Journal;
    case Field::Doi: return ColumnRole::Doi;
    case Field::Pmid: return ColumnRole::Pmid;
    case Field::Keywords: return ColumnRole::Keywords;
    case Field::Language: return ColumnRole::Language;
    case Field::None: break;
    }
    return ColumnRole::Attribute;
}

Field fieldOf(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Title: return Field::Title;
    case ColumnRole::Abstract: return Field::Abstract;
    case ColumnRole::Authors: return Field::Authors;
    case ColumnRole::Year: return Field::Year;
    case ColumnRole::Journal: return Field::Journal;
    case ColumnRole::Doi: return Field::Doi;
    case ColumnRole::Pmid: return Field::Pmid;
    case ColumnRole::Keywords: return Field::Keywords;
    case ColumnRole::Language: return Field::Language;
    case ColumnRole::Attribute:
    case ColumnRole::Ignore: break;
    }
    return Field::None;
}

class CsvReader final : public ImportReader
{
public:
    explicit CsvReader(Format f) : m_format(f) {}
    Format format() const override { return m_format; }
    QString description() const override
    {
        return m_format == Format::Tsv
            ? QCoreApplication::translate("Import", "tab-separated values with a header row naming the columns "
                             "(Title, Abstract, Authors, Year, Journal, DOI, PMID...)")
            : QCoreApplication::translate("Import", "comma-separated values with a header row naming the columns "
                             "(Title, Abstract, Authors, Year, Journal, DOI, PMID...)");
    }
    QString nameFilter() const override
    {
        return m_format == Format::Tsv ? QCoreApplication::translate("Import", "Tab-separated files (*.tsv *.tab *.txt)")
                                       : QCoreApplication::translate("Import", "CSV files (*.csv)");
    }

    double score(QStringView head, const QString &fileName) const override
    {
        const QChar delim = sniffDelimiter(head, true);
        const bool tab = delim == u'\t';
        if (tab != (m_format == Format::Tsv))
            return 0.0;
        qsizetype pos = 0;
        Row header;
        if (!nextRow(head, pos, delim, header) || header.cells.size() < 2)
            return 0.0;
        int known = 0;
        bool core = false;
        for (const QString &h : std::as_const(header.cells)) {
            const Field f = fieldForKey(h);
            if (f != Field::None)
                ++known;
            core = core || f == Field::Title || f == Field::Abstract;
        }
        const QString suffix = suffixOf(fileName);
        double sc = 0.0;
        if (core)
            sc = 0.75 + std::min(0.2, 0.03 * known);
        else if (known > 0)
            sc = 0.4;
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")
            || suffix == QLatin1String("tab"))
            sc = std::max(sc, 0.3) + 0.05;
        return std::min(sc, 1.0);
    }

    void read(ReadContext &ctx) const override
    {
        const QStringView text = ctx.text();
        const QChar delim = m_format == Format::Tsv ? QChar(u'\t') : sniffDelimiter(text.left(65536), true);
        qsizetype pos = 0;
        Row header;
        // Skip blank lines before the header.
        while (nextRow(text, pos, delim, header)) {
            if (!(header.cells.size() == 1 && header.cells.front().trimmed().isEmpty()))
                break;
        }
        if (header.cells.isEmpty() || header.unterminated) {
            ctx.report(Severity::Error, ctx.lineOf(header.start), 0,
                       QCoreApplication::translate("Import", "the header row could not be read; expected a first row "
                                      "naming the columns (Title, Abstract, ...)"));
            return;
        }
        const qint64 headerLine = ctx.lineOf(header.start);
        if (header.cells.size() > kMaxColumns) {
            ctx.report(Severity::Error, headerLine, 0,
                       QCoreApplication::translate("Import", "the header row has %1 columns; a table Dyad imports has at most %2 "
                                      "(is this a bibliographic export?)")
                           .arg(header.cells.size())
                           .arg(kMaxColumns));
            return;
        }
        QStringList names;
        for (QString h : std::as_const(header.cells))
            names << h.trimmed().remove(QChar(0xFEFF));

        // Field of each column; the first suitable column per field wins, except that a
        // low-priority alias (e.g. WoS "AU" next to "AF") yields to a better one.
        std::vector<Field> colField(size_t(names.size()), Field::None);
        QHash<int, int> chosen; // field → column
        for (int c = 0; c < names.size(); ++c) {
            const Field f = fieldForKey(names[c]);
            if (f == Field::None)
                continue;
            const auto it = chosen.find(int(f));
            if (it == chosen.end()) {
                chosen.insert(int(f), c);
            } else if (lowPriorityKey(names[it.value()]) && !lowPriorityKey(names[c])) {
                it.value() = c;
            }
        }
        for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
            colField[size_t(it.value())] = Field(it.key());

        // The user's mapping wins over the guess; a field the user gave to one column is
        // taken from the column that was guessed for it (which stays an attribute).
        std::vector<CsvColumn> columns(size_t(names.size()));
        std::vector<bool> ignored(size_t(names.size()), false);
        const QHash<QString, ColumnRole> &mapping = ctx.options().columnMapping;
        for (int c = 0; c < names.size(); ++c) {
            columns[size_t(c)].header = names[c];
            columns[size_t(c)].guessed = roleOf(colField[size_t(c)]);
        }
        if (!mapping.isEmpty()) {
            QSet<int> claimed;
            for (int c = 0; c < names.size(); ++c) {
                const auto it = mapping.constFind(names[c]);
                if (it != mapping.cend() && fieldOf(*it) != Field::None)
                    claimed.insert(int(fieldOf(*it)));
            }
            for (int c = 0; c < names.size(); ++c) {
                const auto it = mapping.constFind(names[c]);
                if (it != mapping.cend()) {
                    colField[size_t(c)] = fieldOf(*it);
                    ignored[size_t(c)] = *it == ColumnRole::Ignore;
                } else if (claimed.contains(int(colField[size_t(c)]))) {
                    colField[size_t(c)] = Field::None;
                }
            }
            chosen.clear();
            for (int c = 0; c < names.size(); ++c)
                if (colField[size_t(c)] != Field::None && !chosen.contains(int(colField[size_t(c)])))
                    chosen.insert(int(colField[size_t(c)]), c);
        }
        for (int c = 0; c < names.size(); ++c)
            columns[size_t(c)].used = ignored[size_t(c)] ? ColumnRole::Ignore : roleOf(colField[size_t(c)]);
        ctx.setColumns(std::move(columns));

        if (!chosen.contains(int(Field::Title)) && !chosen.contains(int(Field::Abstract))) {
            ctx.report(Severity::Error, headerLine, 0,
                       QCoreApplication::translate("Import", "no column holds a title or an abstract (header: %1); "
                                      "expected a header row with a column named Title or "
                                      "Abstract, or a column mapping that names one")
                           .arg(names.mid(0, 12).join(QStringLiteral(", "))));
            return;
        }
        if (m_format == Format::Csv && delim != u',')
            ctx.report(Severity::Info, headerLine, 0,
                       QCoreApplication::translate("Import", "the delimiter was detected as \"%1\"").arg(delim));

        Row row;
        bool widthReported = false;
        while (nextRow(text, pos, delim, row)) {
            if (!ctx.progress(pos))
                return;
            if (row.cells.size() == 1 && row.cells.front().trimmed().isEmpty())
                continue; // blank line
            const qint64 line = ctx.lineOf(row.start);
            if (row.unterminated) {
                ctx.report(Severity::Error, ctx.lineOf(row.unterminatedAt), ctx.nextRecordNo(),
                           QCoreApplication::translate("Import", "a quoted field opened at line %1 is never closed (expected "
                                          "a closing \"); the rest of the file could not be read "
                                          "and this record was skipped")
                               .arg(ctx.lineOf(row.unterminatedAt)));
                return;
            }
            if (row.cells.size() > kMaxColumns) {
                ctx.report(Severity::Error, line, ctx.nextRecordNo(),
                           QCoreApplication::translate("Import", "the row has %1 cells, more than the %2 a record may have; the "
                                          "record was skipped")
                               .arg(row.cells.size())
                               .arg(kMaxColumns));
                ctx.skipRecord();
                continue;
            }
            if (row.cells.size() != names.size() && !widthReported) {
                ctx.report(Severity::Warning, line, ctx.nextRecordNo(),
                           QCoreApplication::translate("Import", "the row has %1 cells but the header has %2; missing "
                                          "cells were left empty and extra cells kept as "
                                          "\"column N\" (reported once)")
                               .arg(row.cells.size())
                               .arg(names.size()));
                widthReported = true;
            }
            RecordDraft d;
            d.line = line;
            d.rawSource = text.mid(row.start, row.end - row.start).toString();
            for (qsizetype c = 0; c < row.cells.size(); ++c) {
                const QString &cell = row.cells[c];
                if (c >= names.size()) {
                    if (!cell.isEmpty())
                        d.attributes.insert(QStringLiteral("column %1").arg(c + 1), cell);
                    continue;
                }
                const Field f = colField[size_t(c)];
                if (f != Field::None)
                    assignField(d, f, cell);
                else if (!cell.isEmpty() && !ignored[size_t(c)])
                    d.attributes.insert(names[c].isEmpty() ? QStringLiteral("column %1").arg(c + 1)
                                                           : names[c],
                                        cell);
            }
            qsizetype attributeChars = 0;
            for (auto it = d.attributes.constBegin(); it != d.attributes.constEnd(); ++it)
                attributeChars += it.key().size() + it.value().toString().size();
            if (attributeChars > kMaxAttributeChars) {
                ctx.report(Severity::Error, line, ctx.nextRecordNo(),
                           QCoreApplication::translate("Import", "the columns kept as attributes hold %1 characters, more than the %2 "
                                          "a record may carry; the record was skipped")
                               .arg(attributeChars)
                               .arg(kMaxAttributeChars));
                ctx.skipRecord();
                continue;
            }
            ctx.addRecord(std::move(d));
        }
    }

private:
    Format m_format;
};

} // namespace

std::unique_ptr<ImportReader> makeCsvReader(Format csvOrTsv)
{
    return std::make_unique<CsvReader>(csvOrTsv);
}

} // namespace dyad::core::importer::detail
