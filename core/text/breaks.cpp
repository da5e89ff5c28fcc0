#include "core/text/breaks.h"

#include "core/text/icu_p.h"
#include "core/text/offsets.h"

#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <memory>
#include <string>

namespace dyad::core::text {

namespace detail {

namespace {

struct CachedIterator
{
    std::unique_ptr<icu::BreakIterator> iterator;
    bool failed = false;
};

icu::BreakIterator *create(BreakKind kind)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it;
    if (kind == BreakKind::Word) {
        // Root rules plus the CJ/Thai/Khmer... dictionaries, which ICU applies by script.
        it.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    } else {
        it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            return nullptr;
        // CLDR's English abbreviations (Mr., Mrs., ...); sentenceSpans() adds the ones
        // scientific abstracts use.
        std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
            icu::FilteredBreakIteratorBuilder::createInstance(icu::Locale::getEnglish(), status));
        if (U_SUCCESS(status) && builder)
            it.reset(builder->wrapIteratorWithFilter(it.release(), status));
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
        }
    }
    if (U_FAILURE(status))
        return nullptr;
    return it.release();
}

} // namespace

icu::BreakIterator *breakIterator(BreakKind kind, const char16_t *data, int32_t length)
{
    thread_local CachedIterator cache[2];
    CachedIterator &slot = cache[kind == BreakKind::Word ? 0 : 1];
    if (!slot.iterator && !slot.failed) {
        slot.iterator.reset(create(kind));
        slot.failed = !slot.iterator;
    }
    if (!slot.iterator)
        return nullptr;
    static const char16_t empty[1] = { 0 };
    UErrorCode status = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUChars(&text, length > 0 ? data : empty, length, &status);
    slot.iterator->setText(&text, status); // clones the UText shallowly; data is not copied
    utext_close(&text);
    return U_SUCCESS(status) ? slot.iterator.get() : nullptr;
}

SegmentClass classifySegment(int32_t ruleStatus, const char16_t *data, int32_t start, int32_t end)
{
    if (ruleStatus >= UBRK_WORD_IDEO && ruleStatus < UBRK_WORD_IDEO_LIMIT)
        return SegmentClass::Ideographic;
    if (ruleStatus >= UBRK_WORD_KANA && ruleStatus < UBRK_WORD_KANA_LIMIT)
        return SegmentClass::Kana;
    if (ruleStatus >= UBRK_WORD_LETTER && ruleStatus < UBRK_WORD_LETTER_LIMIT)
        return SegmentClass::Letter;
    if (ruleStatus >= UBRK_WORD_NUMBER && ruleStatus < UBRK_WORD_NUMBER_LIMIT)
        return SegmentClass::Number;
    // ICU gives emoji the "none" status; a reviewer still sees them as words.
    for (int32_t i = start; i < end;) {
        UChar32 c;
        U16_NEXT(data, i, end, c);
        if (c < 0x80)
            return SegmentClass::None;
        if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_REGIONAL_INDICATOR))
            return SegmentClass::Emoji;
    }
    return SegmentClass::None;
}

} // namespace detail

namespace {

/** Converts ascending UTF-16 offsets of one string to code points in amortised O(1). */
class ForwardCounter
{
public:
    ForwardCounter(const char16_t *data, qsizetype length)
        : m_data(data)
        , m_length(length)
    { }

    Offset at(qsizetype utf16)
    {
        while (m_pos < utf16 && m_pos < m_length) {
            if (U16_IS_LEAD(m_data[m_pos]) && m_pos + 1 < m_length && U16_IS_TRAIL(m_data[m_pos + 1]))
                m_pos += 2;
            else
                ++m_pos;
            ++m_cp;
        }
        return m_cp;
    }

private:
    const char16_t *m_data;
    qsizetype m_length;
    qsizetype m_pos = 0;
    Offset m_cp = 0;
};

TokenKind kindOf(detail::SegmentClass c)
{
    switch (c) {
    case detail::SegmentClass::Number:
        return TokenKind::Number;
    case detail::SegmentClass::Kana:
        return TokenKind::Kana;
    case detail::SegmentClass::Ideographic:
        return TokenKind::Ideographic;
    case detail::SegmentClass::Emoji:
        return TokenKind::Emoji;
    case detail::SegmentClass::Letter:
    case detail::SegmentClass::None:
        break;
    }
    return TokenKind::Letter;
}

const char16_t *utf16Of(const QString &text)
{
    return reinterpret_cast<const char16_t *>(text.utf16());
}

bool isSpace(char16_t c)
{
    return u_isUWhiteSpace(c);
}

} // namespace

std::vector<Token> tokens(const QString &text)
{
    std::vector<Token> result;
    const char16_t *data = utf16Of(text);
    const auto length = static_cast<int32_t>(text.size());
    if (detail::isAscii(data, length)) { // code points == UTF-16 units
        detail::forEachAsciiWord(data, length, [&](std::int64_t start, std::int64_t end, detail::SegmentClass c) {
            result.push_back(Token { Span { start, end }, kindOf(c) });
        });
        return result;
    }
    icu::BreakIterator *it = detail::breakIterator(detail::BreakKind::Word, data, length);
    if (!it || length == 0)
        return result;
    ForwardCounter counter(data, length);
    for (int32_t start = it->first(), end = it->next(); end != icu::BreakIterator::DONE;
         start = end, end = it->next()) {
        const auto c = detail::classifySegment(it->getRuleStatus(), data, start, end);
        if (c == detail::SegmentClass::None)
            continue;
        const Offset s = counter.at(start);
        result.push_back(Token { Span { s, counter.at(end) }, kindOf(c) });
    }
    return result;
}

std::vector<Span> wordTokens(const QString &text)
{
    std::vector<Span> result;
    const std::vector<Token> all = tokens(text);
    result.reserve(all.size());
    for (const Token &t : all)
        result.push_back(t.span);
    return result;
}

namespace {

/**
 * True when the sentence ending at @p end (exclusive, before trailing spaces) ends with an
 * abbreviation after which ICU's rules would wrongly break ("e.g. Dr. Smith", "Fig. 2").
 */
bool endsWithAbbreviation(const char16_t *data, int32_t start, int32_t end)
{
    static const char16_t *const abbreviations[] = {
        u"e.g.",
        u"i.e.",
        u"et al.",
        u"vs.",
        u"cf.",
        u"ca.",
        u"approx.",
        u"dr.",
        u"prof.",
        u"fig.",
        u"figs.",
        u"tab.",
        u"eq.",
        u"ref.",
        u"refs.",
        u"no.",
        u"vol.",
        u"pp.",
        u"resp.",
        u"incl.",
        u"st.",
        u"jr.",
        u"sr.",
        u"inc.",
        u"ltd.",
        u"co.",
        u"dept.",
        u"univ.",
        u"sp.",
        u"spp.",
        u"nr.",
    };
    for (const char16_t *a : abbreviations) {
        const auto n = static_cast<int32_t>(std::char_traits<char16_t>::length(a));
        if (end - start < n)
            continue;
        bool same = true;
        for (int32_t k = 0; k < n && same; ++k)
            same = u_tolower(data[end - n + k]) == a[k];
        // The abbreviation must be a whole word ("Lino." does not end with "no.").
        if (same && (end - n == start || !u_isalnum(data[end - n - 1])))
            return true;
    }
    return false;
}

} // namespace

std::vector<Span> sentenceSpans(const QString &text)
{
    std::vector<Span> result;
    const char16_t *data = utf16Of(text);
    const auto length = static_cast<int32_t>(text.size());
    icu::BreakIterator *it = detail::breakIterator(detail::BreakKind::Sentence, data, length);
    if (!it || length == 0)
        return result;
    ForwardCounter counter(data, length);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; end = it->next()) {
        int32_t s = start, e = end;
        while (e > s && isSpace(data[e - 1]))
            --e;
        bool newline = false;
        for (int32_t k = e; k < end && !newline; ++k)
            newline = data[k] == u'\n' || data[k] == u'\r' || data[k] == 0x2029 || data[k] == 0x2028;
        if (end < length && !newline && e > s && endsWithAbbreviation(data, s, e))
            continue; // keep start: this segment and the next are one sentence
        start = end;
        while (s < e && isSpace(data[s]))
            ++s;
        if (s == e)
            continue;
        const Offset cs = counter.at(s);
        result.push_back(Span { cs, counter.at(e) });
    }
    return result;
}

Span snapToWords(const QString &text, const Span &selection)
{
    const OffsetMap map(text);
    Span clamped { std::clamp<Offset>(selection.start, 0, map.codePointLength()),
        std::clamp<Offset>(selection.end, 0, map.codePointLength()) };
    if (clamped.end < clamped.start)
        std::swap(clamped.start, clamped.end);
    const char16_t *data = utf16Of(text);
    const auto length = static_cast<int32_t>(text.size());
    icu::BreakIterator *it = detail::breakIterator(detail::BreakKind::Word, data, length);
    if (!it || length == 0)
        return clamped;

    auto [s, e] = map.toUtf16(clamped);
    auto inToken = [&](int32_t pos) {
        // True when pos is strictly inside a token segment (not at a boundary).
        if (pos <= 0 || pos >= length || it->isBoundary(pos))
            return false;
        const int32_t from = it->preceding(pos);
        const int32_t to = it->next(); // the rule status now describes [from, to)
        return detail::classifySegment(it->getRuleStatus(), data, from, to) != detail::SegmentClass::None;
    };
    if (inToken(static_cast<int32_t>(s)))
        s = it->preceding(static_cast<int32_t>(s));
    if (inToken(static_cast<int32_t>(e)))
        e = it->following(static_cast<int32_t>(e));
    qsizetype ts = s, te = e;
    while (ts < te && isSpace(data[ts]))
        ++ts;
    while (te > ts && isSpace(data[te - 1]))
        --te;
    if (ts == te && s != e)
        return clamped; // whitespace only: leave it as the reviewer made it
    return map.toSpan(ts, te);
}

} // namespace dyad::core::text
