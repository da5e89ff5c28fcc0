#pragma once

#include "core/base/span.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dyad::core::text {

/**
 * Where a search typed in the workbench's record search box matches @p text, as sorted,
 * non-overlapping code-point spans of the original text, so the document view can mark the
 * hits and "Code All Hits" can code them. It agrees with how the box finds records
 * (each word as a prefix, matched with foldForSearch()):
 *
 * - a word matches at the start of a word and the span runs to the end of that word
 *   ("depress" marks all of "depression", not "antidepressant");
 * - a word in a script written without spaces (Han, Kana, Thai) matches anywhere;
 * - text between double quotes is one phrase, matched as typed;
 * - a trailing `*` is ignored (every word is a prefix already).
 */
std::vector<Span> searchHitSpans(const QString &text, const QString &userQuery);

/** The units searchHitSpans() matches: the words and quoted phrases of @p userQuery. */
QStringList searchUnits(const QString &userQuery);

} // namespace dyad::core::text
