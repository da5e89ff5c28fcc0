#pragma once

#include "core/result.h"

#include <QUndoCommand>
#include <QUuid>

namespace dyad::core {
struct Code;
}

namespace dyad::ui {

class Document;

/** A text field of a code as stored now (empty when the code is gone). */
QString codeField(Document *document, const QUuid &codeId, QString core::Code::*field);

/** Reports a failed write to the user through the document; returns whether it succeeded. */
bool reportFailure(Document *document, const core::Status &status);

/**
 * The undo command for changing one value of one object (a code's name, a coding's memo, a
 * record's status ...), after Tiled's ChangeValue<Object, Value>: a subclass only says how
 * the value is written (setValue) and, when its edits merge into one undo step, under which
 * id() and whether another command of that id edits the same value (sameValue).
 *
 * `Object` names what is changed (core::Code, core::Coding, core::Record); the object itself
 * is addressed by its id, because commands outlive the copies core hands out. Commands of one
 * id() merge only with their own kind, so mergeWith() may cast to this type.
 */
template <typename Object, typename Value>
class ChangeValue : public QUndoCommand
{
public:
    void undo() override
    {
        m_expected = m_after; // an undo writes over what the command left
        apply(m_before);
    }

    void redo() override
    {
        if (m_written)
            m_expected = m_before; // a redo after an undo writes over what the undo put back
        const bool ok = apply(m_after);
        m_written = true;
        if (!ok)
            setObsolete(true); // refused (the object is gone, or core said no): not in the history
    }

    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        // A write that was refused (QUndoStack still offers it for merging) changes nothing.
        if (other->isObsolete())
            return false;
        const auto *o = static_cast<const ChangeValue *>(other);
        if (o->m_objectId != m_objectId || !sameValue(*o))
            return false;
        m_after = o->m_after;
        valueMerged();
        setObsolete(m_after == m_before); // edited back to where it was: no step at all
        return true;
    }

    /** Whether the command changes anything (nothing to push otherwise). */
    bool changesValue() const { return m_before != m_after; }

protected:
    /** `mergeId` -1: every command is its own undo step. */
    ChangeValue(Document *document, const QUuid &objectId, Value before, Value after, int mergeId,
                const QString &text, QUndoCommand *parent)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_objectId(objectId)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_expected(m_before)
        , m_mergeId(mergeId)
    {
    }

    /** Writes `value` through the project. */
    virtual core::Status setValue(const Value &value) = 0;
    /** For merging: whether `other` (same id(), same object) changes the same value. */
    virtual bool sameValue(const ChangeValue &other) const
    {
        Q_UNUSED(other);
        return true;
    }
    /** After a merge, e.g. to name the new value in the history. */
    virtual void valueMerged() {}

    Document *document() const { return m_document; }
    const QUuid &objectId() const { return m_objectId; }
    const Value &before() const { return m_before; }
    const Value &after() const { return m_after; }
    /** For subclasses that can only read the old value once constructed. */
    void setBefore(Value before) { m_before = std::move(before); }

    /**
     * The value the write under way expects to find, for subclasses that refuse to overwrite a
     * change made meanwhile in another window, program or session: for the first write, the
     * old value (or what setExpected() said the editor showed); for an undo, the value the
     * command wrote; for a later redo, the value the undo put back.
     */
    const Value &expected() const { return m_expected; }
    /** What the first write expects to find, when the editor showed something else than before(). */
    void setExpected(Value value) { m_expected = std::move(value); }
    /** Whether the write under way is the command's first (its redo when pushed). */
    bool isFirstWrite() const { return !m_written; }

private:
    bool apply(const Value &value) { return reportFailure(m_document, setValue(value)); }

    Document *m_document;
    QUuid m_objectId;
    Value m_before;
    Value m_after;
    Value m_expected;
    int m_mergeId;
    bool m_written = false; ///< the first write has been tried
};

} // namespace dyad::ui
