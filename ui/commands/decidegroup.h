#pragma once

#include "core/reconcile/reconciler.h"

#include <QUndoCommand>

#include <functional>

namespace dyad::ui {

/**
 * Decides one group, or accepts every open exact agreement of a scope at once, as one undo
 * step. Redo writes through Reconciler (consensus codings and log entry in one transaction);
 * undo calls Reconciler::undo, which removes them and marks the decision undone in the log.
 * A redo that fails marks the command obsolete, so QUndoStack drops it; error() says why.
 */
class DecideGroup : public QUndoCommand
{
public:
    /** Called after every redo and undo, with the error when it failed (else empty). */
    using Changed = std::function<void(const QString &error)>;

    DecideGroup(core::reconcile::Reconciler &reconciler, const core::reconcile::Scope &scope,
                const core::reconcile::Group &group, const core::reconcile::DecisionInput &input, Changed changed);
    /** Bulk: accept all open exact agreements in scope. */
    DecideGroup(core::reconcile::Reconciler &reconciler, const core::reconcile::Scope &scope, Changed changed);

    void redo() override;
    void undo() override;

    const QString &error() const { return m_error; }
    int decisionCount() const { return static_cast<int>(m_decisions.size()); }

private:
    core::reconcile::Reconciler &m_reconciler;
    core::reconcile::Scope m_scope;
    std::optional<core::reconcile::Group> m_group;   ///< unset for the bulk accept
    core::reconcile::DecisionInput m_input;
    Changed m_changed;
    std::vector<QUuid> m_decisions;
    QString m_error;
};

} // namespace dyad::ui
