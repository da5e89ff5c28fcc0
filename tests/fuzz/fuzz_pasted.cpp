#include "fuzz_common.h"

DYAD_FUZZ_TARGET(pasted)
{
    return dyad::fuzz::runImport(data, size, dyad::core::importer::Format::Pasted);
}
