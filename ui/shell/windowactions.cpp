#include "ui/shell/windowactions.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace dyad::ui {

QAction *makeWindowAction(QWidget *window, const char *name, const QString &text, const QKeySequence &key,
                          const QString &icon)
{
    auto *a = new QAction(text, window);
    a->setObjectName(QLatin1String(name));
    if (!key.isEmpty())
        a->setShortcut(key);
    if (!icon.isEmpty())
        a->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    window->addAction(a);
    return a;
}

} // namespace dyad::ui
