#include "core/io/export/sheet.h"

#include "core/io/refi/safezip.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamReader>

#include <xlsxwriter.h>

#include <map>

namespace dyad::core::io {

namespace {

QString cellText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 12);
    return v.toString();
}

bool isNumber(const QVariant &v)
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

void appendCsvField(QString &out, const QString &field)
{
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char(';'))) {
        out += QLatin1Char('"');
        out += QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out += QLatin1Char('"');
    } else {
        out += field;
    }
}

} // namespace

QString neutraliseFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar c = cell.front();
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QByteArray csvBytes(const Sheet &sheet)
{
    QString out;
    auto writeRow = [&](const QVariantList &row) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            const QVariant &v = row[i];
            appendCsvField(out, isNumber(v) ? cellText(v) : neutraliseFormula(cellText(v)));
        }
        out += QStringLiteral("\r\n");
    };
    QVariantList header;
    for (const QString &h : sheet.header)
        header << h;
    writeRow(header);
    for (const QVariantList &row : sheet.rows)
        writeRow(row);
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

Status writeCsv(const Sheet &sheet, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(csvBytes(sheet));
    if (!f.commit())
        return makeError(QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Status writeXlsx(const std::vector<Sheet> &sheets, const QString &path)
{
    // libxlsxwriter writes the file itself: write next to the target, then swap it in.
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    const QByteArray tempName = QFile::encodeName(temp);
    lxw_workbook *wb = workbook_new(tempName.constData());
    if (!wb)
        return makeError(QStringLiteral("Cannot write %1: the file cannot be created.").arg(path));
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    int index = 0;
    for (const Sheet &s : sheets) {
        ++index;
        // Sheet names: max 31 characters, none of []:*?/\ .
        QString name = s.name.isEmpty() ? QStringLiteral("Sheet%1").arg(index) : s.name;
        for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
            name.replace(bad, QLatin1Char('_'));
        name = name.left(31);
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.toUtf8().constData());
        if (!ws) {
            workbook_close(wb);
            QFile::remove(temp);
            return makeError(QStringLiteral("Cannot write %1: invalid sheet name \"%2\".").arg(path, name));
        }
        for (qsizetype c = 0; c < s.header.size(); ++c)
            worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), s.header[c].toUtf8().constData(), bold);
        lxw_row_t r = 1;
        for (const QVariantList &row : s.rows) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QVariant &v = row[c];
                const auto col = static_cast<lxw_col_t>(c);
                if (isNumber(v)) {
                    worksheet_write_number(ws, r, col, v.toDouble(), nullptr);
                } else {
                    // A cell holds at most 32767 characters in Excel.
                    const QString text = cellText(v).left(32767);
                    if (!text.isEmpty())
                        worksheet_write_string(ws, r, col, text.toUtf8().constData(), wrap);
                }
            }
            ++r;
        }
        worksheet_freeze_panes(ws, 1, 0);
    }
    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        QFile::remove(temp);
        return makeError(QStringLiteral("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e))));
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return makeError(QStringLiteral("Cannot write %1: the file cannot be replaced.").arg(path));
    }
    return {};
}

Result<std::vector<QStringList>> parseCsv(const QByteArray &bytes, const QString &fileName)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // Delimiter: the most frequent of , ; tab outside quotes on the first line.
    QChar delim = QLatin1Char(',');
    {
        int best = 0;
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const QString first = text.left(eol < 0 ? text.size() : eol);
        for (QChar c : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
            const int n = static_cast<int>(first.count(c));
            if (n > best) {
                best = n;
                delim = c;
            }
        }
    }
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == delim) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            // end of line handled at '\n'; a lone CR also ends a line
            if (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n')) {
                row << field;
                rows.push_back(row);
                row.clear();
                field.clear();
                fieldStarted = false;
                ++line;
            }
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows.push_back(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(QStringLiteral("%1, line %2: a quoted field is never closed (a \" is missing).")
                             .arg(fileName)
                             .arg(quoteLine));
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows.push_back(row);
    }
    std::erase_if(rows, [](const QStringList &r) {
        return std::all_of(r.begin(), r.end(), [](const QString &s) { return s.trimmed().isEmpty(); });
    });
    return rows;
}

namespace {

int columnIndex(const QString &ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (!c.isLetter())
            break;
        col = col * 26 + (c.toUpper().unicode() - 'A' + 1);
    }
    return col - 1;
}

/** Reads the text of the current element (an <si> or <is>), joining rich-text runs, skipping phonetics. */
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int rphDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++rphDepth;
            else if (xml.name() == QLatin1String("t") && rphDepth == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --rphDepth;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

Status refuseDtd(const QXmlStreamReader &xml, const QString &what)
{
    if (xml.tokenType() == QXmlStreamReader::DTD)
        return makeError(QStringLiteral("%1 contains a DTD, which Dyad refuses to process.").arg(what));
    return {};
}

} // namespace

Result<std::vector<QStringList>> readXlsxRows(const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    auto zip = SafeZip::open(path);
    if (!zip)
        return zip.takeError();
    // The first sheet: xl/worksheets/sheet1.xml is what every writer names it.
    QString sheetEntry = (*zip)->find(QStringLiteral("xl/worksheets/sheet1.xml"));
    if (sheetEntry.isEmpty()) {
        for (const QString &e : (*zip)->entries())
            if (e.startsWith(QStringLiteral("xl/worksheets/"), Qt::CaseInsensitive) && e.endsWith(QStringLiteral(".xml")))
                sheetEntry = e;
    }
    if (sheetEntry.isEmpty())
        return makeError(QStringLiteral("%1 is not an Excel workbook (it has no worksheet).").arg(file));

    QStringList shared;
    if (const QString ss = (*zip)->find(QStringLiteral("xl/sharedStrings.xml")); !ss.isEmpty()) {
        auto bytes = (*zip)->read(ss);
        if (!bytes)
            return bytes.takeError();
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (auto st = refuseDtd(xml, file); !st)
                return st.takeError();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                shared << readStringItem(xml);
        }
        if (xml.hasError())
            return makeError(QStringLiteral("%1: the shared strings are damaged (%2).").arg(file, xml.errorString()));
    }

    auto bytes = (*zip)->read(sheetEntry);
    if (!bytes)
        return bytes.takeError();
    std::map<int, std::map<int, QString>> cells;
    QXmlStreamReader xml(*bytes);
    int rowIndex = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (auto st = refuseDtd(xml, file); !st)
            return st.takeError();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            bool ok = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            rowIndex = ok ? r - 1 : rowIndex + 1;
        } else if (xml.name() == QLatin1String("c")) {
            const QString ref = xml.attributes().value(QLatin1String("r")).toString();
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            int col = ref.isEmpty() ? static_cast<int>(cells[rowIndex].size()) : columnIndex(ref);
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                    value = readStringItem(xml);
                } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int i = value.toInt(&ok);
                if (!ok || i < 0 || i >= shared.size())
                    return makeError(QStringLiteral("%1, cell %2: refers to a shared string that does not exist.")
                                         .arg(file, ref));
                value = shared[i];
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            }
            if (col >= 0 && col < 16384 && rowIndex >= 0)
                cells[rowIndex][col] = value;
        }
    }
    if (xml.hasError())
        return makeError(QStringLiteral("%1: the worksheet is damaged (%2).").arg(file, xml.errorString()));
    std::vector<QStringList> rows;
    for (const auto &[r, cols] : cells) {
        QStringList row;
        const int width = cols.empty() ? 0 : cols.rbegin()->first + 1;
        for (int c = 0; c < width; ++c) {
            auto it = cols.find(c);
            row << (it == cols.end() ? QString() : it->second);
        }
        if (!std::all_of(row.begin(), row.end(), [](const QString &s) { return s.trimmed().isEmpty(); }))
            rows.push_back(row);
    }
    return rows;
}

} // namespace dyad::core::io
