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

namespace {

/** One entry inflated as it is read, with its own unzip handle; refuses more than declared. */
class EntryStream : public QIODevice
{
public:
    EntryStream(const QString &zipPath, QString entry, qint64 declared)
        : m_zip(zipPath), m_entry(std::move(entry)), m_declared(declared), m_file(&m_zip)
    {
    }
    ~EntryStream() override { close(); }

    bool start()
    {
        if (!m_zip.open(QuaZip::mdUnzip) || !m_zip.setCurrentFile(m_entry, QuaZip::csSensitive)
            || !m_file.open(QIODevice::ReadOnly))
            return false;
        return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered); // the reader asks for 8 KB at a time
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_eof && QIODevice::bytesAvailable() == 0; }
    qint64 bytesAvailable() const override { return (m_eof ? 0 : m_declared - m_read) + QIODevice::bytesAvailable(); }
    void close() override
    {
        if (m_file.isOpen())
            m_file.close();
        if (m_zip.isOpen())
            m_zip.close();
        QIODevice::close();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_eof || maxSize <= 0)
            return 0; // at the end (checked), or asked for nothing: not the end
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0) {
            m_failed = true;
            setErrorString(QStringLiteral("the entry \"%1\" is damaged").arg(m_entry));
            return -1;
        }
        m_read += n;
        if (m_read > m_declared) {
            // Never trust the header: stop as soon as the data outgrows what was declared.
            m_failed = true;
            setErrorString(QStringLiteral("the entry \"%1\" unpacks to more data than its header declares").arg(m_entry));
            return -1;
        }
        if (n == 0 && m_file.isOpen()) {
            m_eof = true;
            m_file.close(); // checks the CRC
            if (m_file.getZipError() != 0) {
                m_failed = true;
                setErrorString(QStringLiteral("the entry \"%1\" is damaged (checksum error)").arg(m_entry));
                return -1;
            }
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QuaZip m_zip;
    QString m_entry;
    qint64 m_declared = 0;
    qint64 m_read = 0;
    bool m_eof = false;
    QuaZipFile m_file;

public:
    bool m_failed = false;
};

} // namespace

QString streamError(const QIODevice *stream)
{
    const auto *entry = dynamic_cast<const EntryStream *>(stream);
    return entry && entry->m_failed ? entry->errorString() : QString();
}

Result<std::unique_ptr<QIODevice>> SafeZip::openStream(const QString &entryName)
{
    const QString file = QFileInfo(m_path).fileName();
    auto it = d->infos.constFind(entryName);
    if (it == d->infos.constEnd())
        return makeError(QCoreApplication::translate("Import", "%1 has no entry \"%2\".").arg(file, entryName));
    const qint64 declared = std::min<qint64>(static_cast<qint64>(it->uncompressedSize), m_limits.maxEntryUncompressed);
    auto stream = std::make_unique<EntryStream>(m_path, entryName, declared);
    if (!stream->start())
        return makeError(QCoreApplication::translate("Import", "Cannot read entry \"%1\" of %2 (damaged or encrypted).").arg(entryName, file));
    return std::unique_ptr<QIODevice>(std::move(stream));
}

// --- writing ------------------------------------------------------------------------------

struct ZipWriter::Impl
{
    explicit Impl(QString p) : path(std::move(p)), file(path) {}
    QString path;
    AtomicFile file;
    std::unique_ptr<QuaZip> zip;
    std::unique_ptr<QuaZipFile> entry;
    QString entryName;
};

ZipWriter::ZipWriter(QString path) : d(std::make_unique<Impl>(std::move(path))) {}

ZipWriter::~ZipWriter()
{
    d->entry.reset();
    d->zip.reset(); // not committed: AtomicFile leaves the target as it was
}

Status ZipWriter::open()
{
    if (auto st = d->file.open(); !st)
        return st;
    d->zip = std::make_unique<QuaZip>(d->file.device());
    d->zip->setUtf8Enabled(true);
    d->zip->setAutoClose(false); // the AtomicFile owns the device and commits it
    if (!d->zip->open(QuaZip::mdCreate))
        return makeError(QCoreApplication::translate("Import", "Cannot write %1 (zip error %2).").arg(d->path).arg(d->zip->getZipError()));
    return {};
}

Status ZipWriter::closeEntry()
{
    if (!d->entry)
        return {};
    d->entry->close();
    const int error = d->entry->getZipError();
    d->entry.reset();
    if (error != 0)
        return makeError(QCoreApplication::translate("Import", "Cannot write %1 into %2.").arg(d->entryName, d->path));
    return {};
}

Status ZipWriter::beginEntry(const QString &name)
{
    if (!d->zip)
        return makeError(
            QCoreApplication::translate("Import", "Cannot write %1: the archive is not open.").arg(d->path));
    if (auto st = closeEntry(); !st)
        return st;
    d->entry = std::make_unique<QuaZipFile>(d->zip.get());
    d->entryName = name;
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!d->entry->open(QIODevice::WriteOnly, info))
        return makeError(QCoreApplication::translate("Import", "Cannot write %1 into %2.").arg(name, d->path));
    return {};
}

QIODevice *ZipWriter::device()
{
    return d->entry.get();
}

Status ZipWriter::writeEntry(const QString &name, const QByteArray &data)
{
    if (auto st = beginEntry(name); !st)
        return st;
    if (d->entry->write(data) != data.size())
        return makeError(QCoreApplication::translate("Import", "Cannot write %1 into %2.").arg(name, d->path));
    return closeEntry();
}

Status ZipWriter::commit()
{
    if (!d->zip)
        return makeError(
            QCoreApplication::translate("Import", "Cannot write %1: the archive is not open.").arg(d->path));
    if (auto st = closeEntry(); !st)
        return st;
    d->zip->close();
    const int error = d->zip->getZipError();
    d->zip.reset();
    if (error != 0)
        return makeError(QCoreApplication::translate("Import", "Cannot finish %1 (zip error %2).").arg(d->path).arg(error));
    return d->file.commit();
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
