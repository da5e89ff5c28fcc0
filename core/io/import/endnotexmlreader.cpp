// EndNote XML ("File → Export → XML"): <xml><records><record>…</record></records></xml>,
// text often wrapped in <style face=… font=… size=…> elements.

#include "core/io/import/identifiers.h"
#include "core/io/import/readers_p.h"
#include "core/io/import/textclean_p.h"
#include "core/io/import/xmlrecords_p.h"

#include <QCoreApplication>
#include <QSet>
#include <QXmlStreamReader>

namespace dyad::core::importer::detail {

namespace {

const QSet<QString> &containers()
{
    static const QSet<QString> c = {
        QStringLiteral("contributors"), QStringLiteral("authors"),
        QStringLiteral("secondary-authors"), QStringLiteral("tertiary-authors"),
        QStringLiteral("subsidiary-authors"), QStringLiteral("translated-authors"),
        QStringLiteral("titles"), QStringLiteral("periodical"), QStringLiteral("alt-periodical"),
        QStringLiteral("full-periodical"), QStringLiteral("dates"), QStringLiteral("pub-dates"),
        QStringLiteral("keywords"), QStringLiteral("urls"), QStringLiteral("related-urls"),
        QStringLiteral("pdf-urls"), QStringLiteral("web-urls"), QStringLiteral("image-urls"),
        QStringLiteral("foreign-keys"),
    };
    return c;
}

class EndnoteXmlReader final : public ImportReader
{
public:
    Format format() const override { return Format::EndnoteXml; }
    QString description() const override
    {
        return QCoreApplication::translate("Import", "EndNote XML (<xml><records><record>…)");
    }
    QString nameFilter() const override { return QCoreApplication::translate("Import", "EndNote XML files (*.xml)"); }

    double score(QStringView head, const QString &fileName) const override
    {
        const QStringView h = head.trimmed();
        if (!h.startsWith(u'<'))
            return 0.0;
        if (h.contains(u"<records>") && h.contains(u"<record>"))
            return 0.95;
        if (h.contains(u"<record>") && suffixOf(fileName) == QLatin1String("xml"))
            return 0.6;
        return 0.0;
    }

    void read(ReadContext &ctx) const override
    {
        readXmlRecords(ctx, {[](QStringView element) { return element == u"record"; }, &readRecord,
                             QCoreApplication::translate("Import", "the XML is not well-formed (%1, column %2); the record "
                                                         "there and everything after it could not be read")});
    }

private:
    static void readRecord(QXmlStreamReader &xml, RecordDraft &d)
    {
        QStringList stack;
        QStringList secondary;
        QString fullTitle, secondaryTitle, remoteDb, accession;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement()) {
                if (stack.isEmpty())
                    break; // </record>
                stack.removeLast();
                continue;
            }
            if (!xml.isStartElement())
                continue;
            const QString name = xml.name().toString();
            if (containers().contains(name)) {
                stack << name;
                continue;
            }
            const QString parent = stack.isEmpty() ? QString() : stack.back();
            QString refTypeName;
            if (name == QLatin1String("ref-type"))
                refTypeName = xml.attributes().value(QStringLiteral("name")).toString();
            const QString value = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (xml.hasError())
                return;
            if (name == QLatin1String("ref-type")) {
                d.attributes.insert(QStringLiteral("ref-type"),
                                    refTypeName.isEmpty() ? value : refTypeName);
                continue;
            }
            if (value.isEmpty())
                continue;
            if (name == QLatin1String("author")) {
                if (parent == QLatin1String("authors"))
                    d.authors << value;
                else
                    secondary << value;
                if (parent != QLatin1String("authors"))
                    appendAttribute(d.attributes, parent, value);
            } else if (name == QLatin1String("title") && parent == QLatin1String("titles")) {
                d.title = value;
            } else if (name == QLatin1String("secondary-title")) {
                secondaryTitle = value;
            } else if (name == QLatin1String("full-title") && parent == QLatin1String("periodical")) {
                fullTitle = value;
            } else if (name == QLatin1String("abstract")) {
                d.abstract = value;
            } else if (name == QLatin1String("year") && d.year.isEmpty()) {
                d.year = value;
            } else if (name == QLatin1String("electronic-resource-num")) {
                if (!normalizeDoi(value).isEmpty())
                    d.doi = value;
                else
                    d.attributes.insert(name, value);
            } else if (name == QLatin1String("keyword")) {
                d.keywords << splitList(value, u';');
            } else if (name == QLatin1String("language")) {
                d.language = value;
            } else if (name == QLatin1String("url")) {
                appendAttribute(d.attributes, parent.isEmpty() ? name : parent, value);
                if (d.doi.isEmpty())
                    d.doi = findDoi(value);
            } else {
                if (name == QLatin1String("remote-database-name")
                    || name == QLatin1String("remote-database-provider"))
                    remoteDb += value + u' ';
                if (name == QLatin1String("accession-num"))
                    accession = value;
                appendAttribute(d.attributes, name, value);
            }
        }
        d.journal = fullTitle.isEmpty() ? secondaryTitle : fullTitle;
        if (!fullTitle.isEmpty() && !secondaryTitle.isEmpty())
            d.attributes.insert(QStringLiteral("secondary-title"), secondaryTitle);
        if (d.authors.isEmpty())
            d.authors = secondary;
        if (!accession.isEmpty() && remoteDb.contains(QLatin1String("pubmed"), Qt::CaseInsensitive)
            && !normalizePmid(accession).isEmpty())
            d.pmid = accession;
    }
};

} // namespace

std::unique_ptr<ImportReader> makeEndnoteXmlReader()
{
    return std::make_unique<EndnoteXmlReader>();
}

} // namespace dyad::core::importer::detail
