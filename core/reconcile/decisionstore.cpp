#include "core/reconcile/decisionstore.h"

#include "core/model/project.h"

#include <QCoreApplication>

namespace dyad::core::reconcile {

Result<DecisionStore *> openDecisionStore(const Project &project)
{
    if (DecisionStore *store = project.decisionStore())
        return store;
    return makeError(QCoreApplication::translate("Storage", "This project's storage does not keep a reconciliation log."));
}

} // namespace dyad::core::reconcile
