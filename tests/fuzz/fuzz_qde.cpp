#include "fuzz_common.h"
#include "core/open/open.h"
#include "fuzz_files.h"

#include "core/io/refi/refiimport.h"
#include "core/io/refi/safezip.h"

#include <QFileInfo>

// The .qde project document alone: the input becomes project.qde of a valid archive, with
// one source text other tools would name, so the XML reader is what gets fuzzed.
DYAD_FUZZ_TARGET(qde)
{
    using namespace dyad::core;
    const QByteArray qde(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = dyad::fuzz::scratchDir().filePath(QStringLiteral("qde.qdpx"));
    if (!io::writeZipArchive(path, {{QStringLiteral("project.qde"), qde},
                                    {QStringLiteral("sources/a.txt"), QByteArray("Trust in clinics \xF0\x9F\x98\x80 grew.")}}))
        std::abort();
    const QString target = dyad::fuzz::scratchDir().filePath(QStringLiteral("qde.dyad"));
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
        std::abort();
    return 0;
}
