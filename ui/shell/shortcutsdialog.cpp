#include "ui/shell/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace dyad::ui {

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *tree = new QTreeWidget(this);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(tree);

    std::function<void(const QMenu *, const QString &)> addMenu = [&](const QMenu *menu, const QString &prefix) {
        const QString title = prefix.isEmpty() ? menu->title().remove(QLatin1Char('&'))
                                               : prefix + QStringLiteral(" › ") + menu->title().remove(QLatin1Char('&'));
        // The menu's own actions under its heading, then each sub-menu under its own.
        bool headerAdded = false;
        for (const QAction *action : menu->actions()) {
            const QList<QKeySequence> keys = action->shortcuts();
            if (action->menu() || keys.isEmpty())
                continue;
            if (!headerAdded) {
                auto *header = new QTreeWidgetItem(tree, {title});
                QFont f = header->font(0);
                f.setBold(true);
                header->setFont(0, f);
                header->setFirstColumnSpanned(true);
                headerAdded = true;
            }
            QStringList text;
            for (const QKeySequence &k : keys)
                text << k.toString(QKeySequence::NativeText);
            new QTreeWidgetItem(tree, {action->text().remove(QLatin1Char('&')), text.join(QStringLiteral(", "))});
        }
        for (const QAction *action : menu->actions())
            if (action->menu())
                addMenu(action->menu(), title);
    };
    for (const QAction *action : menuBar->actions())
        if (action->menu())
            addMenu(action->menu(), QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 640);
}

} // namespace dyad::ui
