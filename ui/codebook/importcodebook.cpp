#include "ui/codebook/importcodebook.h"

#include "core/io/import/codebookimport.h"
#include "core/io/refi/refiimport.h"
#include "ui/document.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dyad::ui {

namespace {
QString listed(const QString &heading, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString out = QStringLiteral("\n\n") + heading;
    for (const QString &item : items)
        out += QStringLiteral("\n• ") + item;
    return out;
}
} // namespace

core::Result<QString> importCodebookFile(Document *document, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString name = QFileInfo(path).fileName();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("xlsx")) {
        auto r = core::io::importCodebookTable(document->project(), path);
        if (!r)
            return r.takeError();
        return QCoreApplication::translate("ImportCodebook", "%1: %2 code(s) created, %3 updated, %4 unchanged.")
                   .arg(name)
                   .arg(r->created)
                   .arg(r->updated)
                   .arg(r->unchanged)
            + listed(QCoreApplication::translate("ImportCodebook", "Notes:"), r->notes);
    }
    if (suffix == QLatin1String("qdc")) {
        auto r = core::io::importQdc(document->project(), path);
        if (!r)
            return r.takeError();
        return QCoreApplication::translate("ImportCodebook", "%1: %2 code(s) created, %3 updated.").arg(name).arg(r->codes).arg(r->codesUpdated)
            + listed(QCoreApplication::translate("ImportCodebook", "Adjusted:"), r->adjustments) + listed(QCoreApplication::translate("ImportCodebook", "Not imported:"), r->skipped);
    }
    return core::makeError(QCoreApplication::translate("ImportCodebook", "%1 is not a codebook Dyad can read: choose a REFI-QDA codebook (.qdc) or a table "
                              "(.csv, .tsv, .xlsx).")
                               .arg(name));
}

} // namespace dyad::ui
