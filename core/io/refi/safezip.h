#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

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

private:
    SafeZip() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
    QStringList m_entries;
    QString m_path;
    ZipLimits m_limits;
};

/**
 * Writes a zip archive (deflated, UTF-8 names) from in-memory entries, through a temporary
 * file that replaces `path` only when complete. Names are written as given: callers pass
 * names they made themselves.
 */
Status writeZipArchive(const QString &path, const std::vector<std::pair<QString, QByteArray>> &entries);

/** Whether an entry name is safe to use (relative, no "..", no drive, no NUL, no backslash tricks). */
bool isSafeEntryName(const QString &name, QString *why = nullptr);

} // namespace dyad::core::io
