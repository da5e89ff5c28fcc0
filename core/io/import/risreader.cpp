// RIS reader: TY … ER records of two-character tags ("AU  - Smith, J"). Written from the
// RIS specification (Research Information Systems, 2011) and real exports of EndNote,
// Zotero, Mendeley, Covidence, Rayyan, Scopus, Web of Science, Ovid and ProQuest.

#include "core/io/import/identifiers.h"
#include "core/io/import/readers_p.h"
#include "core/io/import/taggedrecords_p.h"
#include "core/io/import/textclean_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dyad::core::importer::detail {

namespace {

/** Parses "XY  - value" (also "XY - value", "XY  -"). Returns the tag or empty. */
QStringView risTag(QStringView line, QStringView &value)
{
    if (line.size() < 4 || !startsWithTwoCharacterTag(line) || line[2] != u' ')
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
        const TagCount count = countTags(head, &risTag, u"TY", u"ER");
        if (!count.start)
            return 0.0;
        const double bySuffix = suffixOf(fileName) == QLatin1String("ris") ? 0.05 : 0.0;
        return std::min(0.6 + (count.end ? 0.3 : 0.1) + 0.05 * count.tagShare() + bySuffix, 1.0);
    }

    void read(ReadContext &ctx) const override { readTaggedRecords(ctx, tagged()); }

private:
    static TaggedLineFormat tagged() // made per read: the messages follow the current language
    {
        TaggedLineFormat f;
        f.tagOf = &risTag;
        f.startTag = QStringLiteral("TY");
        f.endTag = QStringLiteral("ER");
        f.continues = [](QStringView) { return true; }; // any text inside a record
        f.continueField = [](TaggedField &field, QStringView more) {
            // An abstract keeps its paragraphs: a line after one that ended a sentence.
            QString &v = field.values.back();
            const bool para = (field.tag == u"AB" || field.tag == u"N2") && !v.isEmpty()
                && (v.endsWith(u'.') || v.endsWith(u':') || v.endsWith(u'?') || v.endsWith(u'!'));
            if (!v.isEmpty())
                v.append(para ? u'\n' : u' ');
            v.append(more);
        };
        f.strayLine = QCoreApplication::translate("Import", "text outside any record (expected a \"TY  - \" line); "
                                                 "ignored up to the next record");
        f.notStarted = QCoreApplication::translate("Import", "the record does not start with \"TY  - \" (found "
                                                  "%1); it was read anyway");
        f.closedByNextStart = QCoreApplication::translate("Import", "the record starting at line %1 has no closing "
                                                         "\"ER  - \" line before the next TY at line %2; "
                                                         "it was closed there");
        f.lastRecordOpen = QCoreApplication::translate("Import", "the last record (starting at line %1) has no closing "
                                                      "\"ER  - \" line; the file may be truncated, but the record "
                                                      "was kept");
        f.endOutsideRecord = QCoreApplication::translate("Import", "\"ER  - \" without a record before it; "
                                                        "ignored");
        f.build = &build;
        return f;
    }

    static void build(const std::vector<TaggedField> &fields, RecordDraft &d)
    {
        QStringList secondaryAuthors, abstracts, n2;
        QString journalBy[6];
        static const char16_t *journalTags[6] = {u"JF", u"JO", u"T2", u"JA", u"J2", u"J1"};
        QString db, an;
        bool titleSet = false;
        for (const TaggedField &f : fields) {
            const QString &t = f.tag;
            const QString &v = f.value();
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
