#include "fuzz_common.h"

DYAD_FUZZ_TARGET(tsv)
{
    return dyad::fuzz::runImport(data, size, dyad::core::importer::Format::Tsv);
}
