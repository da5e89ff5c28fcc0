#pragma once

#include "core/model/types.h"

#include <QDockWidget>

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
 * (name, colour, definition, use when / do not use when, example, memo). Every edit is an
 * undo command; typing in one field merges into one step.
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

    /** Where "Fill from selected quote" takes its text (the record view's selection). */
    void setQuoteProvider(std::function<QString()> provider) { m_quoteProvider = std::move(provider); }

    QPlainTextEdit *codingMemoEdit() const { return m_codingMemo; }
    QPlainTextEdit *codeExampleEdit() const { return m_example; }

private:
    void documentChanged(const core::ChangeEvent &event);
    void refresh();
    void setTextQuietly(QPlainTextEdit *edit, const QString &text);
    QPlainTextEdit *addTextField(QFormLayout *form, const QString &label, int id);
    void codeTextEdited(int property, const QString &text);

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
    // code page
    QLineEdit *m_codeName;
    QToolButton *m_codeColor;
    QLabel *m_codePath;
    QPlainTextEdit *m_definition;
    QPlainTextEdit *m_useWhen;
    QPlainTextEdit *m_doNotUseWhen;
    QPlainTextEdit *m_example;
    QPlainTextEdit *m_codeMemo;
    QPushButton *m_fillExample;
    bool m_updating = false;
};

} // namespace dyad::ui
