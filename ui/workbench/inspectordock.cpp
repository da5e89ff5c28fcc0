#include "ui/workbench/inspectordock.h"

#include "ui/commands/changecodecolor.h"
#include "ui/commands/changecodingmemo.h"
#include "ui/commands/changecodeproperty.h"
#include "ui/workbench/codingcolors.h"
#include "ui/document.h"
#include "ui/workbench/offsetconversion.h"
#include "ui/commands/renamecode.h"

#include <QColorDialog>
#include <QEvent>
#include <QPointer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace dyad::ui {

namespace {

using Property = ChangeCodeProperty::Property;

QIcon colorIcon(const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(150), 2));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(3, 3, 26, 26), 5, 5);
    return QIcon(pixmap);
}

} // namespace

InspectorDock::InspectorDock(QWidget *parent) : QDockWidget(tr("Inspector"), parent), m_stack(new QStackedWidget)
{
    setObjectName(QStringLiteral("InspectorDock"));

    m_empty = new QLabel(tr("Select a coding in the text or a code in the codebook to see its details here."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(10);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);

    // Coding page
    auto *codingPage = new QWidget;
    auto *codingForm = new QFormLayout(codingPage);
    m_codingCode = new QLabel;
    m_codingWho = new QLabel;
    m_codingQuote = new QLabel;
    for (QLabel *l : {m_codingCode, m_codingWho, m_codingQuote})
        l->setWordWrap(true);
    m_codingQuote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codingMemo = new QPlainTextEdit;
    m_codingMemo->setPlaceholderText(tr("Why this passage carries this code…"));
    m_codingMemo->setTabChangesFocus(true); // Tab leaves the field and so ends the editing session
    m_codingMemoNote = new QLabel;
    m_codingMemoNote->setWordWrap(true);
    m_codingMemoNote->setForegroundRole(QPalette::PlaceholderText);
    m_codingMemoNote->hide();
    codingForm->addRow(tr("Code:"), m_codingCode);
    codingForm->addRow(tr("Coded by:"), m_codingWho);
    codingForm->addRow(tr("Quote:"), m_codingQuote);
    codingForm->addRow(tr("Memo:"), m_codingMemo);
    codingForm->addRow(QString(), m_codingMemoNote);
    // In a scroll area, like the code page: a long quote or code name scrolls instead of
    // widening the dock (and re-wrapping the text under the mouse) when a coding is selected.
    auto *codingScroll = new QScrollArea;
    codingScroll->setWidget(codingPage);
    codingScroll->setWidgetResizable(true);
    codingScroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(codingScroll);
    watchTextField(m_codingMemo);

    // Code page
    auto *codePage = new QWidget;
    auto *codeForm = new QFormLayout(codePage);
    auto *nameRow = new QHBoxLayout;
    m_codeName = new QLineEdit;
    m_codeName->setObjectName(QStringLiteral("InspectorCodeName"));
    m_codeColor = new QToolButton;
    m_codeColor->setToolTip(tr("Change the code's colour"));
    m_codeColor->setAutoRaise(true);
    nameRow->addWidget(m_codeName, 1);
    nameRow->addWidget(m_codeColor);
    codeForm->addRow(tr("Name:"), nameRow);
    m_codePath = new QLabel;
    m_codePath->setWordWrap(true);
    m_codePath->setForegroundRole(QPalette::PlaceholderText);
    codeForm->addRow(tr("Theme:"), m_codePath);
    m_codeNote = new QLabel;
    m_codeNote->setObjectName(QStringLiteral("InspectorCodeNote"));
    m_codeNote->setWordWrap(true);
    m_codeNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeNote->hide();
    codeForm->addRow(QString(), m_codeNote);
    m_definition = addTextField(codeForm, tr("Definition:"), static_cast<int>(Property::Definition));
    m_useWhen = addTextField(codeForm, tr("Use when:"), static_cast<int>(Property::UseWhen));
    m_doNotUseWhen = addTextField(codeForm, tr("Do not use when:"), static_cast<int>(Property::DoNotUseWhen));
    m_example = addTextField(codeForm, tr("Example:"), static_cast<int>(Property::Example));
    m_fillExample = new QPushButton(tr("Fill from Selected Quote"));
    m_fillExample->setToolTip(tr("Use the text selected in the record as this code's example"));
    codeForm->addRow(QString(), m_fillExample);
    m_codeMemo = addTextField(codeForm, tr("Memo:"), static_cast<int>(Property::Memo));
    auto *scroll = new QScrollArea;
    scroll->setWidget(codePage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);

    connect(m_codeName, &QLineEdit::editingFinished, this, [this] {
        if (!m_document || m_codeId.isNull())
            return;
        const QString name = m_codeName->text().trimmed();
        if (name.isEmpty() || name == m_codeNameShown || !m_document->project().code(m_codeId))
            return;
        // Written only over the name this field showed: a rename made meanwhile elsewhere
        // stands, and the field shows it with the message.
        auto *command = new RenameCode(m_document, m_codeId, name, m_codeNameShown);
        QPointer<InspectorDock> self(this);
        const QUuid codeId = m_codeId;
        command->setConflictHandler([self, codeId](const QString &message, const QString &typed) {
            if (!self || self->m_codeId != codeId)
                return;
            self->showCodeNote(message + QLatin1Char(' ') + tr("The name you typed was \"%1\".").arg(typed));
        });
        m_codeName->setModified(false);
        showCodeNote({});
        if (command->changesValue())
            m_document->push(command);
        else
            delete command;
        refresh();
    });
    connect(m_codeColor, &QToolButton::clicked, this, [this] {
        if (!m_document || m_codeId.isNull())
            return;
        const auto c = m_document->project().code(m_codeId);
        if (!c)
            return;
        const QColor chosen = QColorDialog::getColor(codeColor(c->color), this, tr("Code Colour"));
        if (chosen.isValid() && chosen.name() != c->color)
            m_document->push(new ChangeCodeColor(m_document, m_codeId, chosen.name()));
    });
    connect(m_fillExample, &QPushButton::clicked, this, [this] {
        const QString quote = m_quoteProvider ? m_quoteProvider() : QString();
        if (!quote.isEmpty() && m_document && !m_codeId.isNull())
            m_document->push(new ChangeCodeProperty(m_document, m_codeId, Property::Example, quote));
    });

    setWidget(m_stack);
    clear();
}

QPlainTextEdit *InspectorDock::addTextField(QFormLayout *form, const QString &label, int id)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(48);
    edit->setMaximumHeight(110);
    form->addRow(label, edit);
    m_properties.insert(edit, id);
    watchTextField(edit);
    return edit;
}

void InspectorDock::watchTextField(QPlainTextEdit *edit)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        if (!m_updating && !edit->isReadOnly())
            m_dirty.insert(edit);
    });
    edit->installEventFilter(this);
}

bool InspectorDock::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving a field ends its editing session (another field, another window, a dialog).
    if (event->type() == QEvent::FocusOut)
        if (auto *edit = qobject_cast<QPlainTextEdit *>(watched); edit && m_dirty.contains(edit))
            commit(edit);
    return QDockWidget::eventFilter(watched, event);
}

void InspectorDock::commit(QPlainTextEdit *edit)
{
    if (!m_dirty.remove(edit) || !m_document)
        return;
    const QString text = edit->toPlainText();
    m_updating = true;
    if (edit == m_codingMemo) {
        const auto c = m_codingId.isNull() ? std::nullopt : m_document->project().coding(m_codingId);
        if (c && m_codingMemoBase != text) {
            // Written only over the memo this field showed: a change made meanwhile elsewhere
            // is not overwritten; the text typed here stays in the field with the message.
            QPointer<InspectorDock> self(this);
            const QUuid codingId = m_codingId;
            auto refused = [self, codingId](const QString &message, const QString &) {
                if (!self || self->m_codingId != codingId || !self->m_document)
                    return;
                const auto now = self->m_document->project().coding(codingId);
                self->m_codingMemoBase = now ? now->memo : QString();
                self->m_codingVersion = now ? now->version : 0;
                self->m_dirty.insert(self->m_codingMemo); // kept through refreshes
                self->m_codingMemoNote->setText(
                    message + QLatin1Char(' ')
                    + tr("What you typed is still in the field, so you can copy it; leaving the field again "
                         "saves it over the memo as it is now."));
                self->m_codingMemoNote->setVisible(true);
            };
            m_document->push(
                new ChangeCodingMemo(m_document, m_codingId, m_codingMemoBase, text, m_codingVersion, refused));
        }
    } else if (const int property = m_properties.value(edit, -1); property >= 0 && !m_codeId.isNull()) {
        // Written only over what this field showed before typing: a change made meanwhile
        // elsewhere is not overwritten; the text typed here stays in the field with the message.
        auto *command = new ChangeCodeProperty(m_document, m_codeId, static_cast<Property>(property), text,
                                               m_shown.value(edit));
        QPointer<InspectorDock> self(this);
        const QUuid codeId = m_codeId;
        command->setConflictHandler([self, codeId, edit](const QString &message, const QString &) {
            if (!self || self->m_codeId != codeId || !self->m_document)
                return;
            const auto now = self->m_document->project().code(codeId);
            const int property = self->m_properties.value(edit, -1);
            if (now && property >= 0)
                self->m_shown.insert(edit, codeField(self->m_document, codeId, ChangeCodeProperty::fieldOf(static_cast<Property>(property))));
            self->m_dirty.insert(edit); // kept through refreshes
            self->showCodeNote(message + QLatin1Char(' ')
                               + tr("What you typed is still in the field, so you can copy it; leaving the field "
                                    "again saves it over the text as it is now."));
        });
        showCodeNote({});
        if (command->changesValue())
            m_document->push(command);
        else
            delete command;
    }
    m_updating = false;
}

void InspectorDock::commitEdits()
{
    const QSet<QPlainTextEdit *> dirty = m_dirty;
    for (QPlainTextEdit *edit : dirty)
        commit(edit);
}

void InspectorDock::setMemoEditable(bool editable, const QString &owner)
{
    m_codingMemo->setReadOnly(!editable);
    // A read-only field must look it: the window's colour instead of the editing base.
    QPalette pal = m_codingMemo->palette();
    pal.setColor(QPalette::Base, palette().color(editable ? QPalette::Base : QPalette::Window));
    m_codingMemo->setPalette(pal);
    const QString note = editable ? QString() : tr("Only %1 can change this memo.").arg(owner);
    m_codingMemo->setToolTip(note);
    m_codingMemo->setPlaceholderText(editable ? tr("Why this passage carries this code…") : tr("No memo."));
    m_codingMemoNote->setText(note);
    m_codingMemoNote->setVisible(!editable);
}

void InspectorDock::showCodeNote(const QString &text)
{
    m_codeNote->setText(text);
    m_codeNote->setVisible(!text.isEmpty());
}

void InspectorDock::setDocument(Document *document)
{
    if (m_document) {
        commitEdits();
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::changed, this, &InspectorDock::documentChanged);
        // What was typed belongs to the reviewer who typed it; then nothing shown for one
        // reviewer stays in view for the next.
        connect(m_document, &Document::reviewerAboutToChange, this, &InspectorDock::commitEdits);
        connect(m_document, &Document::reviewerChanged, this, [this] {
            m_dirty.clear();
            clear();
        });
    }
    clear();
}

void InspectorDock::clear()
{
    commitEdits();
    m_codingId = QUuid();
    m_codeId = QUuid();
    m_stack->setCurrentIndex(0);
}

void InspectorDock::showCoding(const QUuid &codingId)
{
    // Showing the same coding again (a view re-selecting it after others' changes) is not
    // leaving its fields: what is being typed, or was refused, stays unwritten.
    if (codingId != m_codingId || !m_codeId.isNull())
        commitEdits();
    m_codingId = codingId;
    m_codeId = QUuid();
    refresh();
}

void InspectorDock::showCode(const QUuid &codeId)
{
    // As showCoding(): the same code shown again keeps its fields' editing sessions.
    if (codeId != m_codeId || !m_codingId.isNull()) {
        commitEdits();
        showCodeNote({});
    }
    m_codeId = codeId;
    m_codingId = QUuid();
    refresh();
}

void InspectorDock::documentChanged(const core::ChangeEvent &event)
{
    using Kind = core::ChangeEvent::Kind;
    switch (event.kind) {
    case Kind::CodingChanged:
    case Kind::CodingRemoved:
        if (event.id == m_codingId)
            refresh();
        break;
    case Kind::CodeChanged:
    case Kind::CodeRemoved:
    case Kind::CodeAdded:
    case Kind::Reset:
        refresh();
        break;
    default:
        break;
    }
}

void InspectorDock::setTextQuietly(QPlainTextEdit *edit, const QString &text)
{
    if (m_dirty.contains(edit))
        return; // keeps the cursor where the user is typing
    m_shown.insert(edit, text);
    if (edit->toPlainText() == text)
        return;
    const bool was = m_updating;
    m_updating = true;
    edit->setPlainText(text);
    m_updating = was;
}

void InspectorDock::refresh()
{
    if (!m_document || m_updating) {
        if (!m_document)
            m_stack->setCurrentIndex(0);
        return;
    }
    core::Project &project = m_document->project();
    const QUuid viewer = m_document->reviewerId();
    if (!m_codingId.isNull()) {
        const auto c = project.coding(m_codingId);
        if (!c || !project.canSee(viewer, *c)) {
            m_dirty.clear();
            clear();
            return;
        }
        const auto code = project.code(c->codeId, viewer);
        const auto who = project.reviewer(c->reviewerId);
        m_codingCode->setText(code ? project.codePath(c->codeId).join(QStringLiteral(" › ")) : tr("(a private code)"));
        m_codingWho->setText(who ? who->name : QString());
        const QString text = project.record(c->recordId).value_or(core::Record{}).text;
        const OffsetConversion offsets(text);
        const int from = offsets.toUtf16(c->span.start), to = offsets.toUtf16(c->span.end);
        // Shown without the line breaks and spaces a span may begin or end with.
        m_codingQuote->setText(QStringLiteral("“%1”  [%2, %3)").arg(text.mid(from, to - from).simplified()).arg(c->span.start).arg(c->span.end));
        if (!m_dirty.contains(m_codingMemo)) {
            setMemoEditable(c->reviewerId == viewer, who ? who->name : tr("its reviewer"));
            m_codingMemoBase = c->memo;
            m_codingVersion = c->version;
        }
        setTextQuietly(m_codingMemo, c->memo);
        m_stack->setCurrentIndex(1);
        return;
    }
    if (!m_codeId.isNull()) {
        const auto c = project.code(m_codeId, viewer); // none: another reviewer's private code
        if (!c) {
            m_dirty.clear();
            clear();
            return;
        }
        if (!m_codeName->hasFocus() || !m_codeName->isModified()) {
            m_codeName->setText(c->name);
            m_codeNameShown = c->name;
        }
        m_codeColor->setIcon(colorIcon(codeColor(c->color)));
        QStringList path = project.codePath(c->id);
        path.removeLast();
        m_codePath->setText(path.isEmpty() ? tr("(top level)") : path.join(QStringLiteral(" › ")));
        setTextQuietly(m_definition, c->definition);
        setTextQuietly(m_useWhen, c->useWhen);
        setTextQuietly(m_doNotUseWhen, c->doNotUseWhen);
        setTextQuietly(m_example, c->example);
        setTextQuietly(m_codeMemo, c->memo);
        m_stack->setCurrentIndex(2);
        return;
    }
    m_stack->setCurrentIndex(0);
}

} // namespace dyad::ui
