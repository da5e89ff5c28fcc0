#pragma once

#include "core/model/types.h"

#include <QString>
#include <QUuid>

namespace dyad::core::io {

/** REFI-QDA namespaces (schema 1.0, unchanged in standard 1.5). */
inline constexpr char16_t kRefiProjectNs[] = u"urn:QDA-XML:project:1.0";
inline constexpr char16_t kRefiCodebookNs[] = u"urn:QDA-XML:codebook:1.0";

/** A Dyad UUID as a REFI GUID: upper case, no braces (stable across exports). */
QString refiGuid(const QUuid &id);
/** Reads a GUID leniently: braces or not, any case, surrounding blanks. Null when invalid. */
QUuid parseRefiGuid(QStringView text);
/** A GUID derived from a Dyad id and a purpose, identical in every export (UUID v5). */
QUuid derivedGuid(const QString &purpose, const QUuid &id, const QUuid &second = QUuid());

/** UTC time as xsd:dateTime ("2024-05-01T12:00:00Z"). */
QString refiDateTime(const QDateTime &time);
/** Reads xsd:dateTime leniently (with or without zone); invalid when unreadable. */
QDateTime parseRefiDateTime(const QString &text);

/**
 * The REFI Description of a code: the definition, then "Use when:", "Do not use when:" and
 * "Example:" paragraphs when present, so other tools show them and Dyad can read them back.
 */
QString codeDescription(const Code &code);
/** Splits a Description written by codeDescription() (or any tool) back into the code's fields. */
void applyCodeDescription(const QString &description, Code &code);

/** A colour as REFI wants it (#RRGGBB), or empty when the input is not a colour. */
QString refiColor(const QString &color);
/** A REFI colour (#RGB or #RRGGBB, any case) as Dyad stores it (#rrggbb); empty if invalid. */
QString dyadColor(const QString &refi);

} // namespace dyad::core::io
