#include "ui/workbench/recordmemodock.h"

#include "ui/commands/changerecordmemo.h"
#include "ui/document.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dyad::ui {

RecordMemoDock::RecordMemoDock(QWidget *parent)
    : QDockWidget(tr("Record Memo"), parent)
    , m_hint(new QLabel)
    , m_edit(new QPlainTextEdit)
    , m_conflictBar(new QWidget)
    , m_conflictLabel(new QLabel)
    , m_useTheirs(new QPushButton(tr("Use Theirs")))
    , m_keepMine(new QPushButton(tr("Keep Mine")))
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
    m_conflictLabel->setObjectName(QStringLiteral("RecordMemoConflict"));
    m_conflictLabel->setWordWrap(true);
    m_conflictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conflictLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_useTheirs->setObjectName(QStringLiteral("UseTheirs"));
    m_keepMine->setObjectName(QStringLiteral("KeepMine"));
    m_useTheirs->setToolTip(tr("Show the memo as it is saved now; the text typed here is replaced"));
    m_keepMine->setToolTip(tr("Save the text typed here over the memo as it is saved now"));
    auto *bar = new QVBoxLayout(m_conflictBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_conflictLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_useTheirs);
    buttons->addWidget(m_keepMine);
    bar->addLayout(buttons);
    m_conflictBar->hide();
    layout->addWidget(m_hint);
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_edit, 1);
    setWidget(pane);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &RecordMemoDock::edited);
    connect(m_useTheirs, &QPushButton::clicked, this, &RecordMemoDock::useTheirs);
    connect(m_keepMine, &QPushButton::clicked, this, &RecordMemoDock::keepMine);
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
        // Another window or program changed the project: show its memo, unless the editor holds
        // text that was refused (then the user decides).
        connect(m_document, &Document::changed, this, [this] {
            if (!m_updating && !m_conflict && m_edit->toPlainText() == m_saved)
                refresh();
        });
        connect(m_document, &Document::reviewerChanged, this, [this] {
            ++m_session;
            clearConflict();
            refresh();
        });
    }
    clearConflict();
    refresh();
}

void RecordMemoDock::setRecord(const QUuid &recordId)
{
    if (recordId == m_record)
        return;
    m_record = recordId;
    ++m_session; // a new record starts a new undo step
    clearConflict();
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
    if (m_conflict)
        return; // the editor holds text that was not saved: leave it until the user chooses
    const core::RecordMemo memo = usable ? m_document->project().recordMemoWithVersion(m_record) : core::RecordMemo();
    m_saved = memo.text;
    m_version = memo.version;
    if (m_edit->toPlainText() == memo.text)
        return; // keeps the cursor where the user is typing
    m_updating = true;
    m_edit->setPlainText(memo.text);
    m_updating = false;
}

void RecordMemoDock::edited()
{
    if (m_updating || m_conflict || !m_document || m_record.isNull())
        return;
    const QString after = m_edit->toPlainText();
    if (m_saved == after)
        return;
    write(m_saved, after, m_version);
}

void RecordMemoDock::write(const QString &before, const QString &after, qint64 version)
{
    QPointer<RecordMemoDock> self(this);
    const QUuid record = m_record;
    const QUuid reviewer = m_document->reviewerId();
    auto mine = [self, record, reviewer] {
        return self && self->m_document && self->m_record == record && self->m_document->reviewerId() == reviewer;
    };
    auto written = [self, mine](qint64 newVersion, const QString &text) {
        if (!mine())
            return;
        self->m_saved = text;
        self->m_version = newVersion;
    };
    auto refused = [self, mine](const QString &message, const QString &) {
        if (mine())
            self->showConflict(message);
    };
    m_updating = true;
    m_document->push(new ChangeRecordMemo(m_document, m_record, before, after, m_session, version, written, refused));
    m_updating = false;
}

QString RecordMemoDock::conflictMessage() const
{
    return m_conflict ? m_conflictLabel->text() : QString();
}

void RecordMemoDock::showConflict(const QString &message)
{
    m_conflict = true;
    // Short: the dock is often low, and the buttons' tooltips say what each does.
    m_conflictLabel->setText(message + QLatin1Char(' ') + tr("What you typed is kept below, to copy."));
    m_conflictBar->show();
}

void RecordMemoDock::clearConflict()
{
    m_conflict = false;
    m_conflictLabel->clear();
    m_conflictBar->hide();
}

void RecordMemoDock::useTheirs()
{
    clearConflict();
    ++m_session;
    refresh();
    m_edit->setFocus();
}

void RecordMemoDock::keepMine()
{
    if (!m_document || m_record.isNull())
        return;
    clearConflict();
    ++m_session;
    // Written over the memo as it is saved now, which the user has been told about.
    const core::RecordMemo now = m_document->project().recordMemoWithVersion(m_record);
    m_saved = now.text;
    m_version = now.version;
    const QString mine = m_edit->toPlainText();
    if (mine != now.text)
        write(now.text, mine, now.version);
    m_edit->setFocus();
}

} // namespace dyad::ui
