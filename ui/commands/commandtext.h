#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>

class QUndoCommand;

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

/**
 * A change waiting for the team server, in words: for codings each one as
 * "Code 'Trust' on “Rural clinics…”, 'build trust' [30,41)", otherwise the History text.
 * Names come from what the window last read, since the server cannot be asked.
 */
QStringList describeUnsavedChange(const QUndoCommand &command, const core::Project &project);

} // namespace dyad::ui
