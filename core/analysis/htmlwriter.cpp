#include "core/analysis/htmlwriter.h"

#include "core/io/csv.h"

#include <QCoreApplication>

#include <cmath>

namespace dyad::core::analysis {

namespace {

const char16_t kStyle[] =
    u"body{font-family:'Noto Sans','Noto Sans CJK SC',sans-serif;font-size:10pt;color:#1d232b;margin:24px;}"
    u"h1{font-size:16pt;margin-bottom:4px;}h2{font-size:13pt;margin-top:18px;}h3{font-size:11pt;}"
    u"table{border-collapse:collapse;margin:6px 0 12px 0;}"
    u"th{background-color:#e8ecf1;text-align:left;font-weight:600;}"
    u"th,td{border:1px solid #c5ccd6;padding:3px 6px;vertical-align:top;}"
    u"td.n{text-align:right;}td.theme{font-weight:600;}"
    u"p.note{color:#5a6470;font-size:9pt;}p.warn{color:#8a4b00;}"
    u"table.facts td{border:none;padding:1px 10px 1px 0;}"
    u".kw{font-weight:700;}.ctx{color:#5a6470;}";

} // namespace

HtmlWriter::HtmlWriter(const QString &title)
    : m_title(title)
{ }

QString HtmlWriter::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

void HtmlWriter::heading(int level, const QString &text)
{
    m_body += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(escape(text));
}

void HtmlWriter::paragraph(const QString &text, const QString &cssClass)
{
    if (cssClass.isEmpty())
        m_body += QStringLiteral("<p>%1</p>\n").arg(escape(text));
    else
        m_body += QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cssClass, escape(text));
}

void HtmlWriter::raw(const QString &html)
{
    m_body += html;
}

void HtmlWriter::table(const QStringList &headers, const QList<QStringList> &rows, const QString &cssClass)
{
    m_body += cssClass.isEmpty() ? QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">\n")
                                 : QStringLiteral("<table class=\"%1\" cellspacing=\"0\" cellpadding=\"3\">\n").arg(cssClass);
    if (!headers.isEmpty()) {
        m_body += QStringLiteral("<tr>");
        for (const QString &h : headers)
            m_body += QStringLiteral("<th>%1</th>").arg(escape(h));
        m_body += QStringLiteral("</tr>\n");
    }
    for (const QStringList &row : rows) {
        m_body += QStringLiteral("<tr>");
        for (const QString &cell : row)
            m_body += cell.startsWith(u"<td") ? cell : QStringLiteral("<td>%1</td>").arg(cell);
        m_body += QStringLiteral("</tr>\n");
    }
    m_body += QStringLiteral("</table>\n");
}

void HtmlWriter::facts(const QList<std::pair<QString, QString>> &items)
{
    QList<QStringList> rows;
    for (const auto &[key, value] : items)
        rows.append({QStringLiteral("<td><b>%1</b></td>").arg(escape(key)), escape(value)});
    table({}, rows, QStringLiteral("facts"));
}

QString HtmlWriter::finish() const
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%4\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                          "<style>%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(escape(m_title), QString::fromUtf16(kStyle), m_body,
             QCoreApplication::translate("Analysis", "en", "BCP 47 code of the language reports are written in (HTML lang)"));
}

QString csvLine(const QStringList &fields)
{
    std::vector<io::CsvCell> cells(fields.begin(), fields.end());
    return io::CsvWriter::line(cells) + QStringLiteral("\r\n");
}

QString formatNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return QString::number(value, 'f', decimals);
}

QString formatPercent(double numerator, double denominator)
{
    if (denominator <= 0)
        return QStringLiteral("–");
    return QString::number(100.0 * numerator / denominator, 'f', 1) + QStringLiteral(" %");
}

} // namespace dyad::core::analysis
