#pragma once

#include <QDateTime>
#include <QString>

namespace dyad::core {

/** UTC ISO-8601 with milliseconds, the one time format Dyad stores and exports. */
QString isoTime(const QDateTime &time);
/** Reads isoTime() text (and plain ISO-8601 without milliseconds) as UTC. */
QDateTime parseIsoTime(const QString &text);

} // namespace dyad::core
