#pragma once

#include <QString>
#include <QUuid>

namespace dyad::core {
class Project;
}

namespace dyad::ui {

/**
 * Names for the History list ("Apply Trust to “Local councils and…”"): a code's name, and a
 * record's title in quotes, shortened so an entry fits on one line.
 */
QString codeNameForHistory(const core::Project &project, const QUuid &codeId);
QString recordTitleForHistory(const core::Project &project, const QUuid &recordId);

} // namespace dyad::ui
