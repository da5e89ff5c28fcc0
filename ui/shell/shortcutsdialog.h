#pragma once

#include <QDialog>

class QMenuBar;

namespace dyad::ui {

/** Help > Keyboard Shortcuts: every menu action that has a shortcut, by menu. */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);
};

} // namespace dyad::ui
