// PubMed XML (efetch / "Save → XML"): <PubmedArticleSet><PubmedArticle>… per the NLM
// PubMed DTD (pubmed_250101.dtd element names).

#include "core/io/import/readers_p.h"
#include "core/io/import/textclean_p.h"
#include "core/io/import/xmlrecords_p.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace dyad::core::importer::detail {

namespace {

class PubmedXmlReader final : public ImportReader
{
public:
    Format format() const override { return Format::PubmedXml; }
    QString description() const override
    {
        return QCoreApplication::translate("Import", "PubMed XML (<PubmedArticleSet><PubmedArticle>…)");
    }
    QString nameFilter() const override { return QCoreApplication::translate("Import", "PubMed XML files (*.xml)"); }

    double score(QStringView head, const QString &) const override
    {
        const QStringView h = head.trimmed();
        if (!h.startsWith(u'<'))
            return 0.0;
        if (h.contains(u"<PubmedArticleSet") || h.contains(u"<PubmedArticle>")
            || h.contains(u"<PubmedArticle "))
            return 0.97;
        return 0.0;
    }

    void read(ReadContext &ctx) const override
    {
        readXmlRecords(ctx,
                       {[](QStringView element) {
                            return element == u"PubmedArticle" || element == u"PubmedBookArticle";
                        },
                        &readArticle,
                        QCoreApplication::translate("Import", "the XML is not well-formed (%1, column %2); the article "
                                                    "there and everything after it could not be read")});
    }

private:
    static void readArticle(QXmlStreamReader &xml, RecordDraft &d)
    {
        QStringList stack;
        QStringList abstractParts;
        QString last, fore, initials, collective;
        QString medlineDate, articleIdPmid;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement()) {
                if (stack.isEmpty())
                    break;
                if (stack.back() == QLatin1String("Author")) {
                    QString name = collective;
                    if (name.isEmpty()) {
                        name = last;
                        const QString given = fore.isEmpty() ? initials : fore;
                        if (!given.isEmpty())
                            name += QStringLiteral(", ") + given;
                    }
                    if (!name.isEmpty())
                        d.authors << name;
                    last.clear();
                    fore.clear();
                    initials.clear();
                    collective.clear();
                }
                stack.removeLast();
                continue;
            }
            if (!xml.isStartElement())
                continue;
            const QString name = xml.name().toString();
            const QString parent = stack.isEmpty() ? QString() : stack.back();
            auto text = [&xml]() {
                return xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            };
            if (name == QLatin1String("PMID")) {
                const QString v = text();
                if (d.pmid.isEmpty())
                    d.pmid = v;
            } else if (name == QLatin1String("ArticleTitle") || name == QLatin1String("BookTitle")) {
                const QString v = text();
                if (d.title.isEmpty())
                    d.title = v;
            } else if (name == QLatin1String("AbstractText") && parent == QLatin1String("Abstract")) {
                const QString label = xml.attributes().value(QStringLiteral("Label")).toString();
                const QString v = text();
                abstractParts << (label.isEmpty() ? v : label + QStringLiteral(": ") + v);
            } else if (name == QLatin1String("AbstractText")) {
                appendAttribute(d.attributes, QStringLiteral("OtherAbstract"), text());
            } else if (name == QLatin1String("LastName")) {
                last = text();
            } else if (name == QLatin1String("ForeName")) {
                fore = text();
            } else if (name == QLatin1String("Initials")) {
                initials = text();
            } else if (name == QLatin1String("CollectiveName")) {
                collective = text();
            } else if (name == QLatin1String("Title") && parent == QLatin1String("Journal")) {
                d.journal = text();
            } else if (name == QLatin1String("ISOAbbreviation")) {
                d.attributes.insert(name, text());
            } else if (name == QLatin1String("Year") && parent == QLatin1String("PubDate")) {
                d.year = text();
            } else if (name == QLatin1String("MedlineDate")) {
                medlineDate = text();
            } else if (name == QLatin1String("Language")) {
                const QString v = text();
                if (d.language.isEmpty())
                    d.language = v;
            } else if (name == QLatin1String("ELocationID") || name == QLatin1String("ArticleId")) {
                const QString type = xml.attributes()
                                         .value(name == QLatin1String("ELocationID")
                                                    ? QStringLiteral("EIdType")
                                                    : QStringLiteral("IdType"))
                                         .toString();
                const QString v = text();
                if (type == QLatin1String("doi") && d.doi.isEmpty())
                    d.doi = v;
                else if (type == QLatin1String("pubmed"))
                    articleIdPmid = v;
                else if (!type.isEmpty() && !v.isEmpty())
                    d.attributes.insert(type, v);
            } else if (name == QLatin1String("DescriptorName") || name == QLatin1String("Keyword")) {
                const QString v = text();
                if (!v.isEmpty())
                    d.keywords << v;
            } else if (name == QLatin1String("PublicationType")) {
                appendAttribute(d.attributes, name, text());
            } else {
                stack << name;
            }
            if (xml.hasError())
                return;
        }
        d.abstract = abstractParts.join(u'\n');
        if (d.year.isEmpty())
            d.year = medlineDate;
        if (d.pmid.isEmpty())
            d.pmid = articleIdPmid;
    }
};

} // namespace

std::unique_ptr<ImportReader> makePubmedXmlReader()
{
    return std::make_unique<PubmedXmlReader>();
}

} // namespace dyad::core::importer::detail
