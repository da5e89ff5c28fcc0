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

/**
 * Binds a UUID as idText() writes it (lowercase, no braces; NULL for a null id) without making
 * a QString: a bulk import binds four per coding.
 */
inline Statement &bindId(Statement &s, int index, const QUuid &id)
{
    if (id.isNull())
        return s.bindNull(index);
    static constexpr char kHex[] = "0123456789abcdef";
    char text[36];
    int at = 0;
    auto put = [&](quint64 value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            text[at++] = kHex[(value >> shift) & 0xf];
    };
    put(id.data1, 8);
    text[at++] = '-';
    put(id.data2, 4);
    text[at++] = '-';
    put(id.data3, 4);
    text[at++] = '-';
    put(quint64(id.data4[0]) << 8 | id.data4[1], 4);
    text[at++] = '-';
    for (int i = 2; i < 8; ++i)
        put(id.data4[i], 2);
    return s.bindUtf8(index, QByteArrayView(text, at));
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
