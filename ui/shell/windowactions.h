#pragma once

#include <QKeySequence>
#include <QString>

class QAction;
class QWidget;

namespace dyad::ui {

/**
 * A window-wide action: named (tests and menus find it with MainWindow::action()), with
 * its shortcut and icon (":/icons/<icon>.svg"), added to @p window so that its shortcut
 * works even while the menu bar is hidden.
 */
QAction *makeWindowAction(QWidget *window, const char *name, const QString &text, const QKeySequence &key = {},
                          const QString &icon = {});

} // namespace dyad::ui
