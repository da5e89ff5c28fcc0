#pragma once

#include "core/result.h"

#include <functional>
#include <memory>

namespace dyad::core {
class Project;
class Store;
namespace agreement {
class AgreementStore;
}
namespace reconcile {
class DecisionStore;
}

/**
 * The agreement and decision stores of a storage other than SQLite. A backend library that
 * core does not link (core/pg, the team server) registers how to open its own when it opens
 * a project; openAgreementStore() and openDecisionStore() ask here when the project is not
 * a file. Each opener returns nothing when the store is not its kind.
 */
struct StoreExtensions
{
    std::function<std::unique_ptr<agreement::AgreementStore>(Store &)> agreement;
    std::function<std::unique_ptr<reconcile::DecisionStore>(Store &)> decisions;
};

/** Registers (once per backend; later calls with the same backend replace nothing). */
void registerStoreExtensions(const StoreExtensions &extensions);
std::unique_ptr<agreement::AgreementStore> openExtensionAgreementStore(Store &store);
std::unique_ptr<reconcile::DecisionStore> openExtensionDecisionStore(Store &store);

} // namespace dyad::core
