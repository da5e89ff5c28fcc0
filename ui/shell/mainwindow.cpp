#include "ui/shell/mainwindow.h"
#include "core/open/open.h"

#include "ui/analysis/analysisdocks.h"
#include "ui/codebook/codebookmodel.h"
#include "ui/codebook/codebookview.h"
#include "ui/document.h"
#include "ui/shell/application.h"
#include "ui/shell/codebookactions.h"
#include "ui/shell/codingactions.h"
#include "ui/shell/docklayout.h"
#include "ui/shell/exportactions.h"
#include "ui/shell/importactions.h"
#include "ui/shell/mainmenus.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/recordnavigator.h"
#include "ui/shell/reviewerdialog.h"
#include "ui/shell/reviewlauncher.h"
#include "ui/shell/shortcutsdialog.h"
#include "ui/shell/teamstatus.h"
#include "ui/shell/windowactions.h"
#include "ui/shell/windowplacement.h"
#include "ui/taskrunner.h"
#include "ui/workbench/inspectordock.h"
#include "ui/workbench/recordfiltermodel.h"
#include "ui/workbench/recordlistmodel.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"
#include "ui/workbench/retrievaldock.h"
#include "ui/workbench/wordsnap.h"

#include "core/model/project.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

namespace dyad::ui {

namespace {

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

    // The parts: actions first (the docks' tool bars show them), then the docks, then the
    // parts that work on the docks, then the menus that list them all.
    createActions();
    m_coding = new CodingActions(this);
    m_codebook = new CodebookActions(this);
    m_imports = new ImportActions(this);
    m_docks = new DockLayout(this);
    m_analysis = analysis::addAnalysisDocks(this, [this]() -> core::Project * {
        return m_document ? &m_document->project() : nullptr;
    });
    m_navigator = new RecordNavigator(this, m_docks);
    m_review = new ReviewLauncher(this, m_navigator);
    m_exports = new ExportActions(this);
    m_recent = new RecentFiles(this);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) { openProject(path); });
    m_menus = new MainMenus(this, {m_recent, m_exports, m_review, m_analysis});
    createStatusBar();
    readSettings();
    connectViews();
    updateActions();
    updateWindowTitle();
}

MainWindow::~MainWindow()
{
    // Views and models hold the document; detach them before it goes. Reconciliation
    // windows listen to its project: they go first.
    m_review->closeReconciliations();
    m_recordView->setDocument(nullptr);
    m_codebookModel->setDocument(nullptr);
    m_recordModel->setDocument(nullptr);
    m_recordFilter->setDocument(nullptr);
    m_docks->setDocument(nullptr);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

CodebookView *MainWindow::codebookView() const
{
    return m_docks->codebookView();
}

QTreeView *MainWindow::recordListView() const
{
    return m_docks->recordList();
}

QLineEdit *MainWindow::recordSearch() const
{
    return m_docks->search();
}

InspectorDock *MainWindow::inspector() const
{
    return m_docks->inspector();
}

RetrievalDock *MainWindow::retrievalDock() const
{
    return m_docks->retrieval();
}

// --- construction -------------------------------------------------------------------

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &key, const QString &icon,
                       auto slot) {
        QAction *a = makeWindowAction(this, name, text, key, icon);
        connect(a, &QAction::triggered, this, slot);
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

    make("shortcuts", tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1), QString(), &MainWindow::showShortcuts);
    make("about", tr("&About Dyad"), QKeySequence(), QString(), &MainWindow::showAbout);
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

void MainWindow::connectViews()
{
    // The count in the status bar follows the list (an import adds rows, a filter hides some),
    // and the first imported record is shown when the project had none.
    auto listChanged = [this] {
        m_navigator->listChanged();
        updateStatusBar();
    };
    connect(m_recordFilter, &QAbstractItemModel::rowsInserted, this, listChanged);
    connect(m_recordFilter, &QAbstractItemModel::rowsRemoved, this, listChanged);
    connect(m_recordFilter, &QAbstractItemModel::modelReset, this, listChanged);
    connect(m_recordFilter, &QAbstractItemModel::layoutChanged, this, listChanged);

    RecordTextEdit *text = m_recordView->textEdit();
    text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(text, &QWidget::customContextMenuRequested, m_coding, &CodingActions::showTextContextMenu);
    connect(text, &RecordTextEdit::selectedCodingChanged, this, [this](const QUuid &id) {
        if (!id.isNull())
            inspector()->showCoding(id);
        updateActions();
    });
    connect(text, &QPlainTextEdit::selectionChanged, this, &MainWindow::updateActions);
    connect(text, &RecordTextEdit::codeDropped, m_coding, &CodingActions::dropCode);
    connect(m_recordView, &RecordView::recordChanged, this, [this] {
        updateActions();
        updateStatusBar();
    });
    inspector()->setQuoteProvider([this]() -> QString {
        RecordTextEdit *edit = m_recordView->textEdit();
        const auto span = edit->selectedSpan();
        if (!span)
            return {};
        int from = edit->offsets().toUtf16(span->start), to = edit->offsets().toUtf16(span->end);
        std::tie(from, to) = trimSpacesAndPunctuation(edit->recordText(), from, to);
        return edit->recordText().mid(from, to - from);
    });

    CodebookView *codebook = codebookView();
    connect(codebook, &CodebookView::currentCodeChanged, this, [this](const QUuid &id) {
        if (!id.isNull())
            inspector()->showCode(id);
        updateActions();
    });
    connect(codebook, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        // Double-clicking a code lists its passages (applying stays on keys, Ctrl+K and drag;
        // renaming is F2).
        showCodedPassages(m_codebookModel->codeId(index));
    });
    connect(codebook, &QWidget::customContextMenuRequested, m_codebook, &CodebookActions::showContextMenu);
    connect(retrievalDock(), &RetrievalDock::passageActivated, this, [this](const QUuid &record, const QUuid &coding) {
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
        m_layoutRestored = true;
        m_docks->arrangeForFirstStart();
    }
}

// --- documents ----------------------------------------------------------------------

bool MainWindow::openProject(const QString &path, const QString &reviewerName)
{
    if (m_document && !confirmUnsavedTeamChanges(this, m_document.get()))
        return false;
    auto project = core::openProject(path); // a file, or a postgresql:// team server
    if (!project) {
        showError(project.error());
        return false;
    }
    const QUuid signedIn = project.value()->actor(); // on a server: the reviewer who signed in
    auto document = std::make_unique<Document>(std::move(project).value());
    Document *doc = document.get();
    setDocument(std::move(document), signedIn);
    m_recent->add(core::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath());
    if (!signedIn.isNull()) {
        if (core::isServerLocation(path))
            offerKeptTeamChanges(this, doc);
        return true;
    }
    if (!chooseReviewer(reviewerName) && doc->reviewerId().isNull())
        statusBar()->showMessage(tr("Choose who you are (File › Switch Reviewer) before coding."));
    return true;
}

void MainWindow::setDocument(std::unique_ptr<Document> document, const QUuid &reviewerId)
{
    // Detach everything from the old document before it is destroyed; windows that work on
    // the old project (agreement, reconciliation) go with it.
    m_review->closeAll();
    m_recordView->setDocument(nullptr);
    m_codebookModel->setDocument(nullptr);
    m_recordFilter->setDocument(nullptr);
    m_recordModel->setDocument(nullptr);
    m_docks->setDocument(nullptr);
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
        m_navigator->applyRecordFilters();
    });
    connect(doc, &Document::changed, m_analysis, &analysis::AnalysisDocks::projectChanged);
    connect(doc, &Document::changed, this, [this](const core::ChangeEvent &e) {
        using Kind = core::ChangeEvent::Kind;
        if (e.kind == Kind::RoundChanged || e.kind == Kind::AssignmentChanged || e.kind == Kind::Reset)
            updateStatusBar();
        m_navigator->documentChanged(e);
    });
    connect(doc->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(doc->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(doc->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(doc->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);

    m_recordModel->setDocument(doc);
    m_recordFilter->setDocument(doc);
    m_codebookModel->setDocument(doc);
    m_recordView->setDocument(doc);
    m_docks->setDocument(doc);
    // A small codebook opens fully expanded (quick keys visible); a large one by theme.
    if (m_document->project().allCodes().size() <= 80)
        codebookView()->expandAll();
    else
        codebookView()->expandToDepth(0);
    m_navigator->refreshRoundFilter();
    m_navigator->applyRecordFilters();
    // Show the first record at once, so the window never opens on an empty page.
    if (m_recordFilter->rowCount() > 0)
        recordListView()->setCurrentIndex(m_recordFilter->index(0, 0));
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
    if (path.isEmpty() || (m_document && !confirmUnsavedTeamChanges(this, m_document.get())))
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
    m_recent->add(QFileInfo(target).absoluteFilePath());
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

void MainWindow::switchReviewer()
{
    if (m_document)
        chooseReviewer(QString());
}

// --- the parts' entry points ----------------------------------------------------------

void MainWindow::showRecord(const QUuid &recordId)
{
    m_navigator->showRecord(recordId);
}

void MainWindow::applyCode(const QUuid &codeId)
{
    m_coding->applyCode(codeId);
}

void MainWindow::mergeCodes(const std::vector<QUuid> &sources, const QUuid &target)
{
    m_codebook->mergeCodes(sources, target);
}

void MainWindow::setSnapToWords(bool snap)
{
    m_coding->setSnapToWords(snap);
}

void MainWindow::codeAllHits()
{
    m_coding->codeAllHits();
}

void MainWindow::openImportDialog(const QStringList &paths)
{
    m_imports->openImportDialog(paths);
}

void MainWindow::importCodebook()
{
    m_imports->importCodebook();
}

void MainWindow::openPasteDialog()
{
    m_imports->openPasteDialog();
}

void MainWindow::showCodedPassages(const QUuid &codeId)
{
    if (!m_document || codeId.isNull())
        return;
    retrievalDock()->showCode(codeId);
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

void MainWindow::returnFocusAfterPopup(QWidget *widget)
{
    // The keys go back to where the person was typing, whatever the window system did
    // with the activation while the popup had the keyboard.
    activateWindow();
    widget->setFocus(Qt::PopupFocusReason);
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

// --- state ----------------------------------------------------------------------------

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    RecordTextEdit *edit = m_recordView->textEdit();
    const bool hasText = open && edit->selectedSpan().has_value();
    // Editing commands act only on the reviewer's own coding (core refuses others' anyway).
    const DisplayedCoding *selected = open ? edit->displayedCoding(edit->selectedCoding()) : nullptr;
    const bool hasCoding = selected && selected->coding.reviewerId == m_document->reviewerId();
    const bool hasCode = open && !codebookView()->currentCode().isNull();
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
    enable("codeAllHits", asReviewer && !recordSearch()->text().trimmed().isEmpty());
    for (int key = 1; key <= 9; ++key)
        action(QStringLiteral("applyCode%1").arg(key))->setEnabled(asReviewer);
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
    const int row = recordListView()->currentIndex().row();
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
    fitOnScreen(this);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every edit is on disk already, except changes waiting for an unreachable team server.
    if (m_document && !confirmUnsavedTeamChanges(this, m_document.get())) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_docks)
        codebookView()->viewport()->update();
}

} // namespace dyad::ui
