#include "fuzz_common.h"

// Encoding + format detection and whichever reader they choose.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return dyad::fuzz::runImport(data, size, std::nullopt);
}
