#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace dyad::core {
class Project;
}

namespace dyad::core::io {

/**
 * What an import did. Every leniency is listed in `adjustments` and every input item that
 * was not imported in `skipped`, with the reason (REFI-QDA §7: tell the user about loss).
 */
struct ImportReport
{
    int users = 0;
    int codes = 0;
    int codesUpdated = 0;
    int sources = 0;
    int codings = 0;
    int memos = 0;
    QStringList adjustments;
    QStringList skipped;
    /** One line per source whose offsets could be read in more than one unit: the unit chosen and why. */
    QStringList offsetUnits;
    /** Choices that were not clear-cut and that a person should check (e.g. an offset unit chosen on thin evidence). */
    QStringList warnings;
};

/**
 * Creates a new project at `newProjectPath` from a REFI-QDA .qdpx archive. All or nothing:
 * on any error the new file does not exist. Lenient with what real tools write (see
 * docs/exchange.md) and reports each adjustment. Refuses when `newProjectPath` exists.
 */
Result<ImportReport> importQdpx(const QString &qdpxPath, const QString &newProjectPath);

/**
 * Adds a REFI-QDA codebook (.qdc) to an existing project in one transaction. Codes are
 * matched by GUID, then by name under the same parent; matched codes are updated, the
 * rest created with their GUIDs.
 */
Result<ImportReport> importQdc(Project &project, const QString &qdcPath);

} // namespace dyad::core::io
