#include "ui/shell/importactions.h"

#include "ui/codebook/importcodebook.h"
#include "ui/document.h"
#include "ui/import/importdialog.h"
#include "ui/import/pastedialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/windowactions.h"
#include "ui/shell/windowplacement.h"

#include "core/io/import/projectimport.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace dyad::ui {

ImportActions::ImportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QAction *codebook =
        makeWindowAction(window, "importCodebook", tr("Import Code&book…"), QKeySequence(), QStringLiteral("open"));
    codebook->setToolTip(tr("Add codes from a REFI-QDA codebook (.qdc) or a table (CSV, TSV, XLSX)"));
    connect(codebook, &QAction::triggered, this, &ImportActions::importCodebook);
}

void ImportActions::openImportDialog(const QStringList &paths)
{
    Document *document = m_window->document();
    if (!document)
        return;
    auto *dialog = new ImportDialog(document, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const core::importer::ImportSummary &s) {
        reportImport(tr("Imported"), s.added, s.updated, s.skippedExisting + s.skippedWithinInput + s.malformed);
    });
    dialog->addPaths(paths);
    placeOnScreen(dialog, dialog->size(), m_window); // 1200×760 does not fit a 720-px screen
    dialog->open();
}

void ImportActions::openPasteDialog()
{
    Document *document = m_window->document();
    if (!document)
        return;
    auto *dialog = new PasteDialog(document, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasteDialog::imported, this, [this](const core::importer::ImportSummary &s) {
        reportImport(tr("Pasted"), s.added, s.updated, s.skippedExisting + s.skippedWithinInput);
    });
    placeOnScreen(dialog, dialog->size(), m_window);
    dialog->open();
}

void ImportActions::importCodebook()
{
    Document *document = m_window->document();
    if (!document)
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Codebook"), QString(),
        tr("Codebooks (*.qdc *.csv *.tsv *.xlsx);;REFI-QDA codebook (*.qdc);;Tables (*.csv *.tsv *.xlsx)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto summary = importCodebookFile(document, path);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        QMessageBox::warning(m_window, tr("Import Codebook"), summary.error());
        return;
    }
    QMessageBox::information(m_window, tr("Import Codebook"), *summary);
}

void ImportActions::reportImport(const QString &what, int added, int updated, int skipped)
{
    m_window->statusBar()->showMessage(
        tr("%1: %2 record(s) added, %3 updated, %4 skipped.").arg(what).arg(added).arg(updated).arg(skipped), 10000);
}

} // namespace dyad::ui
