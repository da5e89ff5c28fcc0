#pragma once

#include <QObject>
#include <QUuid>

class QPoint;

namespace dyad::ui {

class MainWindow;

/**
 * The Coding menu: applying codes to the selected text (picker, quick keys, in vivo, every
 * search hit), removing a coding, moving its bounds, its memo, stepping between codings,
 * snapping to words, and the text's context menu. Every edit is an undo command on the
 * window's document.
 */
class CodingActions : public QObject
{
    Q_OBJECT

public:
    /** Creates the coding actions on @p window. */
    explicit CodingActions(MainWindow *window);

    void applyCode(const QUuid &codeId);
    /** A code dropped on the selected text: applied as Ctrl+K would, or the status bar says why not. */
    void dropCode(const QUuid &codeId);
    void pickCode();
    void codeAllHits();
    void newCodeFromSelection();
    void removeSelectedCoding();
    void nudgeSelectedCoding(bool moveStart, int direction);
    void fitCodingToSelection();
    void editCodingMemo();
    void selectAdjacentCoding(int direction);
    void setSnapToWords(bool snap);
    bool snapToWords() const { return m_snapToWords; }
    void showTextContextMenu(const QPoint &pos);

private:
    MainWindow *m_window;
    bool m_snapToWords = false;
};

} // namespace dyad::ui
