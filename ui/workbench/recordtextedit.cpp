#include "ui/workbench/recordtextedit.h"

#include "core/text/lanes.h"
#include "ui/codebook/codebookmodel.h"
#include "ui/workbench/codingcolors.h"
#include "ui/workbench/codinghighlighter.h"
#include "ui/workbench/codingmargin.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHelpEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace dyad::ui {

RecordTextEdit::RecordTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new CodingHighlighter(document()))
    , m_margin(new CodingMargin(this, this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setCenterOnScroll(false);
    viewport()->setAcceptDrops(true); // a code dragged from the codebook onto the selection
    document()->setDocumentMargin(8);
    // A click on a stripe selects its coding (and tells the window, which shows it); beside
    // every stripe it clears the selection.
    connect(m_margin, &CodingMargin::stripeClicked, this, [this](const QUuid &id) {
        setSelectedCoding(id);
        if (!id.isNull() && id == m_selectedCoding)
            emit codingActivated(id);
    });
    m_margin->setToolTipProvider([this](const CodingMargin::Stripe &s) { return stripeToolTip(s.id); });
    updateMarginGeometry();
}

void RecordTextEdit::setRecord(const QUuid &recordId, const QString &text)
{
    m_recordId = recordId;
    m_text = text;
    m_offsets = OffsetConversion(text);
    m_codings.clear();
    m_laneCount = 0;
    m_selectedCoding = QUuid();
    // A lone '\r' would end a block in QTextDocument; a space keeps every position in place.
    QString shown = text;
    shown.replace(QLatin1Char('\r'), QLatin1Char(' '));
    shown.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    shown.replace(QChar::LineSeparator, QLatin1Char('\n'));
    m_highlighter->clearRanges();
    m_margin->setStripes({});
    setPlainText(shown);
    m_searchHits.clear();
    setExtraSelections({});
    updateMarginGeometry();
}

void RecordTextEdit::setCodings(std::vector<DisplayedCoding> codings)
{
    std::vector<core::Span> spans;
    spans.reserve(codings.size());
    for (DisplayedCoding &c : codings) {
        c.start16 = m_offsets.toUtf16(c.coding.span.start);
        c.end16 = m_offsets.toUtf16(c.coding.span.end);
        spans.push_back(c.coding.span);
    }
    const std::vector<int> lanes = core::assignLanes(spans);
    for (size_t i = 0; i < codings.size(); ++i)
        codings[i].lane = lanes[i];
    m_laneCount = core::laneCount(lanes);
    m_codings = std::move(codings);
    if (!displayedCoding(m_selectedCoding))
        m_selectedCoding = QUuid();
    std::vector<CodingMargin::Stripe> stripes;
    stripes.reserve(m_codings.size());
    for (const DisplayedCoding &c : m_codings)
        stripes.push_back({c.coding.id, c.start16, c.end16, c.color, int(c.layer), c.lane});
    m_margin->setStripes(std::move(stripes));
    updateHighlights();
    updateMarginGeometry();
}

const DisplayedCoding *RecordTextEdit::displayedCoding(const QUuid &codingId) const
{
    if (codingId.isNull())
        return nullptr;
    for (const DisplayedCoding &c : m_codings)
        if (c.coding.id == codingId)
            return &c;
    return nullptr;
}

void RecordTextEdit::setSelectedCoding(const QUuid &codingId)
{
    const QUuid id = displayedCoding(codingId) ? codingId : QUuid();
    if (id == m_selectedCoding)
        return;
    m_selectedCoding = id;
    updateHighlights();
    m_margin->setSelected(id);
    if (const DisplayedCoding *c = displayedCoding(id)) {
        QTextCursor cursor(document());
        cursor.setPosition(c->start16);
        setTextCursor(cursor);
        ensureCursorVisible();
    }
    emit selectedCodingChanged(id);
}

void RecordTextEdit::updateHighlights()
{
    std::vector<CodingHighlighter::Range> ranges;
    ranges.reserve(m_codings.size());
    for (const DisplayedCoding &c : m_codings)
        ranges.push_back({c.start16, c.end16, c.color, c.coding.id == m_selectedCoding, c.coding.codeId, int(c.layer)});
    m_highlighter->setRanges(std::move(ranges), isDarkPalette(palette()));
}

void RecordTextEdit::setSearchHits(std::vector<core::Span> hits)
{
    // A few transient marks: ExtraSelections (the codings use layout formats).
    m_searchHits = std::move(hits);
    QList<QTextEdit::ExtraSelection> marks;
    const bool dark = isDarkPalette(palette());
    for (const core::Span &span : m_searchHits) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(m_offsets.toUtf16(span.start));
        mark.cursor.setPosition(m_offsets.toUtf16(span.end), QTextCursor::KeepAnchor);
        // The yellow of "find in page" (over the coding highlight; the stripes still show
        // the codings). No bold: extra formats are drawn without a new layout.
        mark.format.setBackground(dark ? QColor(0x8d, 0x6e, 0x00) : QColor(0xff, 0xe0, 0x3d));
        mark.format.setForeground(dark ? QColor(Qt::white) : QColor(Qt::black));
        marks << mark;
    }
    setExtraSelections(marks);
}

std::optional<core::Span> RecordTextEdit::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    const core::Span span{m_offsets.toCodePoint(cursor.selectionStart()), m_offsets.toCodePoint(cursor.selectionEnd())};
    if (span.isEmpty())
        return std::nullopt;
    return span;
}

void RecordTextEdit::selectSpan(core::Span span)
{
    QTextCursor cursor(document());
    cursor.setPosition(m_offsets.toUtf16(span.start));
    cursor.setPosition(m_offsets.toUtf16(span.end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

const DisplayedCoding *RecordTextEdit::codingAt(int position, Owner owner) const
{
    const DisplayedCoding *own = nullptr, *other = nullptr;
    for (const DisplayedCoding &c : m_codings) {
        if (c.start16 > position || position >= c.end16)
            continue;
        const DisplayedCoding *&best = c.own ? own : other;
        if (!best || c.end16 - c.start16 < best->end16 - best->start16)
            best = &c;
    }
    return own || owner == Owner::OwnOnly ? own : other;
}

QString RecordTextEdit::stripeToolTip(const QUuid &codingId) const
{
    const DisplayedCoding *c = displayedCoding(codingId);
    if (!c)
        return {};
    QString tip = QStringLiteral("<b>%1</b>").arg(c->codeName.toHtmlEscaped());
    tip += QStringLiteral(" — %1").arg(c->layer == DisplayedCoding::Layer::Mine ? tr("you")
                                                                                : c->reviewerName.toHtmlEscaped());
    const QString quote = m_text.mid(c->start16, c->end16 - c->start16);
    tip += QStringLiteral("<br><i>%1</i>")
               .arg((quote.size() > 120 ? quote.left(117) + QStringLiteral("…") : quote).toHtmlEscaped());
    if (!c->coding.memo.isEmpty())
        tip += QStringLiteral("<hr>%1").arg(c->coding.memo.toHtmlEscaped());
    return tip;
}

int RecordTextEdit::marginWidth() const
{
    return m_margin->sizeHint().width();
}

void RecordTextEdit::updateMarginGeometry()
{
    const int w = marginWidth();
    setViewportMargins(w, 0, 0, 0);
    const QRect cr = contentsRect();
    m_margin->setGeometry(QRect(cr.left(), cr.top(), w, cr.height()));
}

bool RecordTextEdit::viewportEvent(QEvent *event)
{
    // Hovering highlighted text says whose coding it is, and with which code.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(help->pos()).position();
        QStringList lines;
        for (const DisplayedCoding &c : m_codings) {
            if (c.start16 > position || position >= c.end16)
                continue;
            QString who;
            switch (c.layer) {
            case DisplayedCoding::Layer::Mine:
                who = tr("you");
                break;
            case DisplayedCoding::Layer::OtherReviewer:
                who = c.reviewerName;
                break;
            case DisplayedCoding::Layer::Consensus:
                who = tr("Consensus");
                break;
            }
            lines << QStringLiteral("<span style=\"color:%1\">■</span> <b>%2</b> — %3")
                         .arg(c.color.name(), c.codeName.toHtmlEscaped(), who.toHtmlEscaped());
        }
        if (lines.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), viewport());
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void RecordTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMarginGeometry();
}

QUuid RecordTextEdit::droppableCode(const QMimeData *mime) const
{
    if (!mime || !mime->hasFormat(QLatin1String(CodebookModel::CodeMimeType)) || !textCursor().hasSelection()
        || m_recordId.isNull())
        return {};
    // The codebook drags its selected codes; the first is applied (one code, one undo step).
    const QByteArray ids = mime->data(QLatin1String(CodebookModel::CodeMimeType));
    return QUuid::fromString(QLatin1String(ids.left(ids.indexOf(' ') < 0 ? ids.size() : ids.indexOf(' '))));
}

void RecordTextEdit::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppableCode(event->mimeData()).isNull())
        return QPlainTextEdit::dragEnterEvent(event);
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void RecordTextEdit::dragMoveEvent(QDragMoveEvent *event)
{
    if (droppableCode(event->mimeData()).isNull())
        return QPlainTextEdit::dragMoveEvent(event);
    // Anywhere on the text: the selection is what gets coded, and there is only one.
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void RecordTextEdit::dropEvent(QDropEvent *event)
{
    const QUuid code = droppableCode(event->mimeData());
    if (code.isNull())
        return QPlainTextEdit::dropEvent(event);
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setFocus(Qt::OtherFocusReason);
    emit codeDropped(code);
}

void RecordTextEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    // A plain click (no text selected) selects the innermost coding under the pointer.
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection()) {
        const DisplayedCoding *c = codingAt(cursorForPosition(event->position().toPoint()).position());
        const QUuid id = c ? c->coding.id : QUuid();
        if (id != m_selectedCoding) {
            m_selectedCoding = id;
            updateHighlights();
            m_margin->setSelected(id);
            emit selectedCodingChanged(id);
        }
    }
}

void RecordTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateHighlights();
}

QByteArray RecordTextEdit::encodeSpan(const QUuid &recordId, core::Span span)
{
    return core::uuidText(recordId).toLatin1() + ' ' + QByteArray::number(span.start) + ' '
        + QByteArray::number(span.end);
}

std::optional<std::pair<QUuid, core::Span>> RecordTextEdit::decodeSpan(const QByteArray &data)
{
    const QList<QByteArray> parts = data.split(' ');
    if (parts.size() != 3)
        return std::nullopt;
    bool okStart = false, okEnd = false;
    const core::Span span{parts[1].toLongLong(&okStart), parts[2].toLongLong(&okEnd)};
    const QUuid id = QUuid::fromString(QLatin1String(parts[0]));
    if (!okStart || !okEnd || id.isNull() || span.isEmpty())
        return std::nullopt;
    return std::make_pair(id, span);
}

QMimeData *RecordTextEdit::createMimeDataFromSelection() const
{
    auto *mime = new QMimeData;
    const auto span = selectedSpan();
    if (!span)
        return mime;
    const int from = m_offsets.toUtf16(span->start), to = m_offsets.toUtf16(span->end);
    mime->setText(m_text.mid(from, to - from));
    mime->setData(QLatin1String(SpanMimeType), encodeSpan(m_recordId, *span));
    return mime;
}

} // namespace dyad::ui
