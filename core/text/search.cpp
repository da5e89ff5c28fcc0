#include "core/text/search.h"

#include "core/text/breaks.h"
#include "core/text/fold_p.h"
#include "core/text/icu_p.h"
#include "core/text/normalize.h"

#include <QStringList>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <unordered_map>

namespace dyad::core::text {

namespace detail {

namespace {

struct Normalizers
{
    const icu::Normalizer2 *nfc = nullptr;
    const icu::Normalizer2 *nfd = nullptr;
    const icu::Normalizer2 *nfkc = nullptr;
};

const Normalizers &normalizers()
{
    static const Normalizers n = [] {
        Normalizers r;
        UErrorCode status = U_ZERO_ERROR;
        r.nfc = icu::Normalizer2::getNFCInstance(status);
        status = U_ZERO_ERROR;
        r.nfd = icu::Normalizer2::getNFDInstance(status);
        status = U_ZERO_ERROR;
        r.nfkc = icu::Normalizer2::getNFKCInstance(status);
        return r;
    }();
    return n;
}

bool isFoldedDiacritic(UChar32 c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
        || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

icu::UnicodeString decomposeWithoutDiacritics(const icu::UnicodeString &s)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString nfd = normalizers().nfd ? normalizers().nfd->normalize(s, status) : s;
    icu::UnicodeString out;
    for (int32_t i = 0; i < nfd.length();) {
        const UChar32 c = nfd.char32At(i);
        if (!isFoldedDiacritic(c))
            out.append(c);
        i += U16_LENGTH(c);
    }
    return out;
}

std::u16string computeFold(char32_t cp)
{
    const auto c = static_cast<UChar32>(cp);
    switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x02BC:
    case 0xFF07:
        return u"'";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
        return u"-";
    default:
        break;
    }
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
        return {};
    icu::UnicodeString s(c);
    UErrorCode status = U_ZERO_ERROR;
    const auto decomposition = u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE);
    if ((decomposition == U_DT_WIDE || decomposition == U_DT_NARROW) && normalizers().nfkc)
        s = normalizers().nfkc->normalize(s, status);
    s = decomposeWithoutDiacritics(s);
    s.foldCase(U_FOLD_CASE_DEFAULT);
    s = decomposeWithoutDiacritics(s); // folding can produce decomposable letters again
    status = U_ZERO_ERROR;
    if (normalizers().nfc)
        s = normalizers().nfc->normalize(s, status);
    return std::u16string(s.getBuffer(), static_cast<size_t>(s.length()));
}

struct FoldEntry
{
    std::u16string utf16;
    std::string utf8;
    bool combining = false; ///< a single combining mark that may compose with what precedes
};

const FoldEntry &foldEntry(char32_t c)
{
    thread_local std::unordered_map<char32_t, FoldEntry> cache;
    auto it = cache.find(c);
    if (it != cache.end())
        return it->second;
    FoldEntry entry;
    entry.utf16 = computeFold(c);
    for (size_t i = 0; i < entry.utf16.size();) {
        UChar32 ch;
        U16_NEXT(entry.utf16.data(), i, entry.utf16.size(), ch);
        char buf[4];
        int32_t len = 0;
        U8_APPEND_UNSAFE(buf, len, ch);
        entry.utf8.append(buf, static_cast<size_t>(len));
    }
    if (entry.utf16.size() == 1 && u_getCombiningClass(entry.utf16[0]) != 0)
        entry.combining = true;
    return cache.emplace(c, std::move(entry)).first->second;
}

char32_t lastCodePoint(const std::u16string &s, size_t *length)
{
    if (s.size() >= 2 && U16_IS_TRAIL(s.back()) && U16_IS_LEAD(s[s.size() - 2])) {
        *length = 2;
        return static_cast<char32_t>(U16_GET_SUPPLEMENTARY(s[s.size() - 2], s.back()));
    }
    *length = 1;
    return s.back();
}

} // namespace

/**
 * Folds a UTF-16 run. For every appended unit, @p origins (if given) receives the index
 * of the source code point it came from; @p emptySource (if given) receives, per source
 * code point, whether it contributed no unit of its own.
 */
void foldRun(const char16_t *data, int32_t length, std::u16string &out, std::vector<Offset> *origins,
    std::vector<bool> *emptySource)
{
    Offset cpIndex = 0;
    for (int32_t i = 0; i < length; ++cpIndex) {
        UChar32 c;
        U16_NEXT(data, i, length, c);
        if (c < 0x80) {
            char16_t lower = static_cast<char16_t>(c);
            if (lower >= u'A' && lower <= u'Z')
                lower = static_cast<char16_t>(lower + 32);
            out.push_back(lower);
            if (origins)
                origins->push_back(cpIndex);
            if (emptySource)
                emptySource->push_back(false);
            continue;
        }
        const FoldEntry &entry = foldEntry(static_cast<char32_t>(c));
        if (entry.combining && !out.empty() && normalizers().nfc) {
            size_t lastLength = 0;
            const char32_t last = lastCodePoint(out, &lastLength);
            const UChar32 composed = normalizers().nfc->composePair(static_cast<UChar32>(last), entry.utf16[0]);
            if (composed >= 0) {
                const Offset lastOrigin = origins ? origins->back() : 0;
                out.resize(out.size() - lastLength);
                if (origins)
                    origins->resize(origins->size() - lastLength);
                char16_t units[2];
                int32_t n = 0;
                U16_APPEND_UNSAFE(units, n, composed);
                out.append(units, static_cast<size_t>(n));
                if (origins)
                    origins->insert(origins->end(), static_cast<size_t>(n), lastOrigin);
                if (emptySource)
                    emptySource->push_back(true);
                continue;
            }
        }
        out.append(entry.utf16);
        if (origins)
            origins->insert(origins->end(), entry.utf16.size(), cpIndex);
        if (emptySource)
            emptySource->push_back(entry.utf16.empty());
    }
}

void appendFoldedUtf16(char32_t c, std::u16string &out)
{
    char16_t units[2];
    int32_t n = 0;
    U16_APPEND_UNSAFE(units, n, static_cast<UChar32>(c));
    foldRun(units, n, out, nullptr, nullptr);
}

void appendFoldedUtf8(const char16_t *data, int32_t length, std::string &out)
{
    bool ascii = true;
    for (int32_t i = 0; i < length && ascii; ++i)
        ascii = data[i] < 0x80;
    if (ascii) {
        for (int32_t i = 0; i < length; ++i) {
            char c = static_cast<char>(data[i]);
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c + 32);
            out.push_back(c);
        }
        return;
    }
    thread_local std::u16string folded;
    folded.clear();
    foldRun(data, length, folded, nullptr, nullptr);
    for (size_t i = 0; i < folded.size();) {
        UChar32 ch;
        U16_NEXT(folded.data(), i, folded.size(), ch);
        char buf[4];
        int32_t len = 0;
        U8_APPEND_UNSAFE(buf, len, ch);
        out.append(buf, static_cast<size_t>(len));
    }
}

} // namespace detail

namespace {

const char16_t *utf16Of(const QString &text)
{
    return reinterpret_cast<const char16_t *>(text.utf16());
}

bool isGraphemeExtender(char32_t c)
{
    const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
    return (mask & U_GC_M_MASK) || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF);
}

} // namespace

QString foldForSearch(const QString &text)
{
    std::u16string out;
    out.reserve(static_cast<size_t>(text.size()));
    detail::foldRun(utf16Of(text), static_cast<int32_t>(text.size()), out, nullptr, nullptr);
    return QString(reinterpret_cast<const QChar *>(out.data()), static_cast<qsizetype>(out.size()));
}

std::vector<Span> findAll(const QString &text, const QString &query)
{
    std::vector<Span> result;
    const QString foldedQuery = foldForSearch(toNfc(query));
    if (foldedQuery.isEmpty() || text.isEmpty())
        return result;

    std::u16string folded;
    std::vector<Offset> origins;
    std::vector<bool> emptySource;
    folded.reserve(static_cast<size_t>(text.size()));
    origins.reserve(static_cast<size_t>(text.size()));
    detail::foldRun(utf16Of(text), static_cast<int32_t>(text.size()), folded, &origins, &emptySource);

    std::vector<char32_t> cps;
    cps.reserve(emptySource.size());
    const char16_t *data = utf16Of(text);
    for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
        UChar32 c;
        U16_NEXT(data, i, n, c);
        cps.push_back(static_cast<char32_t>(c));
    }
    const auto cpCount = static_cast<Offset>(cps.size());

    const QStringView haystack(folded.data(), static_cast<qsizetype>(folded.size()));
    for (qsizetype at = haystack.indexOf(foldedQuery); at >= 0;
         at = haystack.indexOf(foldedQuery, at + foldedQuery.size())) {
        const qsizetype last = at + foldedQuery.size() - 1;
        Span span { origins[static_cast<size_t>(at)], origins[static_cast<size_t>(last)] + 1 };
        while (span.end < cpCount && emptySource[static_cast<size_t>(span.end)]
            && isGraphemeExtender(cps[static_cast<size_t>(span.end)]))
            ++span.end;
        // Two matches inside the folded form of one character map to the same span.
        if (!result.empty() && result.back().end > span.start) {
            result.back().end = std::max(result.back().end, span.end);
            continue;
        }
        result.push_back(span);
    }
    return result;
}

namespace {

/** A chunk of the user's query: what becomes one FTS5 phrase. */
struct Chunk
{
    QString text;
    bool prefix = false;
};

std::vector<Chunk> splitQuery(const QString &query)
{
    std::vector<Chunk> chunks;
    Chunk current;
    auto flush = [&] {
        while (current.text.endsWith(QLatin1Char('*'))) {
            current.text.chop(1);
            current.prefix = true;
        }
        if (!current.text.isEmpty())
            chunks.push_back(current);
        current = Chunk {};
    };
    const qsizetype n = query.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = query[i];
        if (c == QLatin1Char('"')) {
            flush();
            const qsizetype close = query.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            current.text = query.mid(i + 1, end - i - 1);
            i = end;
            if (i + 1 < n && query[i + 1] == QLatin1Char('*')) {
                current.prefix = true;
                ++i;
            }
            flush();
        } else if (c.isSpace()) {
            flush();
        } else {
            current.text.append(c);
        }
    }
    flush();
    return chunks;
}

} // namespace

QString ftsQueryFor(const QString &userQuery)
{
    QStringList phrases;
    for (Chunk &chunk : splitQuery(toNfc(userQuery))) {
        // A chunk without any word token (only punctuation) would be an empty phrase.
        if (wordTokens(chunk.text).empty())
            continue;
        // The chunk goes into the phrase verbatim: the dyad tokenizer segments and folds it
        // exactly as it segmented the indexed text, so CJK runs become the same consecutive
        // words. Only '"' needs escaping inside an FTS5 string.
        chunk.text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        QString phrase = QLatin1Char('"') + chunk.text + QLatin1Char('"');
        if (chunk.prefix)
            phrase += QLatin1Char('*');
        phrases.append(phrase);
    }
    return phrases.join(QLatin1Char(' '));
}

} // namespace dyad::core::text
