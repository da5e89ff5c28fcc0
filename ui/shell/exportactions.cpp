#include "ui/shell/exportactions.h"

#include "ui/document.h"
#include "ui/shell/mainwindow.h"

#include "core/io/export/exporter.h"
#include "core/model/project.h"
#include "print/htmlpdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace dyad::ui {

namespace {

/** Core's texts for menus and dialogs, in the user's language. */
QString exporterText(const char *text)
{
    return QCoreApplication::translate("Export", text);
}

core::Status writePdf(const QString &path, const QString &html, const QString &title)
{
    QString error;
    if (!print::writeHtmlPdf(path, html, {title, false}, &error))
        return core::makeError(error);
    return {};
}

} // namespace

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void ExportActions::fillMenu(QMenu *menu)
{
    for (const core::io::Exporter *exporter : core::io::exporters())
        for (const core::io::ExportMenuEntry &entry : exporter->menuEntries())
            menu->addAction(exporterText(entry.text), this, [this, exporter, entry] { exportData(*exporter, entry); });
}

void ExportActions::exportData(const core::io::Exporter &exporter, const core::io::ExportMenuEntry &entry)
{
    Document *document = m_window->document();
    if (!document)
        return;
    core::Project &project = document->project();
    // Blinding holds in exports too: a reviewer exports what they may see. The segments
    // table is cut to it; the whole-project formats (REFI-QDA, codebook with counts, theme
    // summary) would carry others' work and are refused while anything is blinded.
    const QUuid viewer = document->reviewerId();
    if (exporter.needsUnblindedProject()) {
        if (const qsizetype blinded = core::io::blindedRecordCount(project, viewer); blinded > 0) {
            QMessageBox::information(
                m_window, tr("Export"),
                tr("%n record(s) are still blinded for you, and this export would carry the other reviewers' work "
                   "on them. Export your Coded Segments or a Reviewer Copy instead, or export once the round has "
                   "moved to reconciliation.",
                   nullptr, static_cast<int>(blinded)));
            return;
        }
    }
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export"), QString(), exporterText(exporter.nameFilter()));
    if (path.isEmpty())
        return;
    const QStringList suffixes = exporter.suffixes();
    if (suffixes.size() > 1 && !suffixes.contains(QFileInfo(path).suffix().toLower())) {
        QStringList dotted;
        for (const QString &s : suffixes)
            dotted << QLatin1Char('.') + s;
        m_window->showError(tr("Choose a file ending in %1.").arg(dotted.join(QStringLiteral(", "))));
        return;
    }
    core::io::ExportOptions options;
    options.utf16Offsets = entry.utf16Offsets; // NVivo counts UTF-16 units
    options.pdfWriter = writePdf;
    const auto written = exporter.write(project, viewer, path, options);
    if (!written)
        m_window->showError(written.error());
    else if (!written->spanProblems.isEmpty()) // a damaged file's codings, cut to their text or left out
        m_window->showError(
            tr("Exported %1, but %n coding(s) do not fit their text (a damaged file; 'dyad-cli check' lists "
               "every problem):\n%2",
               nullptr, static_cast<int>(written->spanProblems.size()))
                .arg(QDir::toNativeSeparators(path), written->spanProblems.join(QLatin1Char('\n'))));
    else
        m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 6000);
    if (written && !written->warnings.isEmpty())
        QMessageBox::information(m_window, tr("Export"), written->warnings.join(QStringLiteral("\n\n")));
}

} // namespace dyad::ui
