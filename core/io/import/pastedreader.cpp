// Pasted text: a record copied from a publisher page or a database detail page (PubMed,
// EBSCO, Chinese literature portals...). Heuristics, line by line:
//  - a line holding a JSON object (some portals show their record JSON) is read as JSON;
//  - "Label :" lines followed by "- value" lines (EBSCO detail pages) are fields;
//  - an author list, affiliations, a citation line ("BMJ Open. 2025 Mar 25;15(3)…"),
//    PMID/DOI/Keywords lines and site furniture are recognised and kept out of the text;
//  - the abstract follows an "Abstract" heading or starts at the first paragraph-sized
//    line; paragraphs in another script (machine translations) go to attributes;
//  - the title is the first plausible line before the abstract.

#include "core/io/import/identifiers.h"
#include "core/io/import/readers_p.h"
#include "core/io/import/textclean_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace dyad::core::importer::detail {

namespace {

enum class Kind {
    Blank,
    Json,
    Noise,
    Heading,     ///< "Abstract"
    Stop,        ///< after this, no more title/abstract text (site furniture)
    Label,       ///< "- Language :" — value lines follow
    Value,       ///< "- English" after a label
    Authors,
    Affiliation,
    Citation,
    Text,
};

struct Line
{
    QString text;     ///< trimmed, without EBSCO's "- " prefix
    qint64 number = 0;
    Kind kind = Kind::Text;
    QString label;    ///< for Value lines: the label they belong to
};

bool isParticle(QStringView w)
{
    static const QSet<QString> p = {
        QStringLiteral("van"), QStringLiteral("de"), QStringLiteral("der"), QStringLiteral("den"),
        QStringLiteral("von"), QStringLiteral("da"), QStringLiteral("di"), QStringLiteral("la"),
        QStringLiteral("le"), QStringLiteral("du"), QStringLiteral("dos"), QStringLiteral("del"),
        QStringLiteral("y"), QStringLiteral("bin"), QStringLiteral("al"), QStringLiteral("ter"),
        QStringLiteral("ten"), QStringLiteral("zu"), QStringLiteral("af"),
    };
    return p.contains(w.toString());
}

/**
 * Removes the affiliation numbers and markers a browser copies after each author name
 * ("Mei-Ling Zhou 1 , Rafael Ortega-Díaz 1 3 , Grace Mensah 2*" → "Mei-Ling Zhou, Rafael
 * Ortega-Díaz, Grace Mensah"). Returns the line unchanged when it has none.
 */
QString withoutAuthorMarks(const QString &line)
{
    static const QRegularExpression marks(
        QStringLiteral("(?<=[\\p{L}.])\\s*(?:\\d{1,2}|[*†‡#])(?:[\\s,]*(?:\\d{1,2}|[*†‡#]))*\\s*(?=[,;]|$|\\s+and\\s)"));
    if (line.size() > 3000 || !marks.match(line).hasMatch())
        return line;
    QString out = line;
    out.replace(marks, QString());
    static const QRegularExpression spaceBeforeComma(QStringLiteral("\\s+([,;])"));
    out.replace(spaceBeforeComma, QStringLiteral("\\1"));
    return out.trimmed();
}

bool looksLikeAuthorList(const QString &line)
{
    if (line.size() > 3000 || line.endsWith(u':'))
        return false;
    static const QRegularExpression sep(QStringLiteral("\\s*[;,]\\s*|\\s+and\\s+|\\s*&\\s*"));
    const QStringList parts = line.split(sep, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return false;
    for (const QString &part : parts) {
        if (part.size() > 50)
            return false;
        const QStringList words = part.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty() || words.size() > 6)
            return false;
        for (const QString &w : words) {
            if (w.front().isDigit() || std::any_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); }))
                return false;
            if (w.front().isUpper())
                continue;
            if (isParticle(w))
                continue;
            return false;
        }
    }
    return true;
}

bool looksLikeAffiliation(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(Universit|Department|Dept\\.|Institut|Centre|Center|Hospital|Faculty|School of|"
        "College|Laborator|Unit for|Research Group|Ministry|Clinic|Foundation|Academy)"));
    if (line.size() >= 600 || !re.match(line).hasMatch())
        return false;
    // Affiliations are lists of proper names: almost no lower-case content words. This
    // keeps "…informed by the guidance of the Joanna Briggs Institute…" in the abstract.
    static const QSet<QString> small = {
        QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("and"), QStringLiteral("the"),
        QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("on"), QStringLiteral("de"),
        QStringLiteral("du"), QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("van"),
        QStringLiteral("der"), QStringLiteral("y"), QStringLiteral("e"), QStringLiteral("di"),
        QStringLiteral("da"), QStringLiteral("und"), QStringLiteral("für"), QStringLiteral("des"),
    };
    int lowerWords = 0;
    for (const QString &w : line.split(QRegularExpression(QStringLiteral("[\\s,;()]+")), Qt::SkipEmptyParts)) {
        if (w.front().isLower() && !small.contains(w))
            ++lowerWords;
    }
    return lowerWords <= 1;
}

struct Citation
{
    QString journal;
    QString year;
};

std::optional<Citation> parseCitation(const QString &line)
{
    // PubMed: "BMJ Open. 2025 Mar 25;15(3):e092525. doi: 10.1136/…"
    static const QRegularExpression pubmed(QStringLiteral(
        "^(.{2,200}?)\\.\\s+((?:1[5-9]|20)\\d{2})(?:\\s+[A-Z][a-z]{2}(?:\\s+\\d{1,2})?)?\\s*[;.:]"));
    // EBSCO: "International journal … [Int J Equity Health] 2024 Jul 04; Vol. 23 (1)…"
    static const QRegularExpression ebsco(QStringLiteral(
        "^(.{2,200}?)\\s*\\[[^\\]]{2,100}\\]\\s+((?:1[5-9]|20)\\d{2})\\b"));
    if (line.size() > 600)
        return std::nullopt;
    for (const QRegularExpression *re : {&pubmed, &ebsco}) {
        const auto m = re->match(line);
        if (m.hasMatch())
            return Citation{m.captured(1).trimmed(), m.captured(2)};
    }
    return std::nullopt;
}

bool isHeading(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^(abstract|summary|摘要)\\s*[:：]?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(t).hasMatch();
}

bool isStop(const QString &t)
{
    static const QRegularExpression re(QStringLiteral(
        "^(期刊介绍|本文章由计算机程序翻译|求助全文|来源期刊|相关文献|参考文献|Similar articles|"
        "Cited by|References|Related articles|Related information|Publication types|MeSH terms|"
        "Comment in|Grants and funding|LinkOut|Supplementary|Conflict of interest statement|"
        "Figures|Substances)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(t).hasMatch();
}

bool isNoise(const QString &t)
{
    static const QSet<QString> exact = {
        QStringLiteral("Back to Search"), QStringLiteral("Start Over"), QStringLiteral("Details"),
        QStringLiteral("Full text"), QStringLiteral("Cite"), QStringLiteral("Share"),
        QStringLiteral("Download"), QStringLiteral("PDF"), QStringLiteral("Save"),
        QStringLiteral("Email"), QStringLiteral("Print"), QStringLiteral("Permalink"),
        QStringLiteral("Copy"), QStringLiteral("copy"), QStringLiteral("Add to Folder"),
        QStringLiteral("Open in a new window"), QStringLiteral("Google Scholar"),
    };
    if (t.size() <= 3 || exact.contains(t))
        return true;
    static const QRegularExpression re(QStringLiteral(
        "^(IF\\s+\\d+(\\.\\d+)?\\b|引用次数|Citations?\\s*:?\\s*\\d+$|\\d+$|Copyright\\s|©|"
        "Free (PMC )?article|Epub \\d{4}|Item in Clipboard)"));
    // Publisher page buttons and links that a select-all copies along with the abstract.
    static const QRegularExpression buttons(
        QStringLiteral("^(Back to (search )?results|Previous article|Next article|Cite this (article|paper)|"
                       "Export citations?|Request permissions|Article metrics|Download (PDF|citation)|"
                       "View (PDF|article)|Get access|Sign in)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (buttons.match(t).hasMatch())
        return true;
    // PubMed's (NCBI's) banner, account and navigation lines, and its identifier lines.
    static const QRegularExpression ncbi(
        QStringLiteral("^(Skip to main (page )?content|An official website of the United States government|"
                       "Here['’]s how you know|The \\.gov means it['’]s official\\.?|"
                       "Federal government websites often end in .*|The site is secure\\.?|"
                       "The https:// ensures that .*|NIH NLM Logo|Log in|Log out|Show account info|Close|"
                       "Account|Logged in as|Dashboard|Publications|Account settings|Access keys|"
                       "(My)?NCBI Homepage|Main Content|Main Navigation|Search:?|Advanced|Clipboard|"
                       "User Guide|Send to|Display options|Format|PubMed|PMID|Full text links|"
                       ".{1,60} full text link\\b.*|Actions|Collections|Page navigation|Title & authors|"
                       "Related information|LinkOut - more resources|Expand|Affiliations|"
                       "PMCID:.*|DOI:.*|doi:\\s*10\\..*)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (ncbi.match(t).hasMatch())
        return true;
    return re.match(t).hasMatch();
}

bool isLabel(const QString &t, QString &label)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z /()]{1,40}?)\\s*:$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return false;
    label = m.captured(1).trimmed().toLower();
    return true;
}

} // namespace

double recordPageConfidence(QStringView head)
{
    if (head.trimmed().isEmpty())
        return 0.0;
    // Structural evidence of a record page, each kind counted once: an author list near the
    // top, a citation line, a DOI or PMID, an "Abstract" heading, EBSCO's "- Label :" fields,
    // embedded record JSON and page furniture. Tagged exports (RIS, MEDLINE) are left alone.
    static const QRegularExpression tagged(QStringLiteral("^[A-Z][A-Z0-9]{1,3}\\s{0,3}-\\s"));
    static const QRegularExpression ids(QStringLiteral("\\bdoi:\\s*10\\.|doi\\.org/10\\.|\\bPMID:\\s*\\d"),
                                        QRegularExpression::CaseInsensitiveOption);
    bool authors = false, citation = false, heading = false, json = false, furniture = false, paragraph = false;
    int labels = 0, taggedLines = 0, seen = 0;
    for (QStringView raw : head.split(u'\n')) {
        const QString line = raw.trimmed().toString();
        if (line.isEmpty())
            continue;
        ++seen;
        if (tagged.match(line).hasMatch())
            ++taggedLines;
        QString label;
        const QString unprefixed = line.startsWith(QStringLiteral("- ")) ? line.mid(2).trimmed() : line;
        if (isLabel(unprefixed, label) || line.endsWith(QStringLiteral(" :")))
            ++labels;
        if (seen <= 8 && looksLikeAuthorList(line))
            authors = true;
        if (!citation && parseCitation(unprefixed))
            citation = true;
        heading = heading || isHeading(line);
        paragraph = paragraph || line.size() >= 250;
        json = json || line.startsWith(QStringLiteral("{\"title\":"));
        furniture = furniture || line == QLatin1String("Back to Search") || line == QLatin1String("Start Over") || isStop(line);
    }
    if (taggedLines >= 3)
        return 0.1;
    double c = 0.15;
    c += authors ? 0.15 : 0.0;
    c += citation ? 0.2 : 0.0;
    c += ids.match(head).hasMatch() ? 0.2 : 0.0;
    c += heading ? 0.15 : 0.0;
    c += labels >= 3 ? 0.25 : 0.0;
    c += json ? 0.3 : 0.0;
    c += furniture ? 0.1 : 0.0;
    // A record page carries its abstract (a heading, or a paragraph-sized line): without one,
    // a note that opens with names and a reference stays a note when found in a folder.
    if (!heading && !paragraph)
        c = std::min(c, 0.45);
    return std::min(c, 0.95);
}

namespace {

class PastedReader final : public ImportReader
{
public:
    Format format() const override { return Format::Pasted; }
    QString description() const override
    {
        return QCoreApplication::translate("Import", "text copied from a publisher or database page (one record)");
    }
    QString nameFilter() const override { return QCoreApplication::translate("Import", "Pasted text (*.txt)"); }

    double score(QStringView head, const QString &) const override { return recordPageConfidence(head); }

    void read(ReadContext &ctx) const override
    {
        const QStringView t = ctx.text();
        std::vector<Line> lines;
        {
            LineCursor cur(t);
            qsizetype s, e;
            while (cur.next(s, e)) {
                Line l;
                l.text = tidyText(t.mid(s, e - s));
                l.number = cur.lineNumber();
                lines.push_back(std::move(l));
            }
        }
        RecordDraft d;
        d.rawSource = t.toString();
        d.line = 1;
        RecordDraft json;
        bool haveJson = false;
        QStringList affiliations;
        QHash<QString, QStringList> labelled;
        QString citationJournal, citationYear;

        // A page's table of contents ("Abstract", "Figures", "Similar articles", "Cited by"
        // one under the other) is navigation: a heading or section name next to another is
        // not where the record's abstract starts or ends.
        std::vector<bool> menu(lines.size(), false);
        {
            auto sectionName = [](const QString &x) { return isHeading(x) || isStop(x); };
            qsizetype previous = -1;
            for (size_t i = 0; i < lines.size(); ++i) {
                if (lines[i].text.isEmpty())
                    continue;
                if (previous >= 0 && sectionName(lines[i].text) && sectionName(lines[size_t(previous)].text))
                    menu[i] = menu[size_t(previous)] = true;
                previous = qsizetype(i);
            }
        }

        // Pass 1: classify every line.
        QString currentLabel;
        bool stopped = false;
        Line *lastText = nullptr; // the latest Text line, for a citation split over two lines
        for (size_t index = 0; index < lines.size(); ++index) {
            Line &l = lines[index];
            QString s = l.text;
            if (s.isEmpty()) {
                l.kind = Kind::Blank;
                continue;
            }
            // EBSCO: values are "- value"; a label may also close a content line
            // ("… 2024 Jul 04. - Publication Year :").
            static const QRegularExpression tailLabel(
                QStringLiteral("\\s+-\\s+([A-Za-z][A-Za-z /()]{1,40}?)\\s*:$"));
            QString pendingLabel;
            if (const auto m = tailLabel.match(s); m.hasMatch() && m.capturedStart() > 0) {
                pendingLabel = m.captured(1).trimmed().toLower();
                s.truncate(m.capturedStart());
            }
            const bool dashed = s.startsWith(QLatin1String("- ")) || s == QLatin1String("-");
            if (dashed)
                s = s.mid(1).trimmed();
            l.text = s;
            QString label;
            if (s.startsWith(u'{') && s.endsWith(u'}')) {
                QJsonParseError err;
                const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8(), &err);
                if (doc.isObject() && !haveJson) {
                    draftFromJsonObject(doc.object(), json);
                    haveJson = true;
                    l.kind = Kind::Json;
                    continue;
                }
            }
            // PubMed's page puts the journal on one line and ". 2024 Nov 5;39(9):1012." on the next.
            static const QRegularExpression citationTail(
                QStringLiteral("^\\.\\s*((?:1[5-9]|20)\\d{2})(?:\\s+[A-Z][a-z]{2}(?:\\s+\\d{1,2})?)?\\s*[;.:]"));
            const auto tail = stopped ? QRegularExpressionMatch() : citationTail.match(s);
            if (menu[index] && !stopped) {
                l.kind = Kind::Noise;
            } else if (tail.hasMatch() && lastText && lastText->text.size() <= 200) {
                l.kind = Kind::Citation;
                lastText->kind = Kind::Citation;
                if (citationJournal.isEmpty()) {
                    citationJournal = lastText->text;
                    citationYear = tail.captured(1);
                }
                lastText = nullptr;
            } else if (isLabel(s, label)) {
                l.kind = Kind::Label;
                currentLabel = label;
            } else if (dashed && !currentLabel.isEmpty()) {
                l.kind = Kind::Value;
                l.label = currentLabel;
                if (!s.isEmpty())
                    labelled[currentLabel] << s;
                // An abstract given as a "- …" value stays abstract text.
                if (currentLabel == QLatin1String("abstract"))
                    l.kind = Kind::Text;
            } else if (isHeading(s)) {
                l.kind = Kind::Heading;
                currentLabel.clear();
            } else if (isStop(s)) {
                l.kind = Kind::Stop;
                stopped = true;
                currentLabel.clear();
            } else if (stopped) {
                l.kind = Kind::Noise;
            } else if (s.startsWith(QLatin1String("PMID:"), Qt::CaseInsensitive)) {
                l.kind = Kind::Noise;
                d.pmid = normalizePmid(s);
            } else if (s.startsWith(QLatin1String("Keywords:"), Qt::CaseInsensitive)
                       || s.startsWith(QLatin1String("关键词"))) {
                l.kind = Kind::Noise;
                QString list = s.mid(s.indexOf(QRegularExpression(QStringLiteral("[:：]"))) + 1).trimmed();
                if (list.endsWith(u'.'))
                    list.chop(1); // "Keywords: rural health; trust." ends a sentence
                d.keywords << splitList(list, list.contains(u';') ? u';' : u',');
            } else if (isNoise(s)) {
                l.kind = Kind::Noise;
            } else if (auto c = parseCitation(s)) {
                l.kind = Kind::Citation;
                if (citationJournal.isEmpty()) {
                    citationJournal = c->journal;
                    citationYear = c->year;
                }
                if (d.doi.isEmpty())
                    d.doi = findDoi(s);
            } else if (looksLikeAuthorList(s) || looksLikeAuthorList(withoutAuthorMarks(s))) {
                l.kind = Kind::Authors;
                l.text = withoutAuthorMarks(s);
            } else if (looksLikeAffiliation(s)) {
                l.kind = Kind::Affiliation;
                static const QRegularExpression number(QStringLiteral("^\\d{1,2}\\s+"));
                affiliations << QString(s).remove(number);
            } else {
                l.kind = Kind::Text;
            }
            if (l.kind == Kind::Text)
                lastText = &l;
            else if (l.kind != Kind::Blank && l.kind != Kind::Noise)
                lastText = nullptr;
            if (!pendingLabel.isEmpty())
                currentLabel = pendingLabel;
            else if (l.kind != Kind::Label && l.kind != Kind::Value && l.kind != Kind::Blank)
                currentLabel.clear();
        }

        // Pass 2: the abstract. After a heading if there is one, else from the first
        // paragraph-sized text line; it runs to the next heading/label/stop.
        // The heading that counts is the first one that text follows at once ("Format:
        // Abstract" in PubMed's display options is followed by more page furniture).
        qsizetype absStart = -1;
        for (size_t i = 0; i < lines.size() && absStart < 0; ++i) {
            if (lines[i].kind != Kind::Heading)
                continue;
            qsizetype textLength = 0;
            for (size_t j = i + 1; j < lines.size(); ++j) {
                const Kind k = lines[j].kind;
                if (k == Kind::Blank || k == Kind::Noise)
                    continue;
                if (k != Kind::Text)
                    break;
                textLength += lines[j].text.size();
                if (textLength >= 150 || isParagraph(lines[j].text)) {
                    absStart = qsizetype(i) + 1;
                    break;
                }
            }
        }
        if (absStart < 0) {
            for (size_t i = 0; i < lines.size(); ++i) {
                if (lines[i].kind == Kind::Heading) {
                    absStart = qsizetype(i) + 1;
                    break;
                }
            }
        }
        if (absStart < 0) {
            for (size_t i = 0; i < lines.size(); ++i) {
                const Line &l = lines[i];
                if (l.kind == Kind::Text && isParagraph(l.text)) {
                    absStart = qsizetype(i);
                    break;
                }
            }
        }
        QStringList primary, translated;
        if (absStart >= 0) {
            int primaryCjk = -1;
            for (size_t i = size_t(absStart); i < lines.size(); ++i) {
                const Line &l = lines[i];
                if (l.kind == Kind::Heading || l.kind == Kind::Label || l.kind == Kind::Stop)
                    break;
                if (l.kind != Kind::Text)
                    continue;
                const int cjk = cjkShare(l.text) > 0.5 ? 1 : 0;
                if (primaryCjk < 0)
                    primaryCjk = cjk;
                (cjk == primaryCjk ? primary : translated) << l.text;
            }
        }

        // Pass 3: title = the plausible text line just above the author list (publisher and
        // database pages put it there), else the first plausible text line before the abstract.
        QString title;
        const size_t titleLimit = absStart >= 0 ? size_t(absStart) : lines.size();
        auto plausibleTitle = [](const Line &l) {
            return l.kind == Kind::Text && l.text.size() >= 15 && l.text.size() <= 400 && !l.text.endsWith(u':')
                && !isParagraph(l.text);
        };
        for (size_t i = 0; i < titleLimit && title.isEmpty(); ++i) {
            if (lines[i].kind != Kind::Authors)
                continue;
            for (size_t j = i; j-- > 0;) {
                if (lines[j].kind == Kind::Blank || lines[j].kind == Kind::Noise)
                    continue;
                if (plausibleTitle(lines[j]))
                    title = lines[j].text;
                break;
            }
        }
        for (size_t i = 0; i < titleLimit && title.isEmpty(); ++i) {
            if (plausibleTitle(lines[i]))
                title = lines[i].text;
        }

        // Assemble: the page's JSON (structured) wins; text heuristics fill the gaps.
        QString authorsLine;
        for (const Line &l : lines) {
            if (l.kind == Kind::Authors) {
                authorsLine = l.text;
                break;
            }
        }
        if (haveJson) {
            d.attributes = json.attributes;
            d.title = json.title;
            d.abstract = json.abstract;
            d.authors = json.authors;
            d.year = json.year;
            d.journal = json.journal;
            if (!json.doi.isEmpty())
                d.doi = json.doi;
            if (!json.pmid.isEmpty())
                d.pmid = json.pmid;
            d.keywords << json.keywords;
            d.language = json.language;
        }
        auto first = [&labelled](const char *key) {
            const QStringList v = labelled.value(QString::fromLatin1(key));
            return v.isEmpty() ? QString() : v.front();
        };
        if (d.title.isEmpty())
            d.title = !first("title").isEmpty() ? first("title") : title;
        if (d.abstract.isEmpty())
            d.abstract = primary.join(u'\n');
        if (d.authors.isEmpty()) {
            if (!first("authors").isEmpty())
                d.authors = splitAuthors(labelled.value(QStringLiteral("authors")).join(u';'));
            else if (!authorsLine.isEmpty())
                d.authors = splitList(authorsLine, authorsLine.contains(u';') ? u';' : u',');
        }
        if (d.journal.isEmpty())
            d.journal = !first("journal").isEmpty() ? first("journal") : citationJournal;
        if (d.year.isEmpty())
            d.year = !first("publication year").isEmpty() ? first("publication year") : citationYear;
        if (d.language.isEmpty())
            d.language = first("language");
        if (d.keywords.isEmpty() && !first("subject terms").isEmpty())
            d.keywords = labelled.value(QStringLiteral("subject terms"));
        if (d.pmid.isEmpty() && !first("accession number").isEmpty()
            && QString(first("database") + first("source")).contains(QLatin1String("MEDLINE"), Qt::CaseInsensitive))
            d.pmid = first("accession number");
        if (d.doi.isEmpty())
            d.doi = findDoi(labelled.value(QStringLiteral("full text")).join(u' '));
        if (d.doi.isEmpty())
            d.doi = findDoi(t);

        d.abstract = splitGluedStructuredLabels(cleanAbstract(d.abstract));
        if (!translated.isEmpty()) {
            // A short first translated line before a longer one is the translated title.
            if (translated.size() >= 2 && translated.front().size() < 200
                && !translated.front().endsWith(u'。') && translated[1].size() > translated.front().size()) {
                if (!d.attributes.contains(QStringLiteral("translatedTitle")))
                    d.attributes.insert(QStringLiteral("translatedTitle"), translated.front());
                translated.removeFirst();
            }
            d.attributes.insert(QStringLiteral("translatedAbstract"), translated.join(u'\n'));
        }
        if (!affiliations.isEmpty())
            d.attributes.insert(QStringLiteral("affiliations"), QJsonArray::fromStringList(affiliations));
        for (auto it = labelled.cbegin(); it != labelled.cend(); ++it) {
            if (!d.attributes.contains(it.key()))
                d.attributes.insert(it.key(), it.value().join(QStringLiteral("; ")));
        }
        if (d.title.isEmpty() && d.abstract.isEmpty() && !lines.empty()) {
            ctx.report(Severity::Error, 1, 1,
                       QCoreApplication::translate("Import", "no title or abstract could be found in the pasted text "
                                      "(expected a title line and an abstract paragraph)"));
            ctx.skipRecord();
            return;
        }
        ctx.addRecord(std::move(d));
    }

private:
    static bool isParagraph(const QString &s)
    {
        if (s.size() >= 300)
            return true;
        if (cjkShare(s) > 0.5)
            return s.size() >= 60 && (s.count(u'。') >= 1 || s.count(u'，') + s.count(u',') >= 2);
        // Several sentences: ". X" at least twice.
        static const QRegularExpression sentence(QStringLiteral("[.!?]\\s+[A-Z]"));
        int n = 0;
        auto it = sentence.globalMatch(s);
        while (it.hasNext() && n < 2) {
            it.next();
            ++n;
        }
        return s.size() >= 150 && n >= 2;
    }
};

} // namespace

std::unique_ptr<ImportReader> makePastedReader()
{
    return std::make_unique<PastedReader>();
}

} // namespace dyad::core::importer::detail
