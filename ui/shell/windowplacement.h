#pragma once

#include <QSize>

class QWidget;

namespace dyad::ui {

/** Gives a new top-level window its preferred size, or less on a small screen, and centres it there. */
void placeOnScreen(QWidget *window, QSize preferred, const QWidget *from);
/** Shows a child widget as a window of its own, placed as placeOnScreen(); it is deleted when closed. */
void showAsWindow(QWidget *window, QSize preferred, const QWidget *from);

} // namespace dyad::ui
