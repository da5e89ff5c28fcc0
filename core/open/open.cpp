#include "core/open/open.h"
#include "core/open/serverprojects.h"

#include "core/db/sqlitebackend.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dyad::core {

namespace {

ServerProjects &serverProjects()
{
    static ServerProjects registered;
    return registered;
}

QString noServerSupport(const QString &location)
{
    return QCoreApplication::translate("Open", "%1 is a team project on a server, and this program cannot open team "
                                               "projects. Use dyad or dyad-cli.")
        .arg(location);
}

} // namespace

void registerServerProjects(ServerProjects projects)
{
    serverProjects() = std::move(projects);
}

Result<std::unique_ptr<Project>> createProject(const QString &location, const QString &title)
{
    return createProject(location, NewProject{title, {}, false});
}

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<std::unique_ptr<Project>> createProject(const QString &location, const NewProject &options)
{
    if (isServerLocation(location)) {
        if (!serverProjects().create)
            return makeError(noServerSupport(location));
        return serverProjects().create(location, options); // PgBackend
    }
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
    if (isServerLocation(location)) {
        if (!serverProjects().open)
            return makeError(noServerSupport(location));
        return serverProjects().open(location, readOnly); // PgBackend, acting for the signed-in reviewer
    }
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
