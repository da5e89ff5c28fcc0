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

void fitOnScreen(QWidget *window)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    const QScreen *s = window->screen();
    if (!s)
        return;
    const QRect available = s->availableGeometry();
    // Before the window manager frames the window, allow for a title bar and borders.
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                     frame.bottom() - inner.bottom());
    // Until the window manager has framed the window (it does so some time after the window
    // is shown), its frame is reported as nothing: allow for a typical title bar and borders
    // then, or a window fitted to the whole screen gets its title bar pushed above it.
    if ((!window->isVisible() || margins.isNull()) && !window->windowFlags().testFlag(Qt::FramelessWindowHint))
        margins = QMargins(8, 32, 8, 8);
    const QSize room = available.size().shrunkBy(margins);
    const QSize size = inner.size().boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room));
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
        window->setGeometry(target);
}

void showAsWindow(QWidget *window, QSize preferred, const QWidget *from)
{
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    placeOnScreen(window, preferred, from);
    window->show();
}

} // namespace dyad::ui
