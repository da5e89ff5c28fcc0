#pragma once

#include "core/model/types.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTreeView;
class QUndoView;

namespace dyad::ui {
namespace analysis {
class AnalysisDocks;
}

class CodebookModel;
class CodebookView;
class Document;
class InspectorDock;
class RecordFilterModel;
class RecordListModel;
class RecordMemoDock;
class RecordView;
class RetrievalDock;
class TeamStatusLabel;

/**
 * The workbench: record list (left), the current record's text with its codings (centre),
 * codebook and inspector (right). All edits go through the Document's undo stack.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens a project file. The reviewer is looked up by name when given (no dialog);
     * otherwise the "Who are you?" dialog asks, preselecting the one remembered here.
     */
    bool openProject(const QString &path, const QString &reviewerName = QString());
    /** Shows an already open project as a reviewer (tests, new projects). */
    void setDocument(std::unique_ptr<Document> document, const QUuid &reviewerId);
    Document *document() const { return m_document.get(); }

    RecordView *recordView() const { return m_recordView; }
    CodebookView *codebookView() const { return m_codebookView; }
    CodebookModel *codebookModel() const { return m_codebookModel; }
    RecordListModel *recordListModel() const { return m_recordModel; }
    RecordFilterModel *recordFilterModel() const { return m_recordFilter; }
    QTreeView *recordListView() const { return m_recordList; }
    InspectorDock *inspector() const { return m_inspector; }
    RetrievalDock *retrievalDock() const { return m_retrieval; }
    /** Lists every passage coded with the code (what double-clicking it in the codebook does). */
    void showCodedPassages(const QUuid &codeId);
    QAction *action(const QString &objectName) const;

    void showRecord(const QUuid &recordId);
    /** Applies a code to the selected text (what quick keys, the picker and drops do). */
    void applyCode(const QUuid &codeId);
    /** Merges the given codes into `target` as one undoable step. */
    void mergeCodes(const std::vector<QUuid> &sources, const QUuid &target);
    void setSnapToWords(bool snap);
    /** Codes every hit of the record search with a code chosen in the picker (one undo step). */
    void codeAllHits();
    /** Opens the import dialog (non-blocking, window-modal) with these files or folders. */
    void openImportDialog(const QStringList &paths = {});
    /** File › Import Codebook: a .qdc or a CSV/TSV/XLSX table into the open project. */
    void importCodebook();
    /** Opens the Paste Record dialog (non-blocking, window-modal). */
    void openPasteDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    void updateActions();
    void updateStatusBar();
    void updateWindowTitle();
    void readSettings();
    /** Shrinks and moves the window so that all of it (frame included) is on its screen. */
    void fitIntoScreen();
    void returnFocusAfterPopup(QWidget *widget);
    void writeSettings() const;
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    bool chooseReviewer(const QString &reviewerName);
    void refreshRoundFilter();
    void applyRecordFilters();

    // actions
    void newProject();
    void openProjectDialog();
    void openTeamProjectDialog();
    void saveCopy();
    void importRecords();
    void reportImport(const QString &what, int added, int updated, int skipped);
    void exportData(const QString &kind);
    /** Reconciles a pair of reviewers; with a round, that round's reviewers and records. */
    void openReconciliation(const QUuid &roundId = QUuid());
    /** Opens (or raises) the Study window: rounds, assignments, progress, phases. */
    void openStudyWindow();
    void switchReviewer();
    void pickCode();
    void newCodeFromSelection();
    void removeSelectedCoding();
    void nudgeSelectedCoding(bool moveStart, int direction);
    void fitCodingToSelection();
    void editCodingMemo();
    void selectAdjacentCoding(int direction);
    void newCode(bool asChild);
    void renameCode();
    void recolorCode();
    void mergeSelectedCodes();
    void deleteSelectedCodes();
    void markRecordDone();
    void nextUncodedRecord();
    void stepRecord(int direction);
    void showTextContextMenu(const QPoint &pos);
    void showCodebookContextMenu(const QPoint &pos);
    void showShortcuts();
    void showAbout();
    void showError(const QString &message);
    void setLanguage(const QString &language);

    std::unique_ptr<Document> m_document;
    analysis::AnalysisDocks *m_analysis = nullptr;
    RecordView *m_recordView;
    RecordListModel *m_recordModel;
    RecordFilterModel *m_recordFilter;
    QTreeView *m_recordList = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_roundFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_codedFilter = nullptr;
    CodebookModel *m_codebookModel;
    CodebookView *m_codebookView = nullptr;
    InspectorDock *m_inspector = nullptr;
    RecordMemoDock *m_recordMemo = nullptr;
    RetrievalDock *m_retrieval = nullptr;
    QUndoView *m_undoView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_applyMenu = nullptr;
    QLabel *m_reviewerLabel = nullptr;
    QLabel *m_roundLabel = nullptr;
    TeamStatusLabel *m_teamStatus = nullptr;
    QLabel *m_positionLabel = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_quickKeys[9] = {};
    bool m_snapToWords = false;
    bool m_layoutRestored = false;
    QSize m_settingsSize; ///< the size readSettings() chose; re-fitted once framed unless resized since
};

} // namespace dyad::ui
