#include "fuzz_common.h"

DYAD_FUZZ_TARGET(json)
{
    return dyad::fuzz::runImport(data, size, dyad::core::importer::Format::Json);
}
