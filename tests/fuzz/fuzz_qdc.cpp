#include "fuzz_common.h"
#include "fuzz_files.h"

#include "core/io/refi/refiimport.h"

// A REFI-QDA codebook (.qdc) imported into a fresh project: all or nothing.
DYAD_FUZZ_TARGET(qdc)
{
    using namespace dyad::core;
    const QString path = dyad::fuzz::scratchFile(data, size, QStringLiteral("in.qdc"));
    auto project = dyad::fuzz::scratchProject();
    auto report = io::importQdc(*project, path);
    if (!report) {
        dyad::fuzz::checkMessage(report.error());
        if (!project->allCodes().empty())
            std::abort();
    }
    return 0;
}
