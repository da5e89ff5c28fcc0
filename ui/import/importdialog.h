#pragma once

#include "core/io/import/projectimport.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

class QTimer;

namespace dyad::ui {

class Document;

/**
 * File > Import Records: input files (added, or dropped as files or folders), the detected
 * format and encoding of each with overrides, the CSV column mapping, a preview of the
 * first records with their duplicate decisions, the diagnostics and a summary. Files are
 * read in a worker thread (progress bar, Cancel); the project is only read on the GUI
 * thread (its record keys, once) and written there by Import, in one transaction that a
 * Cancel rolls back.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    /** Rows shown in the preview of the selected file. */
    static constexpr int kPreviewRows = 50;

    /** Imports into @p document's project (it writes, so it holds the document). */
    explicit ImportDialog(Document *document, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /** Adds files; a folder adds its plain-text files, read one record per file. */
    void addPaths(const QStringList &paths);
    QStringList files() const;
    void selectFile(int row);
    int selectedFile() const;

    /** True while the worker reads the files. */
    bool isReading() const;
    /** The current plan (null before the first read finished). */
    const core::importer::ImportPlan *plan() const { return m_plan.get(); }
    /** What Import did (after the dialog was accepted). */
    const core::importer::ImportSummary &summary() const { return m_summary; }

    /** Stops a read in progress, then closes. */
    void reject() override;

signals:
    /** A read finished (or was cancelled) and the preview shows its outcome. */
    void readingFinished();
    /** Import wrote the records. */
    void imported(const core::importer::ImportSummary &summary);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct FileEntry;
    struct ReadResult;

    void addFilesDialog();
    void addFolderDialog();
    void removeSelected();
    void addFile(const QString &path, bool asText);
    void scheduleRead();
    void startRead();
    void cancelRead();
    void readFinished();
    void showSelected();
    void showMapping(const FileEntry &entry, const core::importer::ImportSource *source);
    void fillPreview(int fileRow);
    void fillDiagnostics();
    void updateSummary();
    void updateButtons();
    void formatChosen();
    void encodingChosen();
    void mappingChosen();
    void strictChosen();
    void import();
    void stopWorker();

    Document *m_document;
    std::vector<core::importer::ExistingRecordKey> m_keys;
    std::vector<FileEntry> m_files;
    std::shared_ptr<const core::importer::ImportPlan> m_plan;
    QStringList m_planFiles; ///< the files of m_plan, in its source order
    core::importer::ImportSummary m_summary;

    QFutureWatcher<bool> *m_reader;
    bool m_reading = false; ///< a read is under way, or its end not yet handled
    std::shared_ptr<ReadResult> m_result;
    bool m_readAgain = false;
    bool m_filling = false; ///< widgets are being filled, not edited by the user
    QTimer *m_readTimer;

    QListWidget *m_fileList;
    QPushButton *m_removeButton;
    QGroupBox *m_fileBox;
    QLabel *m_detectedFormat;
    QLabel *m_detectedEncoding;
    QComboBox *m_formatCombo;
    QComboBox *m_encodingCombo;
    QRadioButton *m_lenient;
    QRadioButton *m_strict;
    QLabel *m_filesHint;
    QGroupBox *m_mappingBox;
    QTableWidget *m_mappingTable;
    QLabel *m_previewLabel;
    QTableWidget *m_preview;
    QListWidget *m_diagnostics;
    QLabel *m_summaryLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelReadButton;
    QPushButton *m_readAgainButton;
    QPushButton *m_importButton;
};

} // namespace dyad::ui
