#include "core/model/storeextensions.h"

#include "core/agreement/agreementstore.h"
#include "core/reconcile/decisionstore.h"

#include <QMutex>

#include <vector>

namespace dyad::core {

namespace {
QMutex s_mutex;
std::vector<StoreExtensions> &registered()
{
    static std::vector<StoreExtensions> s_extensions;
    return s_extensions;
}
} // namespace

void registerStoreExtensions(const StoreExtensions &extensions)
{
    QMutexLocker lock(&s_mutex);
    registered().push_back(extensions);
}

std::unique_ptr<agreement::AgreementStore> openExtensionAgreementStore(Store &store)
{
    QMutexLocker lock(&s_mutex);
    for (const StoreExtensions &e : registered())
        if (e.agreement)
            if (auto opened = e.agreement(store))
                return opened;
    return nullptr;
}

std::unique_ptr<reconcile::DecisionStore> openExtensionDecisionStore(Store &store)
{
    QMutexLocker lock(&s_mutex);
    for (const StoreExtensions &e : registered())
        if (e.decisions)
            if (auto opened = e.decisions(store))
                return opened;
    return nullptr;
}

} // namespace dyad::core
