#pragma once

#include "core/io/import/importtypes.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

/**
 * @file
 * Byte-level hygiene for import: BOM and UTF-8 checks first, then ICU charset detection
 * (ucsdet) for legacy encodings such as GB18030/GBK (CNKI) or Windows-1252; decoding goes
 * through ICU converters (ucnv) because QStringConverter in Qt 6.4 has no GB18030.
 */

namespace dyad::core::importer {

/**
 * Guesses the encoding of @p bytes. Order: BOM; NUL-byte pattern of BOM-less UTF-16;
 * strict UTF-8 validity (pure ASCII counts as UTF-8); otherwise ICU's detector on the
 * first 64 KiB, with ISO-8859-1 widened to windows-1252 (a superset that real files use).
 */
EncodingGuess detectEncoding(const QByteArray &bytes);

/** True when @p bytes is well-formed UTF-8 (no overlongs, no surrogates, no truncation). */
bool isValidUtf8(const char *data, qsizetype size);

/**
 * A non-empty reason when @p bytes is not text at all: a known binary signature (PDF, ZIP
 * or Office file, image, SQLite...), NUL bytes in an 8-bit encoding, or too many control
 * characters. Empty when it looks like text.
 */
QString binaryReason(const QByteArray &bytes, const EncodingGuess &guess);

/** Result of decodeBytes(). */
struct DecodedText
{
    QString text;
    qint64 invalidSequences = 0; ///< byte sequences that were replaced by U+FFFD
};

/**
 * Decodes @p bytes with the ICU converter @p encoding, dropping a leading BOM. Invalid
 * sequences become U+FFFD and are counted. Fails only for an unknown converter name.
 */
Result<DecodedText> decodeBytes(const QByteArray &bytes, const QString &encoding);

} // namespace dyad::core::importer
