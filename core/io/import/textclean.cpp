#include "core/io/import/textclean_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace dyad::core::importer::detail {

namespace {

bool isBlank(char32_t c)
{
    return c == u' ' || c == u'\t' || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
        || c == 0x205F || c == 0x3000 || c == 0x000B || c == 0x000C;
}

bool isDropped(char32_t c)
{
    // C0/C1 controls (line breaks are handled before), zero-width space, BOM, soft hyphen.
    // U+200D (ZWJ) stays: emoji sequences need it.
    return (c < 0x20) || (c >= 0x7F && c <= 0x9F) || c == 0x200B || c == 0xFEFF || c == 0x00AD
        || c == 0xFFFE || c == 0xFFFF;
}

bool needsNfc(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0x300)
            return true;
    }
    return false;
}

} // namespace

QString tidyText(QStringView in)
{
    QString out;
    out.reserve(in.size());
    bool pendingSpace = false;
    int pendingNewlines = 0;
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar qc = in[i];
        char32_t c = qc.unicode();
        if (c == u'\r') {
            if (i + 1 < n && in[i + 1] == u'\n')
                ++i;
            ++pendingNewlines;
            pendingSpace = false;
            continue;
        }
        if (c == u'\n' || c == 0x2028 || c == 0x2029 || c == 0x0085) {
            ++pendingNewlines;
            pendingSpace = false;
            continue;
        }
        if (isBlank(c)) {
            if (pendingNewlines == 0)
                pendingSpace = true;
            continue;
        }
        if (!qc.isSurrogate() && isDropped(c))
            continue;
        if (qc.isHighSurrogate() && !(i + 1 < n && in[i + 1].isLowSurrogate()))
            continue; // lone surrogate: not text
        if (qc.isLowSurrogate() && !(i > 0 && in[i - 1].isHighSurrogate()))
            continue;
        if (!out.isEmpty()) {
            if (pendingNewlines > 0)
                out.append(QString(std::min(pendingNewlines, 2), u'\n'));
            else if (pendingSpace)
                out.append(u' ');
        }
        pendingNewlines = 0;
        pendingSpace = false;
        out.append(qc);
    }
    if (needsNfc(out))
        return out.normalized(QString::NormalizationForm_C);
    return out;
}

namespace {

const QSet<QString> &markupTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("i"), QStringLiteral("b"),
        QStringLiteral("u"), QStringLiteral("em"), QStringLiteral("strong"),
        QStringLiteral("sup"), QStringLiteral("sub"), QStringLiteral("span"),
        QStringLiteral("div"), QStringLiteral("a"), QStringLiteral("li"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("sec"), QStringLiteral("title"),
        QStringLiteral("italic"), QStringLiteral("bold"), QStringLiteral("sc"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("table"),
        QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"),
        QStringLiteral("abstract"), QStringLiteral("abstracttext"), QStringLiteral("label"),
        QStringLiteral("list"), QStringLiteral("list-item"), QStringLiteral("inline-formula"),
        QStringLiteral("font"), QStringLiteral("small"), QStringLiteral("big"),
        QStringLiteral("hr"), QStringLiteral("blockquote"), QStringLiteral("section"),
        QStringLiteral("cite"), QStringLiteral("code"), QStringLiteral("tt"),
        QStringLiteral("ext-link"), QStringLiteral("xref"), QStringLiteral("underline"),
        QStringLiteral("named-content"), QStringLiteral("strike"), QStringLiteral("mark"),
    };
    return tags;
}

const QSet<QString> &blockTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("div"), QStringLiteral("li"),
        QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("sec"),
        QStringLiteral("title"), QStringLiteral("h1"), QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
        QStringLiteral("table"), QStringLiteral("tr"), QStringLiteral("abstract"),
        QStringLiteral("abstracttext"), QStringLiteral("list"), QStringLiteral("list-item"),
        QStringLiteral("hr"), QStringLiteral("blockquote"), QStringLiteral("section"),
    };
    return tags;
}

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> e = {
        {QStringLiteral("amp"), u'&'}, {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'}, {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''}, {QStringLiteral("nbsp"), 0xA0},
        {QStringLiteral("ndash"), 0x2013}, {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("lsquo"), 0x2018},
        {QStringLiteral("rsquo"), 0x2019}, {QStringLiteral("ldquo"), 0x201C},
        {QStringLiteral("rdquo"), 0x201D}, {QStringLiteral("copy"), 0xA9},
        {QStringLiteral("reg"), 0xAE}, {QStringLiteral("deg"), 0xB0},
        {QStringLiteral("plusmn"), 0xB1}, {QStringLiteral("times"), 0xD7},
        {QStringLiteral("micro"), 0xB5}, {QStringLiteral("le"), 0x2264},
        {QStringLiteral("ge"), 0x2265}, {QStringLiteral("alpha"), 0x3B1},
        {QStringLiteral("beta"), 0x3B2}, {QStringLiteral("gamma"), 0x3B3},
        {QStringLiteral("delta"), 0x3B4}, {QStringLiteral("mu"), 0x3BC},
        {QStringLiteral("middot"), 0xB7}, {QStringLiteral("shy"), 0xAD},
    };
    return e;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out.append(QChar(0xFFFD));
        return;
    }
    const char32_t one[1] = {cp};
    out.append(QString::fromUcs4(one, 1));
}

} // namespace

QString stripMarkup(QStringView in)
{
    if (!in.contains(u'<') && !in.contains(u'&'))
        return in.toString();
    QString out;
    out.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = in[i];
        if (c == u'<' && i + 1 < n && (in[i + 1].isLetter() || in[i + 1] == u'/')) {
            // A tag candidate: find its end within a bounded window (linear overall).
            const qsizetype limit = std::min(n, i + 512);
            qsizetype j = i + 1;
            while (j < limit && in[j] != u'>' && in[j] != u'<')
                ++j;
            if (j < limit && in[j] == u'>') {
                qsizetype k = i + 1;
                if (in[k] == u'/')
                    ++k;
                qsizetype nameStart = k;
                while (k < j && (in[k].isLetterOrNumber() || in[k] == u'-' || in[k] == u':'))
                    ++k;
                QString name = in.mid(nameStart, k - nameStart).toString().toLower();
                const bool prefixed = name.contains(u':');
                if (prefixed)
                    name = name.mid(name.lastIndexOf(u':') + 1);
                if (prefixed || markupTags().contains(name)) {
                    if (blockTags().contains(name))
                        out.append(u'\n');
                    i = j;
                    continue;
                }
            }
        } else if (c == u'&') {
            const qsizetype limit = std::min(n, i + 12);
            qsizetype j = i + 1;
            while (j < limit && in[j] != u';' && !in[j].isSpace())
                ++j;
            if (j < limit && in[j] == u';' && j > i + 1) {
                const QStringView ent = in.mid(i + 1, j - i - 1);
                bool ok = false;
                char32_t cp = 0;
                if (ent.startsWith(u'#')) {
                    if (ent.size() > 1 && (ent[1] == u'x' || ent[1] == u'X'))
                        cp = char32_t(ent.mid(2).toUInt(&ok, 16));
                    else
                        cp = char32_t(ent.mid(1).toUInt(&ok, 10));
                } else {
                    const auto it = namedEntities().constFind(ent.toString());
                    if (it != namedEntities().constEnd()) {
                        cp = it.value();
                        ok = true;
                    }
                }
                if (ok) {
                    appendCodePoint(out, cp);
                    i = j;
                    continue;
                }
            }
        }
        out.append(c);
    }
    return out;
}

QString cleanField(QStringView in)
{
    return tidyText(stripMarkup(in));
}

QString cleanAbstract(QStringView in)
{
    QString s = cleanField(in);
    static const QRegularExpression leadingLabel(
        QStringLiteral("^(?:abstract|summary|摘要)\\s*[:：.]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    if (auto m = leadingLabel.match(s); m.hasMatch() && m.capturedLength() < s.size())
        s.remove(0, m.capturedLength());
    // Trailing copyright notices, alone on a line or at the end of the last sentence.
    static const QRegularExpression copyright(QStringLiteral(
        "(?:^|\\n|(?<=[.!?])\\s*)\\(?\\s*(?:Copyright\\s*(?:©|\\([cC]\\))?|©|\\([cC]\\)\\s*(?=\\d{4}))"
        "[^\\n]{0,250}$"));
    // Only the tail can hold the notice; searching just there keeps this linear.
    const qsizetype from = std::max<qsizetype>(0, s.size() - 300);
    if (auto m = copyright.match(s, from); m.hasMatch() && m.capturedStart() > 0)
        s.truncate(m.capturedStart());
    return s.trimmed();
}

QString splitGluedStructuredLabels(const QString &in)
{
    static const QRegularExpression glued(QStringLiteral(
        "(^|[.!?)\\]]\\s*)(Purpose|Design/methodology/approach|Findings|"
        "Research limitations/implications|Practical implications|Social implications|"
        "Originality/value|Background|Objectives?|Methods|Results|Conclusions?)"
        "(?=[A-Z])"));
    int hits = 0;
    auto it = glued.globalMatch(in);
    while (it.hasNext() && hits < 2) {
        it.next();
        ++hits;
    }
    if (hits < 2)
        return in;
    QString out = in;
    out.replace(glued, QStringLiteral("\\1\n\\2\n"));
    return tidyText(out);
}

QString languageFromName(const QString &name)
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        auto add = [&m](const char *code, std::initializer_list<const char *> names) {
            for (const char *n : names)
                m.insert(QString::fromLatin1(n), QString::fromLatin1(code));
        };
        add("en", {"en", "eng", "english", "en-us", "en-gb"});
        add("zh", {"zh", "chi", "zho", "chinese", "zh-cn", "zh-tw", "中文", "汉语"});
        add("de", {"de", "ger", "deu", "german", "deutsch"});
        add("fr", {"fr", "fre", "fra", "french", "français", "francais"});
        add("es", {"es", "spa", "spanish", "español", "espanol"});
        add("pt", {"pt", "por", "portuguese", "português", "portugues"});
        add("it", {"it", "ita", "italian", "italiano"});
        add("nl", {"nl", "dut", "nld", "dutch", "nederlands"});
        add("ja", {"ja", "jpn", "japanese", "日本語"});
        add("ko", {"ko", "kor", "korean"});
        add("ru", {"ru", "rus", "russian"});
        add("pl", {"pl", "pol", "polish"});
        add("sv", {"sv", "swe", "swedish"});
        add("da", {"da", "dan", "danish"});
        add("no", {"no", "nor", "norwegian"});
        add("fi", {"fi", "fin", "finnish"});
        add("tr", {"tr", "tur", "turkish"});
        add("ar", {"ar", "ara", "arabic"});
        add("fa", {"fa", "per", "fas", "persian"});
        add("he", {"he", "heb", "hebrew"});
        add("el", {"el", "gre", "ell", "greek"});
        add("cs", {"cs", "cze", "ces", "czech"});
        add("hu", {"hu", "hun", "hungarian"});
        return m;
    }();
    QString key = name.trimmed().toLower();
    // "English; French" or "eng, fre": the first one wins.
    const qsizetype cut = key.indexOf(QRegularExpression(QStringLiteral("[;,/|]")));
    if (cut > 0)
        key = key.left(cut).trimmed();
    return map.value(key);
}

double cjkShare(QStringView text)
{
    qsizetype letters = 0, cjk = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (!QChar::isLetter(c))
            continue;
        ++letters;
        const auto s = QChar::script(c);
        if (s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana
            || s == QChar::Script_Hangul)
            ++cjk;
    }
    return letters ? double(cjk) / double(letters) : 0.0;
}

QString guessLanguage(QStringView text)
{
    const QStringView sample = text.left(4000);
    qsizetype latin = 0, han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, greek = 0,
              hebrew = 0, thai = 0, devanagari = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        char32_t c = sample[i].unicode();
        if (sample[i].isHighSurrogate() && i + 1 < sample.size() && sample[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(sample[i], sample[i + 1]);
            ++i;
        }
        if (!QChar::isLetter(c))
            continue;
        switch (QChar::script(c)) {
        case QChar::Script_Latin: ++latin; break;
        case QChar::Script_Han: ++han; break;
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana: ++kana; break;
        case QChar::Script_Hangul: ++hangul; break;
        case QChar::Script_Cyrillic: ++cyrillic; break;
        case QChar::Script_Arabic: ++arabic; break;
        case QChar::Script_Greek: ++greek; break;
        case QChar::Script_Hebrew: ++hebrew; break;
        case QChar::Script_Thai: ++thai; break;
        case QChar::Script_Devanagari: ++devanagari; break;
        default: break;
        }
    }
    // One CJK character carries about as much as a short Latin word: weigh it up.
    const qsizetype cjkWeighted = (han + kana + hangul) * 3;
    struct Count
    {
        qsizetype n;
        const char *lang;
    };
    const std::array<Count, 8> others = {{{cyrillic, "ru"}, {arabic, "ar"}, {greek, "el"},
                                          {hebrew, "he"}, {thai, "th"}, {devanagari, "hi"},
                                          {hangul * 3, "ko"}, {0, ""}}};
    if (cjkWeighted > latin && han + kana + hangul > 0) {
        if (kana * 10 > han + kana)
            return QStringLiteral("ja");
        if (hangul > han)
            return QStringLiteral("ko");
        return QStringLiteral("zh");
    }
    for (const auto &o : others) {
        if (o.n > latin && o.n > 0)
            return QString::fromLatin1(o.lang);
    }
    if (latin == 0)
        return QStringLiteral("und");

    // Latin script: vote with very common function words.
    static const QHash<QString, QString> stop = [] {
        QHash<QString, QString> m;
        auto add = [&m](const char *lang, std::initializer_list<const char *> words) {
            for (const char *w : words)
                m.insert(QString::fromUtf8(w), QString::fromLatin1(lang));
        };
        add("en", {"the", "of", "and", "to", "is", "was", "were", "with", "for", "that",
                   "this", "on", "are", "by", "from", "as", "an", "be", "we", "these",
                   "which", "or", "at", "have", "has", "their", "it", "not", "between"});
        add("de", {"der", "die", "und", "das", "ist", "nicht", "mit", "von", "den", "zu",
                   "im", "eine", "ein", "sich", "auf", "für", "wird", "werden", "bei", "dem"});
        add("fr", {"le", "les", "des", "et", "est", "une", "du", "dans", "pour", "qui",
                   "sur", "avec", "pas", "au", "aux", "par", "ce", "ont", "été"});
        add("es", {"el", "los", "las", "y", "es", "por", "con", "una", "para", "del",
                   "como", "su", "sus", "fue", "entre", "más"});
        add("pt", {"os", "em", "um", "uma", "com", "não", "do", "da", "dos", "das", "foi",
                   "são", "ao", "pelo", "pela"});
        add("it", {"il", "gli", "di", "che", "è", "per", "della", "delle", "sono", "nel",
                   "con", "dei", "degli", "alla"});
        add("nl", {"het", "een", "van", "op", "te", "dat", "met", "voor", "zijn", "niet",
                   "wordt", "bij", "ook"});
        return m;
    }();
    QHash<QString, int> votes;
    int tokens = 0;
    qsizetype i = 0;
    const qsizetype n = sample.size();
    while (i < n) {
        while (i < n && !sample[i].isLetter())
            ++i;
        const qsizetype start = i;
        while (i < n && sample[i].isLetter())
            ++i;
        if (i > start) {
            ++tokens;
            const auto it = stop.constFind(sample.mid(start, i - start).toString().toLower());
            if (it != stop.constEnd())
                ++votes[it.value()];
        }
    }
    QString best;
    int bestVotes = 0, second = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() > bestVotes) {
            second = bestVotes;
            bestVotes = it.value();
            best = it.key();
        } else if (it.value() > second) {
            second = it.value();
        }
    }
    if (bestVotes >= 2 && bestVotes * 10 >= tokens && bestVotes > second * 3 / 2)
        return best;
    return QStringLiteral("und");
}

std::optional<int> extractYear(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 4 <= n; ++i) {
        if (!text[i].isDigit() || (i > 0 && text[i - 1].isDigit()))
            continue;
        qsizetype j = i;
        while (j < n && text[j].isDigit())
            ++j;
        if (j - i == 4) {
            const int y = text.mid(i, 4).toInt();
            if (y >= 1500 && y <= 2100)
                return y;
        }
        i = j - 1;
    }
    return std::nullopt;
}

QStringList splitList(const QString &text, QChar separator)
{
    QStringList out;
    for (const QString &part : text.split(separator)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

LineIndex::LineIndex(QStringView text)
{
    m_starts.push_back(0);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n') {
            m_starts.push_back(i + 1);
        } else if (c == u'\r') {
            if (i + 1 < n && text[i + 1] == u'\n')
                ++i;
            m_starts.push_back(i + 1);
        }
    }
}

qint64 LineIndex::lineOf(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return qint64(it - m_starts.begin());
}

bool LineCursor::next(qsizetype &start, qsizetype &end)
{
    const qsizetype n = m_text.size();
    if (m_pos >= n)
        return false;
    start = m_pos;
    qsizetype i = m_pos;
    while (i < n && m_text[i] != u'\n' && m_text[i] != u'\r')
        ++i;
    end = i;
    if (i < n) {
        if (m_text[i] == u'\r' && i + 1 < n && m_text[i + 1] == u'\n')
            ++i;
        ++i;
    }
    m_pos = i;
    ++m_line;
    return true;
}

} // namespace dyad::core::importer::detail
