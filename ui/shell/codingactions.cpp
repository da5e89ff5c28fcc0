#include "ui/shell/codingactions.h"

#include "ui/codebook/codebookmodel.h"
#include "ui/codebook/codebookview.h"
#include "ui/codebook/codepicker.h"
#include "ui/commands/addmanycodings.h"
#include "ui/commands/addremovecodings.h"
#include "ui/commands/changecodingspan.h"
#include "ui/commands/createcode.h"
#include "ui/document.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/windowactions.h"
#include "ui/workbench/codeallhits.h"
#include "ui/workbench/inspectordock.h"
#include "ui/workbench/recordfiltermodel.h"
#include "ui/workbench/recordlistmodel.h"
#include "ui/workbench/recordtextedit.h"
#include "ui/workbench/recordview.h"
#include "ui/workbench/wordsnap.h"

#include "core/model/project.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

#include <algorithm>

namespace dyad::ui {

namespace {

enum class Trim { Spaces, SpacesAndPunctuation };

/** The UTF-16 range a coding of the selected span covers: snapped to words when asked, then trimmed. */
std::pair<int, int> coveredRange(const RecordTextEdit *edit, const core::Span &span, bool snapToWords, Trim trim)
{
    int from = edit->offsets().toUtf16(span.start), to = edit->offsets().toUtf16(span.end);
    if (snapToWords)
        std::tie(from, to) = snapToWordBoundaries(edit->recordText(), from, to);
    return trim == Trim::Spaces ? trimSpaces(edit->recordText(), from, to)
                                : trimSpacesAndPunctuation(edit->recordText(), from, to);
}

} // namespace

CodingActions::CodingActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    const auto make = [window](auto &&...args) { return makeWindowAction(window, args...); };
    connect(make("applyCode", tr("&Apply Code…"), QKeySequence(tr("Ctrl+K")), QStringLiteral("picker")),
            &QAction::triggered, this, &CodingActions::pickCode);
    for (int i = 0; i < 9; ++i) {
        const QByteArray name = "applyCode" + QByteArray::number(i + 1);
        connect(make(name.constData(), tr("Apply Code %1").arg(i + 1), QKeySequence(Qt::Key_1 + i)),
                &QAction::triggered, this,
                [this, i] { applyCode(m_window->codebookModel()->quickKeyCode(i + 1)); });
    }
    QAction *hits = make("codeAllHits", tr("Code All Search &Hits…"), QKeySequence(tr("Ctrl+Shift+H")));
    hits->setToolTip(tr("Apply a code to every hit of the record search, in every listed record (one undo step)"));
    hits->setEnabled(false); // until something is searched
    connect(hits, &QAction::triggered, this, &CodingActions::codeAllHits);
    connect(make("inVivo", tr("New Code from &Selection (In Vivo)"), QKeySequence(tr("Ctrl+I")),
                 QStringLiteral("in-vivo")),
            &QAction::triggered, this, &CodingActions::newCodeFromSelection);
    connect(make("removeCoding", tr("&Remove Coding"), QKeySequence::Delete, QStringLiteral("remove-coding")),
            &QAction::triggered, this, &CodingActions::removeSelectedCoding);
    connect(make("extendEnd", tr("Extend Coding End"), QKeySequence(tr("Alt+Shift+Right"))), &QAction::triggered,
            this, [this] { nudgeSelectedCoding(false, +1); });
    connect(make("shrinkEnd", tr("Shrink Coding End"), QKeySequence(tr("Alt+Shift+Left"))), &QAction::triggered,
            this, [this] { nudgeSelectedCoding(false, -1); });
    connect(make("extendStart", tr("Extend Coding Start"), QKeySequence(tr("Alt+Left"))), &QAction::triggered, this,
            [this] { nudgeSelectedCoding(true, -1); });
    connect(make("shrinkStart", tr("Shrink Coding Start"), QKeySequence(tr("Alt+Right"))), &QAction::triggered,
            this, [this] { nudgeSelectedCoding(true, +1); });
    connect(make("fitCoding", tr("Set Coding Span to &Selection"), QKeySequence(tr("Ctrl+Shift+B"))),
            &QAction::triggered, this, &CodingActions::fitCodingToSelection);
    connect(make("nextCoding", tr("Next Coding"), QKeySequence(tr("Alt+Down"))), &QAction::triggered, this,
            [this] { selectAdjacentCoding(+1); });
    connect(make("previousCoding", tr("Previous Coding"), QKeySequence(tr("Alt+Up"))), &QAction::triggered, this,
            [this] { selectAdjacentCoding(-1); });
    connect(make("codingMemo", tr("Edit Coding &Memo"), QKeySequence(tr("Ctrl+M")), QStringLiteral("memo")),
            &QAction::triggered, this, &CodingActions::editCodingMemo);
    QAction *snap = make("snapToWords", tr("S&nap to Word Boundaries"), QKeySequence(tr("Ctrl+Shift+W")));
    snap->setCheckable(true);
    connect(snap, &QAction::triggered, this, [this](bool on) { setSnapToWords(on); });
}

void CodingActions::applyCode(const QUuid &codeId)
{
    Document *document = m_window->document();
    if (!document || codeId.isNull())
        return;
    RecordTextEdit *edit = m_window->recordView()->textEdit();
    auto span = edit->selectedSpan();
    if (!span || edit->recordId().isNull()) {
        m_window->statusBar()->showMessage(tr("Select some text first, then apply a code."), 4000);
        return;
    }
    {
        // Snapped to words when snapping is on; never starting or ending with white space
        // (Ctrl+Shift+Right selects a word and the space after it).
        const auto [from, to] = coveredRange(edit, *span, m_snapToWords, Trim::Spaces);
        span = core::Span{edit->offsets().toCodePoint(from), edit->offsets().toCodePoint(to)};
    }
    core::Coding c;
    c.recordId = edit->recordId();
    c.codeId = codeId;
    c.reviewerId = document->reviewerId();
    c.span = *span;
    auto *command = new AddCodings(document, {c});
    const QUuid newId = command->codings().front().id;
    document->push(command);
    edit->setSelectedCoding(newId);
    edit->selectSpan(*span); // keep the text selected: another key applies a second code
}

void CodingActions::dropCode(const QUuid &codeId)
{
    Document *document = m_window->document();
    if (!document || codeId.isNull())
        return;
    if (m_window->action(QStringLiteral("applyCode"))->isEnabled()) // as Ctrl+K: only a reviewer codes
        return applyCode(codeId);
    // The text takes a drop only onto selected text, so what is missing is who codes. A drop
    // that codes nothing says so, or the user is left wondering whether it worked.
    m_window->statusBar()->showMessage(
        tr("The code was not applied: choose who you are (File › Switch Reviewer) before coding."), 8000);
}

void CodingActions::pickCode()
{
    Document *document = m_window->document();
    if (!document)
        return;
    RecordTextEdit *edit = m_window->recordView()->textEdit();
    CodePicker picker(m_window->codebookModel(), m_window);
    if (const auto span = edit->selectedSpan()) {
        const int from = edit->offsets().toUtf16(span->start), to = edit->offsets().toUtf16(span->end);
        QString quote = edit->recordText().mid(from, to - from).simplified();
        if (quote.size() > 50)
            quote = quote.left(49) + QStringLiteral("…");
        picker.setHeading(tr("Apply a code to “%1”:").arg(quote));
    }
    const QRect r = edit->cursorRect();
    picker.placeAt(edit->viewport()->mapToGlobal(r.bottomLeft() + QPoint(0, 4)), m_window);
    const int result = picker.exec();
    m_window->returnFocusAfterPopup(edit);
    if (result != QDialog::Accepted)
        return;
    if (!picker.chosenCode().isNull()) {
        applyCode(picker.chosenCode());
    } else if (!picker.newCodeName().isEmpty()) {
        // "Create code …" from the picker: create it and apply it as one step.
        core::Code code;
        code.name = picker.newCodeName();
        code.shared = false;
        auto *create = new CreateCode(document, code);
        const QUuid id = create->code().id;
        document->undoStack()->beginMacro(create->text());
        document->push(create);
        if (document->project().code(id))
            applyCode(id);
        document->undoStack()->endMacro();
    }
}

void CodingActions::codeAllHits()
{
    Document *document = m_window->document();
    const QString query = m_window->recordSearch()->text();
    if (!document || query.trimmed().isEmpty()) {
        m_window->statusBar()->showMessage(tr("Search the records first (Ctrl+F), then code every hit."), 5000);
        return;
    }
    CodePicker picker(m_window->codebookModel(), m_window);
    const QPointer<QWidget> typingIn = QApplication::focusWidget();
    picker.setWindowTitle(tr("Code All Hits of \"%1\" With").arg(query.trimmed()));
    const bool chosen = picker.exec() == QDialog::Accepted && !picker.chosenCode().isNull();
    if (typingIn)
        m_window->returnFocusAfterPopup(typingIn); // and there again after finding the hits, or a Cancel
    if (!chosen)
        return;
    std::vector<QUuid> records;
    const RecordFilterModel *listed = m_window->recordFilterModel();
    for (int row = 0; row < listed->rowCount(); ++row)
        records.push_back(listed->index(row, 0).data(RecordListModel::RecordIdRole).toUuid());
    const auto found = findSearchHitCodings(m_window, document->project(), document->reviewerId(),
                                            picker.chosenCode(), records, query);
    if (!found) {
        m_window->statusBar()->showMessage(tr("Cancelled: no hit was coded."), 5000);
        return;
    }
    const SearchHitCodings &hits = *found;
    const QString codeName = document->project().code(picker.chosenCode())->name;
    if (hits.codings.empty()) {
        m_window->statusBar()->showMessage(tr("Every hit already carries %1.").arg(codeName), 5000);
        return;
    }
    document->push(new AddManyCodings(document, hits.codings,
                                      tr("Code %n Search Hit(s)", nullptr, int(hits.codings.size()))));
    // Back to the document: in the search box Ctrl+Z would undo the typing, not the coding.
    m_window->recordView()->textEdit()->setFocus();
    m_window->statusBar()->showMessage(tr("Coded %n hit(s) in %1 record(s) with %2; Ctrl+Z undoes it.", nullptr,
                                          int(hits.codings.size()))
                                           .arg(hits.records)
                                           .arg(codeName),
                                       8000);
}

void CodingActions::newCodeFromSelection()
{
    Document *document = m_window->document();
    if (!document)
        return;
    RecordTextEdit *edit = m_window->recordView()->textEdit();
    const auto span = edit->selectedSpan();
    if (!span) {
        m_window->statusBar()->showMessage(tr("Select the words to use as the code's name."), 4000);
        return;
    }
    // The code is named after exactly the text it will cover: snapped to words when
    // snapping is on, without spaces or punctuation at either end.
    const auto [from, to] = coveredRange(edit, *span, m_snapToWords, Trim::SpacesAndPunctuation);
    const core::Span covered{edit->offsets().toCodePoint(from), edit->offsets().toCodePoint(to)};
    edit->selectSpan(covered);
    const QString quote = edit->recordText().mid(from, to - from);
    QString name = quote.simplified();
    if (name.size() > 60)
        name = name.left(59) + QStringLiteral("…");
    core::Code code;
    code.name = name;
    code.example = quote;
    code.shared = false; // inductive codes stay private to their creator while blinded
    auto *create = new CreateCode(document, code);
    const QUuid id = create->code().id;
    document->undoStack()->beginMacro(tr("New Code “%1” from Selection").arg(name));
    document->push(create);
    if (document->project().code(id))
        applyCode(id);
    document->undoStack()->endMacro();
    m_window->codebookView()->selectCode(id);
}

void CodingActions::removeSelectedCoding()
{
    Document *document = m_window->document();
    if (!document)
        return;
    const QUuid id = m_window->recordView()->textEdit()->selectedCoding();
    const auto coding = id.isNull() ? std::nullopt : document->project().coding(id);
    if (!coding) {
        m_window->statusBar()->showMessage(tr("Click a coding (or its stripe) to select it first."), 4000);
        return;
    }
    document->push(new RemoveCodings(document, {*coding}));
}

void CodingActions::nudgeSelectedCoding(bool moveStart, int direction)
{
    Document *document = m_window->document();
    if (!document)
        return;
    RecordTextEdit *edit = m_window->recordView()->textEdit();
    const auto coding = document->project().coding(edit->selectedCoding());
    if (!coding)
        return;
    core::Span span = coding->span;
    core::Offset &edge = moveStart ? span.start : span.end;
    if (m_snapToWords) {
        const int pos = nextWordBoundary(edit->recordText(), edit->offsets().toUtf16(edge), direction > 0);
        edge = edit->offsets().toCodePoint(pos);
    } else {
        edge += direction;
    }
    span.start = std::max<core::Offset>(span.start, 0);
    span.end = std::min(span.end, edit->offsets().codePointLength());
    if (span.isEmpty() || span == coding->span)
        return;
    document->push(new ChangeCodingSpan(document, coding->id, coding->span, span));
}

void CodingActions::fitCodingToSelection()
{
    Document *document = m_window->document();
    if (!document)
        return;
    RecordTextEdit *edit = m_window->recordView()->textEdit();
    const auto coding = document->project().coding(edit->selectedCoding());
    auto span = edit->selectedSpan();
    if (!coding || !span) {
        m_window->statusBar()->showMessage(tr("Select a coding, then select the text it should cover."), 4000);
        return;
    }
    if (m_snapToWords) {
        const auto [from, to] = snapToWordBoundaries(edit->recordText(), edit->offsets().toUtf16(span->start),
                                                     edit->offsets().toUtf16(span->end));
        span = core::Span{edit->offsets().toCodePoint(from), edit->offsets().toCodePoint(to)};
    }
    if (*span != coding->span)
        document->push(new ChangeCodingSpan(document, coding->id, coding->span, *span));
}

void CodingActions::editCodingMemo()
{
    const QUuid id = m_window->recordView()->textEdit()->selectedCoding();
    if (id.isNull())
        return;
    InspectorDock *inspector = m_window->inspector();
    inspector->showCoding(id);
    inspector->show();
    inspector->raise();
    inspector->codingMemoEdit()->setFocus();
}

void CodingActions::selectAdjacentCoding(int direction)
{
    RecordTextEdit *edit = m_window->recordView()->textEdit();
    std::vector<const DisplayedCoding *> ordered;
    for (const DisplayedCoding &c : edit->codings())
        ordered.push_back(&c);
    if (ordered.empty())
        return;
    std::sort(ordered.begin(), ordered.end(), [](const DisplayedCoding *a, const DisplayedCoding *b) {
        return std::tie(a->coding.span.start, a->coding.span.end) < std::tie(b->coding.span.start, b->coding.span.end);
    });
    int current = -1;
    for (size_t i = 0; i < ordered.size(); ++i)
        if (ordered[i]->coding.id == edit->selectedCoding())
            current = static_cast<int>(i);
    const int n = static_cast<int>(ordered.size());
    const int next = current < 0 ? (direction > 0 ? 0 : n - 1) : (current + direction + n) % n;
    edit->setSelectedCoding(ordered[static_cast<size_t>(next)]->coding.id);
}

void CodingActions::setSnapToWords(bool snap)
{
    m_snapToWords = snap;
    if (QAction *a = m_window->action(QStringLiteral("snapToWords")))
        a->setChecked(snap);
    QSettings().setValue(QStringLiteral("snapToWords"), snap);
}

void CodingActions::showTextContextMenu(const QPoint &pos)
{
    RecordTextEdit *edit = m_window->recordView()->textEdit();
    CodebookModel *codebook = m_window->codebookModel();
    if (!edit->textCursor().hasSelection()) {
        // Right-click selects the reviewer's own coding under the pointer, so the menu acts on
        // it; others' codings are never the target of an edit (nothing is selected then).
        const DisplayedCoding *c =
            edit->codingAt(edit->cursorForPosition(pos).position(), RecordTextEdit::Owner::OwnOnly);
        edit->setSelectedCoding(c ? c->coding.id : QUuid());
    }
    QMenu menu(m_window);
    QMenu *apply = menu.addMenu(tr("Apply Code"));
    apply->setEnabled(edit->selectedSpan().has_value());
    for (const QUuid &id : codebook->codesInTreeOrder()) {
        const QModelIndex index = codebook->indexOf(id);
        QString label = index.data().toString();
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            label.prepend(QStringLiteral("    "));
        QAction *a = apply->addAction(index.data(Qt::DecorationRole).value<QIcon>(), label);
        if (const int key = codebook->quickKeyOf(id))
            a->setShortcut(QKeySequence(Qt::Key_0 + key));
        connect(a, &QAction::triggered, this, [this, id] { applyCode(id); });
    }
    for (const char *name : {"applyCode", "inVivo", "", "removeCoding", "fitCoding", "codingMemo", ""}) {
        if (*name)
            menu.addAction(m_window->action(QLatin1String(name)));
        else
            menu.addSeparator();
    }
    QAction *copy = menu.addAction(tr("&Copy"), edit, &QPlainTextEdit::copy);
    copy->setEnabled(edit->textCursor().hasSelection());
    menu.exec(edit->viewport()->mapToGlobal(pos));
}

} // namespace dyad::ui
