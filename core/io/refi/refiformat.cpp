#include "core/io/refi/refiformat.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace dyad::core::io {

namespace {
const QUuid kDyadNamespace = QUuid::fromString(u"{6f1c2f5e-9a37-4b0e-8d3c-5a1e2b7c9d40}");

const QString kUseWhen = QStringLiteral("Use when:");
const QString kDoNotUseWhen = QStringLiteral("Do not use when:");
const QString kExample = QStringLiteral("Example:");
} // namespace

QString refiGuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toUpper();
}

QUuid parseRefiGuid(QStringView text)
{
    // 8-4-4-4-12 hexadecimal digits, checked by hand (three GUIDs per coding in a large import).
    QStringView t = text.trimmed();
    if (t.startsWith(QLatin1Char('{')) && t.endsWith(QLatin1Char('}')))
        t = t.mid(1, t.size() - 2);
    if (t.size() != 36)
        return QUuid();
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = t[i].unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (dash ? c != u'-' : !hex)
            return QUuid();
    }
    return QUuid::fromString(t);
}

QUuid derivedGuid(const QString &purpose, const QUuid &id, const QUuid &second)
{
    QString name = purpose + QLatin1Char(':') + uuidText(id);
    if (!second.isNull())
        name += QLatin1Char(':') + uuidText(second);
    return QUuid::createUuidV5(kDyadNamespace, name);
}

QString refiDateTime(const QDateTime &time)
{
    QDateTime t = time.isValid() ? time.toUTC() : QDateTime::currentDateTimeUtc();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t.toString(Qt::ISODate);
}

QDateTime parseRefiDateTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc()); // no zone given: take it as UTC rather than guess
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString codeDescription(const Code &code)
{
    QStringList parts;
    if (!code.definition.trimmed().isEmpty())
        parts << code.definition.trimmed();
    if (!code.useWhen.trimmed().isEmpty())
        parts << kUseWhen + QLatin1Char(' ') + code.useWhen.trimmed();
    if (!code.doNotUseWhen.trimmed().isEmpty())
        parts << kDoNotUseWhen + QLatin1Char(' ') + code.doNotUseWhen.trimmed();
    if (!code.example.trimmed().isEmpty())
        parts << kExample + QLatin1Char(' ') + code.example.trimmed();
    return parts.join(QStringLiteral("\n\n"));
}

void applyCodeDescription(const QString &description, Code &code)
{
    // Paragraphs that start with a label belong to that field until the next label.
    QStringList definition, useWhen, doNotUse, example;
    QStringList *target = &definition;
    const QStringList lines = QString(description).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.startsWith(kDoNotUseWhen, Qt::CaseInsensitive)) {
            target = &doNotUse;
            *target << t.mid(kDoNotUseWhen.size()).trimmed();
        } else if (t.startsWith(kUseWhen, Qt::CaseInsensitive)) {
            target = &useWhen;
            *target << t.mid(kUseWhen.size()).trimmed();
        } else if (t.startsWith(kExample, Qt::CaseInsensitive)) {
            target = &example;
            *target << t.mid(kExample.size()).trimmed();
        } else {
            *target << line;
        }
    }
    code.definition = definition.join(QLatin1Char('\n')).trimmed();
    code.useWhen = useWhen.join(QLatin1Char('\n')).trimmed();
    code.doNotUseWhen = doNotUse.join(QLatin1Char('\n')).trimmed();
    code.example = example.join(QLatin1Char('\n')).trimmed();
}

QString refiColor(const QString &color)
{
    const QString c = dyadColor(color);
    return c.isEmpty() ? QString() : c.toUpper();
}

QString dyadColor(const QString &refi)
{
    static const QRegularExpression six(QStringLiteral("^#?([0-9a-fA-F]{6})$"));
    static const QRegularExpression three(QStringLiteral("^#?([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$"));
    const QString t = refi.trimmed();
    if (auto m = six.match(t); m.hasMatch())
        return QLatin1Char('#') + m.captured(1).toLower();
    if (auto m = three.match(t); m.hasMatch())
        return QStringLiteral("#%1%1%2%2%3%3").arg(m.captured(1), m.captured(2), m.captured(3)).toLower();
    return QString();
}

} // namespace dyad::core::io
