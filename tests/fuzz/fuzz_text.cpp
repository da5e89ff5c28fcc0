#include "fuzz_common.h"

DYAD_FUZZ_TARGET(text)
{
    return dyad::fuzz::runImport(data, size, dyad::core::importer::Format::Text);
}
