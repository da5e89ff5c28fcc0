#include "core/text/script.h"

#include "core/text/breaks.h"
#include "core/text/offsets.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include <array>
#include <string_view>

namespace dyad::core::text {

namespace {

constexpr int kScriptCount = static_cast<int>(Script::Other) + 1;

Script scriptOf(UChar32 c)
{
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(c, &status)) {
    case USCRIPT_LATIN:
        return Script::Latin;
    case USCRIPT_HAN:
        return Script::Han;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_KATAKANA_OR_HIRAGANA:
        return Script::Kana;
    case USCRIPT_HANGUL:
        return Script::Hangul;
    case USCRIPT_CYRILLIC:
        return Script::Cyrillic;
    case USCRIPT_ARABIC:
        return Script::Arabic;
    case USCRIPT_GREEK:
        return Script::Greek;
    case USCRIPT_HEBREW:
        return Script::Hebrew;
    case USCRIPT_DEVANAGARI:
        return Script::Devanagari;
    case USCRIPT_THAI:
        return Script::Thai;
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
    case USCRIPT_INVALID_CODE:
        return Script::None;
    default:
        return Script::Other;
    }
}

bool isLetter(UChar32 c)
{
    return (U_GET_GC_MASK(c) & U_GC_L_MASK) != 0;
}

bool isCjk(Script s)
{
    return s == Script::Han || s == Script::Kana;
}

/** Letter counts and "units" (CJK characters, or words of other scripts) per script. */
struct ScriptCounts
{
    std::array<int, kScriptCount> letters {};
    std::array<int, kScriptCount> units {};
    Script firstSeen = Script::None;

    void add(const char16_t *data, int32_t start, int32_t end)
    {
        Script previous = Script::None;
        for (int32_t i = start; i < end;) {
            UChar32 c;
            U16_NEXT(data, i, end, c);
            if (!isLetter(c)) {
                // Marks continue a word; anything else ends it.
                if (!(U_GET_GC_MASK(c) & U_GC_M_MASK))
                    previous = Script::None;
                continue;
            }
            const Script s = scriptOf(c);
            if (s == Script::None)
                continue;
            if (firstSeen == Script::None)
                firstSeen = s;
            const auto k = static_cast<size_t>(s);
            ++letters[k];
            if (isCjk(s) || s != previous)
                ++units[k];
            previous = s;
        }
    }

    int cjkUnits() const { return units[static_cast<size_t>(Script::Han)] + units[static_cast<size_t>(Script::Kana)]; }
};

const char16_t *utf16Of(const QString &text)
{
    return reinterpret_cast<const char16_t *>(text.utf16());
}

ScriptCounts countScripts(const QString &text)
{
    ScriptCounts counts;
    counts.add(utf16Of(text), 0, static_cast<int32_t>(text.size()));
    return counts;
}

/** Language class from counts: a language tag, "latin" (to be refined) or "" (no letters). */
QString classOf(const ScriptCounts &counts)
{
    // Han and Kana compete together, as Japanese text mixes them.
    int best = 0;
    Script bestScript = Script::None;
    for (int k = 1; k < kScriptCount; ++k) {
        const auto s = static_cast<Script>(k);
        if (s == Script::Kana)
            continue;
        const int units = s == Script::Han ? counts.cjkUnits() : counts.units[static_cast<size_t>(k)];
        if (units > best) {
            best = units;
            bestScript = s;
        }
    }
    switch (bestScript) {
    case Script::None:
        return QString();
    case Script::Han: {
        // Japanese is written with kana particles and endings; Chinese has none.
        const int kana = counts.letters[static_cast<size_t>(Script::Kana)];
        const int cjk = kana + counts.letters[static_cast<size_t>(Script::Han)];
        return kana > 0 && kana * 20 >= cjk ? QStringLiteral("ja") : QStringLiteral("zh");
    }
    case Script::Kana:
        return QStringLiteral("ja");
    case Script::Hangul:
        return QStringLiteral("ko");
    case Script::Cyrillic:
        return QStringLiteral("ru");
    case Script::Arabic:
        return QStringLiteral("ar");
    case Script::Greek:
        return QStringLiteral("el");
    case Script::Hebrew:
        return QStringLiteral("he");
    case Script::Devanagari:
        return QStringLiteral("hi");
    case Script::Thai:
        return QStringLiteral("th");
    case Script::Latin:
        return QStringLiteral("latin");
    case Script::Other:
        return QStringLiteral("und");
    }
    return QString();
}

struct StopWords
{
    const char *language;
    std::initializer_list<std::string_view> words;
};

// Frequent function words; overlaps between languages are fine, as scores are compared.
const StopWords kStopWords[] = {
    { "en",
        { "the", "and", "of", "to", "in", "is", "are", "was", "were", "with", "for", "that", "this", "these", "by",
            "from", "on", "as", "be", "been", "which", "or", "an", "not", "it", "we", "our", "their", "have", "has",
            "than", "between", "during", "after", "there", "who", "a", "i", "am", "you", "he", "she", "they", "his",
            "her", "its", "at", "but", "can", "will", "also", "such", "may" } },
    { "de",
        { "der", "die", "das", "und", "ist", "sind", "mit", "von", "zu", "den", "dem", "des", "ein", "eine", "einer",
            "nicht", "auf", "für", "im", "sich", "auch", "bei", "wurde", "wurden", "oder", "zwischen", "nach", "wir",
            "dass", "werden" } },
    { "fr",
        { "de", "le", "la", "les", "et", "est", "sont", "des", "du", "une", "un", "dans", "pour", "par", "sur", "avec",
            "que", "qui", "au", "aux", "ces", "été", "ont", "pas", "entre", "chez", "nous", "leur", "leurs",
            "cette" } },
    { "es",
        { "de", "a", "el", "la", "los", "las", "y", "es", "son", "del", "una", "un", "en", "con", "por", "para", "que",
            "se", "al", "como", "fue", "fueron", "entre", "este", "esta", "estos", "sus", "más", "lo", "pero" } },
    { "pt",
        { "de", "a", "o", "os", "as", "e", "é", "são", "do", "da", "dos", "das", "um", "uma", "em", "com", "por",
            "para", "que", "se", "ao", "foi", "foram", "entre", "não", "mais", "no", "na", "nos", "nas", "este", "esta",
            "pelo", "pela" } },
    { "nl",
        { "de", "het", "een", "en", "van", "is", "zijn", "met", "voor", "op", "te", "dat", "die", "niet", "door", "bij",
            "werd", "werden", "tussen", "ook", "naar", "aan", "wij", "deze", "als", "worden" } },
    { "sv",
        { "och", "att", "det", "som", "en", "ett", "är", "av", "för", "med", "till", "på", "den", "de", "inte", "om",
            "var", "har", "vi", "från", "mellan", "efter", "hos", "eller", "kan", "sig", "detta" } },
};

QString guessLatinLanguage(const QString &text)
{
    constexpr size_t n = std::size(kStopWords);
    std::array<int, n> hits {};
    const std::vector<Span> words = wordTokens(text);
    const OffsetMap map(text);
    for (const Span &w : words) {
        if (w.length() > 8)
            continue;
        const auto [s, e] = map.toUtf16(w);
        const QByteArray word = text.mid(s, e - s).toLower().toUtf8();
        const std::string_view view(word.constData(), static_cast<size_t>(word.size()));
        for (size_t k = 0; k < n; ++k) {
            for (const std::string_view &stop : kStopWords[k].words) {
                if (stop == view) {
                    ++hits[k];
                    break;
                }
            }
        }
    }
    size_t best = 0;
    for (size_t k = 1; k < n; ++k) {
        if (hits[k] > hits[best])
            best = k;
    }
    int second = 0;
    for (size_t k = 0; k < n; ++k) {
        if (k != best)
            second = std::max(second, hits[k]);
    }
    // Short texts may hold a single function word; longer ones need proportionally more.
    const int needed = std::max(1, static_cast<int>(words.size() / 25));
    if (hits[best] < needed || hits[best] == second)
        return QStringLiteral("und");
    return QString::fromLatin1(kStopWords[best].language);
}

QString languageOfClass(const QString &cls, const QString &text)
{
    if (cls == QLatin1String("latin"))
        return guessLatinLanguage(text);
    return cls.isEmpty() ? QStringLiteral("und") : cls;
}

} // namespace

QString scriptName(Script script)
{
    switch (script) {
    case Script::None:
        return QStringLiteral("None");
    case Script::Latin:
        return QStringLiteral("Latin");
    case Script::Han:
        return QStringLiteral("Han");
    case Script::Kana:
        return QStringLiteral("Kana");
    case Script::Hangul:
        return QStringLiteral("Hangul");
    case Script::Cyrillic:
        return QStringLiteral("Cyrillic");
    case Script::Arabic:
        return QStringLiteral("Arabic");
    case Script::Greek:
        return QStringLiteral("Greek");
    case Script::Hebrew:
        return QStringLiteral("Hebrew");
    case Script::Devanagari:
        return QStringLiteral("Devanagari");
    case Script::Thai:
        return QStringLiteral("Thai");
    case Script::Other:
        return QStringLiteral("Other");
    }
    return QString();
}

Script dominantScript(const QString &text)
{
    const ScriptCounts counts = countScripts(text);
    Script best = Script::None;
    int bestCount = 0;
    for (int k = 1; k < kScriptCount; ++k) {
        const int c = counts.letters[static_cast<size_t>(k)];
        if (c > bestCount || (c == bestCount && c > 0 && static_cast<Script>(k) == counts.firstSeen)) {
            bestCount = c;
            best = static_cast<Script>(k);
        }
    }
    return best;
}

QString guessLanguage(const QString &text)
{
    return languageOfClass(classOf(countScripts(text)), text);
}

std::vector<LanguageRange> languageRanges(const QString &text)
{
    struct Piece
    {
        Span span; // code points
        qsizetype from, to; // UTF-16
        QString cls;
    };
    const OffsetMap map(text);
    const char16_t *data = utf16Of(text);

    // 1. Sentences with their script class.
    std::vector<Piece> sentences;
    for (const Span &s : sentenceSpans(text)) {
        const auto [from, to] = map.toUtf16(s);
        ScriptCounts counts;
        counts.add(data, static_cast<int32_t>(from), static_cast<int32_t>(to));
        sentences.push_back(Piece { s, from, to, classOf(counts) });
    }
    // 2. Sentences without letters take the class of their neighbours.
    QString carry;
    for (Piece &p : sentences) {
        if (p.cls.isEmpty())
            p.cls = carry;
        else
            carry = p.cls;
    }
    carry.clear();
    for (auto it = sentences.rbegin(); it != sentences.rend(); ++it) {
        if (it->cls.isEmpty())
            it->cls = carry;
        else
            carry = it->cls;
    }
    // 3. Merge runs of one class into blocks; Latin blocks are split by paragraph below.
    std::vector<LanguageRange> result;
    auto addRange = [&](const Span &span, const QString &language) {
        if (!result.empty() && result.back().language == language)
            result.back().span.end = span.end;
        else
            result.push_back(LanguageRange { span, language });
    };
    auto startsParagraph = [&](size_t i) {
        if (i == 0)
            return false;
        return text.mid(sentences[i - 1].to, sentences[i].from - sentences[i - 1].to).contains(QLatin1Char('\n'));
    };
    for (size_t i = 0; i < sentences.size();) {
        size_t j = i + 1;
        while (j < sentences.size() && sentences[j].cls == sentences[i].cls)
            ++j;
        const QString &cls = sentences[i].cls;
        if (cls != QLatin1String("latin")) {
            addRange(Span { sentences[i].span.start, sentences[j - 1].span.end },
                cls.isEmpty() ? QStringLiteral("und") : cls);
            i = j;
            continue;
        }
        // Paragraphs of this Latin block, each with its own guess.
        struct Paragraph
        {
            Span span;
            QString language;
        };
        std::vector<Paragraph> paragraphs;
        for (size_t k = i; k < j;) {
            size_t m = k + 1;
            while (m < j && !startsParagraph(m))
                ++m;
            const QString body = text.mid(sentences[k].from, sentences[m - 1].to - sentences[k].from);
            paragraphs.push_back(
                { Span { sentences[k].span.start, sentences[m - 1].span.end }, guessLatinLanguage(body) });
            k = m;
        }
        const QString blockLanguage
            = guessLatinLanguage(text.mid(sentences[i].from, sentences[j - 1].to - sentences[i].from));
        // Undecided paragraphs follow their neighbours, or the whole block's guess.
        QString known;
        for (Paragraph &p : paragraphs) {
            if (p.language == QLatin1String("und"))
                p.language = known;
            else
                known = p.language;
        }
        known.clear();
        for (auto it = paragraphs.rbegin(); it != paragraphs.rend(); ++it) {
            if (it->language.isEmpty())
                it->language = known;
            else
                known = it->language;
        }
        for (Paragraph &p : paragraphs)
            addRange(p.span, p.language.isEmpty() ? blockLanguage : p.language);
        i = j;
    }
    return result;
}

} // namespace dyad::core::text
