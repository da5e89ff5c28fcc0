#include "ui/shell/recentfiles.h"

#include "core/open/open.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace dyad::ui {

namespace {

constexpr int kMaxRecentFiles = 8;
const auto kSettingsKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

void RecentFiles::setMenu(QMenu *menu)
{
    m_menu = menu;
    updateMenu();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(kSettingsKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    QSettings().setValue(kSettingsKey, list);
    updateMenu();
}

void RecentFiles::updateMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList list = files();
    for (const QString &f : list) {
        QAction *a = m_menu->addAction(core::isServerLocation(f) ? f : QFileInfo(f).fileName());
        a->setToolTip(QDir::toNativeSeparators(f));
        connect(a, &QAction::triggered, this, [this, f] { emit openRequested(f); });
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        m_menu->addAction(tr("Clear Menu"), this, [this] {
            QSettings().remove(kSettingsKey);
            updateMenu();
        });
    }
    m_menu->setEnabled(!list.isEmpty());
}

} // namespace dyad::ui
