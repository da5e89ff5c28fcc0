#include "fuzz_common.h"

DYAD_FUZZ_TARGET(pubmed)
{
    return dyad::fuzz::runImport(data, size, dyad::core::importer::Format::Pubmed);
}
