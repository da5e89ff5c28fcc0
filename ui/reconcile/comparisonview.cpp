#include "ui/reconcile/comparisonview.h"

#include "core/text/lanes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace dyad::ui {

using core::Coding;
using core::Offset;
using core::Span;

namespace {

/** A run of text with one background colour, in code points. */
struct Segment
{
    Span span;
    QColor color;
};

/**
 * Puts the segments into the blocks' layouts as extra formats (not ExtraSelections, which
 * are slow in bulk; STYLE.md), converting code points to UTF-16 through TextOffsets.
 */
void setExtraFormats(QTextEdit *editor, const TextOffsets &offsets, const std::vector<Segment> &segments)
{
    QTextDocument *doc = editor->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const int blockStart = block.position();
        const int blockEnd = blockStart + block.length() - 1;
        QList<QTextLayout::FormatRange> ranges;
        for (const Segment &s : segments) {
            const int from = std::max(offsets.toUtf16(s.span.start), blockStart);
            const int to = std::min(offsets.toUtf16(s.span.end), blockEnd);
            if (to <= from)
                continue;
            QTextLayout::FormatRange r;
            r.start = from - blockStart;
            r.length = to - from;
            r.format.setBackground(s.color);
            ranges << r;
        }
        block.layout()->setFormats(ranges);
    }
    doc->markContentsDirty(0, doc->characterCount());
}

/** Boundary sweep: one segment per stretch with the same set of covering codings. */
template<typename ColorOf>
std::vector<Segment> sweep(const std::vector<std::pair<Span, int>> &items, ColorOf colorOf)
{
    std::map<Offset, std::vector<std::pair<int, int>>> events; // position -> (+1/-1, item)
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
        events[items[static_cast<size_t>(i)].first.start].emplace_back(+1, i);
        events[items[static_cast<size_t>(i)].first.end].emplace_back(-1, i);
    }
    std::vector<Segment> out;
    std::vector<int> active;
    Offset last = 0;
    for (const auto &[pos, evs] : events) {
        if (!active.empty() && pos > last)
            out.push_back({{last, pos}, colorOf(active)});
        for (const auto &[delta, i] : evs) {
            if (delta > 0)
                active.push_back(i);
            else
                std::erase(active, i);
        }
        last = pos;
    }
    return out;
}

} // namespace

/** Coding stripes beside a text: one bar per coding, overlapping codings in separate lanes. */
class CodingStripes : public QWidget
{
public:
    CodingStripes(QTextEdit *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
    {
        setFixedWidth(4 * 5 + 4);
        connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    }
    void setCodings(const std::vector<Coding> &codings, const TextOffsets *offsets, const QHash<QUuid, core::Code> *codes)
    {
        m_codings = codings;
        m_offsets = offsets;
        m_codes = codes;
        // The same lanes as the workbench's margin (core::assignLanes), so a reviewer sees
        // the stripes of a record in the same places on both screens.
        std::vector<core::Span> spans;
        spans.reserve(m_codings.size());
        for (const Coding &c : m_codings)
            spans.push_back(c.span);
        m_lanes = core::assignLanes(spans);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_offsets)
            return;
        QPainter p(this);
        // The stripes are the text's sibling: map through global coordinates.
        const int dy = mapFromGlobal(m_editor->viewport()->mapToGlobal(QPoint(0, 0))).y();
        for (size_t i = 0; i < m_codings.size(); ++i) {
            const Coding &c = m_codings[i];
            QTextCursor from(m_editor->document());
            from.setPosition(m_offsets->toUtf16(c.span.start));
            QTextCursor to(m_editor->document());
            to.setPosition(m_offsets->toUtf16(c.span.end));
            const QRect a = m_editor->cursorRect(from), b = m_editor->cursorRect(to);
            const int lane = std::min(m_lanes[i], 4);
            const QColor color(m_codes && m_codes->contains(c.codeId) ? m_codes->value(c.codeId).color
                                                                       : QStringLiteral("#888888"));
            p.fillRect(QRect(2 + lane * 5, a.top() + dy, 4, std::max(b.bottom() - a.top(), 4)), color);
        }
    }

private:
    QTextEdit *m_editor;
    std::vector<Coding> m_codings;
    std::vector<int> m_lanes;
    const TextOffsets *m_offsets = nullptr;
    const QHash<QUuid, core::Code> *m_codes = nullptr;
};

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
    m_leftStripes = new CodingStripes(m_left, this);
    m_rightStripes = new CodingStripes(m_right, this);
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
    m_leftStripes->setCodings(m_leftLayer.codings, &m_offsets, &m_codes);
    m_rightStripes->setCodings(m_rightLayer.codings, &m_offsets, &m_codes);
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

void ComparisonView::applyLayer(QTextEdit *editor, const Layer &layer)
{
    std::vector<std::pair<Span, int>> items;
    for (const Coding &c : layer.codings)
        items.emplace_back(c.span, static_cast<int>(items.size()));
    // Innermost (latest started) coding's colour, more opaque where codings stack.
    const auto segments = sweep(items, [&](const std::vector<int> &active) {
        const Coding &c = layer.codings[static_cast<size_t>(active.back())];
        QColor color(m_codes.contains(c.codeId) ? m_codes.value(c.codeId).color : QStringLiteral("#888888"));
        color.setAlpha(std::min(60 + 40 * (static_cast<int>(active.size()) - 1), 200));
        return color;
    });
    setExtraFormats(editor, m_offsets, segments);
}

void ComparisonView::applyOverlay()
{
    std::vector<std::pair<Span, int>> items;
    const int nLeft = static_cast<int>(m_leftLayer.codings.size());
    for (const Coding &c : m_leftLayer.codings)
        items.emplace_back(c.span, static_cast<int>(items.size()));
    for (const Coding &c : m_rightLayer.codings)
        items.emplace_back(c.span, static_cast<int>(items.size()));
    auto codeOf = [&](int i) {
        return i < nLeft ? m_leftLayer.codings[static_cast<size_t>(i)].codeId
                         : m_rightLayer.codings[static_cast<size_t>(i - nLeft)].codeId;
    };
    const auto segments = sweep(items, [&](const std::vector<int> &active) {
        const bool left = std::any_of(active.begin(), active.end(), [&](int i) { return i < nLeft; });
        const bool right = std::any_of(active.begin(), active.end(), [&](int i) { return i >= nLeft; });
        if (!left || !right)
            return left ? leftOnlyColor() : rightOnlyColor();
        // Both coded this text: agreement only where they used a same code here.
        for (int i : active)
            for (int j : active)
                if (i < nLeft && j >= nLeft && codeOf(i) == codeOf(j))
                    return bothColor();
        return conflictColor();
    });
    setExtraFormats(m_overlay, m_offsets, segments);
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
