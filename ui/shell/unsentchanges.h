#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

class QUndoCommand;

namespace dyad::ui {

class Document;

/**
 * Changes a window could not send to its team server, kept in a file when the user closes
 * the window and chooses to keep them, and offered again by the next session that opens the
 * same server location (docs/team.md). Codings added and removed are kept in full (ids,
 * spans, memos); other changes cannot be kept and are named as such when saving.
 *
 * The file lives in the application's data folder, one per location, written atomically.
 */
namespace unsent {

/** Whether a waiting change can be kept in the file (codings added or removed). */
bool canKeep(const QUndoCommand &command);

/** Where the kept changes of `location` are (whether or not there are any). */
QString filePath(const QString &location);

/** What save() kept and what it could not. */
struct Saved
{
    int kept = 0;
    QStringList notKept; ///< the changes that cannot be kept in a file, in words
};

/** Writes the document's waiting changes for its location (adds to changes kept before). */
core::Result<Saved> save(const Document &document);

/** A kept change: the command to push and its description. */
struct Kept
{
    QUndoCommand *command; ///< owned by the caller (push it, or delete it)
    QString description;
};

/**
 * Reads the changes kept for the document's location, as commands for that document, in
 * the order they were made. Empty when there are none; an error names the file and what is
 * wrong with it (the file is left as it is).
 */
core::Result<std::vector<Kept>> load(Document &document);

/** Removes the file of kept changes of `location` (sent or discarded). */
bool remove(const QString &location);

} // namespace unsent
} // namespace dyad::ui
