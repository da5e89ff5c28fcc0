#pragma once

// Private: the per-code-point search folding, shared by search.cpp and the FTS5 tokenizer.

#include <cstdint>
#include <string>

namespace dyad::core::text::detail {

/**
 * Appends the search folding (see foldForSearch()) of the UTF-16 range [data, data+length)
 * to @p out as UTF-8. Fast path for ASCII; other code points go through a per-thread cache.
 */
void appendFoldedUtf8(const char16_t *data, int32_t length, std::string &out);

/** Appends the folding of one code point to @p out as UTF-16. */
void appendFoldedUtf16(char32_t c, std::u16string &out);

} // namespace dyad::core::text::detail
