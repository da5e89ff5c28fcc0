#include "core/io/import/textclean_p.h"

#include "core/text/normalize.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace dyad::core::importer::detail {

// The readers' text hygiene is the text layer's (core/text/normalize.h); these wrappers
// keep the readers' QStringView signatures.
QString tidyText(QStringView in)
{
    return text::tidyText(in.toString());
}

QString stripMarkup(QStringView in)
{
    return text::stripMarkup(in.toString());
}

QString cleanField(QStringView in)
{
    return stripMarkup(in); // stripMarkup() tidies its result
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
        if (c < 0x80) { // most abstracts are mostly ASCII: no Unicode tables needed
            latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
            continue;
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
    static constexpr std::array<const char *, 7> kLanguages = {"en", "de", "fr", "es", "pt", "it", "nl"};
    static const QHash<QString, int> stop = [] {
        QHash<QString, int> m;
        auto add = [&m](const char *lang, std::initializer_list<const char *> words) {
            const auto index = static_cast<int>(
                std::find_if(kLanguages.begin(), kLanguages.end(), [&](const char *l) { return qstrcmp(l, lang) == 0; })
                - kLanguages.begin());
            for (const char *w : words)
                m.insert(QString::fromUtf8(w), index);
        };
        add("en", {"the", "of", "and", "to", "is", "was", "were", "with", "for", "that",
                   "this", "on", "are", "by", "from", "as", "an", "be", "we", "these",
                   "which", "or", "at", "have", "has", "their", "it", "not", "between",
                   // Short, telegraphic abstracts need the small words too.
                   "in", "a", "after", "about", "but", "can", "had", "more", "than", "who", "when",
                   "our", "its", "into", "during", "how", "what", "been", "also", "over", "such",
                   "may", "most", "other", "both", "among", "while", "within"});
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
    constexpr qsizetype kLongestStopWord = 8;
    auto isLetter = [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x80 ? (u | 0x20) >= 'a' && (u | 0x20) <= 'z' : c.isLetter();
    };
    std::array<int, kLanguages.size()> votes{};
    int tokens = 0;
    qsizetype i = 0;
    const qsizetype n = sample.size();
    while (i < n) {
        while (i < n && !isLetter(sample[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && isLetter(sample[i]))
            ++i;
        if (i > start) {
            ++tokens;
            // Stop words are short: look the lowercased word up without allocating.
            if (i - start <= kLongestStopWord) {
                char16_t lower[kLongestStopWord];
                for (qsizetype k = start; k < i; ++k) {
                    const char16_t u = sample[k].unicode();
                    lower[k - start] = u < 0x80 ? (u >= 'A' && u <= 'Z' ? u + 0x20 : u) : sample[k].toLower().unicode();
                }
                const QString word = QString::fromRawData(reinterpret_cast<const QChar *>(lower), i - start);
                const auto it = stop.constFind(word);
                if (it != stop.constEnd())
                    ++votes[static_cast<size_t>(it.value())];
            }
        }
    }
    size_t best = 0;
    int bestVotes = 0, second = 0;
    for (size_t l = 0; l < votes.size(); ++l) {
        if (votes[l] > bestVotes) {
            second = bestVotes;
            bestVotes = votes[l];
            best = l;
        } else if (votes[l] > second) {
            second = votes[l];
        }
    }
    if (bestVotes >= 2 && bestVotes * 10 >= tokens && bestVotes > second * 3 / 2)
        return QString::fromLatin1(kLanguages[best]);
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
