#include "core/io/export/sheet.h"

#include "core/io/atomicfile.h"
#include "core/io/csv.h"
#include "core/io/refi/safezip.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <QXmlStreamWriter>

#include <map>

namespace dyad::core::io {

namespace {

QString cellText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 12);
    return v.toString();
}

} // namespace

QByteArray csvBytes(const Sheet &sheet)
{
    CsvWriter csv(sheet.header);
    for (const QVariantList &row : sheet.rows)
        csv.addValues(row);
    return csv.bytes();
}

Status writeCsv(const Sheet &sheet, const QString &path)
{
    return writeFileAtomically(path, csvBytes(sheet));
}

namespace {

QString columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QByteArray worksheetXml(const Sheet &s)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    w.writeStartElement(QStringLiteral("worksheet"));
    w.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
    w.writeStartElement(QStringLiteral("sheetViews"));
    w.writeStartElement(QStringLiteral("sheetView"));
    w.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    w.writeEmptyElement(QStringLiteral("pane")); // the header row stays in view
    w.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    w.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    w.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("sheetData"));
    auto writeRow = [&](int r, const QVariantList &cells, bool header) {
        w.writeStartElement(QStringLiteral("row"));
        w.writeAttribute(QStringLiteral("r"), QString::number(r + 1));
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QVariant &v = cells[c];
            const QString ref = columnName(static_cast<int>(c)) + QString::number(r + 1);
            if (isNumericValue(v)) {
                w.writeStartElement(QStringLiteral("c"));
                w.writeAttribute(QStringLiteral("r"), ref);
                w.writeTextElement(QStringLiteral("v"), cellText(v));
                w.writeEndElement();
                continue;
            }
            // Text is always an inline string: never a formula, whatever it starts with.
            const QString text = xmlSafe(cellText(v)).left(32767);
            if (text.isEmpty())
                continue;
            w.writeStartElement(QStringLiteral("c"));
            w.writeAttribute(QStringLiteral("r"), ref);
            w.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
            w.writeAttribute(QStringLiteral("s"), header ? QStringLiteral("1") : QStringLiteral("2"));
            w.writeStartElement(QStringLiteral("is"));
            w.writeStartElement(QStringLiteral("t"));
            w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(text);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    };
    QVariantList header;
    for (const QString &h : s.header)
        header << h;
    writeRow(0, header, true);
    int r = 1;
    for (const QVariantList &row : s.rows)
        writeRow(r++, row, false);
    w.writeEndElement(); // sheetData
    w.writeEndElement(); // worksheet
    w.writeEndDocument();
    return out;
}

} // namespace

QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            continue; // not allowed in XML 1.0
        if (c == 0xFFFE || c == 0xFFFF)
            continue;
        if (QChar::isHighSurrogate(c) && (i + 1 >= text.size() || !text[i + 1].isLowSurrogate()))
            continue; // unpaired
        if (QChar::isLowSurrogate(c) && (i == 0 || !text[i - 1].isHighSurrogate()))
            continue;
        out += QChar(c);
    }
    return out;
}

Status writeXlsx(const std::vector<Sheet> &sheets, const QString &path)
{
    // Written by hand (SpreadsheetML is a zip of XML): libxlsxwriter's bundled zip code
    // shares minizip's symbol names with QuaZip, and the two cannot live in one process.
    static const char *const kNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static const char *const kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    std::vector<std::pair<QString, QByteArray>> entries;
    QString types = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    QString workbook = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                      "<workbook xmlns=\"%1\" xmlns:r=\"%2\"><sheets>")
                           .arg(QLatin1String(kNs), QLatin1String(kRelNs));
    QString rels = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    QStringList used;
    for (size_t i = 0; i < sheets.size(); ++i) {
        const int n = static_cast<int>(i) + 1;
        QString name = sheets[i].name.isEmpty() ? QStringLiteral("Sheet%1").arg(n) : sheets[i].name;
        for (QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
            name.replace(bad, QLatin1Char('_'));
        name = name.left(31);
        while (used.contains(name, Qt::CaseInsensitive))
            name = name.left(28) + QStringLiteral("_%1").arg(n);
        used << name;
        types += QStringLiteral("<Override PartName=\"/xl/worksheets/sheet%1.xml\" "
                                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
                     .arg(n);
        workbook += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>").arg(name.toHtmlEscaped()).arg(n);
        rels += QStringLiteral("<Relationship Id=\"rId%1\" "
                               "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                               "Target=\"worksheets/sheet%1.xml\"/>")
                    .arg(n);
        entries.emplace_back(QStringLiteral("xl/worksheets/sheet%1.xml").arg(n), worksheetXml(sheets[i]));
    }
    types += QStringLiteral("</Types>");
    workbook += QStringLiteral("</sheets></workbook>");
    rels += QStringLiteral("<Relationship Id=\"rIdStyles\" "
                           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                           "Target=\"styles.xml\"/></Relationships>");
    const QString styles = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"%1\">"
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
        "<alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        "</styleSheet>")
                               .arg(QLatin1String(kNs));
    entries.emplace_back(QStringLiteral("[Content_Types].xml"), types.toUtf8());
    entries.emplace_back(QStringLiteral("_rels/.rels"),
                         QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                    "<Relationship Id=\"rId1\" "
                                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                                    "Target=\"xl/workbook.xml\"/></Relationships>"));
    entries.emplace_back(QStringLiteral("xl/workbook.xml"), workbook.toUtf8());
    entries.emplace_back(QStringLiteral("xl/_rels/workbook.xml.rels"), rels.toUtf8());
    entries.emplace_back(QStringLiteral("xl/styles.xml"), styles.toUtf8());
    return writeZipArchive(path, entries);
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
        return makeError(QCoreApplication::translate("Export", "%1 contains a DTD, which Dyad refuses to process.").arg(what));
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
        return makeError(QCoreApplication::translate("Export", "%1 is not an Excel workbook (it has no worksheet).").arg(file));

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
            return makeError(QCoreApplication::translate("Export", "%1: the shared strings are damaged (%2).").arg(file, xml.errorString()));
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
                    return makeError(QCoreApplication::translate("Export", "%1, cell %2: refers to a shared string that does not exist.")
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
        return makeError(QCoreApplication::translate("Export", "%1: the worksheet is damaged (%2).").arg(file, xml.errorString()));
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
