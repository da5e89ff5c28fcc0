#include "core/text/normalize.h"

#include "core/text/icu_p.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace dyad::core::text {

namespace {

const icu::Normalizer2 *nfcInstance()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfc = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? nfc : nullptr;
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(static_cast<char16_t>(c)));
    }
}

/** Code points of a QString; lone surrogates are returned as they are. */
std::vector<char32_t> codePointsOf(const QString &text)
{
    std::vector<char32_t> cps;
    cps.reserve(static_cast<size_t>(text.size()));
    const auto *data = reinterpret_cast<const char16_t *>(text.utf16());
    const auto n = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U16_NEXT(data, i, n, c);
        cps.push_back(static_cast<char32_t>(c));
    }
    return cps;
}

bool isEmojiBase(char32_t c)
{
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC)
        || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EMOJI_MODIFIER);
}

/** Emoji presentation selector, skin-tone modifiers and tag characters sit between an
 * emoji and a following ZWJ. */
bool isEmojiTrailer(char32_t c)
{
    return c == 0xFE0F || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
}

/** Script of a letter or mark for the ZWJ/ZWNJ rule; USCRIPT_COMMON for anything else. */
UScriptCode shapingScript(char32_t c)
{
    const auto mask = U_GET_GC_MASK(static_cast<UChar32>(c));
    if (!(mask & (U_GC_L_MASK | U_GC_M_MASK)))
        return USCRIPT_COMMON;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
    return U_SUCCESS(status) ? script : USCRIPT_COMMON;
}

bool keepJoiner(const std::vector<char32_t> &cps, size_t i)
{
    if (i == 0 || i + 1 >= cps.size())
        return false;
    const char32_t next = cps[i + 1];
    if (cps[i] == 0x200D) {
        size_t p = i;
        while (p > 0 && isEmojiTrailer(cps[p - 1]))
            --p;
        if (p > 0 && isEmojiBase(cps[p - 1]) && isEmojiBase(next))
            return true;
    }
    const UScriptCode before = shapingScript(cps[i - 1]);
    const UScriptCode after = shapingScript(next);
    return before == after && before != USCRIPT_COMMON && before != USCRIPT_INHERITED && before != USCRIPT_LATIN
        && before != USCRIPT_HAN && before != USCRIPT_CYRILLIC && before != USCRIPT_GREEK;
}

/** First pass of tidyText: line ends, controls, spaces and zero-width characters. */
QString cleanCharacters(const QString &text)
{
    // Most abstracts are printable ASCII with LF or tabs: nothing to change, share the data.
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    if (std::all_of(units, units + text.size(),
                    [](char16_t c) { return (c >= 0x20 && c < 0x7F) || c == u'\n' || c == u'\t'; }))
        return text;
    const std::vector<char32_t> cps = codePointsOf(text);
    QString out;
    out.reserve(text.size());
    for (size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i];
        if (c >= 0x20 && c < 0x7F) { // printable ASCII: the common case, nothing to decide
            out.append(QChar(static_cast<char16_t>(c)));
            continue;
        }
        if (c == u'\r') {
            if (i + 1 < cps.size() && cps[i + 1] == u'\n')
                continue;
            out.append(QLatin1Char('\n'));
        } else if (c == u'\n' || c == u'\t') {
            out.append(QChar(static_cast<char16_t>(c)));
        } else if (c == 0x85 || c == 0x2028) {
            out.append(QLatin1Char('\n'));
        } else if (c == 0x2029) {
            out.append(QStringLiteral("\n\n"));
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            out.append(QChar(QChar::ReplacementCharacter));
        } else if (c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x180E || c == 0x00AD) {
            continue;
        } else if (c == 0x200C || c == 0x200D) {
            if (keepJoiner(cps, i))
                out.append(QChar(static_cast<char16_t>(c)));
        } else {
            const int8_t type = u_charType(static_cast<UChar32>(c));
            if (type == U_CONTROL_CHAR)
                continue;
            if (type == U_SPACE_SEPARATOR)
                out.append(QLatin1Char(' '));
            else
                appendCodePoint(out, c);
        }
    }
    return out;
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

/** Second pass: collapse blanks, trim lines, limit blank lines. Input has LF only. */
QString tidyLines(const QString &text)
{
    const qsizetype n = text.size();
    const QChar *in = text.constData();
    // The output is never longer than the input: write it through a pointer (QString::append
    // per character was a tenth of an import) and share the input when nothing changed.
    QString out(n, Qt::Uninitialized);
    QChar *w = out.data();
    int pendingNewlines = 0; // newlines seen since the last non-empty line
    bool anyLine = false;
    qsizetype lineStart = 0;
    while (lineStart <= n) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        qsizetype s = lineStart, e = lineEnd;
        while (s < e && isBlank(in[s]))
            ++s;
        while (e > s && isBlank(in[e - 1]))
            --e;
        if (s < e) {
            if (anyLine) {
                *w++ = QLatin1Char('\n');
                if (pendingNewlines >= 2)
                    *w++ = QLatin1Char('\n');
            }
            for (qsizetype i = s; i < e; ++i) {
                if (isBlank(in[i])) {
                    qsizetype j = i;
                    while (j < e && isBlank(in[j]))
                        ++j;
                    *w++ = j - i == 1 ? in[i] : QLatin1Char(' ');
                    i = j - 1;
                } else {
                    *w++ = in[i];
                }
            }
            anyLine = true;
            pendingNewlines = 0;
        }
        ++pendingNewlines;
        lineStart = lineEnd + 1;
    }
    const qsizetype length = w - out.constData();
    // Only deletions and blank-run collapses happen, so an unchanged length means unchanged text.
    if (length == n)
        return text;
    out.truncate(length);
    return out;
}

// --- markup --------------------------------------------------------------------------

struct Entity
{
    std::string_view name;
    char32_t codePoint;
};

// The named references that occur in bibliographic abstracts (HTML 4 / XHTML names).
constexpr std::array kEntities = {
    Entity { "amp", U'&' },
    Entity { "lt", U'<' },
    Entity { "gt", U'>' },
    Entity { "quot", U'"' },
    Entity { "apos", U'\'' },
    Entity { "nbsp", 0xA0 },
    Entity { "ensp", 0x2002 },
    Entity { "emsp", 0x2003 },
    Entity { "thinsp", 0x2009 },
    Entity { "shy", 0xAD },
    Entity { "ndash", 0x2013 },
    Entity { "mdash", 0x2014 },
    Entity { "minus", 0x2212 },
    Entity { "hellip", 0x2026 },
    Entity { "lsquo", 0x2018 },
    Entity { "rsquo", 0x2019 },
    Entity { "sbquo", 0x201A },
    Entity { "ldquo", 0x201C },
    Entity { "rdquo", 0x201D },
    Entity { "bdquo", 0x201E },
    Entity { "laquo", 0xAB },
    Entity { "raquo", 0xBB },
    Entity { "bull", 0x2022 },
    Entity { "middot", 0xB7 },
    Entity { "times", 0xD7 },
    Entity { "divide", 0xF7 },
    Entity { "plusmn", 0xB1 },
    Entity { "le", 0x2264 },
    Entity { "ge", 0x2265 },
    Entity { "ne", 0x2260 },
    Entity { "asymp", 0x2248 },
    Entity { "deg", 0xB0 },
    Entity { "micro", 0xB5 },
    Entity { "permil", 0x2030 },
    Entity { "prime", 0x2032 },
    Entity { "Prime", 0x2033 },
    Entity { "copy", 0xA9 },
    Entity { "reg", 0xAE },
    Entity { "trade", 0x2122 },
    Entity { "sect", 0xA7 },
    Entity { "para", 0xB6 },
    Entity { "dagger", 0x2020 },
    Entity { "Dagger", 0x2021 },
    Entity { "euro", 0x20AC },
    Entity { "pound", 0xA3 },
    Entity { "yen", 0xA5 },
    Entity { "cent", 0xA2 },
    Entity { "sup1", 0xB9 },
    Entity { "sup2", 0xB2 },
    Entity { "sup3", 0xB3 },
    Entity { "frac12", 0xBD },
    Entity { "frac14", 0xBC },
    Entity { "frac34", 0xBE },
    Entity { "larr", 0x2190 },
    Entity { "rarr", 0x2192 },
    Entity { "uarr", 0x2191 },
    Entity { "darr", 0x2193 },
    Entity { "harr", 0x2194 },
    Entity { "infin", 0x221E },
    Entity { "sum", 0x2211 },
    Entity { "radic", 0x221A },
    Entity { "alpha", 0x3B1 },
    Entity { "beta", 0x3B2 },
    Entity { "gamma", 0x3B3 },
    Entity { "delta", 0x3B4 },
    Entity { "epsilon", 0x3B5 },
    Entity { "zeta", 0x3B6 },
    Entity { "eta", 0x3B7 },
    Entity { "theta", 0x3B8 },
    Entity { "iota", 0x3B9 },
    Entity { "kappa", 0x3BA },
    Entity { "lambda", 0x3BB },
    Entity { "mu", 0x3BC },
    Entity { "nu", 0x3BD },
    Entity { "xi", 0x3BE },
    Entity { "omicron", 0x3BF },
    Entity { "pi", 0x3C0 },
    Entity { "rho", 0x3C1 },
    Entity { "sigma", 0x3C3 },
    Entity { "tau", 0x3C4 },
    Entity { "upsilon", 0x3C5 },
    Entity { "phi", 0x3C6 },
    Entity { "chi", 0x3C7 },
    Entity { "psi", 0x3C8 },
    Entity { "omega", 0x3C9 },
    Entity { "Alpha", 0x391 },
    Entity { "Beta", 0x392 },
    Entity { "Gamma", 0x393 },
    Entity { "Delta", 0x394 },
    Entity { "Theta", 0x398 },
    Entity { "Lambda", 0x39B },
    Entity { "Pi", 0x3A0 },
    Entity { "Sigma", 0x3A3 },
    Entity { "Phi", 0x3A6 },
    Entity { "Psi", 0x3A8 },
    Entity { "Omega", 0x3A9 },
    Entity { "szlig", 0xDF },
    Entity { "auml", 0xE4 },
    Entity { "ouml", 0xF6 },
    Entity { "uuml", 0xFC },
    Entity { "Auml", 0xC4 },
    Entity { "Ouml", 0xD6 },
    Entity { "Uuml", 0xDC },
    Entity { "aring", 0xE5 },
    Entity { "Aring", 0xC5 },
    Entity { "aelig", 0xE6 },
    Entity { "AElig", 0xC6 },
    Entity { "oslash", 0xF8 },
    Entity { "Oslash", 0xD8 },
    Entity { "eacute", 0xE9 },
    Entity { "Eacute", 0xC9 },
    Entity { "egrave", 0xE8 },
    Entity { "ecirc", 0xEA },
    Entity { "euml", 0xEB },
    Entity { "aacute", 0xE1 },
    Entity { "agrave", 0xE0 },
    Entity { "acirc", 0xE2 },
    Entity { "atilde", 0xE3 },
    Entity { "iacute", 0xED },
    Entity { "igrave", 0xEC },
    Entity { "icirc", 0xEE },
    Entity { "iuml", 0xEF },
    Entity { "oacute", 0xF3 },
    Entity { "ograve", 0xF2 },
    Entity { "ocirc", 0xF4 },
    Entity { "otilde", 0xF5 },
    Entity { "uacute", 0xFA },
    Entity { "ugrave", 0xF9 },
    Entity { "ucirc", 0xFB },
    Entity { "ntilde", 0xF1 },
    Entity { "Ntilde", 0xD1 },
    Entity { "ccedil", 0xE7 },
    Entity { "Ccedil", 0xC7 },
    Entity { "yacute", 0xFD },
    Entity { "yuml", 0xFF },
    Entity { "iexcl", 0xA1 },
    Entity { "iquest", 0xBF },
    Entity { "ordm", 0xBA },
    Entity { "ordf", 0xAA },
    Entity { "not", 0xAC },
};

/**
 * Decodes the character reference starting at text[i] == '&'. On success appends it,
 * returns the index just past the ';'; otherwise returns i.
 */
qsizetype decodeEntity(const QString &text, qsizetype i, QString &out)
{
    const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
    if (semi < 0 || semi - i > 33 || semi == i + 1)
        return i;
    const QStringView body = QStringView(text).mid(i + 1, semi - i - 1);
    if (body.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        uint value = 0;
        if (body.size() > 2 && (body[1] == QLatin1Char('x') || body[1] == QLatin1Char('X')))
            value = body.mid(2).toUInt(&ok, 16);
        else if (body.size() > 1 && body[1].isDigit())
            value = body.mid(1).toUInt(&ok, 10);
        if (!ok)
            return i;
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            value = QChar::ReplacementCharacter;
        appendCodePoint(out, value);
        return semi + 1;
    }
    for (const QChar c : body) {
        if (c.unicode() > 0x7F || !c.isLetterOrNumber())
            return i;
    }
    const QByteArray name = body.toLatin1();
    for (const Entity &e : kEntities) {
        if (e.name == std::string_view(name.constData(), static_cast<size_t>(name.size()))) {
            appendCodePoint(out, e.codePoint);
            return semi + 1;
        }
    }
    return i;
}

enum class TagRole { Inline, LineBreak, Line, Paragraph, Cell, Skip };

TagRole roleOf(QStringView localName)
{
    static const QLatin1String paragraphs[] = {
        QLatin1String("p"),
        QLatin1String("div"),
        QLatin1String("title"),
        QLatin1String("sec"),
        QLatin1String("abstract"),
        QLatin1String("trans-abstract"),
        QLatin1String("section"),
        QLatin1String("article"),
        QLatin1String("h1"),
        QLatin1String("h2"),
        QLatin1String("h3"),
        QLatin1String("h4"),
        QLatin1String("h5"),
        QLatin1String("h6"),
        QLatin1String("blockquote"),
        QLatin1String("table"),
        QLatin1String("ul"),
        QLatin1String("ol"),
        QLatin1String("list"),
        QLatin1String("caption"),
        QLatin1String("fig"),
        QLatin1String("disp-quote"),
        QLatin1String("header"),
        QLatin1String("footer"),
        QLatin1String("pre"),
        QLatin1String("hr"),
    };
    static const QLatin1String lines[] = { QLatin1String("li"), QLatin1String("list-item"), QLatin1String("tr"),
        QLatin1String("dt"), QLatin1String("dd") };
    if (localName == QLatin1String("br"))
        return TagRole::LineBreak;
    if (localName == QLatin1String("script") || localName == QLatin1String("style"))
        return TagRole::Skip;
    if (localName == QLatin1String("td") || localName == QLatin1String("th"))
        return TagRole::Cell;
    for (const QLatin1String &p : paragraphs) {
        if (localName == p)
            return TagRole::Paragraph;
    }
    for (const QLatin1String &l : lines) {
        if (localName == l)
            return TagRole::Line;
    }
    return TagRole::Inline;
}

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u':' || u == u'-'
        || u == u'_' || u == u'.';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

struct Tag
{
    qsizetype end = -1; ///< index just past '>', or -1 when this is not a tag
    QString localName; ///< lowercase, namespace prefix removed
    bool closing = false;
};

/** Parses the tag starting at text[i] == '<'. */
Tag parseTag(const QString &text, qsizetype i)
{
    Tag tag;
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j < n && text[j] == QLatin1Char('/')) {
        tag.closing = true;
        ++j;
    }
    if (j >= n || !isAsciiLetter(text[j]))
        return tag;
    const qsizetype nameStart = j;
    while (j < n && isNameChar(text[j]))
        ++j;
    if (j < n && !(text[j].isSpace() || text[j] == QLatin1Char('/') || text[j] == QLatin1Char('>')))
        return tag;
    QString name = text.mid(nameStart, j - nameStart).toLower();
    if (const qsizetype colon = name.lastIndexOf(QLatin1Char(':')); colon >= 0)
        name = name.mid(colon + 1);
    // Find the closing '>' outside quoted attribute values.
    QChar quote;
    for (; j < n; ++j) {
        const QChar c = text[j];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('<')) {
            return tag; // a second '<' before '>': not markup
        } else if (c == QLatin1Char('>')) {
            tag.end = j + 1;
            tag.localName = name;
            return tag;
        }
    }
    return tag;
}

bool hasBlockMarkup(const QString &text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('<')); i >= 0; i = text.indexOf(QLatin1Char('<'), i + 1)) {
        const Tag tag = parseTag(text, i);
        if (tag.end < 0)
            continue;
        const TagRole role = roleOf(tag.localName);
        if (role != TagRole::Inline && role != TagRole::Skip)
            return true;
    }
    return false;
}

} // namespace

QString toNfc(const QString &text)
{
    const icu::Normalizer2 *nfc = nfcInstance();
    if (!nfc)
        return text.normalized(QString::NormalizationForm_C);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString source = detail::aliasOf(text);
    const int32_t okPrefix = nfc->spanQuickCheckYes(source, status);
    if (U_FAILURE(status) || okPrefix == source.length())
        return text;
    icu::UnicodeString result(source, 0, okPrefix);
    nfc->normalizeSecondAndAppend(result, source.tempSubString(okPrefix), status);
    if (U_FAILURE(status))
        return text.normalized(QString::NormalizationForm_C);
    return detail::toQString(result);
}

bool isNfc(const QString &text)
{
    const icu::Normalizer2 *nfc = nfcInstance();
    if (!nfc)
        return text == text.normalized(QString::NormalizationForm_C);
    UErrorCode status = U_ZERO_ERROR;
    const bool result = nfc->isNormalized(detail::aliasOf(text), status);
    return U_SUCCESS(status) && result;
}

QString tidyText(const QString &text)
{
    return toNfc(tidyLines(cleanCharacters(text)));
}

QString stripMarkup(const QString &markup)
{
    if (!markup.contains(QLatin1Char('<')) && !markup.contains(QLatin1Char('&')))
        return tidyText(markup); // plain text, the usual case: nothing to strip
    const bool blockMarkup = hasBlockMarkup(markup);
    const qsizetype n = markup.size();
    QString out;
    out.reserve(n);
    for (qsizetype i = 0; i < n;) {
        const QChar c = markup[i];
        if (c == QLatin1Char('<')) {
            const QStringView rest = QStringView(markup).mid(i);
            if (rest.startsWith(QLatin1String("<!--"))) {
                const qsizetype end = markup.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (rest.startsWith(QLatin1String("<![CDATA["))) {
                const qsizetype end = markup.indexOf(QLatin1String("]]>"), i + 9);
                const qsizetype stop = end < 0 ? n : end;
                out.append(QStringView(markup).mid(i + 9, stop - i - 9));
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (rest.startsWith(QLatin1String("<!")) || rest.startsWith(QLatin1String("<?"))) {
                const qsizetype end = markup.indexOf(QLatin1Char('>'), i + 2);
                i = end < 0 ? n : end + 1;
                continue;
            }
            const Tag tag = parseTag(markup, i);
            if (tag.end < 0) {
                out.append(c);
                ++i;
                continue;
            }
            switch (roleOf(tag.localName)) {
            case TagRole::Inline:
                break;
            case TagRole::LineBreak:
                out.append(QLatin1Char('\n'));
                break;
            case TagRole::Line:
                if (!tag.closing) // "</li><li>" is one line break, not two
                    out.append(QLatin1Char('\n'));
                break;
            case TagRole::Paragraph:
                out.append(QStringLiteral("\n\n"));
                break;
            case TagRole::Cell:
                out.append(QLatin1Char(' '));
                break;
            case TagRole::Skip:
                if (!tag.closing) {
                    const QString closer = QStringLiteral("</") + tag.localName;
                    const qsizetype close = markup.indexOf(closer, tag.end, Qt::CaseInsensitive);
                    const qsizetype gt = close < 0 ? -1 : markup.indexOf(QLatin1Char('>'), close);
                    i = gt < 0 ? n : gt + 1;
                    continue;
                }
                break;
            }
            i = tag.end;
        } else if (c == QLatin1Char('&')) {
            const qsizetype next = decodeEntity(markup, i, out);
            if (next == i) {
                out.append(c);
                ++i;
            } else {
                i = next;
            }
        } else if (blockMarkup && (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))) {
            out.append(QLatin1Char(' '));
            ++i;
        } else {
            out.append(c);
            ++i;
        }
    }
    return tidyText(out);
}

} // namespace dyad::core::text
