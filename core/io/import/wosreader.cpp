// Web of Science plain text ("Other file formats → Plain text"): "FN"/"VR" header,
// records "PT J" … "ER", end "EF". Two-letter tags, continuation lines indented by three
// spaces; for author-like tags every continuation line is one more item.

#include "core/io/import/readers_p.h"
#include "core/io/import/taggedrecords_p.h"
#include "core/io/import/textclean_p.h"

#include <QCoreApplication>

namespace dyad::core::importer::detail {

namespace {

QStringView wosTag(QStringView line, QStringView &value)
{
    if (!startsWithTwoCharacterTag(line))
        return {};
    if (line.size() > 2 && line[2] != u' ')
        return {};
    value = line.size() > 3 ? line.mid(3) : QStringView();
    return line.left(2);
}

bool isListTag(QStringView t)
{
    return t == u"AU" || t == u"AF" || t == u"BA" || t == u"BF" || t == u"ED" || t == u"C1"
        || t == u"CR" || t == u"GP" || t == u"CA" || t == u"RI" || t == u"OI";
}

class WosReader final : public ImportReader
{
public:
    Format format() const override { return Format::Wos; }
    QString description() const override
    {
        return QCoreApplication::translate("Import", "Web of Science plain text (FN/VR header, records PT … ER, end EF)");
    }
    QString nameFilter() const override
    {
        return QCoreApplication::translate("Import", "Web of Science plain text (*.txt *.ciw)");
    }

    double score(QStringView head, const QString &fileName) const override
    {
        const QStringView h = head.trimmed();
        double sc = 0.0;
        if (h.startsWith(u"FN ") && h.left(200).contains(u"\nVR "))
            sc = 0.95;
        else if (h.startsWith(u"FN ") || h.startsWith(u"PT J") || h.startsWith(u"PT B")
                 || h.startsWith(u"PT S") || h.startsWith(u"PT P"))
            sc = 0.6;
        if (sc > 0 && (h.contains(u"\nER") || h.contains(u"\r\nER")))
            sc += 0.04;
        if (sc > 0 && suffixOf(fileName) == QLatin1String("ciw"))
            sc += 0.01;
        return std::min(sc, 1.0);
    }

    void read(ReadContext &ctx) const override { readTaggedRecords(ctx, tagged()); }

private:
    static TaggedLineFormat tagged() // made per read: the messages follow the current language
    {
        TaggedLineFormat f;
        f.tagOf = &wosTag;
        f.startTag = QStringLiteral("PT");
        f.endTag = QStringLiteral("ER");
        f.fileEndTag = QStringLiteral("EF");
        f.headerTags = {QStringLiteral("FN"), QStringLiteral("VR")};
        f.continues = [](QStringView line) { return line.startsWith(u"   "); };
        f.continueField = [](TaggedField &field, QStringView more) {
            // For author-like tags every continuation line is one more item.
            if (isListTag(field.tag))
                field.values << more.toString();
            else
                field.values.back().append(u' ').append(more);
        };
        f.reportEveryStrayLine = true;
        f.strayLine = QCoreApplication::translate("Import", "expected a two-letter tag or a line indented by three "
                                                 "spaces; the line was ignored");
        f.notStarted = QCoreApplication::translate("Import", "the record does not start with \"PT\" (found %1); "
                                                  "it was read anyway");
        f.closedByNextStart = QCoreApplication::translate("Import", "the record starting at line %1 has no closing \"ER\" "
                                                         "before the next PT at line %2; it was closed there");
        f.lastRecordOpen = QCoreApplication::translate("Import", "the last record (starting at line %1) has no closing \"ER\" "
                                                      "line; the file may be truncated, but the record was kept");
        f.noFileEnd = QCoreApplication::translate("Import", "the file has no closing \"EF\" line; it may be truncated");
        f.build = &build;
        return f;
    }

    static void build(const std::vector<TaggedField> &fields, RecordDraft &d)
    {
        QStringList af, au;
        for (const TaggedField &f : fields) {
            const QString &t = f.tag;
            QStringList values;
            for (const QString &v : f.values) {
                if (!v.trimmed().isEmpty())
                    values << v.trimmed();
            }
            if (values.isEmpty())
                continue;
            const QString joined = values.join(u' ');
            if (t == u"AF") {
                af << values;
            } else if (t == u"AU") {
                au << values;
            } else if (t == u"TI" && d.title.isEmpty()) {
                d.title = joined;
            } else if (t == u"AB" && d.abstract.isEmpty()) {
                d.abstract = joined;
            } else if (t == u"SO" && d.journal.isEmpty()) {
                d.journal = joined;
            } else if (t == u"PY" && d.year.isEmpty()) {
                d.year = joined;
            } else if (t == u"DI" && d.doi.isEmpty()) {
                d.doi = joined;
            } else if (t == u"PM" && d.pmid.isEmpty()) {
                d.pmid = joined;
            } else if (t == u"DE") {
                d.keywords << splitList(joined, u';');
            } else if (t == u"LA" && d.language.isEmpty()) {
                d.language = joined;
            } else if (isListTag(t)) {
                for (const QString &v : values)
                    appendAttribute(d.attributes, t, v);
            } else {
                appendAttribute(d.attributes, t, joined);
            }
        }
        d.authors = af.isEmpty() ? au : af;
        if (!af.isEmpty() && !au.isEmpty())
            d.attributes.insert(QStringLiteral("AU"), QJsonArray::fromStringList(au));
        if (d.year.isEmpty() && d.attributes.contains(QStringLiteral("EA")))
            d.year = d.attributes.value(QStringLiteral("EA")).toString();
    }

};

} // namespace

std::unique_ptr<ImportReader> makeWosReader()
{
    return std::make_unique<WosReader>();
}

} // namespace dyad::core::importer::detail
