#pragma once

#include "core/model/project.h"
#include "core/open/open.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace dyad::ui {

/**
 * Runs a read-only query on a pooled worker thread through a connection of its own to the
 * project file (an SQLite connection belongs to one thread), so a large count does not hold
 * up the window; `done` then runs on @p receiver's thread, unless the receiver is gone. It
 * gets nullopt when the worker could not open the file, so the caller can query at home.
 * An in-memory project is queried at once on this thread. Returns whether the query went
 * to the background.
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
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([path, query, done, guard] {
        std::optional<T> result;
        if (auto opened = core::openProject(path, true))
            result = query(**opened);
        // Delivered through the application object, which outlives the receiver; the guard
        // is read on the receiver's (main) thread only.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace dyad::ui
