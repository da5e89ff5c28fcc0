#pragma once

#include "core/model/project.h"
#include "core/result.h"

#include <functional>
#include <memory>

namespace dyad::core {

/**
 * How projects on a team server are made and opened. core/open knows files only, so that
 * programs without team mode do not load the PostgreSQL client library; a program that
 * opens team projects registers core/pg's backend once at its start
 * (pg::registerTeamProjects()). Until then createProject() and openProject() answer a
 * server location with a clear error.
 */
struct ServerProjects
{
    std::function<Result<std::unique_ptr<Project>>(const QString &location, const NewProject &start)> create;
    std::function<Result<std::unique_ptr<Project>>(const QString &location, bool readOnly)> open;
};

/** Makes createProject() and openProject() take server locations through @p projects. */
void registerServerProjects(ServerProjects projects);

} // namespace dyad::core
