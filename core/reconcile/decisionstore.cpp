#include "core/reconcile/decisionstore.h"

#include "core/model/project.h"

namespace dyad::core::reconcile {

Result<DecisionStore *> openDecisionStore(const Project &project)
{
    if (DecisionStore *store = project.decisionStore())
        return store;
    return makeError(QStringLiteral("This project's storage does not keep a reconciliation log."));
}

} // namespace dyad::core::reconcile
