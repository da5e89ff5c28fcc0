#include "fuzz_common.h"
#include "fuzz_files.h"

#include "core/io/import/codebookimport.h"

// Codebook import from CSV: the rows, then the import into a fresh project (one
// transaction: a refused table leaves the project as it was).
DYAD_FUZZ_TARGET(codebook_csv)
{
    using namespace dyad::core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto rows = io::codebookRows(bytes, QStringLiteral("fuzz.csv"));
    if (!rows) {
        dyad::fuzz::checkMessage(rows.error());
        return 0;
    }
    auto project = dyad::fuzz::scratchProject();
    const QString path = dyad::fuzz::scratchFile(data, size, QStringLiteral("codebook.csv"));
    auto report = io::importCodebookTable(*project, path);
    if (!report) {
        dyad::fuzz::checkMessage(report.error());
        if (!project->allCodes().empty())
            std::abort(); // all or nothing
        return 0;
    }
    if (int(project->allCodes().size()) != report->created)
        std::abort();
    return 0;
}
