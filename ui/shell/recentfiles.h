#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace dyad::ui {

/**
 * File › Open Recent: the last projects opened (kept in the settings, newest first) and
 * the menu that lists them.
 */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    explicit RecentFiles(QObject *parent = nullptr);

    /** The menu to keep up to date (File › Open Recent). */
    void setMenu(QMenu *menu);
    /** Puts @p path first (absolute paths or server locations; at most eight are kept). */
    void add(const QString &path);
    QStringList files() const;

signals:
    void openRequested(const QString &path);

private:
    void updateMenu();

    QMenu *m_menu = nullptr;
};

} // namespace dyad::ui
