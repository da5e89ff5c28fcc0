#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

class QIODevice;

namespace dyad::core::io {

/** Limits applied to every archive Dyad reads (.qdpx, .xlsx). */
struct ZipLimits
{
    qint64 maxEntries = 100000;
    qint64 maxTotalUncompressed = 2LL * 1024 * 1024 * 1024;  ///< 2 GB
    qint64 maxEntryUncompressed = 1LL * 1024 * 1024 * 1024;  ///< 1 GB
    /** An entry that inflates more than this many times its compressed size is a zip bomb. */
    double maxRatio = 200.0;
    /** The ratio is only judged for entries at least this large (tiny files compress oddly). */
    qint64 ratioFloor = 1024 * 1024;
};

/**
 * A zip archive opened for reading with every entry checked before anything is read:
 * no path traversal, no absolute or drive paths, entry-count, size and compression-ratio
 * limits. Entries are read into memory only (nothing is ever extracted to disk), and the
 * declared sizes are enforced while inflating, so a lying header cannot exhaust memory.
 */
class SafeZip
{
public:
    ~SafeZip();
    SafeZip(const SafeZip &) = delete;
    SafeZip &operator=(const SafeZip &) = delete;

    /** Opens and vets `path`; the error names the file and the offending entry. */
    static Result<std::unique_ptr<SafeZip>> open(const QString &path, const ZipLimits &limits = {});

    /** Entry names as stored (forward slashes), directories excluded. */
    QStringList entries() const { return m_entries; }
    /** The stored name matching `name` exactly, or else case-insensitively; null if none. */
    QString find(const QString &name) const;
    /** The uncompressed size an entry declares (reading never returns more); -1 if none. */
    qint64 entrySize(const QString &entryName) const;
    /** Reads one entry completely. */
    Result<QByteArray> read(const QString &entryName);
    /**
     * Opens one entry for reading as a stream (for entries too large to hold, such as a
     * project.qde with 400,000 codings). The device inflates as it is read, through a handle
     * of its own, so other entries can be read meanwhile; it fails a read (and reports why in
     * errorString()) as soon as the data outgrows the size the entry declares.
     */
    Result<std::unique_ptr<QIODevice>> openStream(const QString &entryName);

private:
    SafeZip() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
    QStringList m_entries;
    QString m_path;
    ZipLimits m_limits;
};

/**
 * Writes a zip archive entry by entry, each streamed (for entries too large to build in
 * memory), through a temporary file that replaces the target only when commit() succeeds.
 * One entry is open at a time: begin an entry, write to device(), begin the next.
 */
class ZipWriter
{
public:
    explicit ZipWriter(QString path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    Status open();
    /** Closes the entry being written (if any) and starts `name` (deflated, UTF-8 name). */
    Status beginEntry(const QString &name);
    /** The open entry; every write is checked by the next beginEntry() or commit(). */
    QIODevice *device();
    /** Writes a whole entry. */
    Status writeEntry(const QString &name, const QByteArray &data);
    /** Finishes the archive and gives it its name; on failure the target is unchanged. */
    Status commit();

private:
    Status closeEntry();
    struct Impl;
    std::unique_ptr<Impl> d;
};

/**
 * Writes a zip archive (deflated, UTF-8 names) from in-memory entries, through a temporary
 * file that replaces `path` only when complete. Names are written as given: callers pass
 * names they made themselves.
 */
Status writeZipArchive(const QString &path, const std::vector<std::pair<QString, QByteArray>> &entries);

/** Why a stream from SafeZip::openStream() failed (a lying size, a bad checksum); empty if it did not. */
QString streamError(const QIODevice *stream);

/** Whether an entry name is safe to use (relative, no "..", no drive, no NUL, no backslash tricks). */
bool isSafeEntryName(const QString &name, QString *why = nullptr);

} // namespace dyad::core::io
