#include "fuzz_common.h"
#include "core/open/open.h"
#include "fuzz_files.h"

#include "core/io/refi/refiimport.h"

#include <QFileInfo>

// A whole REFI-QDA project archive: SafeZip, the .qde reader, source texts and offsets,
// and the new project file. A refused archive leaves no project file behind.
DYAD_FUZZ_TARGET(qdpx)
{
    using namespace dyad::core;
    const QString path = dyad::fuzz::scratchFile(data, size, QStringLiteral("in.qdpx"));
    const QString target = dyad::fuzz::scratchDir().filePath(QStringLiteral("out.dyad"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(target + QLatin1String(suffix));
    auto report = io::importQdpx(path, target);
    if (!report) {
        dyad::fuzz::checkMessage(report.error());
        if (QFileInfo::exists(target))
            std::abort();
        return 0;
    }
    auto opened = openProject(target, true);
    if (!opened || !opened->get()->check().ok())
        std::abort(); // an accepted archive gives a sound project
    return 0;
}
