#include "ui/shell/docklayout.h"

#include "ui/codebook/codebookmodel.h"
#include "ui/codebook/codebookview.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/workbench/inspectordock.h"
#include "ui/workbench/recordfiltermodel.h"
#include "ui/workbench/recordlistmodel.h"
#include "ui/workbench/recordmemodock.h"
#include "ui/workbench/recordview.h"
#include "ui/workbench/retrievaldock.h"

#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace dyad::ui {

DockLayout::DockLayout(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    createRecordsDock();
    createCodebookDock();
    createSideDocks();
}

void DockLayout::createRecordsDock()
{
    m_recordsDock = new QDockWidget(tr("Records"), m_window);
    m_recordsDock->setObjectName(QStringLiteral("RecordsDock"));
    auto *recordsPane = new QWidget(m_recordsDock);
    auto *recordsLayout = new QVBoxLayout(recordsPane);
    recordsLayout->setContentsMargins(4, 4, 4, 4);
    recordsLayout->setSpacing(4);
    m_search = new QLineEdit(recordsPane);
    m_search->setObjectName(QStringLiteral("RecordSearch"));
    m_search->setPlaceholderText(tr("Search titles and abstracts (English or 中文)"));
    m_search->setClearButtonEnabled(true);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    auto *codeHits = new QToolButton(recordsPane);
    codeHits->setObjectName(QStringLiteral("CodeAllHitsButton"));
    codeHits->setDefaultAction(m_window->action(QStringLiteral("codeAllHits")));
    searchRow->addWidget(codeHits);
    recordsLayout->addLayout(searchRow);
    auto *filters = new QHBoxLayout;
    m_roundFilter = new QComboBox(recordsPane);
    m_statusFilter = new QComboBox(recordsPane);
    m_codedFilter = new QComboBox(recordsPane);
    m_roundFilter->setToolTip(tr("Show the records of one round"));
    m_statusFilter->addItem(tr("Any status"));
    m_statusFilter->addItem(tr("To do"), static_cast<int>(core::RecordStatus::NotStarted));
    m_statusFilter->addItem(tr("In progress"), static_cast<int>(core::RecordStatus::InProgress));
    m_statusFilter->addItem(tr("Done"), static_cast<int>(core::RecordStatus::Done));
    m_codedFilter->addItem(tr("Coded or not"), static_cast<int>(RecordFilterModel::Coded::Any));
    m_codedFilter->addItem(tr("Coded"), static_cast<int>(RecordFilterModel::Coded::Coded));
    m_codedFilter->addItem(tr("Uncoded"), static_cast<int>(RecordFilterModel::Coded::Uncoded));
    filters->addWidget(m_roundFilter, 1);
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_codedFilter, 1);
    recordsLayout->addLayout(filters);
    m_recordList = new QTreeView(recordsPane);
    m_recordList->setObjectName(QStringLiteral("RecordList"));
    m_recordList->setRootIsDecorated(false);
    m_recordList->setUniformRowHeights(true); // constant-time layout with 100,000 rows
    m_recordList->setAlternatingRowColors(true);
    m_recordList->setSortingEnabled(true);
    m_recordList->setModel(m_window->recordFilterModel());
    m_recordList->sortByColumn(-1, Qt::AscendingOrder); // import order until a header is clicked
    m_recordList->header()->setStretchLastSection(false);
    m_recordList->header()->setSectionResizeMode(RecordListModel::TitleColumn, QHeaderView::Stretch);
    for (int c : {RecordListModel::YearColumn, RecordListModel::StatusColumn, RecordListModel::CodingsColumn})
        m_recordList->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_recordList->header()->resizeSection(RecordListModel::AuthorColumn, 110);
    recordsLayout->addWidget(m_recordList, 1);
    m_recordsDock->setWidget(recordsPane);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_recordsDock);

    RecordView *recordView = m_window->recordView();
    connect(m_recordList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [recordView](const QModelIndex &current) {
                if (current.isValid())
                    recordView->setRecord(current.data(RecordListModel::RecordIdRole).toUuid());
            });
}

void DockLayout::createCodebookDock()
{
    m_codebookDock = new QDockWidget(tr("Codebook"), m_window);
    m_codebookDock->setObjectName(QStringLiteral("CodebookDock"));
    auto *codebookPane = new QWidget(m_codebookDock);
    auto *codebookLayout = new QVBoxLayout(codebookPane);
    codebookLayout->setContentsMargins(0, 0, 0, 0);
    codebookLayout->setSpacing(0);
    auto *codebookBar = new QToolBar(codebookPane);
    codebookBar->setIconSize(QSize(16, 16));
    for (const char *name : {"newCode", "mergeCodes", "deleteCode", "importCodebook"})
        codebookBar->addAction(m_window->action(QLatin1String(name)));
    codebookBar->addSeparator();
    codebookBar->addAction(m_window->action(QStringLiteral("applyCode")));
    codebookBar->addAction(m_window->action(QStringLiteral("inVivo")));
    codebookLayout->addWidget(codebookBar);
    m_codebookView = new CodebookView(codebookPane);
    m_codebookView->setCodebookModel(m_window->codebookModel());
    codebookLayout->addWidget(m_codebookView, 1);
    m_codebookDock->setWidget(codebookPane);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_codebookDock);
}

void DockLayout::createSideDocks()
{
    // Inspector and history
    m_inspector = new InspectorDock(m_window);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    m_window->splitDockWidget(m_codebookDock, m_inspector, Qt::Vertical);

    auto *historyDock = new QDockWidget(tr("History"), m_window);
    historyDock->setObjectName(QStringLiteral("HistoryDock"));
    m_undoView = new QUndoView(historyDock);
    m_undoView->setEmptyLabel(tr("<opened>"));
    historyDock->setWidget(m_undoView);
    m_window->addDockWidget(Qt::RightDockWidgetArea, historyDock);
    m_window->tabifyDockWidget(m_inspector, historyDock);
    m_recordMemo = new RecordMemoDock(m_window);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_recordMemo);
    m_window->tabifyDockWidget(m_inspector, m_recordMemo);
    connect(m_window->recordView(), &RecordView::recordChanged, m_recordMemo, &RecordMemoDock::setRecord);
    m_inspector->raise();

    // Coded passages (retrieval): below the text, shown when a code is opened.
    m_retrieval = new RetrievalDock(m_window);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_retrieval);
    m_retrieval->hide();
}

void DockLayout::setDocument(Document *document)
{
    m_inspector->setDocument(document);
    m_recordMemo->setDocument(document);
    m_retrieval->setDocument(document);
    m_undoView->setStack(document ? document->undoStack() : nullptr);
}

void DockLayout::arrangeForFirstStart()
{
    // After the window manager has applied the final size.
    QTimer::singleShot(0, this, [this] {
        const int width = m_window->width();
        m_window->resizeDocks({m_recordsDock, m_codebookDock}, {width * 32 / 100, width * 24 / 100}, Qt::Horizontal);
        // The codebook is where one works; the inspector below it needs less.
        const int column = m_codebookDock->height() + m_inspector->height();
        m_window->resizeDocks({m_codebookDock, m_inspector}, {column * 62 / 100, column * 38 / 100}, Qt::Vertical);
    });
}

} // namespace dyad::ui
