#pragma once

#include "core/model/project.h"
#include "core/result.h"

#include <memory>

namespace dyad::core {

/**
 * Making and opening projects by location: the one place that picks a storage backend.
 * A location is a file path (SQLite, the embedded default) or a postgresql:// URL (a team
 * server, core/pg; docs/team.md). app/ (GUI, CLI), io and tests come here instead of naming
 * a backend.
 */

/** True for a postgresql:// (or postgres://) location, false for a project file path. */
bool isServerLocation(const QString &location);

/** Creates a new project; the title defaults to the file's base name. A failed creation leaves no file behind. */
Result<std::unique_ptr<Project>> createProject(const QString &location, const QString &title = QString());
/** Creates a new project with the given start (title, Consensus id). */
Result<std::unique_ptr<Project>> createProject(const QString &location, const NewProject &options);
/**
 * Opens an existing project; a clear error for files that are not projects or are too new,
 * or for a server that cannot be reached. A team project acts for the signed-in reviewer.
 */
Result<std::unique_ptr<Project>> openProject(const QString &location, bool readOnly = false);
/** A throwaway project in memory (tests). */
Result<std::unique_ptr<Project>> createInMemoryProject();

} // namespace dyad::core
