#pragma once

#include <QObject>

namespace dyad::ui {
namespace analysis {
class AnalysisDocks;
}

class ExportActions;
class MainWindow;
class RecentFiles;
class ReviewLauncher;

/**
 * The window's menu bar (File, Edit, Coding, Codebook, Record, Review, Analysis, View,
 * Help) and main tool bar, built from the window's named actions and the helpers that
 * fill a menu of their own.
 */
class MainMenus : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        RecentFiles *recent;
        ExportActions *exports;
        ReviewLauncher *review;
        analysis::AnalysisDocks *analysis;
    };

    MainMenus(MainWindow *window, const Parts &parts);

private:
    void createFileMenu();
    void createEditingMenus();
    void createReviewMenu();
    void createViewMenus();
    void createToolBar();
    void setLanguage(const QString &language);

    MainWindow *m_window;
    Parts m_parts;
};

} // namespace dyad::ui
