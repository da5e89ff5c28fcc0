#include "core/io/import/importinputs.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace dyad::core::importer {

namespace {

bool skipped(const QFileInfo &info)
{
    const QString suffix = info.suffix().toLower();
    // Hidden files (.DS_Store, editor backups) and projects or their SQLite side files are
    // never records.
    return info.isHidden() || info.fileName().startsWith(QLatin1Char('.')) || suffix == QLatin1String("dyad")
        || suffix == QLatin1String("dyad-wal") || suffix == QLatin1String("dyad-shm")
        || info.fileName().endsWith(QLatin1Char('~'));
}

} // namespace

ImportInputs expandImportInputs(const QStringList &paths)
{
    ImportInputs result;
    QSet<QString> seen;
    auto add = [&](const QFileInfo &info) {
        const QString canonical = info.canonicalFilePath();
        if (seen.contains(canonical))
            return;
        seen.insert(canonical);
        result.files << info.filePath();
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.problems << QStringLiteral("%1: no such file or folder.").arg(path);
        } else if (info.isDir()) {
            QStringList inside;
            QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QFileInfo file(it.next());
                if (!skipped(file))
                    inside << file.filePath();
            }
            if (inside.isEmpty()) {
                result.problems << QStringLiteral("%1: the folder holds no files to import.").arg(path);
                continue;
            }
            // QDirIterator's order is the file system's; users expect name order.
            inside.sort(Qt::CaseInsensitive);
            for (const QString &file : inside)
                add(QFileInfo(file));
        } else if (!info.isReadable()) {
            result.problems << QStringLiteral("%1: the file cannot be read (permissions).").arg(path);
        } else {
            add(info);
        }
    }
    return result;
}

} // namespace dyad::core::importer
