#include "fuzz_common.h"

DYAD_FUZZ_TARGET(bibtex)
{
    return dyad::fuzz::runImport(data, size, dyad::core::importer::Format::Bibtex);
}
