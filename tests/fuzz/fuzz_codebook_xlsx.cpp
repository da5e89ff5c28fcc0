#include "fuzz_common.h"
#include "fuzz_files.h"

#include "core/io/import/codebookimport.h"
#include "core/io/export/sheet.h"

// Codebook import from an Excel workbook: the zip reader (SafeZip), the shared strings and
// the worksheet XML, then the import.
DYAD_FUZZ_TARGET(codebook_xlsx)
{
    using namespace dyad::core;
    const QString path = dyad::fuzz::scratchFile(data, size, QStringLiteral("codebook.xlsx"));
    auto rows = io::readXlsxRows(path);
    if (!rows) {
        dyad::fuzz::checkMessage(rows.error());
        return 0;
    }
    auto project = dyad::fuzz::scratchProject();
    auto report = io::importCodebookTable(*project, path);
    if (!report)
        dyad::fuzz::checkMessage(report.error());
    return 0;
}
