#pragma once

#include <QDialog>
#include <QUuid>

class QLineEdit;
class QListWidget;

namespace dyad::ui {

class CodebookModel;

/**
 * Ctrl+K: a type-ahead list of codes. Enter applies the highlighted code; when nothing
 * matches, Enter offers to create a code with the typed name.
 */
class CodePicker : public QDialog
{
    Q_OBJECT

public:
    CodePicker(const CodebookModel *codebook, QWidget *parent = nullptr);

    /** The chosen code (null when the reviewer asked for a new code instead). */
    QUuid chosenCode() const { return m_chosen; }
    /** Name for a new code when no code matched and the reviewer pressed Enter. */
    QString newCodeName() const { return m_newName; }

    void setFilterText(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void accept() override;

    const CodebookModel *m_codebook;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QUuid m_chosen;
    QString m_newName;
};

} // namespace dyad::ui
