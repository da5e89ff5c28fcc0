// PubMed/MEDLINE tagged text (.nbib, PubMed "Save → PubMed format"): records start with
// "PMID- ", tags are left-aligned in four columns followed by "- ", continuation lines
// are indented by six spaces. Field meanings from the NLM "MEDLINE/PubMed Data Element
// (Field) Descriptions".

#include "core/io/import/readers_p.h"
#include "core/io/import/taggedrecords_p.h"
#include "core/io/import/textclean_p.h"

#include <QCoreApplication>

namespace dyad::core::importer::detail {

namespace {

QStringView medlineTag(QStringView line, QStringView &value)
{
    if (line.size() < 5 || line[4] != u'-' || !(line[0] >= u'A' && line[0] <= u'Z'))
        return {};
    if (line.size() > 5 && line[5] != u' ')
        return {};
    for (int i = 1; i < 4; ++i) {
        const QChar c = line[i];
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u' '))
            return {};
    }
    value = line.size() > 6 ? line.mid(6) : QStringView();
    return line.left(4).trimmed();
}

class MedlineReader final : public ImportReader
{
public:
    Format format() const override { return Format::Pubmed; }
    QString description() const override
    {
        return QCoreApplication::translate("Import", "PubMed/MEDLINE records (lines such as \"PMID- 12345678\", "
                              "\"TI  - …\", \"AB  - …\")");
    }
    QString nameFilter() const override
    {
        return QCoreApplication::translate("Import", "PubMed/MEDLINE files (*.nbib *.txt *.medline)");
    }

    double score(QStringView head, const QString &fileName) const override
    {
        const TagCount count = countTags(head, &medlineTag, u"PMID");
        if (!count.start)
            return 0.0;
        const double bySuffix = suffixOf(fileName) == QLatin1String("nbib") ? 0.05 : 0.0;
        return std::min(0.85 + 0.1 * count.tagShare() + bySuffix, 1.0);
    }

    void read(ReadContext &ctx) const override { readTaggedRecords(ctx, tagged()); }

private:
    static TaggedLineFormat tagged() // made per read: the messages follow the current language
    {
        // No end tag: the next PMID ends a record. Continuation lines are indented.
        TaggedLineFormat f;
        f.tagOf = &medlineTag;
        f.startTag = QStringLiteral("PMID");
        f.continues = [](QStringView line) { return line.front().isSpace(); };
        f.strayLine = QCoreApplication::translate("Import", "line is neither a tag (\"XXXX- value\") nor an indented "
                                                 "continuation; ignored");
        f.notStarted = QCoreApplication::translate("Import", "the record does not start with \"PMID- \"; it was read "
                                                  "anyway");
        f.build = &build;
        return f;
    }

    static void build(const std::vector<TaggedField> &fields, RecordDraft &d)
    {
        QStringList fau, au;
        QString jt, ta;
        for (const TaggedField &f : fields) {
            const QString &t = f.tag;
            const QString &v = f.value();
            if (v.isEmpty())
                continue;
            if (t == u"PMID" && d.pmid.isEmpty()) {
                d.pmid = v;
            } else if (t == u"TI" && d.title.isEmpty()) {
                d.title = v;
            } else if (t == u"AB" && d.abstract.isEmpty()) {
                d.abstract = v;
            } else if (t == u"FAU") {
                fau << v;
            } else if (t == u"AU") {
                au << v;
            } else if (t == u"DP" && d.year.isEmpty()) {
                d.year = v;
            } else if ((t == u"LID" || t == u"AID") && d.doi.isEmpty()
                       && v.endsWith(QLatin1String("[doi]"))) {
                d.doi = v;
                appendAttribute(d.attributes, t, v);
            } else if (t == u"LA" && d.language.isEmpty()) {
                d.language = v;
            } else if (t == u"MH" || t == u"OT") {
                QString kw = v;
                kw.remove(u'*');
                d.keywords << kw;
            } else if (t == u"JT") {
                jt = v;
            } else if (t == u"TA") {
                ta = v;
                appendAttribute(d.attributes, t, v);
            } else {
                appendAttribute(d.attributes, t, v);
            }
        }
        d.authors = fau.isEmpty() ? au : fau;
        if (!fau.isEmpty() && !au.isEmpty())
            d.attributes.insert(QStringLiteral("AU"), QJsonArray::fromStringList(au));
        d.journal = jt.isEmpty() ? ta : jt;
    }

};

} // namespace

std::unique_ptr<ImportReader> makeMedlineReader()
{
    return std::make_unique<MedlineReader>();
}

} // namespace dyad::core::importer::detail
