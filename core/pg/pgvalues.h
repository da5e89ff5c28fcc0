#pragma once

// Dyad's values as the team server's columns hold them (ids as text, times as ISO 8601 UTC,
// text never NULL) and back: one place for PgStore, PgDecisionStore and PgAgreementStore.

#include "core/base/time.h"
#include "core/model/types.h"
#include "core/pg/pgconnection.h"

#include <QDateTime>
#include <QUuid>

namespace dyad::core::pg {

/** An id as a parameter; a null id is SQL NULL. */
inline PgValue idValue(const QUuid &id)
{
    return id.isNull() ? PgValue() : PgValue(uuidText(id).toUtf8());
}

/** Text as a parameter; a null string is the empty text (text columns are NOT NULL). */
inline PgValue textValue(const QString &s)
{
    return s.isNull() ? PgValue(QByteArray("")) : PgValue(s.toUtf8());
}

/** A time as a parameter (ISO 8601, UTC). */
inline PgValue timeValue(const QDateTime &t)
{
    return isoTime(t).toUtf8();
}

/** The id in a result cell; NULL or empty is a null id. */
inline QUuid idAt(const PgResult &r, int row, int column)
{
    const QByteArrayView b = r.bytes(row, column);
    return b.isEmpty() ? QUuid() : QUuid::fromString(QLatin1String(b.data(), b.size()));
}

/** The time in a result cell; NULL is an invalid time. */
inline QDateTime timeAt(const PgResult &r, int row, int column)
{
    return r.isNull(row, column) ? QDateTime() : parseIsoTime(r.text(row, column));
}

} // namespace dyad::core::pg
