#pragma once

// Shared body of the libFuzzer targets: parse arbitrary bytes as one format (or with
// detection) and check invariants that must hold for any input.
//
// Each target is written once with DYAD_FUZZ_TARGET(name). Built for libFuzzer (clang,
// -DDYAD_BUILD_FUZZERS=ON) it is LLVMFuzzerTestOneInput; built with DYAD_FUZZ_REPLAY (the
// fuzz_replay test, any compiler) it registers itself so that one program replays the
// corpus in tests/data/fuzz/<name>/ through every entry point.

#include "core/io/import/importreader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>

namespace dyad::fuzz {

using Entry = int (*)(const uint8_t *data, size_t size);

/** Every fuzz entry point linked into the replay program, by name. */
inline std::map<std::string, Entry> &registry()
{
    static std::map<std::string, Entry> r;
    return r;
}

struct Registrar
{
    Registrar(const char *name, Entry entry) { registry()[name] = entry; }
};

} // namespace dyad::fuzz

#ifdef DYAD_FUZZ_REPLAY
#define DYAD_FUZZ_TARGET(name)                                                                                         \
    static int fuzz_##name(const uint8_t *data, size_t size);                                                          \
    static const dyad::fuzz::Registrar s_register_##name(#name, &fuzz_##name);                                         \
    static int fuzz_##name(const uint8_t *data, size_t size)
#else
#define DYAD_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
#endif

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
