#include "core/io/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace dyad::core::io {

namespace {

QString sentence(QString cause)
{
    cause = cause.trimmed();
    if (cause.isEmpty())
        cause = QCoreApplication::translate("Export", "unknown error");
    while (cause.endsWith(QLatin1Char('.')))
        cause.chop(1);
    return cause;
}

} // namespace

Status writeAll(QIODevice &device, const QByteArray &bytes, const QString &name)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 n = device.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const QString cause = device.errorString().isEmpty() || n == 0
                ? QCoreApplication::translate("Export", "only %1 of %2 bytes could be written").arg(done).arg(bytes.size())
                : device.errorString();
            return makeError(QCoreApplication::translate("Export", "Cannot write %1: %2.").arg(name, sentence(cause)));
        }
        done += n;
    }
    return {};
}

AtomicFile::AtomicFile(const QString &path) : m_path(path)
{
    // A device or pipe cannot be renamed over: write straight into it.
    const QFileInfo info(path);
    m_direct = info.exists() && !info.isFile() && !info.isDir();
    if (m_direct)
        m_file = std::make_unique<QFile>(path);
    else
        m_file = std::make_unique<QSaveFile>(path);
}

AtomicFile::~AtomicFile()
{
    cancel();
}

Status AtomicFile::failure(const QString &cause) const
{
    return makeError(m_direct ? QCoreApplication::translate("Export", "Cannot write %1: %2.").arg(m_path, sentence(cause))
                              : QCoreApplication::translate("Export", "Cannot write %1: %2. The file was not changed.").arg(m_path, sentence(cause)));
}

Status AtomicFile::open()
{
    if (QFileInfo(m_path).isDir())
        return failure(QCoreApplication::translate("Export", "it is a folder"));
    const QIODevice::OpenMode mode = m_direct ? QIODevice::WriteOnly | QIODevice::Unbuffered : QIODevice::WriteOnly;
    if (!m_file->open(mode))
        return failure(m_file->errorString());
    m_open = true;
    m_error.clear();
    return {};
}

bool AtomicFile::write(const QByteArray &bytes)
{
    if (!m_open || !m_error.isEmpty())
        return false;
    if (auto st = writeAll(*m_file, bytes, m_path); !st) {
        m_error = m_file->errorString().isEmpty() ? QCoreApplication::translate("Export", "a write failed") : m_file->errorString();
        return false;
    }
    return true;
}

QIODevice *AtomicFile::device()
{
    return m_file.get();
}

Status AtomicFile::commit()
{
    if (!m_open)
        return failure(QCoreApplication::translate("Export", "the file was never opened"));
    if (!m_error.isEmpty()) {
        cancel();
        return failure(m_error);
    }
    m_open = false;
    if (m_direct) {
        auto *file = static_cast<QFile *>(m_file.get());
        const bool flushed = file->flush() && file->error() == QFileDevice::NoError;
        const QString cause = file->errorString();
        file->close();
        if (!flushed)
            return failure(cause);
        return {};
    }
    // QSaveFile::commit() flushes, syncs and renames; a failed write made by a stream
    // writer on device() is caught here too.
    auto *save = static_cast<QSaveFile *>(m_file.get());
    if (!save->commit())
        return failure(save->errorString());
    return {};
}

void AtomicFile::cancel()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_direct) {
        m_file->close();
        return;
    }
    auto *save = static_cast<QSaveFile *>(m_file.get());
    save->cancelWriting();
    save->commit(); // removes the temporary file, leaves the target alone
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    AtomicFile file(path);
    if (auto st = file.open(); !st)
        return st;
    file.write(bytes);
    return file.commit();
}

} // namespace dyad::core::io
