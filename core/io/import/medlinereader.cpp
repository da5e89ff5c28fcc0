// PubMed/MEDLINE tagged text (.nbib, PubMed "Save → PubMed format"): records start with
// "PMID- ", tags are left-aligned in four columns followed by "- ", continuation lines
// are indented by six spaces. Field meanings from the NLM "MEDLINE/PubMed Data Element
// (Field) Descriptions".

#include "core/io/import/readers_p.h"
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

struct Tagged
{
    QString tag;
    QString value;
};

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
        LineCursor cur(head);
        qsizetype s, e;
        bool pmid = false;
        int tags = 0, lines = 0;
        while (cur.next(s, e) && lines < 200) {
            const QStringView line = head.mid(s, e - s);
            if (line.trimmed().isEmpty())
                continue;
            ++lines;
            QStringView v;
            const QStringView tag = medlineTag(line, v);
            if (!tag.isEmpty()) {
                ++tags;
                pmid = pmid || tag == u"PMID";
            }
        }
        if (!pmid)
            return 0.0;
        double sc = 0.85 + (lines ? 0.1 * tags / lines : 0);
        if (suffixOf(fileName) == QLatin1String("nbib"))
            sc += 0.05;
        return std::min(sc, 1.0);
    }

    void read(ReadContext &ctx) const override
    {
        const QStringView text = ctx.text();
        LineCursor cur(text);
        std::vector<Tagged> fields;
        qsizetype recStart = 0, lastEnd = 0;
        qint64 recLine = 0;
        bool strayReported = false;

        auto finish = [&]() {
            if (fields.empty())
                return;
            RecordDraft d;
            d.line = recLine;
            d.rawSource = text.mid(recStart, lastEnd - recStart).toString();
            if (fields.front().tag != u"PMID")
                ctx.report(Severity::Warning, recLine, ctx.nextRecordNo(),
                           QCoreApplication::translate("Import", "the record does not start with \"PMID- \"; it was read "
                                          "anyway"));
            build(fields, d);
            ctx.addRecord(std::move(d));
            fields.clear();
        };

        qsizetype s, e;
        while (cur.next(s, e)) {
            const QStringView line = text.mid(s, e - s);
            QStringView value;
            const QStringView tag = medlineTag(line, value);
            if (!tag.isEmpty()) {
                if (tag == u"PMID" || fields.empty()) {
                    finish();
                    recStart = s;
                    recLine = cur.lineNumber();
                    if (!ctx.progress(s))
                        return;
                }
                fields.push_back({tag.toString(), value.trimmed().toString()});
                lastEnd = e;
                continue;
            }
            const QStringView trimmed = line.trimmed();
            if (trimmed.isEmpty())
                continue; // blank lines separate records; PMID- starts the next one
            if (!fields.empty() && line.front().isSpace()) {
                QString &v = fields.back().value;
                if (!v.isEmpty())
                    v.append(u' ');
                v.append(trimmed);
                lastEnd = e;
            } else if (!strayReported) {
                ctx.report(Severity::Warning, cur.lineNumber(), 0,
                           QCoreApplication::translate("Import", "line is neither a tag (\"XXXX- value\") nor an indented "
                                          "continuation; ignored"));
                strayReported = true;
            }
        }
        finish();
    }

private:
    static void build(const std::vector<Tagged> &fields, RecordDraft &d)
    {
        QStringList fau, au;
        QString jt, ta;
        for (const Tagged &f : fields) {
            const QString &t = f.tag;
            const QString &v = f.value;
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
