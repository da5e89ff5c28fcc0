#pragma once

// Helpers for fuzz targets whose parser takes a file (archives, codebooks, mappings): the
// input is written to a scratch file in one per-process temporary folder.

#include "core/model/project.h"
#include "core/open/open.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace dyad::fuzz {

inline QTemporaryDir &scratchDir()
{
    static QTemporaryDir dir;
    return dir;
}

/** Writes the fuzz input to a scratch file named @p name and returns its path. */
inline QString scratchFile(const uint8_t *data, size_t size, const QString &name)
{
    const QString path = scratchDir().filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort(); // the fuzzer's own temporary folder must be writable
    return path;
}

/** A fresh in-memory project with one reviewer acting. */
inline std::unique_ptr<core::Project> scratchProject()
{
    auto p = core::createInMemoryProject();
    if (!p)
        std::abort();
    auto project = std::move(p).value();
    auto lead = project->addReviewer(QStringLiteral("Lead"), core::ReviewerRole::Lead);
    if (!lead)
        std::abort();
    project->setActor(lead->id);
    return project;
}

/** An error message must say something: an empty one would leave the user guessing. */
inline void checkMessage(const QString &message)
{
    if (message.trimmed().isEmpty())
        std::abort();
}

} // namespace dyad::fuzz
