#include "core/agreement/agreementstore.h"

#include "core/model/project.h"

#include <QCoreApplication>

namespace dyad::core::agreement {

Result<AgreementStore *> openAgreementStore(const Project &project)
{
    if (AgreementStore *store = project.agreementStore())
        return store;
    return makeError(QCoreApplication::translate("Storage", "This project's storage does not keep agreement snapshots."));
}

} // namespace dyad::core::agreement
