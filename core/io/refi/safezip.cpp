#include "core/io/refi/safezip.h"

#include "core/io/atomicfile.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <quazipnewinfo.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace dyad::core::io {

struct SafeZip::Impl
{
    QuaZip zip;
    QHash<QString, QuaZipFileInfo64> infos;
};

SafeZip::~SafeZip()
{
    if (d && d->zip.isOpen())
        d->zip.close();
}

qint64 SafeZip::entrySize(const QString &entryName) const
{
    auto it = d->infos.constFind(entryName);
    return it == d->infos.constEnd() ? -1 : static_cast<qint64>(it->uncompressedSize);
}

bool isSafeEntryName(const QString &name, QString *why)
{
    auto reject = [&](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (name.isEmpty())
        return reject(QCoreApplication::translate("Import", "an entry has an empty name"));
    if (name.contains(QChar(0)))
        return reject(QCoreApplication::translate("Import", "the entry name contains a NUL character"));
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return reject(QCoreApplication::translate("Import", "the entry has an absolute path"));
    if (name.size() >= 2 && name[1] == QLatin1Char(':') && name[0].isLetter())
        return reject(QCoreApplication::translate("Import", "the entry has a drive letter"));
    // Backslashes are separators on Windows; judge the components either way.
    const QStringList parts = QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    for (const QString &p : parts)
        if (p == QStringLiteral(".."))
            return reject(QCoreApplication::translate("Import", "the entry points outside the archive (\"..\")"));
    return true;
}

Result<std::unique_ptr<SafeZip>> SafeZip::open(const QString &path, const ZipLimits &limits)
{
    const QString file = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return makeError(QCoreApplication::translate("Import", "Cannot read %1: the file does not exist.").arg(path));
    std::unique_ptr<SafeZip> z(new SafeZip);
    z->d = std::make_unique<Impl>();
    z->m_path = path;
    z->m_limits = limits;
    z->d->zip.setZipName(path);
    if (!z->d->zip.open(QuaZip::mdUnzip))
        return makeError(QCoreApplication::translate("Import", "Cannot read %1: it is not a zip archive, or it is damaged (error %2).")
                             .arg(file)
                             .arg(z->d->zip.getZipError()));
    const qint64 count = z->d->zip.getEntriesCount();
    if (count > limits.maxEntries)
        return makeError(QCoreApplication::translate("Import", "Cannot read %1: it holds %2 entries, more than the limit of %3.")
                             .arg(file)
                             .arg(count)
                             .arg(limits.maxEntries));
    qint64 total = 0;
    QSet<QString> seen;
    for (bool more = z->d->zip.goToFirstFile(); more; more = z->d->zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!z->d->zip.getCurrentFileInfo(&info))
            return makeError(QCoreApplication::translate("Import", "Cannot read %1: an entry header is damaged.").arg(file));
        QString why;
        if (!isSafeEntryName(info.name, &why))
            return makeError(QCoreApplication::translate("Import", "Cannot read %1: entry \"%2\" was refused: %3.").arg(file, info.name, why));
        if (info.name.endsWith(QLatin1Char('/')))
            continue; // a directory entry
        if (seen.contains(info.name))
            return makeError(QCoreApplication::translate("Import", "Cannot read %1: entry \"%2\" appears twice.").arg(file, info.name));
        seen.insert(info.name);
        const qint64 size = static_cast<qint64>(info.uncompressedSize);
        if (size > limits.maxEntryUncompressed)
            return makeError(QCoreApplication::translate("Import", "Cannot read %1: entry \"%2\" unpacks to %3 bytes, more than the limit of "
                                            "%4 for one entry.")
                                 .arg(file, info.name)
                                 .arg(size)
                                 .arg(limits.maxEntryUncompressed));
        total += size;
        if (total > limits.maxTotalUncompressed)
            return makeError(QCoreApplication::translate("Import", "Cannot read %1: the archive unpacks to more than %2 bytes in total.")
                                 .arg(file)
                                 .arg(limits.maxTotalUncompressed));
        const qint64 packed = std::max<qint64>(1, static_cast<qint64>(info.compressedSize));
        if (size >= limits.ratioFloor && static_cast<double>(size) / static_cast<double>(packed) > limits.maxRatio)
            return makeError(QCoreApplication::translate("Import", "Cannot read %1: entry \"%2\" is compressed %3 times, which looks like a "
                                            "zip bomb.")
                                 .arg(file, info.name)
                                 .arg(size / packed));
        z->d->infos.insert(info.name, info);
        z->m_entries << info.name;
    }
    if (z->d->zip.getZipError() != 0)
        return makeError(QCoreApplication::translate("Import", "Cannot read %1: the archive directory is damaged.").arg(file));
    return z;
}

QString SafeZip::find(const QString &name) const
{
    if (d->infos.contains(name))
        return name;
    for (const QString &e : m_entries)
        if (e.compare(name, Qt::CaseInsensitive) == 0)
            return e;
    return QString();
}

Result<QByteArray> SafeZip::read(const QString &entryName)
{
    const QString file = QFileInfo(m_path).fileName();
    auto it = d->infos.constFind(entryName);
    if (it == d->infos.constEnd())
        return makeError(QCoreApplication::translate("Import", "%1 has no entry \"%2\".").arg(file, entryName));
    if (!d->zip.setCurrentFile(entryName, QuaZip::csSensitive))
        return makeError(QCoreApplication::translate("Import", "Cannot read entry \"%1\" of %2.").arg(entryName, file));
    QuaZipFile in(&d->zip);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("Import", "Cannot read entry \"%1\" of %2 (damaged or encrypted).").arg(entryName, file));
    const qint64 declared = static_cast<qint64>(it->uncompressedSize);
    QByteArray data;
    data.reserve(static_cast<qsizetype>(std::min<qint64>(declared, 64 * 1024 * 1024)));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = in.read(buffer, sizeof buffer);
        if (n < 0)
            return makeError(QCoreApplication::translate("Import", "Entry \"%1\" of %2 is damaged.").arg(entryName, file));
        if (n == 0)
            break;
        // Never trust the header: stop as soon as the data outgrows what was declared.
        if (data.size() + n > declared || data.size() + n > m_limits.maxEntryUncompressed)
            return makeError(QCoreApplication::translate("Import", "Entry \"%1\" of %2 unpacks to more data than its header declares.")
                                 .arg(entryName, file));
        data.append(buffer, static_cast<qsizetype>(n));
    }
    in.close();
    if (in.getZipError() != 0)
        return makeError(QCoreApplication::translate("Import", "Entry \"%1\" of %2 is damaged (checksum error).").arg(entryName, file));
    return data;
}

Status writeZipArchive(const QString &path, const std::vector<std::pair<QString, QByteArray>> &entries)
{
    // Built in memory, then written through AtomicFile: the target is replaced only when
    // every byte reached the disk.
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return makeError(QCoreApplication::translate("Import", "Cannot write %1 (zip error %2).").arg(path).arg(zip.getZipError()));
        for (const auto &[name, data] : entries) {
            QuaZipFile f(&zip);
            QuaZipNewInfo info(name);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                | QFileDevice::ReadOther);
            if (!f.open(QIODevice::WriteOnly, info) || f.write(data) != data.size())
                return makeError(QCoreApplication::translate("Import", "Cannot write %1 into %2.").arg(name, path));
            f.close();
            if (f.getZipError() != 0)
                return makeError(QCoreApplication::translate("Import", "Cannot write %1 into %2.").arg(name, path));
        }
        zip.close();
        if (zip.getZipError() != 0)
            return makeError(QCoreApplication::translate("Import", "Cannot finish %1 (zip error %2).").arg(path).arg(zip.getZipError()));
    }
    return writeFileAtomically(path, buffer.data());
}

} // namespace dyad::core::io
