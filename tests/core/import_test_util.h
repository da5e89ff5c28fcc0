#pragma once

#include "core/io/import/importreader.h"

#include <QFile>
#include <QString>

#include <cstdlib>

namespace dyad::test {

inline QString importData(const char *name)
{
    return QStringLiteral(DYAD_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/** The shared folder (seeds, corpora): $DYAD_SHARED_DIR, else the build-time default. */
inline QString sharedDir()
{
    if (const char *env = std::getenv("DYAD_SHARED_DIR"); env && *env)
        return QString::fromLocal8Bit(env);
    return QStringLiteral(DYAD_SHARED_DIR);
}

/** All diagnostics of a report, one per line, for failure messages. */
inline std::string diagnosticsText(const core::importer::ParseReport &r)
{
    QString out;
    for (const auto &d : r.diagnostics)
        out += d.toString() + u'\n';
    return out.toStdString();
}

} // namespace dyad::test
