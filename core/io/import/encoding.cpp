#include "core/io/import/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstring>

#include <QCoreApplication>

namespace dyad::core::importer {

namespace {

constexpr qsizetype kSniffBytes = 64 * 1024;

bool startsWith(const QByteArray &b, const char *magic, qsizetype n)
{
    return b.size() >= n && std::memcmp(b.constData(), magic, size_t(n)) == 0;
}

struct InvalidCounter
{
    qint64 count = 0;
};

// Counts every illegal/unassigned sequence, then lets ICU substitute U+FFFD as usual.
void U_CALLCONV countingToUCallback(const void *context, UConverterToUnicodeArgs *args,
                                    const char *codeUnits, int32_t length,
                                    UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR || reason == UCNV_UNASSIGNED) {
        auto *counter = static_cast<InvalidCounter *>(const_cast<void *>(context));
        ++counter->count;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, err);
}

bool isUtf16Name(const QString &n)
{
    return n.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive)
        || n.startsWith(QLatin1String("UTF-32"), Qt::CaseInsensitive);
}

} // namespace

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        // Fast path over ASCII, 8 bytes at a time.
        while (i + 8 <= size) {
            std::uint64_t chunk;
            std::memcpy(&chunk, s + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int n = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + n >= size)
            return false; // truncated sequence at the end
        for (int k = 1; k <= n; ++k) {
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

EncodingGuess detectEncoding(const QByteArray &bytes)
{
    EncodingGuess g;
    if (bytes.isEmpty()) {
        g.name = QStringLiteral("UTF-8");
        g.confidence = 100;
        g.method = QStringLiteral("empty");
        return g;
    }
    if (startsWith(bytes, "\xEF\xBB\xBF", 3)) {
        g = {QStringLiteral("UTF-8"), 100, true, QStringLiteral("bom")};
        return g;
    }
    if (startsWith(bytes, "\xFF\xFE\x00\x00", 4)) {
        g = {QStringLiteral("UTF-32LE"), 100, true, QStringLiteral("bom")};
        return g;
    }
    if (startsWith(bytes, "\x00\x00\xFE\xFF", 4)) {
        g = {QStringLiteral("UTF-32BE"), 100, true, QStringLiteral("bom")};
        return g;
    }
    if (startsWith(bytes, "\xFF\xFE", 2)) {
        g = {QStringLiteral("UTF-16LE"), 100, true, QStringLiteral("bom")};
        return g;
    }
    if (startsWith(bytes, "\xFE\xFF", 2)) {
        g = {QStringLiteral("UTF-16BE"), 100, true, QStringLiteral("bom")};
        return g;
    }
    if (startsWith(bytes, "\x84\x31\x95\x33", 4)) {
        g = {QStringLiteral("GB18030"), 100, true, QStringLiteral("bom")};
        return g;
    }

    // BOM-less UTF-16: mostly-ASCII text leaves every other byte NUL.
    const qsizetype sniff = std::min(bytes.size(), kSniffBytes);
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < sniff; ++i) {
        if (bytes[i] == '\0')
            ++((i % 2) ? oddNul : evenNul);
    }
    const qsizetype pairs = sniff / 2;
    if (pairs >= 2) {
        if (oddNul * 10 >= pairs * 4 && evenNul * 20 < pairs) {
            g = {QStringLiteral("UTF-16LE"), 80, false, QStringLiteral("utf16-nul-pattern")};
            return g;
        }
        if (evenNul * 10 >= pairs * 4 && oddNul * 20 < pairs) {
            g = {QStringLiteral("UTF-16BE"), 80, false, QStringLiteral("utf16-nul-pattern")};
            return g;
        }
    }

    if (isValidUtf8(bytes.constData(), bytes.size())) {
        const bool ascii = std::none_of(bytes.cbegin(), bytes.cend(),
                                        [](char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; });
        g = {QStringLiteral("UTF-8"), 100, false,
             ascii ? QStringLiteral("ascii") : QStringLiteral("utf8-valid")};
        return g;
    }

    UErrorCode err = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&err);
    QString name;
    int confidence = 0;
    if (U_SUCCESS(err)) {
        ucsdet_setText(det, bytes.constData(), int32_t(sniff), &err);
        const UCharsetMatch *m = U_SUCCESS(err) ? ucsdet_detect(det, &err) : nullptr;
        if (m && U_SUCCESS(err)) {
            name = QString::fromLatin1(ucsdet_getName(m, &err));
            confidence = ucsdet_getConfidence(m, &err);
        }
        ucsdet_close(det);
    }
    if (name.isEmpty() || name.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0) {
        // Invalid UTF-8 that ICU still calls UTF-8 (or nothing at all): the commonest
        // culprit is a Windows export.
        name = QStringLiteral("windows-1252");
        confidence = std::min(confidence, 30);
    }
    // Without a BOM and without the NUL pattern checked above, UTF-16/32 is implausible:
    // ICU says so for binary data.
    if (isUtf16Name(name)) {
        name = QStringLiteral("windows-1252");
        confidence = std::min(confidence, 10);
    }
    if (name == QLatin1String("ISO-8859-1"))
        name = QStringLiteral("windows-1252");
    // GB2312 and GBK are subsets of GB18030; decoding with the superset loses nothing.
    if (name == QLatin1String("GB2312") || name == QLatin1String("GBK"))
        name = QStringLiteral("GB18030");
    g = {name, confidence, false, QStringLiteral("icu")};
    return g;
}

QString binaryReason(const QByteArray &bytes, const EncodingGuess &guess)
{
    struct Magic
    {
        const char *bytes;
        qsizetype size;
        const char *what;
    };
    static const Magic magics[] = {
        {"%PDF", 4, "a PDF document"},
        {"PK\x03\x04", 4, "a ZIP archive (or a .docx/.xlsx Office file)"},
        {"\xD0\xCF\x11\xE0", 4, "a legacy Office file (.doc/.xls)"},
        {"\x89PNG", 4, "a PNG image"},
        {"GIF8", 4, "a GIF image"},
        {"\xFF\xD8\xFF", 3, "a JPEG image"},
        {"SQLite format 3", 15, "an SQLite database"},
        {"\x1F\x8B", 2, "a gzip archive"},
        {"\x7F" "ELF", 4, "an executable"},
    };
    for (const auto &m : magics) {
        if (startsWith(bytes, m.bytes, m.size))
            return QCoreApplication::translate("Import", "the file is %1, not text").arg(QLatin1String(m.what));
    }
    if (isUtf16Name(guess.name))
        return QString();
    const char *nul = static_cast<const char *>(std::memchr(bytes.constData(), 0, size_t(bytes.size())));
    if (nul) {
        const qsizetype at = nul - bytes.constData();
        const qsizetype line = std::count(bytes.constData(), nul, '\n') + 1;
        return QCoreApplication::translate("Import", "the file contains a NUL byte at offset %1 (line %2), so it is "
                              "binary data, not %3 text")
            .arg(at)
            .arg(line)
            .arg(guess.name);
    }
    const qsizetype sniff = std::min(bytes.size(), kSniffBytes);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sniff; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A)
            ++controls;
    }
    if (controls * 20 > sniff)
        return QCoreApplication::translate("Import", "%1 of the first %2 bytes are control characters, so the file "
                              "is binary data, not text")
            .arg(controls)
            .arg(sniff);
    return QString();
}

Result<DecodedText> decodeBytes(const QByteArray &bytes, const QString &encoding)
{
    DecodedText out;
    QByteArray body = bytes;
    const bool utf8 = encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0
        || encoding.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) == 0;
    if (utf8 && isValidUtf8(bytes.constData(), bytes.size())) {
        out.text = QString::fromUtf8(bytes);
        if (out.text.startsWith(QChar(0xFEFF)))
            out.text.remove(0, 1);
        return out;
    }

    UErrorCode err = U_ZERO_ERROR;
    const QByteArray name = encoding.toLatin1();
    UConverter *conv = ucnv_open(name.constData(), &err);
    if (U_FAILURE(err) || !conv)
        return makeError(QCoreApplication::translate("Import", "unknown text encoding \"%1\"; expected an ICU "
                                        "converter name such as UTF-8, UTF-16LE, GB18030 or "
                                        "windows-1252")
                             .arg(encoding));
    InvalidCounter counter;
    ucnv_setToUCallBack(conv, countingToUCallback, &counter, nullptr, nullptr, &err);

    QString result;
    result.resize(bytes.size() + 16);
    const char *src = bytes.constData();
    const char *srcEnd = src + bytes.size();
    qsizetype written = 0;
    for (;;) {
        err = U_ZERO_ERROR;
        auto *base = reinterpret_cast<UChar *>(result.data());
        UChar *target = base + written;
        ucnv_toUnicode(conv, &target, base + result.size(), &src, srcEnd, nullptr, true, &err);
        written = target - base;
        if (err == U_BUFFER_OVERFLOW_ERROR) {
            result.resize(result.size() * 2);
            continue;
        }
        break;
    }
    ucnv_close(conv);
    result.truncate(written);
    if (result.startsWith(QChar(0xFEFF)))
        result.remove(0, 1);
    out.text = std::move(result);
    out.invalidSequences = counter.count;
    return out;
}

} // namespace dyad::core::importer
