#include "fuzz_common.h"

#include "core/io/refi/sourcetext.h"

// A REFI-QDA source text: decoding (UTF-8, UTF-16 with a BOM, Windows-1252) and the
// offset tables, probed with spans taken from the input's first bytes.
DYAD_FUZZ_TARGET(source_text)
{
    using namespace dyad::core::io;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const DecodedSource decoded = decodeSourceText(bytes);
    const SourceOffsets offsets(decoded.text);
    const qint64 n = offsets.storedText().size();
    for (bool utf16 : {false, true})
        for (bool lf : {false, true}) {
            OffsetModel model;
            model.utf16 = utf16;
            model.lineEndsNormalised = lf;
            for (size_t i = 0; i + 1 < std::min<size_t>(size, 16); i += 2) {
                const qint64 start = qint64(data[i]) - 8, end = start + qint64(data[i + 1]) % 64;
                if (const auto span = offsets.map(model, start, end)) {
                    const qint64 cps = offsets.storedText().toUcs4().size();
                    if (span->start < 0 || span->end < span->start || span->end > cps || cps > n)
                        std::abort();
                }
                (void)offsets.covered(model, start, end);
            }
        }
    return 0;
}
