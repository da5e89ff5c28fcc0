#pragma once

#include "core/model/project.h"
#include "core/open/open.h"
#include "ui/taskrunner.h"

#include <functional>
#include <optional>

namespace dyad::ui {

/**
 * Runs a read-only query in the background (runInBackground()) through a connection of its
 * own to the project file (an SQLite connection belongs to one thread), so a large count does
 * not hold up the window; `done` then runs on @p receiver's thread, unless the receiver is
 * gone. It gets nullopt when the worker could not open the file, so the caller can query at
 * home. An in-memory project is queried at once on this thread. Returns whether the query
 * went to the background.
 */
template<typename T>
bool queryInBackground(QObject *receiver, const core::Project &project,
                       std::function<T(const core::Project &)> query, std::function<void(std::optional<T>)> done)
{
    const QString path = project.path();
    if (path.isEmpty() || path == QLatin1String(":memory:")) {
        done(query(project));
        return false;
    }
    using Answer = std::optional<T>;
    const QFuture<Answer> future = runInBackground<Answer>([path, query](TaskContext &) -> Answer {
        if (auto opened = core::openProject(path, true))
            return query(**opened);
        return std::nullopt;
    });
    whenFinished<Answer>(future, receiver, [done](std::optional<Answer> answer) {
        done(answer ? std::move(*answer) : std::nullopt);
    });
    return true;
}

} // namespace dyad::ui
