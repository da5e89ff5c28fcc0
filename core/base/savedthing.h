#pragma once

#include <QCoreApplication>
#include <QString>

namespace dyad::core {

/**
 * What a store was writing when a write failed ("code", "coding removal"), as "Could not save
 * the %1" names it, in the user's language (context "Storage"). The project file's stores and
 * the team server's name the same things; each is listed here so that lupdate finds it, and a
 * name not listed is shown as it is.
 */
inline QString savedThing(const char *what)
{
    [[maybe_unused]] static constexpr const char *kThings[] = {
        QT_TRANSLATE_NOOP("Storage", "agreement snapshot"),
        QT_TRANSLATE_NOOP("Storage", "agreement snapshot row"),
        QT_TRANSLATE_NOOP("Storage", "assignment"),
        QT_TRANSLATE_NOOP("Storage", "audit log entry"),
        QT_TRANSLATE_NOOP("Storage", "code"),
        QT_TRANSLATE_NOOP("Storage", "code deletion"),
        QT_TRANSLATE_NOOP("Storage", "coding"),
        QT_TRANSLATE_NOOP("Storage", "coding removal"),
        QT_TRANSLATE_NOOP("Storage", "decision"),
        QT_TRANSLATE_NOOP("Storage", "decision's consensus codings"),
        QT_TRANSLATE_NOOP("Storage", "escalation"),
        QT_TRANSLATE_NOOP("Storage", "memo"),
        QT_TRANSLATE_NOOP("Storage", "project settings"),
        QT_TRANSLATE_NOOP("Storage", "record"),
        QT_TRANSLATE_NOOP("Storage", "removal of the snapshot"),
        QT_TRANSLATE_NOOP("Storage", "removal of the snapshot's rows"),
        QT_TRANSLATE_NOOP("Storage", "reviewer"),
        QT_TRANSLATE_NOOP("Storage", "round"),
        QT_TRANSLATE_NOOP("Storage", "search index"),
        QT_TRANSLATE_NOOP("Storage", "text version"),
        QT_TRANSLATE_NOOP("Storage", "undo of the decision"),
    };
    return QCoreApplication::translate("Storage", what);
}

} // namespace dyad::core
