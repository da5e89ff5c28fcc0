#include "fuzz_common.h"

DYAD_FUZZ_TARGET(wos)
{
    return dyad::fuzz::runImport(data, size, dyad::core::importer::Format::Wos);
}
