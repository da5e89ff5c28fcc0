#include "ui/reconcile/comparisonview.h"

#include "core/text/lanes.h"
#include "ui/workbench/codingcolors.h"
#include "ui/workbench/codinghighlighter.h"
#include "ui/workbench/codingmargin.h"
#include "ui/workbench/recordtextedit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace dyad::ui {

using core::Coding;
using core::Span;

QColor ComparisonView::leftOnlyColor()
{
    return QColor(66, 133, 244, 90); // blue
}

QColor ComparisonView::rightOnlyColor()
{
    return QColor(245, 130, 49, 110); // orange
}

QColor ComparisonView::bothColor()
{
    return QColor(60, 180, 75, 110); // green
}

QColor ComparisonView::conflictColor()
{
    return QColor(220, 40, 60, 110); // red
}

ComparisonView::ComparisonView(QWidget *parent) : QWidget(parent)
{
    auto makeEditor = [this]() {
        auto *e = new QTextEdit(this);
        e->setReadOnly(true);
        e->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        e->setAcceptRichText(false);
        connect(e, &QTextEdit::selectionChanged, this, &ComparisonView::selectionChanged);
        return e;
    };
    m_left = makeEditor();
    m_right = makeEditor();
    m_overlay = makeEditor();
    // The workbench's stripes and highlighter: each side looks as that reviewer's record does
    // in the workbench; the overlay colours a stretch by who coded it (paintOverlay).
    m_leftStripes = new CodingMargin(m_left, this);
    m_rightStripes = new CodingMargin(m_right, this);
    m_leftStripes->setToolTipProvider([this](const CodingMargin::Stripe &s) { return stripeToolTip(m_leftLayer, s); });
    m_rightStripes->setToolTipProvider(
        [this](const CodingMargin::Stripe &s) { return stripeToolTip(m_rightLayer, s); });
    m_leftHighlighter = new CodingHighlighter(m_left->document());
    m_rightHighlighter = new CodingHighlighter(m_right->document());
    m_overlayHighlighter = new CodingHighlighter(m_overlay->document());
    m_overlayHighlighter->setPaint(&ComparisonView::paintOverlay);
    m_leftLabel = new QLabel(this);
    m_rightLabel = new QLabel(this);
    m_legend = new QLabel(this);

    auto *sideBySide = new QWidget(this);
    auto *grid = new QHBoxLayout(sideBySide);
    grid->setContentsMargins(0, 0, 0, 0);
    for (auto [label, stripes, editor] : {std::tuple{m_leftLabel, m_leftStripes, m_left},
                                          std::tuple{m_rightLabel, m_rightStripes, m_right}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(label);
        auto *row = new QHBoxLayout;
        row->setSpacing(0);
        row->addWidget(stripes);
        row->addWidget(editor);
        column->addLayout(row);
        grid->addLayout(column);
    }
    auto *overlay = new QWidget(this);
    auto *overlayLayout = new QVBoxLayout(overlay);
    overlayLayout->setContentsMargins(0, 0, 0, 0);
    overlayLayout->addWidget(m_legend);
    overlayLayout->addWidget(m_overlay);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(sideBySide);
    m_stack->addWidget(overlay);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Synchronised scrolling: the same proportion of each text stays in view.
    auto sync = [this](QTextEdit *from, QTextEdit *to) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, from, to](int value) {
            if (m_syncing)
                return;
            m_syncing = true;
            const int max = from->verticalScrollBar()->maximum();
            to->verticalScrollBar()->setValue(max == 0 ? 0 : value * to->verticalScrollBar()->maximum() / max);
            m_syncing = false;
        });
    };
    sync(m_left, m_right);
    sync(m_right, m_left);
}

void ComparisonView::setRecord(const QString &text, Layer left, Layer right, const QHash<QUuid, core::Code> &codes)
{
    m_text = text;
    m_offsets = TextOffsets(text);
    m_leftLayer = std::move(left);
    m_rightLayer = std::move(right);
    m_codes = codes;
    m_current = -1;
    for (CodingHighlighter *h : {m_leftHighlighter, m_rightHighlighter, m_overlayHighlighter})
        h->clearRanges(); // the old record's ranges do not fit the new text
    for (QTextEdit *e : {m_left, m_right, m_overlay})
        e->setPlainText(text);
    m_leftLabel->setText(QStringLiteral("<b>%1</b>").arg(m_leftLayer.label.toHtmlEscaped()));
    m_rightLabel->setText(QStringLiteral("<b>%1</b>").arg(m_rightLayer.label.toHtmlEscaped()));
    auto swatch = [](const QColor &c) {
        return QStringLiteral("<span style=\"background-color: rgba(%1,%2,%3,%4)\">&nbsp;&nbsp;&nbsp;&nbsp;</span>")
            .arg(c.red())
            .arg(c.green())
            .arg(c.blue())
            .arg(c.alphaF());
    };
    m_legend->setText(tr("%1 %2 only &nbsp; %3 %4 only &nbsp; %5 both, same code &nbsp; %6 both, different codes")
                          .arg(swatch(leftOnlyColor()), m_leftLayer.label.toHtmlEscaped(), swatch(rightOnlyColor()),
                               m_rightLayer.label.toHtmlEscaped(), swatch(bothColor()), swatch(conflictColor())));
    applyHighlights();
}

void ComparisonView::setDisagreements(std::vector<Span> spans)
{
    m_disagreements = std::move(spans);
    m_current = -1;
}

void ComparisonView::setMode(Mode mode)
{
    m_mode = mode;
    m_stack->setCurrentIndex(mode == Mode::SideBySide ? 0 : 1);
}

void ComparisonView::applyHighlights()
{
    applyLayer(m_left, m_leftLayer);
    applyLayer(m_right, m_rightLayer);
    applyOverlay();
}

QColor ComparisonView::codeColor(const QUuid &codeId) const
{
    return ui::codeColor(m_codes.contains(codeId) ? m_codes.value(codeId).color : QString());
}

void ComparisonView::applyLayer(QTextEdit *editor, const Layer &layer)
{
    std::vector<CodingHighlighter::Range> ranges;
    std::vector<CodingMargin::Stripe> stripes;
    std::vector<Span> spans;
    ranges.reserve(layer.codings.size());
    for (const Coding &c : layer.codings)
        spans.push_back(c.span);
    // The same lanes as the workbench's margin (core::assignLanes), so a reviewer sees the
    // stripes of a record in the same places on both screens.
    const std::vector<int> lanes = core::assignLanes(spans);
    for (size_t i = 0; i < layer.codings.size(); ++i) {
        const Coding &c = layer.codings[i];
        const int from = m_offsets.toUtf16(c.span.start), to = m_offsets.toUtf16(c.span.end);
        const QColor color = codeColor(c.codeId);
        ranges.push_back({from, to, color, false, c.codeId, 0});
        stripes.push_back({c.id, from, to, color, int(DisplayedCoding::Layer::Mine), lanes[i]});
    }
    const bool dark = isDarkPalette(palette());
    (editor == m_left ? m_leftHighlighter : m_rightHighlighter)->setRanges(std::move(ranges), dark);
    (editor == m_left ? m_leftStripes : m_rightStripes)->setStripes(std::move(stripes));
}

void ComparisonView::applyOverlay()
{
    std::vector<CodingHighlighter::Range> ranges;
    for (const auto &[layer, side] : {std::pair{&m_leftLayer, 0}, std::pair{&m_rightLayer, 1}})
        for (const Coding &c : layer->codings)
            ranges.push_back({m_offsets.toUtf16(c.span.start), m_offsets.toUtf16(c.span.end), codeColor(c.codeId), false,
                              c.codeId, side});
    m_overlayHighlighter->setRanges(std::move(ranges), isDarkPalette(palette()));
}

QColor ComparisonView::paintOverlay(const std::vector<const CodingHighlighter::Range *> &covering)
{
    const auto isLeft = [](const CodingHighlighter::Range *r) { return r->layer == 0; };
    const bool left = std::any_of(covering.begin(), covering.end(), isLeft);
    const bool right = !std::all_of(covering.begin(), covering.end(), isLeft);
    if (!left || !right)
        return left ? leftOnlyColor() : rightOnlyColor();
    // Both coded this text: agreement only where they used a same code here.
    for (const CodingHighlighter::Range *a : covering)
        for (const CodingHighlighter::Range *b : covering)
            if (a->layer == 0 && b->layer == 1 && a->codeId == b->codeId)
                return bothColor();
    return conflictColor();
}

QString ComparisonView::stripeToolTip(const Layer &layer, const CodingMargin::Stripe &stripe) const
{
    for (const Coding &c : layer.codings) {
        if (c.id != stripe.id)
            continue;
        const QString code = m_codes.contains(c.codeId) ? m_codes.value(c.codeId).name : QString();
        const QString quote = m_text.mid(stripe.start16, stripe.end16 - stripe.start16);
        return QStringLiteral("<b>%1</b> — %2<br><i>%3</i>")
            .arg(code.toHtmlEscaped(), layer.label.toHtmlEscaped(),
                 (quote.size() > 120 ? quote.left(117) + QStringLiteral("…") : quote).toHtmlEscaped());
    }
    return {};
}

QTextEdit *ComparisonView::activeEditor() const
{
    return m_mode == Mode::Overlay ? m_overlay : m_left;
}

void ComparisonView::focusSpan(Span span)
{
    // A transient mark: one ExtraSelection per text is cheap.
    for (QTextEdit *e : {m_left, m_right, m_overlay}) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(e->document());
        mark.cursor.setPosition(m_offsets.toUtf16(span.start));
        mark.cursor.setPosition(m_offsets.toUtf16(span.end), QTextCursor::KeepAnchor);
        mark.format.setFontUnderline(true);
        mark.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        mark.format.setUnderlineColor(palette().color(QPalette::Highlight));
        mark.format.setFontWeight(QFont::DemiBold);
        e->setExtraSelections({mark});
        QTextCursor c(e->document());
        c.setPosition(m_offsets.toUtf16(span.start));
        e->setTextCursor(c);
        e->ensureCursorVisible();
    }
}

bool ComparisonView::nextDisagreement()
{
    if (m_current + 1 >= static_cast<int>(m_disagreements.size()))
        return false;
    focusSpan(m_disagreements[static_cast<size_t>(++m_current)]);
    return true;
}

bool ComparisonView::previousDisagreement()
{
    if (m_current <= 0)
        return false;
    focusSpan(m_disagreements[static_cast<size_t>(--m_current)]);
    return true;
}

std::optional<Span> ComparisonView::selectedSpan() const
{
    const QTextCursor c = activeEditor()->textCursor();
    if (!c.hasSelection())
        return std::nullopt;
    return Span{m_offsets.toCodePoint(c.selectionStart()), m_offsets.toCodePoint(c.selectionEnd())};
}

void ComparisonView::selectSpan(Span span)
{
    QTextEdit *e = activeEditor();
    QTextCursor c(e->document());
    c.setPosition(m_offsets.toUtf16(span.start));
    c.setPosition(m_offsets.toUtf16(span.end), QTextCursor::KeepAnchor);
    e->setTextCursor(c);
}

} // namespace dyad::ui
