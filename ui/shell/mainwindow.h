#pragma once

#include "core/model/types.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QTreeView;

namespace dyad::ui {
namespace analysis {
class AnalysisDocks;
}

class CodebookActions;
class CodebookModel;
class CodebookView;
class CodingActions;
class DockLayout;
class Document;
class ExportActions;
class ImportActions;
class InspectorDock;
class MainMenus;
class RecentFiles;
class RecordFilterModel;
class RecordListModel;
class RecordNavigator;
class RecordView;
class RetrievalDock;
class ReviewLauncher;
class TeamStatusLabel;

/**
 * The workbench: record list (left), the current record's text with its codings (centre),
 * codebook and inspector (right). All edits go through the Document's undo stack.
 *
 * The window is the frame: it holds the document, the status bar and the settings, and
 * wires the parts that do the work (docks, menus, coding and codebook actions, record
 * navigation, imports, exports, the review windows, recent files).
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
    CodebookView *codebookView() const;
    CodebookModel *codebookModel() const { return m_codebookModel; }
    RecordListModel *recordListModel() const { return m_recordModel; }
    RecordFilterModel *recordFilterModel() const { return m_recordFilter; }
    QTreeView *recordListView() const;
    QLineEdit *recordSearch() const;
    InspectorDock *inspector() const;
    RetrievalDock *retrievalDock() const;
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

    /**
     * Says what went wrong in the status bar; refusals while coding are routine, but with
     * no project open or the window hidden a dialog says it too.
     */
    void showError(const QString &message);
    /** Gives the keyboard back to @p widget after a popup had it. */
    void returnFocusAfterPopup(QWidget *widget);
    /** Enables what the open project, the reviewer and the selections allow. */
    void updateActions();
    void updateStatusBar();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void connectViews();
    void updateWindowTitle();
    void readSettings();
    /** Shrinks and moves the window so that all of it (frame included) is on its screen. */
    void fitIntoScreen();
    void writeSettings() const;
    bool chooseReviewer(const QString &reviewerName);

    // actions
    void newProject();
    void openProjectDialog();
    void openTeamProjectDialog();
    void saveCopy();
    void switchReviewer();
    void showShortcuts();
    void showAbout();

    std::unique_ptr<Document> m_document;
    RecordView *m_recordView;
    RecordListModel *m_recordModel;
    RecordFilterModel *m_recordFilter;
    CodebookModel *m_codebookModel;
    CodingActions *m_coding = nullptr;
    CodebookActions *m_codebook = nullptr;
    ImportActions *m_imports = nullptr;
    DockLayout *m_docks = nullptr;
    analysis::AnalysisDocks *m_analysis = nullptr;
    RecordNavigator *m_navigator = nullptr;
    ReviewLauncher *m_review = nullptr;
    ExportActions *m_exports = nullptr;
    RecentFiles *m_recent = nullptr;
    MainMenus *m_menus = nullptr;
    QLabel *m_reviewerLabel = nullptr;
    QLabel *m_roundLabel = nullptr;
    TeamStatusLabel *m_teamStatus = nullptr;
    QLabel *m_positionLabel = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    bool m_layoutRestored = false;
    QSize m_settingsSize; ///< the size readSettings() chose; re-fitted once framed unless resized since
};

} // namespace dyad::ui
