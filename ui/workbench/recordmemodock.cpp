#include "ui/workbench/recordmemodock.h"

#include "ui/commands/changerecordmemo.h"
#include "ui/document.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dyad::ui {

RecordMemoDock::RecordMemoDock(QWidget *parent)
    : QDockWidget(tr("Record Memo"), parent), m_hint(new QLabel), m_edit(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("RecordMemoDock"));
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_edit->setObjectName(QStringLiteral("RecordMemoEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(
        tr("Your notes on this record: doubts, why it is out of scope, what to ask the team…"));
    m_edit->installEventFilter(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_edit, 1);
    setWidget(pane);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &RecordMemoDock::edited);
    refresh();
}

void RecordMemoDock::setDocument(Document *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    }
    m_document = document;
    m_record = QUuid();
    if (m_document) {
        // Undo/redo of a memo, and a new reviewer (whose memo differs), show at once.
        connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &RecordMemoDock::refresh);
        connect(m_document, &Document::reviewerChanged, this, [this] {
            ++m_session;
            refresh();
        });
    }
    refresh();
}

void RecordMemoDock::setRecord(const QUuid &recordId)
{
    if (recordId == m_record)
        return;
    m_record = recordId;
    ++m_session; // a new record starts a new undo step
    refresh();
}

bool RecordMemoDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        ++m_session; // coming back to the memo later is a new undo step
    return QDockWidget::eventFilter(watched, event);
}

void RecordMemoDock::refresh()
{
    const bool usable = m_document && !m_record.isNull() && !m_document->reviewerId().isNull();
    m_edit->setEnabled(usable);
    if (!m_document || m_record.isNull())
        m_hint->setText(tr("Open a record to write a memo about it."));
    else if (m_document->reviewerId().isNull())
        m_hint->setText(tr("Choose who you are to write memos."));
    else
        m_hint->setText(tr("Your own memo on this record; each reviewer keeps their own."));
    const QString memo = usable ? m_document->project().recordMemo(m_record) : QString();
    if (m_edit->toPlainText() == memo)
        return; // keeps the cursor where the user is typing
    m_updating = true;
    m_edit->setPlainText(memo);
    m_updating = false;
}

void RecordMemoDock::edited()
{
    if (m_updating || !m_document || m_record.isNull())
        return;
    const QString before = m_document->project().recordMemo(m_record);
    const QString after = m_edit->toPlainText();
    if (before == after)
        return;
    m_updating = true;
    m_document->push(new ChangeRecordMemo(m_document, m_record, before, after, m_session));
    m_updating = false;
}

} // namespace dyad::ui
