#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return dyad::fuzz::runImport(data, size, dyad::core::importer::Format::Wos);
}
