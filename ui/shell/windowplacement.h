#pragma once

#include <QSize>

class QWidget;

namespace dyad::ui {

/** Gives a new top-level window its preferred size, or less on a small screen, and centres it there. */
void placeOnScreen(QWidget *window, QSize preferred, const QWidget *from);
/**
 * Shrinks and moves a top-level window so that all of it, frame included, is on its screen;
 * it keeps its top-left corner when it fits there. Maximised and full-screen windows stay.
 */
void fitOnScreen(QWidget *window);
/** Shows a child widget as a window of its own, placed as placeOnScreen(); it is deleted when closed. */
void showAsWindow(QWidget *window, QSize preferred, const QWidget *from);

} // namespace dyad::ui
