// RIS reader: TY … ER records of two-character tags ("AU  - Smith, J"). Written from the
// RIS specification (Research Information Systems, 2011) and real exports of EndNote,
// Zotero, Mendeley, Covidence, Rayyan, Scopus, Web of Science, Ovid and ProQuest.

#include "core/io/import/identifiers.h"
#include "core/io/import/readers_p.h"
#include "core/io/import/textclean_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dyad::core::importer::detail {

namespace {

struct Tagged
{
    QString tag;
    QString value;
};

/** Parses "XY  - value" (also "XY - value", "XY  -"). Returns the tag or empty. */
QStringView risTag(QStringView line, QStringView &value)
{
    if (line.size() < 4)
        return {};
    const QChar a = line[0], b = line[1];
    if (!(a >= u'A' && a <= u'Z') || !((b >= u'A' && b <= u'Z') || (b >= u'0' && b <= u'9')))
        return {};
    if (line[2] != u' ')
        return {};
    qsizetype dash = -1;
    if (line[3] == u'-')
        dash = 3;
    else if (line.size() >= 5 && line[3] == u' ' && line[4] == u'-')
        dash = 4;
    if (dash < 0)
        return {};
    qsizetype v = dash + 1;
    if (v < line.size() && line[v] != u' ')
        return {}; // "AB -word" is text, not a tag
    if (v < line.size())
        ++v;
    value = line.mid(v);
    return line.left(2);
}

class RisReader final : public ImportReader
{
public:
    Format format() const override { return Format::Ris; }
    QString description() const override
    {
        return QCoreApplication::translate("Import", "RIS records (TY  - … ER  - ) from EndNote, Zotero, Mendeley, "
                              "Covidence, Rayyan, Scopus, Web of Science, Ovid or ProQuest");
    }
    QString nameFilter() const override { return QCoreApplication::translate("Import", "RIS files (*.ris *.txt)"); }

    double score(QStringView head, const QString &fileName) const override
    {
        LineCursor cur(head);
        qsizetype s, e;
        int tags = 0, lines = 0;
        bool ty = false, er = false;
        while (cur.next(s, e) && lines < 200) {
            const QStringView line = head.mid(s, e - s);
            if (line.trimmed().isEmpty())
                continue;
            ++lines;
            QStringView v;
            const QStringView tag = risTag(line, v);
            if (tag.isEmpty())
                continue;
            ++tags;
            ty = ty || tag == u"TY";
            er = er || tag == u"ER";
        }
        if (!ty)
            return 0.0;
        double sc = 0.6 + (er ? 0.3 : 0.1) + (lines ? 0.05 * tags / lines : 0);
        if (suffixOf(fileName) == QLatin1String("ris"))
            sc += 0.05;
        return std::min(sc, 1.0);
    }

    void read(ReadContext &ctx) const override
    {
        const QStringView text = ctx.text();
        LineCursor cur(text);
        std::vector<Tagged> fields;
        bool inRecord = false;
        qsizetype recStart = 0, lastEnd = 0;
        qint64 recLine = 0;
        bool strayReported = false;

        auto finish = [&](qsizetype end) {
            RecordDraft d;
            d.line = recLine;
            d.rawSource = text.mid(recStart, end - recStart).toString();
            build(fields, d);
            ctx.addRecord(std::move(d));
            fields.clear();
            inRecord = false;
        };

        qsizetype s, e;
        while (cur.next(s, e)) {
            const QStringView line = text.mid(s, e - s);
            QStringView value;
            const QStringView tag = risTag(line, value);
            if (!tag.isEmpty()) {
                if (tag == u"TY") {
                    if (inRecord) {
                        ctx.report(Severity::Warning, recLine, ctx.nextRecordNo(),
                                   QCoreApplication::translate("Import", "the record starting at line %1 has no closing "
                                                  "\"ER  - \" line before the next TY at line %2; "
                                                  "it was closed there")
                                       .arg(recLine)
                                       .arg(cur.lineNumber()));
                        finish(lastEnd);
                    }
                    inRecord = true;
                    recStart = s;
                    recLine = cur.lineNumber();
                } else if (tag == u"ER") {
                    if (inRecord)
                        finish(e);
                    else
                        ctx.report(Severity::Warning, cur.lineNumber(), 0,
                                   QStringLiteral("\"ER  - \" without a record before it; "
                                                  "ignored"));
                    lastEnd = e;
                    if (!ctx.progress(cur.position()))
                        return;
                    continue;
                } else if (!inRecord) {
                    ctx.report(Severity::Warning, cur.lineNumber(), ctx.nextRecordNo(),
                               QCoreApplication::translate("Import", "the record does not start with \"TY  - \" (found "
                                              "%1); it was read anyway")
                                   .arg(tag.toString()));
                    inRecord = true;
                    recStart = s;
                    recLine = cur.lineNumber();
                }
                fields.push_back({tag.toString(), value.trimmed().toString()});
                lastEnd = e;
                continue;
            }
            const QStringView trimmed = line.trimmed();
            if (trimmed.isEmpty())
                continue;
            if (inRecord && !fields.empty()) {
                // A value continued on the next line.
                QString &v = fields.back().value;
                const bool para = (fields.back().tag == u"AB" || fields.back().tag == u"N2")
                    && !v.isEmpty()
                    && (v.endsWith(u'.') || v.endsWith(u':') || v.endsWith(u'?')
                        || v.endsWith(u'!'));
                if (!v.isEmpty())
                    v.append(para ? u'\n' : u' ');
                v.append(trimmed);
                lastEnd = e;
            } else if (!strayReported) {
                ctx.report(Severity::Warning, cur.lineNumber(), 0,
                           QCoreApplication::translate("Import", "text outside any record (expected a \"TY  - \" line); "
                                          "ignored up to the next record"));
                strayReported = true;
            }
        }
        if (inRecord) {
            ctx.report(Severity::Warning, recLine, ctx.nextRecordNo(),
                       QCoreApplication::translate("Import", "the last record (starting at line %1) has no closing "
                                      "\"ER  - \" line; the file may be truncated, but the record "
                                      "was kept")
                           .arg(recLine));
            finish(lastEnd);
        }
    }

private:
    static void build(const std::vector<Tagged> &fields, RecordDraft &d)
    {
        QStringList secondaryAuthors, abstracts, n2;
        QString journalBy[6];
        static const char16_t *journalTags[6] = {u"JF", u"JO", u"T2", u"JA", u"J2", u"J1"};
        QString db, an;
        bool titleSet = false;
        for (const Tagged &f : fields) {
            const QString &t = f.tag;
            const QString &v = f.value;
            if (v.isEmpty())
                continue;
            if (t == u"AU" || t == u"A1") {
                d.authors << v;
                continue;
            }
            if (t == u"A2" || t == u"A3" || t == u"A4") {
                secondaryAuthors << v;
            } else if ((t == u"TI" || t == u"T1") && !titleSet) {
                d.title = v;
                titleSet = true;
                continue;
            } else if (t == u"AB") {
                abstracts << v;
                continue;
            } else if (t == u"N2") {
                n2 << v;
                continue;
            } else if ((t == u"PY" || t == u"Y1" || t == u"DA") && d.year.isEmpty()
                       && extractYear(v)) {
                d.year = v;
            } else if (t == u"DO" && d.doi.isEmpty()) {
                d.doi = v;
                continue;
            } else if (t == u"KW") {
                d.keywords << splitList(v, u';');
                continue;
            } else if (t == u"LA" && d.language.isEmpty()) {
                d.language = v;
            } else if (t == u"DB" || t == u"DP") {
                db += v + u' ';
            } else if (t == u"AN") {
                an = v;
            } else {
                for (int i = 0; i < 6; ++i) {
                    if (t == QStringView(journalTags[i]) && journalBy[i].isEmpty())
                        journalBy[i] = v;
                }
            }
            appendAttribute(d.attributes, t, v);
        }
        if (d.authors.isEmpty())
            d.authors = secondaryAuthors;
        // AB is the abstract for most exporters; EndNote and Covidence use N2. Keep both,
        // code the longer.
        const QString ab = abstracts.join(u'\n');
        const QString n2s = n2.join(u'\n');
        if (n2s.size() > ab.size()) {
            d.abstract = n2s;
            if (!ab.isEmpty())
                d.attributes.insert(QStringLiteral("AB"), ab);
        } else {
            d.abstract = ab;
            if (!n2s.isEmpty())
                d.attributes.insert(QStringLiteral("N2"), n2s);
        }
        for (const QString &j : journalBy) {
            if (!j.isEmpty()) {
                d.journal = j;
                break;
            }
        }
        if (d.doi.isEmpty()) {
            for (const char16_t *tag : {u"UR", u"L1", u"L2", u"L3", u"M3", u"N1"}) {
                const QJsonValue v = d.attributes.value(QString::fromUtf16(tag));
                const QString s = v.isArray() ? v.toVariant().toStringList().join(u' ') : v.toString();
                const QString doi = findDoi(s);
                if (!doi.isEmpty()) {
                    d.doi = doi;
                    break;
                }
            }
        }
        // AN is a PubMed ID only for PubMed/MEDLINE exports; elsewhere it is a database key
        // (WOS:…, 2-s2.0-…, Embase numbers).
        static const QRegularExpression pubmedDb(QStringLiteral("pubmed|medline|nlm"),
                                                 QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression digits(QStringLiteral("^\\d{1,8}$"));
        if (!an.isEmpty() && digits.match(an).hasMatch() && pubmedDb.match(db).hasMatch())
            d.pmid = an;
    }
};

} // namespace

std::unique_ptr<ImportReader> makeRisReader()
{
    return std::make_unique<RisReader>();
}

} // namespace dyad::core::importer::detail
