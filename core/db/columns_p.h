#pragma once

// Private to core/db: how the stores write and read identities, JSON and times in columns.
// One definition for SqliteStore, SqliteDecisionStore and SqliteAgreementStore.

#include "core/base/savedthing.h"
#include "core/db/database.h"
#include "core/db/sqlitestore.h"
#include "core/model/types.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace dyad::core::db::detail {

/** A UUID as stored (lowercase, no braces); null is the empty string. */
inline QString idText(const QUuid &id)
{
    return id.isNull() ? QString() : uuidText(id);
}

/** UUIDs are ASCII text: parsed from the column bytes without a QString. NULL or '' → null. */
inline QUuid idFrom(const Statement &s, int column)
{
    const QByteArrayView bytes = s.utf8(column);
    return bytes.isEmpty() ? QUuid() : QUuid::fromString(QLatin1String(bytes.data(), bytes.size()));
}

inline QDateTime timeFrom(const Statement &s, int column)
{
    return s.isNull(column) ? QDateTime() : parseIsoTime(s.text(column));
}

inline QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

inline QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

inline QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

inline QStringList stringList(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : jsonArray(json))
        out << v.toString();
    return out;
}

/** A failed write, saying what was being saved. */
inline Status wrap(Status st, const char *what)
{
    if (st)
        return st;
    return makeError(
        QCoreApplication::translate("Storage", "Could not save the %1: %2").arg(savedThing(what), st.error()));
}

} // namespace dyad::core::db::detail
