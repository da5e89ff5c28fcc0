#include "fuzz_common.h"
#include "fuzz_files.h"

#include "core/agreement/projectagreement.h"

// The code-mapping CSV of `dyad-cli agreement --map FILE.csv`, against a small codebook.
DYAD_FUZZ_TARGET(code_mapping)
{
    using namespace dyad::core;
    static std::unique_ptr<Project> project = [] {
        auto p = dyad::fuzz::scratchProject();
        for (const char *name : {"Trust", "Cost", "Access"}) {
            Code c;
            c.name = QString::fromLatin1(name);
            if (!p->createCode(c))
                std::abort();
        }
        return p;
    }();
    const QString path = dyad::fuzz::scratchFile(data, size, QStringLiteral("map.csv"));
    auto links = agreement::readCodeMappingCsv(*project, path);
    if (!links) {
        dyad::fuzz::checkMessage(links.error());
        return 0;
    }
    for (const agreement::CodeLink &l : *links)
        if (!project->code(l.codeA) || !project->code(l.codeB))
            std::abort(); // a link to a code that does not exist
    return 0;
}
