#include "core/open/open.h"

#include "core/db/sqlitebackend.h"
#include "core/pg/teamproject.h"

#include <QFileInfo>

namespace dyad::core {

Result<std::unique_ptr<Project>> createProject(const QString &location, const QString &title)
{
    return createProject(location, NewProject{title, {}, false});
}

bool isServerLocation(const QString &location)
{
    return pg::isTeamLocation(location);
}

Result<std::unique_ptr<Project>> createProject(const QString &location, const NewProject &options)
{
    if (isServerLocation(location))
        return pg::createTeamProject(location, options); // PgBackend
    // A creation that fails half way (a full disk) leaves no half project behind.
    const bool existed = QFileInfo::exists(location);
    auto backend = db::SqliteBackend::create(location);
    if (!backend) {
        if (!existed)
            db::SqliteBackend::removeFiles(location);
        return backend.takeError();
    }
    NewProject start = options;
    if (start.title.isEmpty())
        start.title = QFileInfo(location).completeBaseName();
    auto project = Project::initialise(std::move(backend).value(), start);
    if (!project) {
        db::SqliteBackend::removeFiles(location); // the project closed as the Result went
        return project.takeError();
    }
    return project;
}

Result<std::unique_ptr<Project>> openProject(const QString &location, bool readOnly)
{
    if (isServerLocation(location))
        return pg::openTeamProject(location, readOnly); // PgBackend, acting for the signed-in reviewer
    auto backend = db::SqliteBackend::open(location, readOnly);
    if (!backend)
        return backend.takeError();
    return Project::attach(std::move(backend).value());
}

Result<std::unique_ptr<Project>> createInMemoryProject()
{
    auto backend = db::SqliteBackend::createInMemory();
    if (!backend)
        return backend.takeError();
    return Project::initialise(std::move(backend).value(), NewProject{{}, {}, true});
}

} // namespace dyad::core
