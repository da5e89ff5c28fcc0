#pragma once

#include <QObject>
#include <QUuid>

#include <vector>

class QPoint;

namespace dyad::ui {

class MainWindow;

/**
 * The Codebook menu: new codes and sub-codes, renaming, colours, merging and deleting, and
 * the codebook's context menu (apply, coded passages, quick keys). Every edit is an undo
 * command on the window's document.
 */
class CodebookActions : public QObject
{
    Q_OBJECT

public:
    /** Creates the codebook actions on @p window. */
    explicit CodebookActions(MainWindow *window);

    void newCode(bool asChild);
    void renameCode();
    void recolorCode();
    /** Merges the given codes into `target` as one undoable step. */
    void mergeCodes(const std::vector<QUuid> &sources, const QUuid &target);
    void mergeSelectedCodes();
    void deleteSelectedCodes();
    void showContextMenu(const QPoint &pos);

private:
    MainWindow *m_window;
};

} // namespace dyad::ui
