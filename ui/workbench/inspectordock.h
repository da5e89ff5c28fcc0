#pragma once

#include "core/model/types.h"

#include <QDockWidget>
#include <QHash>
#include <QSet>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace dyad::core {
struct ChangeEvent;
}

namespace dyad::ui {

class Document;

/**
 * Properties of the selected coding (code, span, quote, memo) or of the selected code
 * (name, colour, definition, use when / do not use when, example, memo), as the document's
 * reviewer may see them (blinding). Typing in a text field is one editing session: it is
 * written (one undo command, one audit row) when the field loses focus, the dock shows
 * something else, or the reviewer is about to change. Another reviewer's memo is shown
 * read-only and looks it. When the reviewer changes, the dock drops what it showed.
 */
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void showCoding(const QUuid &codingId);
    void showCode(const QUuid &codeId);
    void clear();
    /** Writes the text fields edited since they were last written (see the class comment). */
    void commitEdits();

    /** Where "Fill from selected quote" takes its text (the record view's selection). */
    void setQuoteProvider(std::function<QString()> provider) { m_quoteProvider = std::move(provider); }

    QPlainTextEdit *codingMemoEdit() const { return m_codingMemo; }
    QLabel *codingMemoNote() const { return m_codingMemoNote; }
    QPlainTextEdit *codeExampleEdit() const { return m_example; }
    QPlainTextEdit *codeDefinitionEdit() const { return m_definition; }
    QLabel *codeNote() const { return m_codeNote; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void documentChanged(const core::ChangeEvent &event);
    void refresh();
    void setTextQuietly(QPlainTextEdit *edit, const QString &text);
    QPlainTextEdit *addTextField(QFormLayout *form, const QString &label, int id);
    void watchTextField(QPlainTextEdit *edit);
    void commit(QPlainTextEdit *edit);
    void setMemoEditable(bool editable, const QString &owner);
    void showCodeNote(const QString &text);

    Document *m_document = nullptr;
    QUuid m_codingId;
    QUuid m_codeId;
    std::function<QString()> m_quoteProvider;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    // coding page
    QLabel *m_codingCode;
    QLabel *m_codingWho;
    QLabel *m_codingQuote;
    QPlainTextEdit *m_codingMemo;
    QLabel *m_codingMemoNote;
    // code page
    QLineEdit *m_codeName;
    QToolButton *m_codeColor;
    QLabel *m_codePath;
    QLabel *m_codeNote; ///< why an edit of this code was not saved
    QPlainTextEdit *m_definition;
    QPlainTextEdit *m_useWhen;
    QPlainTextEdit *m_doNotUseWhen;
    QPlainTextEdit *m_example;
    QPlainTextEdit *m_codeMemo;
    QPushButton *m_fillExample;
    bool m_updating = false;
    QHash<QPlainTextEdit *, int> m_properties; ///< code text fields → ChangeCodeProperty::Property
    QSet<QPlainTextEdit *> m_dirty;             ///< edited since last written
    QString m_codingMemoBase;                   ///< the coding's memo as shown before editing
    qint64 m_codingVersion = 0;                 ///< the coding's row version as shown
    QHash<QPlainTextEdit *, QString> m_shown;   ///< code text fields: the value shown before editing
    QString m_codeNameShown;                    ///< the code's name as shown before editing
};

} // namespace dyad::ui
