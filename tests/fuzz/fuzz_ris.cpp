#include "fuzz_common.h"

DYAD_FUZZ_TARGET(ris)
{
    return dyad::fuzz::runImport(data, size, dyad::core::importer::Format::Ris);
}
