#include "core/io/import/identifiers.h"

#include <QRegularExpression>
#include <QUrl>

namespace dyad::core::importer {

namespace {

const QRegularExpression &doiPattern()
{
    // Crossref's advice: 10.NNNN+/ then any printable run; stop at blanks, quotes, tags.
    static const QRegularExpression re(QStringLiteral("10\\.\\d{4,9}/[^\\s\"'<>{}|\\\\^`]+"));
    return re;
}

QString trimDoiTail(QString doi)
{
    for (;;) {
        if (doi.isEmpty())
            break;
        const QChar last = doi.back();
        if (last == u'.' || last == u',' || last == u';' || last == u':' || last == u']'
            || last == u'}') {
            doi.chop(1);
            continue;
        }
        if (last == u')' && doi.count(u'(') < doi.count(u')')) {
            doi.chop(1);
            continue;
        }
        break;
    }
    return doi;
}

} // namespace

QString normalizeDoi(QStringView text)
{
    QString s = text.trimmed().toString();
    if (s.isEmpty())
        return QString();
    if (s.contains(u'%'))
        s = QUrl::fromPercentEncoding(s.toUtf8());
    s.remove(QStringLiteral("[doi]"), Qt::CaseInsensitive);
    const auto m = doiPattern().match(s);
    if (!m.hasMatch())
        return QString();
    return trimDoiTail(m.captured(0)).toLower();
}

QString findDoi(QStringView text)
{
    const auto m = doiPattern().match(text);
    if (!m.hasMatch())
        return QString();
    return normalizeDoi(m.capturedView(0));
}

QString normalizePmid(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("(?<!\\d)(\\d{1,9})(?!\\d)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return QString();
    QString digits = m.captured(1);
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits == QLatin1String("0") ? QString() : digits;
}

} // namespace dyad::core::importer
