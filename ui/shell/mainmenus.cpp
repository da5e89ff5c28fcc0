#include "ui/shell/mainmenus.h"

#include "ui/analysis/analysisdocks.h"
#include "ui/shell/exportactions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/recentfiles.h"
#include "ui/shell/reviewlauncher.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QToolBar>

namespace dyad::ui {

namespace {

/** Adds the window's actions by name; an empty name is a separator. */
void addActions(QWidget *to, const MainWindow *window, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (*name)
            to->addAction(window->action(QLatin1String(name)));
        else if (auto *menu = qobject_cast<QMenu *>(to))
            menu->addSeparator();
        else if (auto *bar = qobject_cast<QToolBar *>(to))
            bar->addSeparator();
    }
}

} // namespace

MainMenus::MainMenus(MainWindow *window, const Parts &parts)
    : QObject(window)
    , m_window(window)
    , m_parts(parts)
{
    createFileMenu();
    createEditingMenus();
    createReviewMenu();
    m_window->menuBar()->addMenu(m_parts.analysis->createMenu(m_window));
    createViewMenus();
    createToolBar();
}

void MainMenus::createFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    addActions(file, m_window, {"newProject", "openProject", "openTeamProject"});
    m_parts.recent->setMenu(file->addMenu(tr("Open &Recent")));
    addActions(file, m_window, {"saveCopy", ""});
    file->addAction(tr("&Import Records…"), QKeySequence(tr("Ctrl+Shift+I")), m_window,
                    [window = m_window] { window->openImportDialog(); });
    file->addAction(tr("&Paste Record…"), QKeySequence(tr("Ctrl+Shift+V")), m_window, &MainWindow::openPasteDialog)
        ->setObjectName(QStringLiteral("pasteRecord"));
    addActions(file, m_window, {"importCodebook"});
    m_parts.exports->fillMenu(file->addMenu(tr("&Export")));
    addActions(file, m_window, {"", "switchReviewer", "", "quit"});
}

void MainMenus::createEditingMenus()
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    addActions(edit, m_window, {"undo", "redo", "", "findRecords"});

    QMenu *code = m_window->menuBar()->addMenu(tr("&Coding"));
    addActions(code, m_window, {"applyCode"});
    QMenu *byKey = code->addMenu(tr("Apply Code by &Key"));
    for (int i = 1; i <= 9; ++i)
        byKey->addAction(m_window->action(QStringLiteral("applyCode%1").arg(i)));
    addActions(code, m_window,
               {"inVivo", "codeAllHits", "", "removeCoding", "codingMemo", "nextCoding", "previousCoding"});
    QMenu *bounds = code->addMenu(tr("Coding &Boundaries"));
    addActions(bounds, m_window, {"fitCoding", "extendStart", "shrinkStart", "extendEnd", "shrinkEnd"});
    addActions(code, m_window, {"snapToWords"});

    QMenu *codebook = m_window->menuBar()->addMenu(tr("Code&book"));
    addActions(codebook, m_window, {"newCode", "newSubCode", "renameCode", "recolorCode", "mergeCodes", "deleteCode"});

    QMenu *record = m_window->menuBar()->addMenu(tr("&Record"));
    addActions(record, m_window, {"markDone", "nextUncoded", "nextRecord", "previousRecord", "", "recordMemo"});
}

void MainMenus::createReviewMenu()
{
    ReviewLauncher *launcher = m_parts.review;
    QMenu *review = m_window->menuBar()->addMenu(tr("Rev&iew"));
    review->addAction(tr("&Agreement Dashboard…"), QKeySequence(tr("Ctrl+Shift+G")), launcher,
                      &ReviewLauncher::openAgreementDashboard);
    review->addAction(tr("&Reconcile Disagreements…"), QKeySequence(tr("Ctrl+Alt+R")), launcher,
                      [launcher] { launcher->openReconciliation(); });
    review->addAction(tr("&Study: Rounds and Progress…"), QKeySequence(tr("Ctrl+Alt+S")), launcher,
                      &ReviewLauncher::openStudyWindow)
        ->setObjectName(QStringLiteral("studyWindow"));
    review->addAction(tr("Decision &Log…"), QKeySequence(tr("Ctrl+Shift+L")), launcher,
                      &ReviewLauncher::openDecisionLog);
}

void MainMenus::createViewMenus()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
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

    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    addActions(help, m_window, {"shortcuts", "about"});
}

void MainMenus::createToolBar()
{
    auto *toolbar = m_window->addToolBar(tr("Main Toolbar"));
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
        if (QAction *a = m_window->action(QLatin1String(name)))
            a->setIconText(text);
    addActions(toolbar, m_window,
               {"openProject", "", "undo", "redo", "", "applyCode", "inVivo", "removeCoding", "", "markDone",
                "nextUncoded"});
}

void MainMenus::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    QMessageBox::information(m_window, tr("Language"), tr("The new language is used the next time Dyad starts."));
}

} // namespace dyad::ui
