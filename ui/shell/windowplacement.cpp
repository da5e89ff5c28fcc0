#include "ui/shell/windowplacement.h"

#include <QScreen>
#include <QWidget>

namespace dyad::ui {

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

void showAsWindow(QWidget *window, QSize preferred, const QWidget *from)
{
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    placeOnScreen(window, preferred, from);
    window->show();
}

} // namespace dyad::ui
