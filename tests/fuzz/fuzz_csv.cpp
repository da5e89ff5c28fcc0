#include "fuzz_common.h"

DYAD_FUZZ_TARGET(csv)
{
    return dyad::fuzz::runImport(data, size, dyad::core::importer::Format::Csv);
}
