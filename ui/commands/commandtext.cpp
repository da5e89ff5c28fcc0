#include "ui/commands/commandtext.h"

#include "core/model/project.h"

#include <QCoreApplication>

namespace dyad::ui {

namespace {

QString shortened(const QString &text, int length)
{
    const QString simple = text.simplified();
    return simple.size() > length ? simple.left(length - 1).trimmed() + QStringLiteral("…") : simple;
}

} // namespace

QString codeNameForHistory(const core::Project &project, const QUuid &codeId)
{
    const auto code = project.code(codeId);
    return code ? shortened(code->name, 40) : QCoreApplication::translate("Undo Commands", "a deleted code");
}

QString recordTitleForHistory(const core::Project &project, const QUuid &recordId)
{
    const auto record = project.record(recordId);
    if (!record)
        return QCoreApplication::translate("Undo Commands", "a removed record");
    return QCoreApplication::translate("Undo Commands", "“%1”").arg(shortened(record->title, 36));
}

} // namespace dyad::ui
