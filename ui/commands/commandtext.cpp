#include "ui/commands/commandtext.h"

#include "core/model/project.h"
#include "core/text/offsets.h"
#include "ui/commands/addremovecodings.h"

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
    if (code)
        return shortened(code->name, 40);
    // Offline, the server cannot be asked: name it as this window last saw it.
    const QString known = project.isOffline() ? project.lastReadCodeName(codeId) : QString();
    return known.isEmpty() ? QCoreApplication::translate("Undo Commands", "a deleted code") : shortened(known, 40);
}

QString recordTitleForHistory(const core::Project &project, const QUuid &recordId)
{
    const auto record = project.record(recordId);
    QString title;
    if (record)
        title = record->title;
    else if (project.isOffline())
        title = project.lastReadRecordTitle(recordId);
    if (!record && title.isEmpty())
        return QCoreApplication::translate("Undo Commands", "a removed record");
    return QCoreApplication::translate("Undo Commands", "“%1”").arg(shortened(title, 36));
}

QStringList describeUnsavedChange(const QUndoCommand &command, const core::Project &project)
{
    const auto *codings = dynamic_cast<const AddRemoveCodings *>(&command);
    if (!codings)
        return {command.text()};
    const bool adding = dynamic_cast<const AddCodings *>(&command) != nullptr;
    QStringList out;
    for (const core::Coding &c : codings->codings()) {
        QString code = project.lastReadCodeName(c.codeId);
        if (code.isEmpty())
            code = codeNameForHistory(project, c.codeId);
        QString title = project.lastReadRecordTitle(c.recordId);
        if (title.isEmpty())
            title = recordTitleForHistory(project, c.recordId);
        else
            title = QCoreApplication::translate("Undo Commands", "“%1”").arg(shortened(title, 36));
        const QString quote = shortened(core::text::substringByCodePoints(project.lastReadRecordText(c.recordId), c.span), 30);
        const QString span = QStringLiteral("[%1,%2)").arg(c.span.start).arg(c.span.end);
        out << (adding ? QCoreApplication::translate("Undo Commands", "Code '%1' on %2, '%3' %4")
                       : QCoreApplication::translate("Undo Commands", "Remove code '%1' from %2, '%3' %4"))
                   .arg(shortened(code, 40), title, quote, span);
    }
    return out;
}

} // namespace dyad::ui
