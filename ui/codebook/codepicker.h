#pragma once

#include <QDialog>
#include <QUuid>

class QLabel;
class QLineEdit;
class QListWidget;

namespace dyad::ui {

class CodebookModel;

/**
 * A type-ahead list of codes (Ctrl+K, and Merge Into). The filter field has the focus when
 * the picker opens; Up/Down move through the list; Enter takes the highlighted code; when
 * nothing matches and creating is allowed, Enter creates a code with the typed name.
 */
class CodePicker : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Apply, MergeInto };

    CodePicker(const CodebookModel *codebook, QWidget *parent = nullptr, Purpose purpose = Purpose::Apply);

    /** The chosen code (null when the reviewer asked for a new code instead). */
    QUuid chosenCode() const { return m_chosen; }
    /** Name for a new code when no code matched and the reviewer pressed Enter. */
    QString newCodeName() const { return m_newName; }

    void setFilterText(const QString &text);
    /** A line above the filter saying what the choice is for (the popup has no title bar). */
    void setHeading(const QString &text);
    /** A code that is not offered (merging a code into itself makes no sense). */
    void excludeCode(const QUuid &id);
    /**
     * Moves the picker's top-left corner to `globalPos`, shifted so that the whole picker
     * stays inside `within` (a window) and on its screen.
     */
    void placeAt(const QPoint &globalPos, const QWidget *within);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void accept() override;

    const CodebookModel *m_codebook;
    Purpose m_purpose;
    QLabel *m_heading;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QUuid m_excluded;
    QUuid m_chosen;
    QString m_newName;
};

} // namespace dyad::ui
