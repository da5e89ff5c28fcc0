#include "core/io/import/xmlentities_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <functional>

namespace dyad::core::importer::detail {

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u':';
}

/** Counts "&name;" references in @p text from @p from on, per name. */
QHash<QString, qint64> countReferences(QStringView text, qsizetype from)
{
    QHash<QString, qint64> counts;
    for (qsizetype i = text.indexOf(u'&', from); i >= 0; i = text.indexOf(u'&', i + 1)) {
        qsizetype j = i + 1;
        while (j < text.size() && isNameChar(text[j]))
            ++j;
        if (j < text.size() && text[j] == u';' && j > i + 1 && text[i + 1] != u'#')
            ++counts[text.mid(i + 1, j - i - 1).toString()];
    }
    return counts;
}

} // namespace

XmlEntityCheck checkXmlEntities(const QString &text, qint64 maxExpanded)
{
    XmlEntityCheck check;
    if (!text.contains(QLatin1String("<!ENTITY")))
        return check; // no declarations: nothing can expand
    QXmlStreamReader xml(text);
    while (!xml.atEnd() && xml.tokenType() != QXmlStreamReader::DTD && xml.tokenType() != QXmlStreamReader::StartElement)
        xml.readNext();
    if (xml.tokenType() != QXmlStreamReader::DTD)
        return check; // the parser will say what is wrong with the document
    check.errorLine = xml.lineNumber();
    const qsizetype bodyStart = qsizetype(xml.characterOffset());

    QHash<QString, QString> internal;
    QHash<QString, QString> external;
    for (const QXmlStreamEntityDeclaration &e : xml.entityDeclarations()) {
        if (!e.systemId().isEmpty() || !e.publicId().isEmpty())
            external.insert(e.name().toString(), e.systemId().toString());
        else
            internal.insert(e.name().toString(), e.value().toString());
    }

    // Expanded length of each internal entity, nested references included; a cycle or
    // an absurd depth counts as "too much".
    QHash<QString, qint64> expanded;
    std::function<qint64(const QString &, int)> lengthOf = [&](const QString &name, int depth) -> qint64 {
        if (auto it = expanded.constFind(name); it != expanded.constEnd())
            return *it;
        if (depth > 32)
            return maxExpanded + 1;
        const QString value = internal.value(name);
        qint64 length = value.size();
        const QHash<QString, qint64> inner = countReferences(value, 0);
        for (auto it = inner.constBegin(); it != inner.constEnd(); ++it) {
            if (!internal.contains(it.key()))
                continue;
            length += it.value() * lengthOf(it.key(), depth + 1);
            if (length > maxExpanded)
                break;
        }
        length = std::min(length, maxExpanded + 1);
        expanded.insert(name, length);
        return length;
    };

    const QHash<QString, qint64> uses = countReferences(text, bodyStart);
    qint64 total = 0;
    QString worst;
    qint64 worstUses = 0;
    for (auto it = uses.constBegin(); it != uses.constEnd(); ++it) {
        if (external.contains(it.key())) {
            check.warnings << QCoreApplication::translate("Import", "the entity &%1; refers to an outside file (%2), which Dyad does not read; "
                                             "its %3 reference(s) were left out of the text")
                                  .arg(it.key(), external.value(it.key()))
                                  .arg(it.value());
            continue;
        }
        if (!internal.contains(it.key()))
            continue;
        const qint64 each = lengthOf(it.key(), 0);
        total += std::min(it.value(), maxExpanded + 1) * each;
        if (worst.isEmpty() || it.value() * each > worstUses * expanded.value(worst)) {
            worst = it.key();
            worstUses = it.value();
        }
        if (total > maxExpanded)
            break;
    }
    if (total > maxExpanded)
        check.error = QCoreApplication::translate("Import", "the document's entities would expand to more than %1 million characters "
                                     "(&%2; alone is used %3 times); Dyad refuses such a file")
                          .arg(maxExpanded / 1000000)
                          .arg(worst)
                          .arg(worstUses);
    return check;
}

} // namespace dyad::core::importer::detail
