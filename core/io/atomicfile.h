#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QFileDevice;
class QIODevice;

namespace dyad::core::io {

/**
 * A file that is written completely or not at all. Every write is checked; the target is
 * replaced only by commit(), and only when everything was written (QSaveFile: a temporary
 * file next to the target, renamed over it). A target that is not a regular file (a
 * terminal, a pipe, /dev/stdout) cannot be replaced and is written directly, still with
 * every write checked. Destroying an AtomicFile that was not committed leaves the target as
 * it was and removes the temporary file.
 *
 * Error messages name the file and the cause, e.g. "Cannot write out.csv: No space left on
 * device. The file was not changed."
 */
class AtomicFile
{
public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    /** Opens the temporary file (or the device). */
    Status open();
    /** Appends @p bytes; the first failure is remembered and reported by commit(). */
    bool write(const QByteArray &bytes);
    /** The device to stream into (e.g. for QXmlStreamWriter); check with commit(). */
    QIODevice *device();
    /** Replaces the target with what was written, or reports the first failure. */
    Status commit();
    /** Discards what was written; the target is untouched. */
    void cancel();

    const QString &path() const { return m_path; }

private:
    Status failure(const QString &cause) const;

    QString m_path;
    std::unique_ptr<QFileDevice> m_file; ///< a QSaveFile, or a QFile for a device
    bool m_direct = false;
    bool m_open = false;
    QString m_error;
};

/** Writes @p bytes to @p path through AtomicFile. */
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

/**
 * Writes all of @p bytes to an open @p device, looping over partial writes, and reports
 * a short write or a failed write as an error naming @p name. Used by AtomicFile; tests
 * call it with a device that runs out of room.
 */
Status writeAll(QIODevice &device, const QByteArray &bytes, const QString &name);

} // namespace dyad::core::io
