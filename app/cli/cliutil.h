#pragma once

#include "command.h"

#include "core/model/project.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace dyad::cli {

/** Opens a project, printing a one-line error on failure. */
std::unique_ptr<core::Project> openProject(const QString &path, bool readOnly = false);

/** Finds a reviewer by name or UUID; prints an error when there is none. */
std::optional<core::Reviewer> findReviewer(const core::Project &project, const QString &nameOrId);

/** Finds a code by UUID, by path "Theme > Code", or by a unique name. */
std::optional<core::Code> findCode(const core::Project &project, const QString &nameOrPath, QString *error);

/**
 * Finds a record the way every command names one: by its list number (1-based, import order,
 * as `dyad-cli records` numbers them), its UUID, a unique prefix of its UUID (at least 4 hex
 * digits, as the short ids in tables), or its DOI or PMID. On failure @p error says why (none
 * found, or how many records a prefix matches).
 */
std::optional<core::RecordSummary> findRecord(const core::Project &project, const QString &key,
                                              QString *error = nullptr);

/**
 * Resolves an id written in full or as a unique prefix (at least 4 hex digits; hyphens and case
 * ignored) among @p ids. @p what names the kind in messages ("decision"). Empty on failure with
 * @p error set.
 */
std::optional<QUuid> resolveIdPrefix(const std::vector<QUuid> &ids, const QString &key, const QString &what,
                                     QString *error);

/**
 * For commands that show every reviewer's work unblinded (for the lead): a `--as NAME` among
 * args cannot be honoured, so it is refused with a message naming the command and `instead`.
 * Returns true (after printing the error) when it was there.
 */
bool refuseViewer(const QStringList &args, const QString &command, const QString &instead);

/** Prints a JSON value (compact for arrays of many rows, indented otherwise). */
void printJson(const QJsonValue &value);

/** Parses "START:END" into a span. */
std::optional<core::Span> parseSpan(const QString &text);

/** A plain text table with left-aligned columns. */
void printTable(const QStringList &headers, const QList<QStringList> &rows);

/** Cuts a string to `width` characters for table output. */
QString elide(const QString &text, int width);

} // namespace dyad::cli
