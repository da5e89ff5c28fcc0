#pragma once

#include <QObject>
#include <QStringList>

namespace dyad::ui {

class MainWindow;

/**
 * Bringing data into the open project: the import dialog (also for files dropped on the
 * window), the Paste Record dialog and File › Import Codebook; what came in is reported
 * in the status bar.
 */
class ImportActions : public QObject
{
    Q_OBJECT

public:
    /** Creates the Import Codebook action on @p window. */
    explicit ImportActions(MainWindow *window);

    /** Opens the import dialog (non-blocking, window-modal) with these files or folders. */
    void openImportDialog(const QStringList &paths = {});
    /** Opens the Paste Record dialog (non-blocking, window-modal). */
    void openPasteDialog();
    /** A .qdc or a CSV/TSV/XLSX table into the open project. */
    void importCodebook();

private:
    void reportImport(const QString &what, int added, int updated, int skipped);

    MainWindow *m_window;
};

} // namespace dyad::ui
