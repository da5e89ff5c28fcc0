#pragma once

#include <QObject>

class QComboBox;
class QDockWidget;
class QLineEdit;
class QTreeView;
class QUndoView;

namespace dyad::ui {

class CodebookView;
class Document;
class InspectorDock;
class MainWindow;
class RecordMemoDock;
class RetrievalDock;

/**
 * The workbench's docks around the record text: Records (search, filters, list) on the
 * left; Codebook, Inspector, History and Record Memo on the right; Coded Passages below.
 * Builds them, hands them a document, and gives them sensible sizes on a first start.
 */
class DockLayout : public QObject
{
    Q_OBJECT

public:
    /** Builds the docks into @p window (whose actions the dock tool bars show). */
    explicit DockLayout(MainWindow *window);

    /** Hands every dock the document (nullptr detaches them before it goes). */
    void setDocument(Document *document);
    /** First start on this machine: the list and the codebook get their share of the width. */
    void arrangeForFirstStart();

    QLineEdit *search() const { return m_search; }
    QComboBox *roundFilter() const { return m_roundFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *codedFilter() const { return m_codedFilter; }
    QTreeView *recordList() const { return m_recordList; }
    CodebookView *codebookView() const { return m_codebookView; }
    InspectorDock *inspector() const { return m_inspector; }
    RecordMemoDock *recordMemo() const { return m_recordMemo; }
    RetrievalDock *retrieval() const { return m_retrieval; }

private:
    void createRecordsDock();
    void createCodebookDock();
    void createSideDocks();

    MainWindow *m_window;
    QDockWidget *m_recordsDock = nullptr;
    QDockWidget *m_codebookDock = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_roundFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_codedFilter = nullptr;
    QTreeView *m_recordList = nullptr;
    CodebookView *m_codebookView = nullptr;
    InspectorDock *m_inspector = nullptr;
    RecordMemoDock *m_recordMemo = nullptr;
    RetrievalDock *m_retrieval = nullptr;
    QUndoView *m_undoView = nullptr;
};

} // namespace dyad::ui
