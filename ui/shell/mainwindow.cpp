#include "ui/shell/mainwindow.h"
#include "core/open/open.h"

#include "ui/commands/addremovecodings.h"
#include "ui/shell/application.h"
#include "ui/commands/changecodecolor.h"
#include "ui/commands/changecodingspan.h"
#include "ui/commands/changerecordstatus.h"
#include "ui/codebook/codebookmodel.h"
#include "ui/workbench/codeallhits.h"
#include "ui/codebook/codebookview.h"
#include "ui/codebook/codepicker.h"
#include "ui/commands/commandtext.h"
#include "ui/workbench/codingcolors.h"
#include "ui/commands/createcode.h"
#include "ui/commands/deletecode.h"
#include "ui/document.h"
#include "ui/codebook/importcodebook.h"
#include "ui/import/importdialog.h"
#include "ui/workbench/inspectordock.h"
#include "ui/commands/mergecodes.h"
#include "ui/import/pastedialog.h"
#include "ui/agreement/agreementdashboard.h"
#include "ui/analysis/analysisdocks.h"
#include "ui/reconcile/reconcilewindow.h"
#include "ui/workbench/recordfiltermodel.h"
#include "ui/workbench/recordlistmodel.h"
#include "ui/workbench/recordmemodock.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"
#include "ui/workbench/retrievaldock.h"
#include "ui/shell/reviewerdialog.h"
#include "ui/shell/shortcutsdialog.h"
#include "ui/study/decisionlogview.h"
#include "ui/study/studywindow.h"
#include "ui/taskrunner.h"
#include "ui/workbench/wordsnap.h"

#include "core/io/export/codebookexport.h"
#include "core/io/export/reviewercopy.h"
#include "core/io/import/projectimport.h"
#include "core/io/refi/refiexport.h"
#include "ui/shell/teamstatus.h"
#include "core/reconcile/decisionstore.h"
#include "print/htmlpdf.h"

#include <QAction>
#include <QAbstractButton>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QScreen>
#include <QShowEvent>
#include <QColorDialog>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSet>
#include <QTableView>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace dyad::ui {

namespace {

constexpr int kMaxRecentFiles = 8;

QString reviewerSettingsKey(const QUuid &projectId)
{
    return QStringLiteral("reviewers/%1").arg(core::uuidText(projectId));
}

QString roleText(core::ReviewerRole role)
{
    switch (role) {
    case core::ReviewerRole::Reviewer:
        return MainWindow::tr("reviewer");
    case core::ReviewerRole::Adjudicator:
        return MainWindow::tr("adjudicator");
    case core::ReviewerRole::Lead:
        return MainWindow::tr("lead");
    case core::ReviewerRole::Consensus:
        return MainWindow::tr("consensus");
    }
    return {};
}

QString phaseText(core::RoundPhase phase)
{
    switch (phase) {
    case core::RoundPhase::Independent:
        return MainWindow::tr("independent coding");
    case core::RoundPhase::Reconciliation:
        return MainWindow::tr("reconciliation");
    case core::RoundPhase::Closed:
        return MainWindow::tr("closed");
    }
    return {};
}

/** Gives a new top-level window its preferred size, or less on a small screen, and centres it there. */
void placeOnScreen(QWidget *window, QSize preferred, const QWidget *from)
{
    const QScreen *screen = from->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QSize size = preferred.boundedTo(available.size() - QSize(16, 48)); // room for the frame
    window->resize(size);
    window->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recordView(new RecordView(this))
    , m_recordModel(new RecordListModel(this))
    , m_recordFilter(new RecordFilterModel(this))
    , m_codebookModel(new CodebookModel(this))
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dyad.svg")));
    setCentralWidget(m_recordView);
    setDockNestingEnabled(true);
    setAcceptDrops(true); // files dropped on the window open the import dialog
    m_recordFilter->setRecordModel(m_recordModel);

    createActions();
    createDocks();
    m_analysis = analysis::addAnalysisDocks(this, [this]() -> core::Project * {
        return m_document ? &m_document->project() : nullptr;
    });
    createMenus();
    createStatusBar();
    readSettings();
    // The count in the status bar follows the list (an import adds rows, a filter hides some),
    // and the first imported record is shown when the project had none.
    auto listChanged = [this] {
        // (Only once the view has the document: setDocument() attaches the models first.)
        if (m_document && m_recordView->document() == m_document.get() && !m_recordList->currentIndex().isValid()) {
            // After an import the list is rebuilt: the record on screen stays the current row.
            const QUuid shown = m_recordView->recordId();
            const QModelIndex row = shown.isNull() ? m_recordFilter->index(0, 0)
                                                   : m_recordFilter->mapFromSource(m_recordModel->indexOf(shown));
            if (row.isValid())
                m_recordList->setCurrentIndex(row);
        }
        updateStatusBar();
    };
    connect(m_recordFilter, &QAbstractItemModel::rowsInserted, this, listChanged);
    connect(m_recordFilter, &QAbstractItemModel::rowsRemoved, this, listChanged);
    connect(m_recordFilter, &QAbstractItemModel::modelReset, this, listChanged);
    connect(m_recordFilter, &QAbstractItemModel::layoutChanged, this, listChanged);

    RecordTextEdit *text = m_recordView->textEdit();
    text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(text, &QWidget::customContextMenuRequested, this, &MainWindow::showTextContextMenu);
    connect(text, &RecordTextEdit::selectedCodingChanged, this, [this](const QUuid &id) {
        if (!id.isNull())
            m_inspector->showCoding(id);
        updateActions();
    });
    connect(text, &QPlainTextEdit::selectionChanged, this, &MainWindow::updateActions);
    connect(m_recordView, &RecordView::recordChanged, this, [this] {
        updateActions();
        updateStatusBar();
    });
    m_inspector->setQuoteProvider([this]() -> QString {
        RecordTextEdit *edit = m_recordView->textEdit();
        const auto span = edit->selectedSpan();
        if (!span)
            return {};
        int from = edit->offsets().toUtf16(span->start), to = edit->offsets().toUtf16(span->end);
        std::tie(from, to) = trimSpacesAndPunctuation(edit->recordText(), from, to);
        return edit->recordText().mid(from, to - from);
    });
    updateActions();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    // Views and models hold the document; detach them before it goes. Reconciliation
    // windows listen to its project: they go first.
    qDeleteAll(findChildren<ReconcileWindow *>(Qt::FindDirectChildrenOnly));
    m_recordView->setDocument(nullptr);
    m_codebookModel->setDocument(nullptr);
    m_recordModel->setDocument(nullptr);
    m_recordFilter->setDocument(nullptr);
    m_inspector->setDocument(nullptr);
    m_recordMemo->setDocument(nullptr);
    m_retrieval->setDocument(nullptr);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

// --- construction -------------------------------------------------------------------

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &key, const QString &icon,
                       auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        if (!icon.isEmpty())
            a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a); // shortcuts work even when the menu bar is hidden
        return a;
    };

    make("newProject", tr("&New Project…"), QKeySequence::New, QStringLiteral("new"), &MainWindow::newProject);
    make("openProject", tr("&Open Project…"), QKeySequence::Open, QStringLiteral("open"),
         &MainWindow::openProjectDialog);
    make("openTeamProject", tr("Open &Team Project…"), QKeySequence(tr("Ctrl+Shift+O")), QString(),
         &MainWindow::openTeamProjectDialog);
    make("saveCopy", tr("Save a &Copy…"), QKeySequence(tr("Ctrl+Shift+S")), QStringLiteral("save-copy"),
         &MainWindow::saveCopy);
    make("switchReviewer", tr("Switch Re&viewer…"), QKeySequence(tr("Ctrl+Shift+R")), QString(),
         &MainWindow::switchReviewer);
    make("quit", tr("&Quit"), QKeySequence::Quit, QString(), &MainWindow::close);

    m_undo = make("undo", tr("&Undo"), QKeySequence::Undo, QStringLiteral("undo"), [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_redo = make("redo", tr("&Redo"), QKeySequence::Redo, QStringLiteral("redo"), [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    // Both usual keys, whatever the platform theme lists first (the user guide promises both).
    m_redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    make("findRecords", tr("&Find Records…"), QKeySequence::Find, QStringLiteral("picker"), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    make("applyCode", tr("&Apply Code…"), QKeySequence(tr("Ctrl+K")), QStringLiteral("picker"), &MainWindow::pickCode);
    for (int i = 0; i < 9; ++i) {
        const QByteArray name = "applyCode" + QByteArray::number(i + 1);
        m_quickKeys[i] = make(name.constData(), tr("Apply Code %1").arg(i + 1), QKeySequence(Qt::Key_1 + i), QString(),
                              [this, i] { applyCode(m_codebookModel->quickKeyCode(i + 1)); });
    }
    make("codeAllHits", tr("Code All Search &Hits…"), QKeySequence(tr("Ctrl+Shift+H")), QString(),
         &MainWindow::codeAllHits)
        ->setToolTip(tr("Apply a code to every hit of the record search, in every listed record (one undo step)"));
    action(QStringLiteral("codeAllHits"))->setEnabled(false); // until something is searched
    make("inVivo", tr("New Code from &Selection (In Vivo)"), QKeySequence(tr("Ctrl+I")), QStringLiteral("in-vivo"),
         &MainWindow::newCodeFromSelection);
    make("removeCoding", tr("&Remove Coding"), QKeySequence::Delete, QStringLiteral("remove-coding"),
         &MainWindow::removeSelectedCoding);
    make("extendEnd", tr("Extend Coding End"), QKeySequence(tr("Alt+Shift+Right")), QString(),
         [this] { nudgeSelectedCoding(false, +1); });
    make("shrinkEnd", tr("Shrink Coding End"), QKeySequence(tr("Alt+Shift+Left")), QString(),
         [this] { nudgeSelectedCoding(false, -1); });
    make("extendStart", tr("Extend Coding Start"), QKeySequence(tr("Alt+Left")), QString(),
         [this] { nudgeSelectedCoding(true, -1); });
    make("shrinkStart", tr("Shrink Coding Start"), QKeySequence(tr("Alt+Right")), QString(),
         [this] { nudgeSelectedCoding(true, +1); });
    make("fitCoding", tr("Set Coding Span to &Selection"), QKeySequence(tr("Ctrl+Shift+B")), QString(),
         &MainWindow::fitCodingToSelection);
    make("nextCoding", tr("Next Coding"), QKeySequence(tr("Alt+Down")), QString(), [this] { selectAdjacentCoding(+1); });
    make("previousCoding", tr("Previous Coding"), QKeySequence(tr("Alt+Up")), QString(),
         [this] { selectAdjacentCoding(-1); });
    make("recordMemo", tr("Edit Record M&emo"), QKeySequence(tr("Ctrl+Alt+M")), QString(), [this] {
        m_recordMemo->show();
        m_recordMemo->raise();
        m_recordMemo->editor()->setFocus();
    });
    make("codingMemo", tr("Edit Coding &Memo"), QKeySequence(tr("Ctrl+M")), QStringLiteral("memo"),
         &MainWindow::editCodingMemo);
    QAction *snap = make("snapToWords", tr("S&nap to Word Boundaries"), QKeySequence(tr("Ctrl+Shift+W")), QString(),
                         [this](bool on) { setSnapToWords(on); });
    snap->setCheckable(true);

    make("importCodebook", tr("Import Code&book…"), QKeySequence(), QStringLiteral("open"), &MainWindow::importCodebook)
        ->setToolTip(tr("Add codes from a REFI-QDA codebook (.qdc) or a table (CSV, TSV, XLSX)"));
    make("newCode", tr("&New Code"), QKeySequence(tr("Ctrl+Shift+N")), QStringLiteral("code-add"),
         [this] { newCode(false); });
    make("newSubCode", tr("New &Sub-code"), QKeySequence(tr("Ctrl+Alt+N")), QString(), [this] { newCode(true); });
    make("renameCode", tr("&Rename Code"), QKeySequence(Qt::Key_F2), QString(), &MainWindow::renameCode);
    make("recolorCode", tr("Change &Colour…"), QKeySequence(), QString(), &MainWindow::recolorCode);
    make("mergeCodes", tr("&Merge Codes"), QKeySequence(tr("Ctrl+Shift+M")), QStringLiteral("code-merge"),
         &MainWindow::mergeSelectedCodes);
    make("deleteCode", tr("&Delete Code"), QKeySequence(tr("Ctrl+Shift+Delete")), QStringLiteral("delete"),
         &MainWindow::deleteSelectedCodes);

    make("markDone", tr("Mark Record &Done"), QKeySequence(tr("Ctrl+Return")), QStringLiteral("done"),
         &MainWindow::markRecordDone);
    make("nextUncoded", tr("Next &Uncoded Record"), QKeySequence(Qt::Key_F8), QStringLiteral("next-uncoded"),
         &MainWindow::nextUncodedRecord);
    make("nextRecord", tr("Ne&xt Record"), QKeySequence(tr("Ctrl+PgDown")), QString(), [this] { stepRecord(+1); });
    make("previousRecord", tr("&Previous Record"), QKeySequence(tr("Ctrl+PgUp")), QString(),
         [this] { stepRecord(-1); });

    make("shortcuts", tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1), QString(), &MainWindow::showShortcuts);
    make("about", tr("&About Dyad"), QKeySequence(), QString(), &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    // Records
    auto *recordsDock = new QDockWidget(tr("Records"), this);
    recordsDock->setObjectName(QStringLiteral("RecordsDock"));
    auto *recordsPane = new QWidget(recordsDock);
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
    codeHits->setDefaultAction(action(QStringLiteral("codeAllHits")));
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
    m_recordList->setModel(m_recordFilter);
    m_recordList->sortByColumn(-1, Qt::AscendingOrder); // import order until a header is clicked
    m_recordList->header()->setStretchLastSection(false);
    m_recordList->header()->setSectionResizeMode(RecordListModel::TitleColumn, QHeaderView::Stretch);
    for (int c : {RecordListModel::YearColumn, RecordListModel::StatusColumn, RecordListModel::CodingsColumn})
        m_recordList->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_recordList->header()->resizeSection(RecordListModel::AuthorColumn, 110);
    recordsLayout->addWidget(m_recordList, 1);
    recordsDock->setWidget(recordsPane);
    addDockWidget(Qt::LeftDockWidgetArea, recordsDock);

    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, &MainWindow::applyRecordFilters);
    for (QComboBox *combo : {m_roundFilter, m_statusFilter, m_codedFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyRecordFilters);
    // Counts arrive after the window shows (large projects count off the GUI thread): a
    // coded/uncoded filter then applies to the real figures.
    connect(m_recordModel, &RecordListModel::countsChanged, this, [this] {
        if (m_codedFilter->currentIndex() > 0)
            applyRecordFilters();
    });
    connect(m_recordList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_recordView->setRecord(current.data(RecordListModel::RecordIdRole).toUuid());
            });

    // Codebook
    auto *codebookDock = new QDockWidget(tr("Codebook"), this);
    codebookDock->setObjectName(QStringLiteral("CodebookDock"));
    auto *codebookPane = new QWidget(codebookDock);
    auto *codebookLayout = new QVBoxLayout(codebookPane);
    codebookLayout->setContentsMargins(0, 0, 0, 0);
    codebookLayout->setSpacing(0);
    auto *codebookBar = new QToolBar(codebookPane);
    codebookBar->setIconSize(QSize(16, 16));
    codebookBar->addAction(action(QStringLiteral("newCode")));
    codebookBar->addAction(action(QStringLiteral("mergeCodes")));
    codebookBar->addAction(action(QStringLiteral("deleteCode")));
    codebookBar->addAction(action(QStringLiteral("importCodebook")));
    codebookBar->addSeparator();
    codebookBar->addAction(action(QStringLiteral("applyCode")));
    codebookBar->addAction(action(QStringLiteral("inVivo")));
    codebookLayout->addWidget(codebookBar);
    m_codebookView = new CodebookView(codebookPane);
    m_codebookView->setCodebookModel(m_codebookModel);
    codebookLayout->addWidget(m_codebookView, 1);
    codebookDock->setWidget(codebookPane);
    addDockWidget(Qt::RightDockWidgetArea, codebookDock);
    connect(m_codebookView, &CodebookView::currentCodeChanged, this, [this](const QUuid &id) {
        if (!id.isNull())
            m_inspector->showCode(id);
        updateActions();
    });
    connect(m_codebookView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        // Double-clicking a code lists its passages (applying stays on keys, Ctrl+K and drag;
        // renaming is F2).
        showCodedPassages(m_codebookModel->codeId(index));
    });
    connect(m_codebookView, &QWidget::customContextMenuRequested, this, &MainWindow::showCodebookContextMenu);

    // Inspector and history
    m_inspector = new InspectorDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    splitDockWidget(codebookDock, m_inspector, Qt::Vertical);

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("HistoryDock"));
    m_undoView = new QUndoView(historyDock);
    m_undoView->setEmptyLabel(tr("<opened>"));
    historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    tabifyDockWidget(m_inspector, historyDock);
    m_recordMemo = new RecordMemoDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_recordMemo);
    tabifyDockWidget(m_inspector, m_recordMemo);
    connect(m_recordView, &RecordView::recordChanged, m_recordMemo, &RecordMemoDock::setRecord);
    m_inspector->raise();

    // Coded passages (retrieval): below the text, shown when a code is opened.
    m_retrieval = new RetrievalDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_retrieval);
    m_retrieval->hide();
    connect(m_retrieval, &RetrievalDock::passageActivated, this, [this](const QUuid &record, const QUuid &coding) {
        showRecord(record);
        m_recordView->textEdit()->setSelectedCoding(coding);
        m_recordView->textEdit()->setFocus();
    });

}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Once the window manager has framed the window, make sure the frame fits too (unless
    // the size was set on purpose since the settings were read).
    if (size() == m_settingsSize)
        QTimer::singleShot(0, this, &MainWindow::fitIntoScreen);
    m_settingsSize = QSize();
    if (!m_layoutRestored) {
        // First start on this machine: give the list and the codebook sensible widths.
        m_layoutRestored = true;
        const auto docks = findChildren<QDockWidget *>();
        QDockWidget *records = nullptr, *codebook = nullptr;
        for (QDockWidget *d : docks) {
            if (d->objectName() == QLatin1String("RecordsDock"))
                records = d;
            else if (d->objectName() == QLatin1String("CodebookDock"))
                codebook = d;
        }
        if (records && codebook) {
            // After the window manager has applied the final size.
            QTimer::singleShot(0, this, [this, records, codebook] {
                resizeDocks({records, codebook}, {width() * 32 / 100, width() * 24 / 100}, Qt::Horizontal);
                // The codebook is where one works; the inspector below it needs less.
                const int column = codebook->height() + m_inspector->height();
                resizeDocks({codebook, m_inspector}, {column * 62 / 100, column * 38 / 100}, Qt::Vertical);
            });
        }
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newProject")));
    file->addAction(action(QStringLiteral("openProject")));
    file->addAction(action(QStringLiteral("openTeamProject")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(action(QStringLiteral("saveCopy")));
    file->addSeparator();
    file->addAction(tr("&Import Records…"), QKeySequence(tr("Ctrl+Shift+I")), this, &MainWindow::importRecords);
    file->addAction(tr("&Paste Record…"), QKeySequence(tr("Ctrl+Shift+V")), this, &MainWindow::openPasteDialog)
        ->setObjectName(QStringLiteral("pasteRecord"));
    file->addAction(action(QStringLiteral("importCodebook")));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    const std::pair<QString, QString> exports[] = {
        {QStringLiteral("codebook"), tr("Codebook (CSV, XLSX, Markdown, HTML, PDF)…")},
        {QStringLiteral("themes"), tr("Theme Summary…")},
        {QStringLiteral("segments"), tr("Coded Segments…")},
        {QStringLiteral("qdpx"), tr("REFI-QDA Project (.qdpx)…")},
        {QStringLiteral("qdpx-nvivo"), tr("REFI-QDA Project for NVivo (.qdpx, UTF-16 offsets)…")},
        {QStringLiteral("qdc"), tr("REFI-QDA Codebook (.qdc)…")},
        {QStringLiteral("reviewer-copy"), tr("Reviewer Copy for the Current Reviewer…")},
    };
    for (const auto &[kind, label] : exports)
        exportMenu->addAction(label, this, [this, kind = kind] { exportData(kind); });
    file->addSeparator();
    file->addAction(action(QStringLiteral("switchReviewer")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("findRecords")));

    QMenu *code = menuBar()->addMenu(tr("&Coding"));
    code->addAction(action(QStringLiteral("applyCode")));
    m_applyMenu = code->addMenu(tr("Apply Code by &Key"));
    for (QAction *a : m_quickKeys)
        m_applyMenu->addAction(a);
    code->addAction(action(QStringLiteral("inVivo")));
    code->addAction(action(QStringLiteral("codeAllHits")));
    code->addSeparator();
    code->addAction(action(QStringLiteral("removeCoding")));
    code->addAction(action(QStringLiteral("codingMemo")));
    code->addAction(action(QStringLiteral("nextCoding")));
    code->addAction(action(QStringLiteral("previousCoding")));
    QMenu *bounds = code->addMenu(tr("Coding &Boundaries"));
    bounds->addAction(action(QStringLiteral("fitCoding")));
    bounds->addAction(action(QStringLiteral("extendStart")));
    bounds->addAction(action(QStringLiteral("shrinkStart")));
    bounds->addAction(action(QStringLiteral("extendEnd")));
    bounds->addAction(action(QStringLiteral("shrinkEnd")));
    code->addAction(action(QStringLiteral("snapToWords")));

    QMenu *codebook = menuBar()->addMenu(tr("Code&book"));
    codebook->addAction(action(QStringLiteral("newCode")));
    codebook->addAction(action(QStringLiteral("newSubCode")));
    codebook->addAction(action(QStringLiteral("renameCode")));
    codebook->addAction(action(QStringLiteral("recolorCode")));
    codebook->addAction(action(QStringLiteral("mergeCodes")));
    codebook->addAction(action(QStringLiteral("deleteCode")));

    QMenu *record = menuBar()->addMenu(tr("&Record"));
    record->addAction(action(QStringLiteral("markDone")));
    record->addAction(action(QStringLiteral("nextUncoded")));
    record->addAction(action(QStringLiteral("nextRecord")));
    record->addAction(action(QStringLiteral("previousRecord")));
    record->addSeparator();
    record->addAction(action(QStringLiteral("recordMemo")));

    QMenu *review = menuBar()->addMenu(tr("Rev&iew"));
    review->addAction(tr("&Agreement Dashboard…"), QKeySequence(tr("Ctrl+Shift+G")), this, [this] {
        if (!m_document)
            return;
        auto *dashboard = new AgreementDashboard(&m_document->project(), this);
        dashboard->setWindowFlag(Qt::Window);
        dashboard->setAttribute(Qt::WA_DeleteOnClose);
        dashboard->setWindowTitle(tr("Agreement"));
        connect(dashboard, &AgreementDashboard::openComparison, this, &MainWindow::showRecord);
        placeOnScreen(dashboard, QSize(1300, 800), this);
        dashboard->show();
    });
    review->addAction(tr("&Reconcile Disagreements…"), QKeySequence(tr("Ctrl+Alt+R")), this,
                      [this] { openReconciliation(); });
    review->addAction(tr("&Study: Rounds and Progress…"), QKeySequence(tr("Ctrl+Alt+S")), this,
                      &MainWindow::openStudyWindow)
        ->setObjectName(QStringLiteral("studyWindow"));
    review->addAction(tr("Decision &Log…"), QKeySequence(tr("Ctrl+Shift+L")), this, [this] {
        if (!m_document)
            return;
        auto *log = new DecisionLogView(m_document.get(), this);
        log->setWindowFlag(Qt::Window);
        log->setAttribute(Qt::WA_DeleteOnClose);
        connect(log, &DecisionLogView::showRecordRequested, this, &MainWindow::showRecord);
        placeOnScreen(log, QSize(1200, 600), this);
        log->show();
    });

    menuBar()->addMenu(m_analysis->createMenu(this));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(language);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const std::pair<QString, QString> languages[] = {{QString(), tr("System Default")},
                                                     {QStringLiteral("en"), QStringLiteral("English")},
                                                     {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("shortcuts")));
    help->addAction(action(QStringLiteral("about")));

    auto *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("MainToolbar"));
    toolbar->setIconSize(QSize(20, 20));
    // Words beside the icons, short ones, so the bar reads at a glance.
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const std::pair<const char *, QString> shortNames[] = {
        {"openProject", tr("Open")},         {"undo", tr("Undo")},           {"redo", tr("Redo")},
        {"applyCode", tr("Apply code")},     {"inVivo", tr("In vivo")},      {"removeCoding", tr("Remove")},
        {"markDone", tr("Done")},            {"nextUncoded", tr("Next uncoded")},
    };
    for (const auto &[name, text] : shortNames)
        if (QAction *a = action(QLatin1String(name)))
            a->setIconText(text);
    toolbar->addAction(action(QStringLiteral("openProject")));
    toolbar->addSeparator();
    toolbar->addAction(m_undo);
    toolbar->addAction(m_redo);
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("applyCode")));
    toolbar->addAction(action(QStringLiteral("inVivo")));
    toolbar->addAction(action(QStringLiteral("removeCoding")));
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("markDone")));
    toolbar->addAction(action(QStringLiteral("nextUncoded")));
}

void MainWindow::createStatusBar()
{
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("RecordPosition"));
    m_reviewerLabel = new QLabel(this);
    m_roundLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_roundLabel);
    statusBar()->addPermanentWidget(m_reviewerLabel);
    m_teamStatus = new TeamStatusLabel(this); // shown while a team server is unreachable
    statusBar()->addPermanentWidget(m_teamStatus);
}

// --- documents ----------------------------------------------------------------------

bool MainWindow::openProject(const QString &path, const QString &reviewerName)
{
    auto project = core::openProject(path); // a file, or a postgresql:// team server
    if (!project) {
        showError(project.error());
        return false;
    }
    const QUuid signedIn = project.value()->actor(); // on a server: the reviewer who signed in
    auto document = std::make_unique<Document>(std::move(project).value());
    Document *doc = document.get();
    setDocument(std::move(document), signedIn);
    addRecentFile(core::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath());
    if (!signedIn.isNull())
        return true;
    if (!chooseReviewer(reviewerName) && doc->reviewerId().isNull())
        statusBar()->showMessage(tr("Choose who you are (File › Switch Reviewer) before coding."));
    return true;
}

void MainWindow::setDocument(std::unique_ptr<Document> document, const QUuid &reviewerId)
{
    // Detach everything from the old document before it is destroyed; windows that work on
    // the old project (agreement, reconciliation) go with it.
    for (AgreementDashboard *w : findChildren<AgreementDashboard *>(Qt::FindDirectChildrenOnly)) {
        w->setProject(nullptr);
        delete w;
    }
    qDeleteAll(findChildren<ReconcileWindow *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<StudyWindow *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<DecisionLogView *>(Qt::FindDirectChildrenOnly));
    m_recordMemo->setDocument(nullptr);
    m_recordView->setDocument(nullptr);
    m_codebookModel->setDocument(nullptr);
    m_recordFilter->setDocument(nullptr);
    m_recordModel->setDocument(nullptr);
    m_inspector->setDocument(nullptr);
    m_retrieval->setDocument(nullptr);
    m_undoView->setStack(nullptr);
    m_teamStatus->setDocument(nullptr);
    m_document = std::move(document);
    m_teamStatus->setDocument(m_document.get());
    m_analysis->projectReplaced();
    if (!m_document) {
        updateActions();
        updateWindowTitle();
        updateStatusBar();
        return;
    }
    Document *doc = m_document.get();
    doc->setReviewer(reviewerId);
    connect(doc, &Document::error, this, &MainWindow::showError);
    connect(doc, &Document::modifiedChanged, this, &MainWindow::updateWindowTitle);
    connect(doc, &Document::reviewerChanged, this, [this] {
        updateStatusBar();
        updateActions();
        updateWindowTitle();
        applyRecordFilters();
    });
    connect(doc, &Document::changed, m_analysis, &analysis::AnalysisDocks::projectChanged);
    connect(doc, &Document::changed, this, [this](const core::ChangeEvent &e) {
        using Kind = core::ChangeEvent::Kind;
        if (e.kind == Kind::RoundChanged || e.kind == Kind::AssignmentChanged || e.kind == Kind::Reset) {
            updateStatusBar();
            if (e.kind != Kind::AssignmentChanged) // Reset: another process may have added a round
                refreshRoundFilter();
        }
        if (e.kind == Kind::Reset) { // a reloaded record list lost its current row: the record shown
            const QModelIndex shown = m_recordFilter->mapFromSource(m_recordModel->indexOf(m_recordView->recordId()));
            if (shown.isValid() && m_recordList->currentIndex() != shown) {
                const QSignalBlocker blocker(m_recordList->selectionModel());
                m_recordList->setCurrentIndex(shown);
            }
        }
    });
    connect(doc->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(doc->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(doc->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(doc->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);

    m_recordModel->setDocument(doc);
    m_recordFilter->setDocument(doc);
    m_codebookModel->setDocument(doc);
    m_recordView->setDocument(doc);
    m_inspector->setDocument(doc);
    m_recordMemo->setDocument(doc);
    m_retrieval->setDocument(doc);
    m_undoView->setStack(doc->undoStack());
    // A small codebook opens fully expanded (quick keys visible); a large one by theme.
    if (m_document->project().allCodes().size() <= 80)
        m_codebookView->expandAll();
    else
        m_codebookView->expandToDepth(0);
    refreshRoundFilter();
    applyRecordFilters();
    // Show the first record at once, so the window never opens on an empty page.
    if (m_recordFilter->rowCount() > 0)
        m_recordList->setCurrentIndex(m_recordFilter->index(0, 0));
    updateActions();
    updateWindowTitle();
    updateStatusBar();
}

bool MainWindow::chooseReviewer(const QString &reviewerName)
{
    if (!m_document)
        return false;
    core::Project &project = m_document->project();
    QSettings settings;
    const QString key = reviewerSettingsKey(project.projectId());
    if (!reviewerName.isEmpty()) {
        if (const auto r = project.reviewerByName(reviewerName)) {
            m_document->setReviewer(r->id);
            settings.setValue(key, core::uuidText(r->id));
            return true;
        }
        showError(tr("There is no reviewer called \"%1\" in %2. Choose one, or add yourself.")
                      .arg(reviewerName, m_document->displayName()));
    }
    const QUuid remembered = QUuid::fromString(settings.value(key).toString());
    ReviewerDialog dialog(m_document.get(), remembered.isNull() ? m_document->reviewerId() : remembered, this);
    if (dialog.exec() != QDialog::Accepted || dialog.reviewerId().isNull())
        return false;
    m_document->setReviewer(dialog.reviewerId());
    settings.setValue(key, core::uuidText(dialog.reviewerId()));
    return true;
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QString(),
                                                      tr("Dyad projects (*.dyad)"));
    if (path.isEmpty())
        return;
    const QString target = path.endsWith(QLatin1String(".dyad")) ? path : path + QStringLiteral(".dyad");
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        showError(tr("Cannot replace %1.").arg(target));
        return;
    }
    auto project = core::createProject(target);
    if (!project) {
        showError(project.error());
        return;
    }
    setDocument(std::make_unique<Document>(std::move(project).value()), QUuid());
    addRecentFile(QFileInfo(target).absoluteFilePath());
    chooseReviewer(QString());
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Dyad projects (*.dyad);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::openTeamProjectDialog()
{
    bool ok = false;
    const QString location = QInputDialog::getText(
        this, tr("Open Team Project"),
        tr("Server location, e.g. postgresql://server/review?sslmode=verify-full\n"
           "(no password here: use ~/.pgpass, PGPASSWORD or a certificate)"),
        QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || location.isEmpty())
        return;
    if (!core::isServerLocation(location)) {
        showError(tr("\"%1\" is not a server location: it starts with postgresql://.").arg(location));
        return;
    }
    openProject(location);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), QString(),
                                                      tr("Dyad projects (*.dyad)"));
    if (path.isEmpty())
        return;
    const core::Project *project = &m_document->project();
    // The online backup of a large project takes a while: keep the window responsive.
    const auto result = TaskRunner::run(this, tr("Saving a copy…"), [project, path](TaskContext &) {
        const core::Status st = project->saveCopy(path);
        return QVariant(st ? QString() : st.error());
    });
    if (!result)
        return;
    if (const QString error = result->toString(); !error.isEmpty())
        showError(error);
    else
        statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::importRecords()
{
    openImportDialog();
}

void MainWindow::openImportDialog(const QStringList &paths)
{
    if (!m_document)
        return;
    auto *dialog = new ImportDialog(&m_document->project(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const core::importer::ImportSummary &s) {
        reportImport(tr("Imported"), s.added, s.updated, s.skippedExisting + s.skippedWithinInput + s.malformed);
    });
    dialog->addPaths(paths);
    placeOnScreen(dialog, dialog->size(), this); // 1200×760 does not fit a 720-px screen
    dialog->open();
}

void MainWindow::importCodebook()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Codebook"), QString(),
        tr("Codebooks (*.qdc *.csv *.tsv *.xlsx);;REFI-QDA codebook (*.qdc);;Tables (*.csv *.tsv *.xlsx)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto summary = importCodebookFile(m_document.get(), path);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        QMessageBox::warning(this, tr("Import Codebook"), summary.error());
        return;
    }
    QMessageBox::information(this, tr("Import Codebook"), *summary);
}

void MainWindow::openPasteDialog()
{
    if (!m_document)
        return;
    auto *dialog = new PasteDialog(&m_document->project(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PasteDialog::imported, this, [this](const core::importer::ImportSummary &s) {
        reportImport(tr("Pasted"), s.added, s.updated, s.skippedExisting + s.skippedWithinInput);
    });
    placeOnScreen(dialog, dialog->size(), this);
    dialog->open();
}

void MainWindow::reportImport(const QString &what, int added, int updated, int skipped)
{
    statusBar()->showMessage(
        tr("%1: %2 record(s) added, %3 updated, %4 skipped.").arg(what).arg(added).arg(updated).arg(skipped), 10000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (m_document && mime && mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        if (std::any_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); })) {
            event->acceptProposedAction();
            return;
        }
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    if (const QMimeData *mime = event->mimeData(); mime && mime->hasUrls())
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
    if (paths.isEmpty() || !m_document) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    openImportDialog(paths);
}

void MainWindow::exportData(const QString &kind)
{
    if (!m_document)
        return;
    core::Project &project = m_document->project();
    // Blinding holds in exports too: a reviewer exports what they may see. The segments
    // table is cut to it; the whole-project formats (REFI-QDA, codebook with counts, theme
    // summary) would carry others' work and are refused while anything is blinded.
    const QUuid viewer = m_document->reviewerId();
    std::vector<QUuid> others;
    for (const core::Reviewer &r : project.reviewers())
        if (r.id != viewer)
            others.push_back(r.id);
    const qsizetype blinded = project.recordsHiddenFrom(viewer, others).size();
    if (blinded > 0 && kind != QStringLiteral("segments") && kind != QStringLiteral("reviewer-copy")) {
        QMessageBox::information(
            this, tr("Export"),
            tr("%n record(s) are still blinded for you, and this export would carry the other reviewers' work "
               "on them. Export your Coded Segments or a Reviewer Copy instead, or export once the round has "
               "moved to reconciliation.",
               nullptr, static_cast<int>(blinded)));
        return;
    }
    QString filter;
    if (kind.startsWith(QStringLiteral("qdpx")))
        filter = tr("REFI-QDA project (*.qdpx)");
    else if (kind == QStringLiteral("qdc"))
        filter = tr("REFI-QDA codebook (*.qdc)");
    else if (kind == QStringLiteral("reviewer-copy"))
        filter = tr("Dyad project (*.dyad)");
    else if (kind == QStringLiteral("codebook"))
        filter = tr("Spreadsheet (*.xlsx);;CSV (*.csv);;Markdown (*.md);;HTML (*.html);;PDF (*.pdf)");
    else
        filter = tr("Spreadsheet (*.xlsx);;CSV (*.csv);;HTML (*.html)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QString(), filter);
    if (path.isEmpty())
        return;
    core::Status st;
    QStringList spanProblems; // a damaged file's codings, cut to their text or left out
    const auto format = core::io::tableFormatFromPath(path);
    QStringList warnings;
    if (kind.startsWith(QStringLiteral("qdpx"))) {
        core::io::QdpxOptions options;
        options.utf16Offsets = kind == QStringLiteral("qdpx-nvivo"); // NVivo counts UTF-16 units
        auto r = core::io::exportQdpx(project, path, options);
        if (r)
            spanProblems = r->spanProblems;
        st = r ? core::Status() : r.takeError();
        if (r)
            warnings = r->warnings;
    } else if (kind == QStringLiteral("qdc")) {
        auto r = core::io::exportQdc(project, path);
        st = r ? core::Status() : r.takeError();
    } else if (kind == QStringLiteral("reviewer-copy")) {
        auto r = core::io::exportReviewerCopy(project, m_document->reviewerId(), path);
        st = r ? core::Status() : r.takeError();
    } else if (kind == QStringLiteral("codebook") && path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        // Core writes the codebook as HTML; the PDF is dyad_print's job (dyad-cli uses it too).
        QString error;
        if (!print::writeHtmlPdf(path, core::io::codebookHtml(project), {tr("Codebook: %1").arg(project.title()), false}, &error))
            st = core::makeError(error);
    } else if (!format) {
        st = core::makeError(tr("Choose a file ending in .xlsx, .csv, .md or .html."));
    } else if (kind == QStringLiteral("codebook")) {
        st = core::io::exportCodebook(project, path, *format);
    } else if (kind == QStringLiteral("themes")) {
        st = core::io::exportThemeSummary(project, path, *format);
    } else {
        core::io::SegmentFilter segments;
        segments.viewer = viewer;
        st = core::io::exportSegments(project, path, *format, segments, &spanProblems);
    }
    if (!st)
        showError(st.error());
    else if (!spanProblems.isEmpty())
        showError(tr("Exported %1, but %n coding(s) do not fit their text (a damaged file; 'dyad-cli check' lists "
                     "every problem):\n%2", nullptr, static_cast<int>(spanProblems.size()))
                      .arg(QDir::toNativeSeparators(path), spanProblems.join(QLatin1Char('\n'))));
    else
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 6000);
    if (st && !warnings.isEmpty())
        QMessageBox::information(this, tr("Export"), warnings.join(QStringLiteral("\n\n")));
}

void MainWindow::openReconciliation(const QUuid &roundId)
{
    if (!m_document)
        return;
    core::Project &project = m_document->project();
    std::vector<core::Reviewer> coders;
    // For a round: the reviewers who coded it; otherwise every reviewer.
    QSet<QUuid> inRound;
    for (const core::Assignment &a : roundId.isNull() ? std::vector<core::Assignment>()
                                                      : project.assignments(roundId, std::nullopt, std::nullopt))
        inRound.insert(a.reviewerId);
    for (const core::Reviewer &r : project.reviewers())
        if (roundId.isNull() ? r.role == core::ReviewerRole::Reviewer : inRound.contains(r.id))
            coders.push_back(r);
    if (coders.size() < 2) {
        showError(tr("Reconciliation needs two reviewers who coded independently."));
        return;
    }
    auto store = core::reconcile::openDecisionStore(project);
    if (!store) {
        showError(store.error());
        return;
    }
    // With more than two coders, the team says which pair to reconcile.
    std::pair<size_t, size_t> pair{0, 1};
    if (coders.size() > 2) {
        QStringList labels;
        std::vector<std::pair<size_t, size_t>> pairs;
        for (size_t i = 0; i < coders.size(); ++i)
            for (size_t j = i + 1; j < coders.size(); ++j) {
                labels << tr("%1 and %2").arg(coders[i].name, coders[j].name);
                pairs.emplace_back(i, j);
            }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Reconcile Disagreements"),
                                                     tr("Reconcile the codings of:"), labels, 0, false, &ok);
        if (!ok)
            return;
        pair = pairs[static_cast<size_t>(labels.indexOf(chosen))];
    }
    core::reconcile::Scope scope;
    scope.reviewerA = coders[pair.first].id;
    scope.reviewerB = coders[pair.second].id;
    if (!roundId.isNull())
        scope.roundId = roundId;
    const auto me = project.reviewer(m_document->reviewerId());
    const bool blind = me && me->role == core::ReviewerRole::Adjudicator;
    auto *window = new ReconcileWindow(project, **store, scope, blind, this);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    const QString pairName = tr("%1 and %2").arg(coders[pair.first].name, coders[pair.second].name);
    window->setWindowTitle(roundId.isNull() ? tr("Reconcile: %1").arg(pairName)
                                            : tr("Reconcile “%1”: %2")
                                                  .arg(project.round(roundId).value_or(core::Round{}).name, pairName));
    placeOnScreen(window, QSize(1400, 850), this);
    window->show();
}

void MainWindow::openStudyWindow()
{
    if (!m_document)
        return;
    if (StudyWindow *open = findChild<StudyWindow *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *study = new StudyWindow(m_document.get(), this);
    study->setWindowFlag(Qt::Window);
    study->setAttribute(Qt::WA_DeleteOnClose);
    study->setRecordListProvider([this] {
        AssignRecordsDialog::RecordList list;
        for (const QModelIndex &index : m_recordList->selectionModel()->selectedRows())
            list.selected.push_back(index.data(RecordListModel::RecordIdRole).toUuid());
        for (int row = 0; row < m_recordFilter->rowCount(); ++row)
            list.filtered.push_back(m_recordFilter->index(row, 0).data(RecordListModel::RecordIdRole).toUuid());
        QStringList filter;
        if (!m_search->text().trimmed().isEmpty())
            filter << tr("search “%1”").arg(m_search->text().trimmed());
        for (const QComboBox *box : {m_roundFilter, m_statusFilter, m_codedFilter})
            if (box && box->currentIndex() > 0)
                filter << box->currentText();
        list.filterDescription = filter.isEmpty() ? tr("no filter") : filter.join(QStringLiteral(", "));
        return list;
    });
    connect(study, &StudyWindow::reconcileRequested, this, &MainWindow::openReconciliation);
    connect(study, &StudyWindow::showRecordRequested, this, &MainWindow::showRecord);
    placeOnScreen(study, QSize(1200, 720), this);
    study->show();
}

void MainWindow::switchReviewer()
{
    if (m_document)
        chooseReviewer(QString());
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(QStringLiteral("recentFiles")).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &f : files) {
        QAction *a = m_recentMenu->addAction(core::isServerLocation(f) ? f : QFileInfo(f).fileName());
        a->setToolTip(QDir::toNativeSeparators(f));
        connect(a, &QAction::triggered, this, [this, f] { openProject(f); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// --- record list ----------------------------------------------------------------------

void MainWindow::refreshRoundFilter()
{
    const QUuid selected = m_roundFilter->currentData().toUuid();
    const QSignalBlocker blocker(m_roundFilter);
    m_roundFilter->clear();
    m_roundFilter->addItem(tr("All records"));
    if (m_document)
        for (const core::Round &r : m_document->project().rounds())
            m_roundFilter->addItem(r.name, r.id);
    const int i = m_roundFilter->findData(selected);
    m_roundFilter->setCurrentIndex(i >= 0 ? i : 0);
}

void MainWindow::applyRecordFilters()
{
    if (!m_document)
        return;
    const QUuid current = m_recordView->recordId();
    m_recordFilter->setRound(m_roundFilter->currentData().toUuid());
    const QVariant status = m_statusFilter->currentData();
    m_recordFilter->setStatus(status.isValid() ? std::optional(static_cast<core::RecordStatus>(status.toInt()))
                                               : std::nullopt);
    m_recordFilter->setCoded(static_cast<RecordFilterModel::Coded>(m_codedFilter->currentData().toInt()));
    QString error;
    if (!m_recordFilter->setSearch(m_search->text(), &error))
        statusBar()->showMessage(error, 5000);
    m_recordView->setSearchText(m_search->text());
    updateActions(); // Code All Hits needs a search
    const QModelIndex source = m_recordModel->indexOf(current);
    const QModelIndex proxy = m_recordFilter->mapFromSource(source);
    if (proxy.isValid()) {
        const QSignalBlocker blocker(m_recordList->selectionModel());
        m_recordList->setCurrentIndex(proxy);
        m_recordList->scrollTo(proxy);
    }
    updateStatusBar();
}

void MainWindow::showRecord(const QUuid &recordId)
{
    const QModelIndex proxy = m_recordFilter->mapFromSource(m_recordModel->indexOf(recordId));
    if (proxy.isValid()) {
        m_recordList->setCurrentIndex(proxy);
        m_recordList->scrollTo(proxy);
    } else {
        m_recordView->setRecord(recordId); // filtered out of the list, but still shown
    }
}

void MainWindow::stepRecord(int direction)
{
    const int rows = m_recordFilter->rowCount();
    if (rows == 0)
        return;
    const int row = m_recordList->currentIndex().row();
    const int next = std::clamp(row + direction, 0, rows - 1);
    m_recordList->setCurrentIndex(m_recordFilter->index(next, 0));
}

void MainWindow::nextUncodedRecord()
{
    const int rows = m_recordFilter->rowCount();
    const int start = m_recordList->currentIndex().row();
    for (int i = 1; i <= rows; ++i) {
        const int row = (start + i + rows) % rows;
        const int source = m_recordFilter->mapToSource(m_recordFilter->index(row, 0)).row();
        if (m_recordModel->codingCount(source) == 0 && m_recordModel->status(source) != core::RecordStatus::Done) {
            m_recordList->setCurrentIndex(m_recordFilter->index(row, 0));
            m_recordList->scrollTo(m_recordFilter->index(row, 0));
            m_recordView->textEdit()->setFocus();
            return;
        }
    }
    statusBar()->showMessage(tr("Every record in the list is coded or done."), 5000);
}

void MainWindow::markRecordDone()
{
    if (!m_document || m_recordView->recordId().isNull())
        return;
    const QUuid record = m_recordView->recordId();
    const auto round = m_document->project().activeRoundFor(record, m_document->reviewerId());
    if (!round) {
        statusBar()->showMessage(tr("This record is not assigned to you in an open round."), 5000);
        return;
    }
    m_document->push(new ChangeRecordStatus(m_document.get(), *round, record, core::RecordStatus::Done));
    statusBar()->showMessage(tr("Marked done. F8 goes to the next uncoded record."), 4000);
}

// --- coding ---------------------------------------------------------------------------

void MainWindow::applyCode(const QUuid &codeId)
{
    if (!m_document || codeId.isNull())
        return;
    RecordTextEdit *edit = m_recordView->textEdit();
    auto span = edit->selectedSpan();
    if (!span || edit->recordId().isNull()) {
        statusBar()->showMessage(tr("Select some text first, then apply a code."), 4000);
        return;
    }
    {
        // Snapped to words when snapping is on; never starting or ending with white space
        // (Ctrl+Shift+Right selects a word and the space after it).
        int from = edit->offsets().toUtf16(span->start), to = edit->offsets().toUtf16(span->end);
        if (m_snapToWords)
            std::tie(from, to) = snapToWordBoundaries(edit->recordText(), from, to);
        std::tie(from, to) = trimSpaces(edit->recordText(), from, to);
        span = core::Span{edit->offsets().toCodePoint(from), edit->offsets().toCodePoint(to)};
    }
    core::Coding c;
    c.recordId = edit->recordId();
    c.codeId = codeId;
    c.reviewerId = m_document->reviewerId();
    c.span = *span;
    auto *command = new AddCodings(m_document.get(), {c});
    const QUuid newId = command->codings().front().id;
    m_document->push(command);
    edit->setSelectedCoding(newId);
    edit->selectSpan(*span); // keep the text selected: another key applies a second code
}

void MainWindow::pickCode()
{
    if (!m_document)
        return;
    CodePicker picker(m_codebookModel, this);
    if (const auto span = m_recordView->textEdit()->selectedSpan()) {
        RecordTextEdit *edit = m_recordView->textEdit();
        const int from = edit->offsets().toUtf16(span->start), to = edit->offsets().toUtf16(span->end);
        QString quote = edit->recordText().mid(from, to - from).simplified();
        if (quote.size() > 50)
            quote = quote.left(49) + QStringLiteral("…");
        picker.setHeading(tr("Apply a code to “%1”:").arg(quote));
    }
    const QRect r = m_recordView->textEdit()->cursorRect();
    picker.placeAt(m_recordView->textEdit()->viewport()->mapToGlobal(r.bottomLeft() + QPoint(0, 4)), this);
    const int result = picker.exec();
    returnFocusAfterPopup(m_recordView->textEdit());
    if (result != QDialog::Accepted)
        return;
    if (!picker.chosenCode().isNull()) {
        applyCode(picker.chosenCode());
    } else if (!picker.newCodeName().isEmpty()) {
        // "Create code …" from the picker: create it and apply it as one step.
        core::Code code;
        code.name = picker.newCodeName();
        code.shared = false;
        auto *create = new CreateCode(m_document.get(), code);
        const QUuid id = create->code().id;
        m_document->undoStack()->beginMacro(create->text());
        m_document->push(create);
        if (m_document->project().code(id))
            applyCode(id);
        m_document->undoStack()->endMacro();
    }
}

void MainWindow::returnFocusAfterPopup(QWidget *widget)
{
    // The keys go back to where the person was typing, whatever the window system did
    // with the activation while the popup had the keyboard.
    activateWindow();
    widget->setFocus(Qt::PopupFocusReason);
}

void MainWindow::codeAllHits()
{
    const QString query = m_search->text();
    if (!m_document || query.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("Search the records first (Ctrl+F), then code every hit."), 5000);
        return;
    }
    CodePicker picker(m_codebookModel, this);
    picker.setWindowTitle(tr("Code All Hits of \"%1\" With").arg(query.trimmed()));
    if (picker.exec() != QDialog::Accepted || picker.chosenCode().isNull())
        return;
    std::vector<QUuid> records;
    for (int row = 0; row < m_recordFilter->rowCount(); ++row)
        records.push_back(m_recordFilter->index(row, 0).data(RecordListModel::RecordIdRole).toUuid());
    const SearchHitCodings hits = codingsForSearchHits(m_document->project(), m_document->reviewerId(),
                                                       picker.chosenCode(), records, query);
    const QString codeName = m_document->project().code(picker.chosenCode())->name;
    if (hits.codings.empty()) {
        statusBar()->showMessage(tr("Every hit already carries %1.").arg(codeName), 5000);
        return;
    }
    auto *command = new AddCodings(m_document.get(), hits.codings);
    command->setText(tr("Code %n Search Hit(s)", nullptr, int(hits.codings.size())));
    m_document->push(command);
    // Back to the document: in the search box Ctrl+Z would undo the typing, not the coding.
    m_recordView->textEdit()->setFocus();
    statusBar()->showMessage(tr("Coded %n hit(s) in %1 record(s) with %2; Ctrl+Z undoes it.", nullptr,
                                int(hits.codings.size()))
                                 .arg(hits.records)
                                 .arg(codeName),
                             8000);
}

void MainWindow::newCodeFromSelection()
{
    if (!m_document)
        return;
    RecordTextEdit *edit = m_recordView->textEdit();
    const auto span = edit->selectedSpan();
    if (!span) {
        statusBar()->showMessage(tr("Select the words to use as the code's name."), 4000);
        return;
    }
    // The code is named after exactly the text it will cover: snapped to words when
    // snapping is on, without spaces or punctuation at either end.
    int from = edit->offsets().toUtf16(span->start), to = edit->offsets().toUtf16(span->end);
    if (m_snapToWords)
        std::tie(from, to) = snapToWordBoundaries(edit->recordText(), from, to);
    std::tie(from, to) = trimSpacesAndPunctuation(edit->recordText(), from, to);
    const core::Span covered{edit->offsets().toCodePoint(from), edit->offsets().toCodePoint(to)};
    edit->selectSpan(covered);
    const QString quote = edit->recordText().mid(from, to - from);
    QString name = quote.simplified();
    if (name.size() > 60)
        name = name.left(59) + QStringLiteral("…");
    core::Code code;
    code.name = name;
    code.example = quote;
    code.shared = false; // inductive codes stay private to their creator while blinded
    auto *create = new CreateCode(m_document.get(), code);
    const QUuid id = create->code().id;
    m_document->undoStack()->beginMacro(tr("New Code “%1” from Selection").arg(name));
    m_document->push(create);
    if (m_document->project().code(id))
        applyCode(id);
    m_document->undoStack()->endMacro();
    m_codebookView->selectCode(id);
}

void MainWindow::removeSelectedCoding()
{
    if (!m_document)
        return;
    const QUuid id = m_recordView->textEdit()->selectedCoding();
    const auto coding = id.isNull() ? std::nullopt : m_document->project().coding(id);
    if (!coding) {
        statusBar()->showMessage(tr("Click a coding (or its stripe) to select it first."), 4000);
        return;
    }
    m_document->push(new RemoveCodings(m_document.get(), {*coding}));
}

void MainWindow::nudgeSelectedCoding(bool moveStart, int direction)
{
    if (!m_document)
        return;
    RecordTextEdit *edit = m_recordView->textEdit();
    const auto coding = m_document->project().coding(edit->selectedCoding());
    if (!coding)
        return;
    core::Span span = coding->span;
    core::Offset &edge = moveStart ? span.start : span.end;
    if (m_snapToWords) {
        const int pos = nextWordBoundary(edit->recordText(), edit->offsets().toUtf16(edge), direction > 0);
        edge = edit->offsets().toCodePoint(pos);
    } else {
        edge += direction;
    }
    span.start = std::max<core::Offset>(span.start, 0);
    span.end = std::min(span.end, edit->offsets().codePointLength());
    if (span.isEmpty() || span == coding->span)
        return;
    m_document->push(new ChangeCodingSpan(m_document.get(), coding->id, coding->span, span));
}

void MainWindow::fitCodingToSelection()
{
    if (!m_document)
        return;
    RecordTextEdit *edit = m_recordView->textEdit();
    const auto coding = m_document->project().coding(edit->selectedCoding());
    auto span = edit->selectedSpan();
    if (!coding || !span) {
        statusBar()->showMessage(tr("Select a coding, then select the text it should cover."), 4000);
        return;
    }
    if (m_snapToWords) {
        const auto [from, to] = snapToWordBoundaries(edit->recordText(), edit->offsets().toUtf16(span->start),
                                                     edit->offsets().toUtf16(span->end));
        span = core::Span{edit->offsets().toCodePoint(from), edit->offsets().toCodePoint(to)};
    }
    if (*span != coding->span)
        m_document->push(new ChangeCodingSpan(m_document.get(), coding->id, coding->span, *span));
}

void MainWindow::editCodingMemo()
{
    const QUuid id = m_recordView->textEdit()->selectedCoding();
    if (id.isNull())
        return;
    m_inspector->showCoding(id);
    m_inspector->show();
    m_inspector->raise();
    m_inspector->codingMemoEdit()->setFocus();
}

void MainWindow::selectAdjacentCoding(int direction)
{
    RecordTextEdit *edit = m_recordView->textEdit();
    std::vector<const DisplayedCoding *> ordered;
    for (const DisplayedCoding &c : edit->codings())
        ordered.push_back(&c);
    if (ordered.empty())
        return;
    std::sort(ordered.begin(), ordered.end(), [](const DisplayedCoding *a, const DisplayedCoding *b) {
        return std::tie(a->coding.span.start, a->coding.span.end) < std::tie(b->coding.span.start, b->coding.span.end);
    });
    int current = -1;
    for (size_t i = 0; i < ordered.size(); ++i)
        if (ordered[i]->coding.id == edit->selectedCoding())
            current = static_cast<int>(i);
    const int n = static_cast<int>(ordered.size());
    const int next = current < 0 ? (direction > 0 ? 0 : n - 1) : (current + direction + n) % n;
    edit->setSelectedCoding(ordered[static_cast<size_t>(next)]->coding.id);
}

void MainWindow::setSnapToWords(bool snap)
{
    m_snapToWords = snap;
    if (QAction *a = action(QStringLiteral("snapToWords")))
        a->setChecked(snap);
    QSettings().setValue(QStringLiteral("snapToWords"), snap);
}

// --- codebook -------------------------------------------------------------------------

void MainWindow::newCode(bool asChild)
{
    if (!m_document)
        return;
    core::Code code;
    code.parentId = asChild ? m_codebookView->currentCode() : QUuid();
    if (!asChild) {
        // A new code goes next to the current one (same theme), which is where one usually works.
        if (const core::Code *current = m_codebookModel->code(m_codebookView->currentCode()))
            code.parentId = current->parentId;
    }
    const QString base = tr("New code");
    code.name = base;
    for (int n = 2; std::any_of(m_codebookModel->codesInTreeOrder().begin(), m_codebookModel->codesInTreeOrder().end(),
                                [&](const QUuid &id) {
                                    const core::Code *c = m_codebookModel->code(id);
                                    return c && c->parentId == code.parentId && c->name == code.name;
                                });
         ++n)
        code.name = QStringLiteral("%1 %2").arg(base).arg(n);
    code.shared = false;
    auto *create = new CreateCode(m_document.get(), code);
    const QUuid id = create->code().id;
    m_document->push(create);
    m_codebookView->selectCode(id);
    m_codebookView->edit(m_codebookModel->indexOf(id));
}

void MainWindow::renameCode()
{
    const QModelIndex index = m_codebookModel->indexOf(m_codebookView->currentCode());
    if (index.isValid()) {
        m_codebookView->setFocus();
        m_codebookView->edit(index);
    }
}

void MainWindow::recolorCode()
{
    const core::Code *code = m_codebookModel->code(m_codebookView->currentCode());
    if (!code || !m_document)
        return;
    const QColor chosen = QColorDialog::getColor(codeColor(code->color), this, tr("Code Colour"));
    if (chosen.isValid() && chosen.name() != code->color)
        m_document->push(new ChangeCodeColor(m_document.get(), code->id, chosen.name()));
}

void MainWindow::mergeCodes(const std::vector<QUuid> &sources, const QUuid &target)
{
    if (!m_document || target.isNull())
        return;
    std::vector<QUuid> toMerge;
    for (const QUuid &s : sources)
        if (s != target && !s.isNull())
            toMerge.push_back(s);
    if (toMerge.empty())
        return;
    QUndoStack *stack = m_document->undoStack();
    if (toMerge.size() == 1)
        stack->beginMacro(tr("Merge %1 into %2")
                              .arg(codeNameForHistory(m_document->project(), toMerge.front()),
                                   codeNameForHistory(m_document->project(), target)));
    else
        stack->beginMacro(tr("Merge %n Code(s) into %1", nullptr, static_cast<int>(toMerge.size()))
                              .arg(codeNameForHistory(m_document->project(), target)));
    for (const QUuid &s : toMerge)
        m_document->push(new MergeCodes(m_document.get(), s, target));
    stack->endMacro();
    m_codebookView->selectCode(target);
}

void MainWindow::mergeSelectedCodes()
{
    if (!m_document)
        return;
    const std::vector<QUuid> selected = m_codebookView->selectedCodes();
    const QUuid current = m_codebookView->currentCode();
    if (selected.size() > 1 && !current.isNull()) {
        // Several codes selected: merge them into the one with the focus.
        mergeCodes(selected, current);
        return;
    }
    if (current.isNull())
        return;
    CodePicker picker(m_codebookModel, this, CodePicker::Purpose::MergeInto);
    if (const core::Code *source = m_codebookModel->code(current))
        picker.setHeading(tr("Merge “%1” into:").arg(source->name));
    picker.excludeCode(current);
    picker.placeAt(m_codebookView->viewport()->mapToGlobal(
                       m_codebookView->visualRect(m_codebookView->currentIndex()).bottomLeft()),
                   this);
    const int result = picker.exec();
    returnFocusAfterPopup(m_codebookView);
    if (result == QDialog::Accepted && !picker.chosenCode().isNull())
        mergeCodes({current}, picker.chosenCode());
}

void MainWindow::deleteSelectedCodes()
{
    if (!m_document)
        return;
    const std::vector<QUuid> selected = m_codebookView->selectedCodes();
    if (selected.empty())
        return;
    QStringList names;
    for (const QUuid &id : selected)
        if (const core::Code *c = m_codebookModel->code(id))
            names << c->name;
    const auto answer = QMessageBox::question(
        this, tr("Delete Code"),
        tr("Delete %1? Codes still in use cannot be deleted: merge them into another code instead.")
            .arg(names.join(QStringLiteral(", "))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_document->undoStack()->beginMacro(tr("Delete %n Code(s)", nullptr, static_cast<int>(selected.size())));
    for (const QUuid &id : selected)
        m_document->push(new DeleteCode(m_document.get(), id));
    m_document->undoStack()->endMacro();
}

// --- menus ----------------------------------------------------------------------------

void MainWindow::showTextContextMenu(const QPoint &pos)
{
    RecordTextEdit *edit = m_recordView->textEdit();
    if (!edit->textCursor().hasSelection()) {
        // Right-click selects the reviewer's own coding under the pointer, so the menu acts on
        // it; others' codings are never the target of an edit (nothing is selected then).
        const DisplayedCoding *c =
            edit->codingAt(edit->cursorForPosition(pos).position(), RecordTextEdit::Owner::OwnOnly);
        edit->setSelectedCoding(c ? c->coding.id : QUuid());
    }
    QMenu menu(this);
    QMenu *apply = menu.addMenu(tr("Apply Code"));
    apply->setEnabled(edit->selectedSpan().has_value());
    for (const QUuid &id : m_codebookModel->codesInTreeOrder()) {
        const QModelIndex index = m_codebookModel->indexOf(id);
        QString label = index.data().toString();
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            label.prepend(QStringLiteral("    "));
        QAction *a = apply->addAction(index.data(Qt::DecorationRole).value<QIcon>(), label);
        if (const int key = m_codebookModel->quickKeyOf(id))
            a->setShortcut(QKeySequence(Qt::Key_0 + key));
        connect(a, &QAction::triggered, this, [this, id] { applyCode(id); });
    }
    menu.addAction(action(QStringLiteral("applyCode")));
    menu.addAction(action(QStringLiteral("inVivo")));
    menu.addSeparator();
    menu.addAction(action(QStringLiteral("removeCoding")));
    menu.addAction(action(QStringLiteral("fitCoding")));
    menu.addAction(action(QStringLiteral("codingMemo")));
    menu.addSeparator();
    QAction *copy = menu.addAction(tr("&Copy"), edit, &QPlainTextEdit::copy);
    copy->setEnabled(edit->textCursor().hasSelection());
    menu.exec(edit->viewport()->mapToGlobal(pos));
}

void MainWindow::showCodebookContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(action(QStringLiteral("newCode")));
    menu.addAction(action(QStringLiteral("newSubCode")));
    menu.addSeparator();
    const QUuid current = m_codebookView->currentCode();
    if (!current.isNull()) {
        QAction *apply = menu.addAction(tr("Apply to Selected Text"), this, [this, current] { applyCode(current); });
        apply->setEnabled(m_recordView->textEdit()->selectedSpan().has_value());
        menu.addAction(tr("Show Coded &Passages"), this, [this, current] { showCodedPassages(current); });
        QMenu *keys = menu.addMenu(tr("Assign Quick Key"));
        for (int k = 1; k <= 9; ++k) {
            const QUuid bound = m_codebookModel->quickKeyCode(k);
            const core::Code *boundCode = m_codebookModel->code(bound);
            QAction *a = keys->addAction(boundCode ? tr("%1 (now: %2)").arg(k).arg(boundCode->name) : QString::number(k));
            a->setCheckable(true);
            a->setChecked(bound == current);
            connect(a, &QAction::triggered, this, [this, k, current] { m_codebookModel->setQuickKey(k, current); });
        }
        menu.addSeparator();
        menu.addAction(action(QStringLiteral("renameCode")));
        menu.addAction(action(QStringLiteral("recolorCode")));
        menu.addAction(action(QStringLiteral("mergeCodes")));
        menu.addAction(action(QStringLiteral("deleteCode")));
    }
    menu.exec(m_codebookView->viewport()->mapToGlobal(pos));
}

void MainWindow::showCodedPassages(const QUuid &codeId)
{
    if (!m_document || codeId.isNull())
        return;
    m_retrieval->showCode(codeId);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dyad"),
                       tr("<h3>Dyad %1</h3><p>Dual independent qualitative coding of titles and abstracts, "
                          "with agreement and reconciliation.</p>")
                           .arg(QStringLiteral(DYAD_VERSION)));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 8000);
    // Refusals while coding (a duplicate, a blinded code) are routine: the status bar is
    // enough. Failures to open or save a file deserve a dialog.
    if (!m_document || !isVisible())
        QMessageBox::warning(this, tr("Dyad"), message);
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    QMessageBox::information(this, tr("Language"), tr("The new language is used the next time Dyad starts."));
}

// --- state ----------------------------------------------------------------------------

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    RecordTextEdit *edit = m_recordView->textEdit();
    const bool hasText = open && edit->selectedSpan().has_value();
    // Editing commands act only on the reviewer's own coding (core refuses others' anyway).
    const DisplayedCoding *selected = open ? edit->displayedCoding(edit->selectedCoding()) : nullptr;
    const bool hasCoding = selected && selected->coding.reviewerId == m_document->reviewerId();
    const bool hasCode = open && !m_codebookView->currentCode().isNull();
    const bool hasRecord = open && !m_recordView->recordId().isNull();
    const bool asReviewer = open && !m_document->reviewerId().isNull();
    auto enable = [this](const char *name, bool on) {
        if (QAction *a = action(QLatin1String(name)))
            a->setEnabled(on);
    };
    enable("saveCopy", open);
    enable("importCodebook", open && !m_document->project().isReadOnly());
    enable("switchReviewer", open);
    enable("applyCode", asReviewer && hasText);
    enable("inVivo", asReviewer && hasText);
    enable("codeAllHits", asReviewer && !m_search->text().trimmed().isEmpty());
    for (QAction *a : m_quickKeys)
        a->setEnabled(asReviewer);
    enable("removeCoding", hasCoding);
    for (const char *n : {"extendEnd", "shrinkEnd", "extendStart", "shrinkStart", "codingMemo"})
        enable(n, hasCoding);
    enable("fitCoding", hasCoding && hasText);
    enable("newCode", asReviewer);
    enable("newSubCode", asReviewer && hasCode);
    for (const char *n : {"renameCode", "recolorCode", "mergeCodes", "deleteCode"})
        enable(n, hasCode);
    enable("markDone", asReviewer && hasRecord);
    enable("nextUncoded", open);
    enable("nextRecord", open);
    enable("previousRecord", open);
    QUndoStack *stack = open ? m_document->undoStack() : nullptr;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::updateStatusBar()
{
    if (!m_document) {
        m_reviewerLabel->clear();
        m_roundLabel->clear();
        m_positionLabel->clear();
        return;
    }
    const auto reviewer = m_document->reviewer();
    m_reviewerLabel->setText(reviewer ? tr("Reviewer: <b>%1</b> (%2)").arg(reviewer->name.toHtmlEscaped(),
                                                                            roleText(reviewer->role))
                                      : tr("Reviewer: <i>not chosen</i>"));
    const auto round = m_document->currentRound();
    m_roundLabel->setText(round ? tr("Round: <b>%1</b> — %2%3")
                                      .arg(round->name.toHtmlEscaped(), phaseText(round->phase),
                                           round->unblinded ? tr(", unblinded") : QString())
                                : tr("No open round"));
    const int row = m_recordList->currentIndex().row();
    const QLocale locale;
    m_positionLabel->setText(row >= 0 ? tr("Record %1 of %2").arg(locale.toString(row + 1),
                                                                  locale.toString(m_recordFilter->rowCount()))
                                      : tr("%1 records").arg(locale.toString(m_recordFilter->rowCount())));
}

void MainWindow::updateWindowTitle()
{
    if (!m_document) {
        setWindowTitle(QStringLiteral("Dyad"));
        return;
    }
    const auto reviewer = m_document->reviewer();
    setWindowTitle(QStringLiteral("%1[*] — %2 — Dyad")
                       .arg(m_document->displayName(), reviewer ? reviewer->name : tr("no reviewer")));
    setWindowModified(m_document->isModified());
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1400, 880);
    fitIntoScreen(); // a layout saved on a larger screen, or a default larger than this one
    m_settingsSize = size();
    m_layoutRestored = restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    setSnapToWords(settings.value(QStringLiteral("snapToWords"), false).toBool());
}

void MainWindow::fitIntoScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QScreen *s = screen();
    if (!s)
        return;
    const QRect available = s->availableGeometry();
    // Before the window manager frames the window, allow for a title bar and borders.
    const QRect frame = frameGeometry();
    const QRect inner = geometry();
    QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                     frame.bottom() - inner.bottom());
    if (!isVisible())
        margins = QMargins(8, 32, 8, 8); // typical title bar and borders, until framed
    const QSize room = available.size().shrunkBy(margins);
    const QSize size = inner.size().boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    QRect target(inner.topLeft(), size);
    // Keep the top-left corner where it was when the window fits there; else slide it in.
    const QRect outer = target.marginsAdded(margins);
    QPoint shift;
    if (outer.right() > available.right())
        shift.rx() = available.right() - outer.right();
    if (outer.left() + shift.x() < available.left())
        shift.rx() = available.left() - outer.left();
    if (outer.bottom() > available.bottom())
        shift.ry() = available.bottom() - outer.bottom();
    if (outer.top() + shift.y() < available.top())
        shift.ry() = available.top() - outer.top();
    target.translate(shift);
    if (target != inner)
        setGeometry(target);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every edit is on disk already; there is nothing to save, only the layout to keep.
    writeSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_codebookView->viewport()->update();
}

} // namespace dyad::ui
