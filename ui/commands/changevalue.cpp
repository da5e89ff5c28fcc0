#include "ui/commands/changevalue.h"

#include "core/model/project.h"
#include "ui/document.h"

#include <QCoreApplication>

namespace dyad::ui {

bool reportFailure(Document *document, const core::Status &status)
{
    if (!status)
        document->reportError(status.error());
    return status.ok();
}

QString codeField(Document *document, const QUuid &codeId, QString core::Code::*field)
{
    const auto code = document->project().code(codeId);
    return code ? (*code).*field : QString();
}

} // namespace dyad::ui
