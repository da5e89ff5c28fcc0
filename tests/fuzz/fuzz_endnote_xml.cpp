#include "fuzz_common.h"

DYAD_FUZZ_TARGET(endnote_xml)
{
    return dyad::fuzz::runImport(data, size, dyad::core::importer::Format::EndnoteXml);
}
