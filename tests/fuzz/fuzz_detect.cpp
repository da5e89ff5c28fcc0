#include "fuzz_common.h"

// Encoding + format detection and whichever reader they choose.
DYAD_FUZZ_TARGET(detect)
{
    return dyad::fuzz::runImport(data, size, std::nullopt);
}
