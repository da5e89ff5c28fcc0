#pragma once

// Shared body of the libFuzzer targets: parse arbitrary bytes as one format (or with
// detection) and check invariants that must hold for any input.

#include "core/io/import/importreader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>
#include <optional>

namespace dyad::fuzz {

inline int runImport(const uint8_t *data, size_t size, std::optional<core::importer::Format> format)
{
    using namespace core::importer;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportOptions o;
    o.format = format;
    o.sourceName = QStringLiteral("fuzz");
    o.maxFieldLength = 64 * 1024;
    const ParseReport r = parseBytes(bytes, o);
    for (const auto &rec : r.records) {
        // Invariants: text is NFC, has no CR, and starts with the title.
        if (rec.text.contains(u'\r'))
            std::abort();
        if (!rec.title.isEmpty() && !rec.text.startsWith(rec.title))
            std::abort();
        if (rec.text != rec.text.normalized(QString::NormalizationForm_C))
            std::abort();
    }
    if (r.refused && !r.records.empty())
        std::abort();
    return 0;
}

} // namespace dyad::fuzz
