#include "core/db/icutokenizer.h"

#include "core/text/fold_p.h"
#include "core/text/icu_p.h"

#include <sqlite3.h>

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <string>
#include <vector>

namespace dyad::core::db {

namespace {

namespace detail = dyad::core::text::detail;

/** The tokenizer has no state of its own; ICU iterators are cached per thread. */
struct IcuTokenizer
{
};

int createTokenizer(void *, const char **, int argCount, Fts5Tokenizer **out)
{
    if (argCount > 0) {
        *out = nullptr;
        return SQLITE_ERROR; // "dyad" takes no options
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(new IcuTokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<IcuTokenizer *>(tokenizer);
}

/**
 * Decodes UTF-8 into UTF-16 and records, for each UTF-16 unit, the byte offset of the
 * character it belongs to; byteOffsets[units] == length.
 */
void decodeUtf8(const char *text, int length, std::u16string &units, std::vector<int> &byteOffsets)
{
    units.clear();
    byteOffsets.clear();
    units.reserve(static_cast<size_t>(length));
    byteOffsets.reserve(static_cast<size_t>(length) + 1);
    const auto *bytes = reinterpret_cast<const uint8_t *>(text);
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c;
        if (bytes[i] < 0x80) {
            c = bytes[i++];
        } else {
            U8_NEXT_OR_FFFD(bytes, i, length, c);
        }
        if (U_IS_BMP(c)) {
            units.push_back(static_cast<char16_t>(c));
            byteOffsets.push_back(start);
        } else {
            units.push_back(U16_LEAD(c));
            units.push_back(U16_TRAIL(c));
            byteOffsets.push_back(start);
            byteOffsets.push_back(start);
        }
    }
    byteOffsets.push_back(length);
}

int tokenize(Fts5Tokenizer *, void *context, int /*flags*/, const char *text, int length,
    int (*emitToken)(void *, int, const char *, int, int, int))
{
    if (!text || length <= 0)
        return SQLITE_OK;
    thread_local std::string token;
    if (detail::isAscii(text, length)) { // bytes == characters: no decoding, no ICU iterator
        int rc = SQLITE_OK;
        detail::forEachAsciiWord(text, length, [&](std::int64_t start, std::int64_t end, detail::SegmentClass) {
            if (rc != SQLITE_OK)
                return;
            token.assign(text + start, text + end);
            for (char &c : token)
                if (c >= 'A' && c <= 'Z')
                    c = static_cast<char>(c + 32);
            rc = emitToken(context, 0, token.data(), static_cast<int>(token.size()), static_cast<int>(start),
                static_cast<int>(end));
        });
        return rc;
    }
    thread_local std::u16string units;
    thread_local std::vector<int> byteOffsets;
    decodeUtf8(text, length, units, byteOffsets);

    const auto count = static_cast<int32_t>(units.size());
    icu::BreakIterator *it = detail::breakIterator(detail::BreakKind::Word, units.data(), count);
    if (!it)
        return SQLITE_ERROR;
    for (int32_t start = it->first(), end = it->next(); end != icu::BreakIterator::DONE;
         start = end, end = it->next()) {
        if (detail::classifySegment(it->getRuleStatus(), units.data(), start, end) == detail::SegmentClass::None)
            continue;
        token.clear();
        detail::appendFoldedUtf8(units.data() + start, end - start, token);
        if (token.empty())
            continue;
        const int rc = emitToken(context, 0, token.data(), static_cast<int>(token.size()),
            byteOffsets[static_cast<size_t>(start)], byteOffsets[static_cast<size_t>(end)]);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

fts5_api *fts5ApiOf(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

bool registerIcuTokenizer(sqlite3 *db)
{
    if (!db)
        return false;
    fts5_api *api = fts5ApiOf(db);
    if (!api || api->iVersion < 2)
        return false;
    fts5_tokenizer tokenizer { createTokenizer, deleteTokenizer, tokenize };
    return api->xCreateTokenizer(api, "dyad", nullptr, &tokenizer, nullptr) == SQLITE_OK;
}

} // namespace dyad::core::db
