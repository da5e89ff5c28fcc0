#include "ui/commands/decidegroup.h"

#include <QCoreApplication>

namespace dyad::ui {

using namespace core::reconcile;

DecideGroup::DecideGroup(Reconciler &reconciler, const Scope &scope, const Group &group, const DecisionInput &input,
                         Changed changed)
    : m_reconciler(reconciler), m_scope(scope), m_group(group), m_input(input), m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("DecideGroup", "%1 (%2)").arg(outcomeLabel(input.outcome), kindLabel(group.kind)));
}

DecideGroup::DecideGroup(Reconciler &reconciler, const Scope &scope, Changed changed)
    : m_reconciler(reconciler), m_scope(scope), m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("DecideGroup", "Accept all exact agreements"));
}

void DecideGroup::redo()
{
    m_decisions.clear();
    m_error.clear();
    if (m_group) {
        auto d = m_reconciler.decide(m_scope, *m_group, m_input);
        if (d)
            m_decisions.push_back(d->id);
        else
            m_error = d.error();
    } else {
        auto all = m_reconciler.acceptAllExact(m_scope);
        if (all) {
            for (const Decision &d : *all)
                m_decisions.push_back(d.id);
        } else {
            m_error = all.error();
        }
    }
    setObsolete(m_decisions.empty());
    if (m_changed)
        m_changed(m_error);
}

void DecideGroup::undo()
{
    if (m_decisions.empty())
        return;
    // A bulk accept is one batch: undoing one of its decisions undoes them all.
    QString error;
    if (auto st = m_reconciler.undo(m_decisions.front()); !st)
        error = st.error();
    if (m_changed)
        m_changed(error);
}

} // namespace dyad::ui
