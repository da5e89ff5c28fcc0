#include "core/io/import/importinputs.h"

#include "core/io/import/importreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
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

const double kRecordPageConfidence = 0.5;

bool readAsPlainText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false; // let the reader report why it cannot be read
    const QByteArray head = file.read(64 * 1024);
    const FormatGuess guess = detectFormat(head, path);
    switch (guess.format) {
    case Format::Ris:
    case Format::Pubmed:
    case Format::Csv:
    case Format::Tsv:
    case Format::Bibtex:
    case Format::EndnoteXml:
    case Format::Wos:
    case Format::PubmedXml:
    case Format::Json:
        return guess.confidence < 0.8;
    case Format::Pasted:
        // A copied record page (author line, citation, DOI, "Abstract"...) is read like a
        // paste; a note that merely mentions a DOI is not.
        return guess.confidence < kRecordPageConfidence;
    case Format::Unknown:
    case Format::Text:
        return true;
    }
    return true;
}

ImportInputs expandImportInputs(const QStringList &paths)
{
    ImportInputs result;
    QSet<QString> seen;
    auto add = [&](const QFileInfo &info, bool inFolder) {
        const QString canonical = info.canonicalFilePath();
        if (seen.contains(canonical))
            return;
        seen.insert(canonical);
        result.files << info.filePath();
        result.plainText.push_back(inFolder && readAsPlainText(info.filePath()));
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.problems << QCoreApplication::translate("Import", "%1: no such file or folder.").arg(path);
        } else if (info.isDir()) {
            QStringList inside;
            QDirIterator it(path, QDir::Files | QDir::System | QDir::Readable | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QFileInfo file(it.next());
                // Regular files only: a link to /dev/zero or a pipe would be read forever.
                if (!file.isFile()) {
                    result.problems << QCoreApplication::translate("Import", "%1: not imported, it is not a regular file (%2).")
                                           .arg(file.filePath(), file.isSymLink() ? QCoreApplication::translate("Import", "a link whose target is "
                                                                                                   "missing or not a file")
                                                                                  : QCoreApplication::translate("Import", "a device, pipe or socket"));
                    continue;
                }
                if (!skipped(file))
                    inside << file.filePath();
            }
            if (inside.isEmpty()) {
                result.problems << QCoreApplication::translate("Import", "%1: the folder holds no files to import.").arg(path);
                continue;
            }
            // QDirIterator's order is the file system's; users expect name order.
            inside.sort(Qt::CaseInsensitive);
            for (const QString &file : inside)
                add(QFileInfo(file), true);
        } else if (!info.isFile()) {
            result.problems << QCoreApplication::translate("Import", "%1: not a regular file (a device, pipe or socket); Dyad imports files "
                                              "and folders of files.")
                                   .arg(path);
        } else if (!info.isReadable()) {
            result.problems << QCoreApplication::translate("Import", "%1: the file cannot be read (permissions).").arg(path);
        } else {
            add(info, false);
        }
    }
    return result;
}

} // namespace dyad::core::importer
