#include "ui/workbench/codingmargin.h"

#include "ui/workbench/codingcolors.h"
#include "ui/workbench/recordtextedit.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextEdit>
#include <QToolTip>

#include <algorithm>

namespace dyad::ui {

namespace {
// Beyond this many lanes the stripes get thinner rather than the margin wider.
constexpr int kMaxLanesAtFullWidth = 16;
} // namespace

CodingMargin::CodingMargin(QAbstractScrollArea *editor, std::function<QRect(const QTextCursor &)> cursorRect,
                           QTextDocument *document, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_cursorRect(std::move(cursorRect)), m_document(document)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
}

CodingMargin::CodingMargin(QPlainTextEdit *editor, QWidget *parent)
    : CodingMargin(editor, [editor](const QTextCursor &c) { return editor->cursorRect(c); }, editor->document(),
                   parent)
{
    // The plain-text view says which part of the viewport changed or scrolled by how much.
    connect(editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            scroll(0, dy);
        else
            update(0, rect.y(), width(), rect.height());
    });
}

CodingMargin::CodingMargin(QTextEdit *editor, QWidget *parent)
    : CodingMargin(editor, [editor](const QTextCursor &c) { return editor->cursorRect(c); }, editor->document(),
                   parent)
{
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
}

void CodingMargin::setStripes(std::vector<Stripe> stripes)
{
    m_stripes = std::move(stripes);
    int lanes = 0;
    for (const Stripe &s : m_stripes)
        lanes = std::max(lanes, s.lane + 1);
    if (lanes != m_laneCount) {
        m_laneCount = lanes;
        updateGeometry();
    }
    update();
}

void CodingMargin::setSelected(const QUuid &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    update();
}

QSize CodingMargin::sizeHint() const
{
    const int lanes = std::min(std::max(m_laneCount, 1), kMaxLanesAtFullWidth);
    return {Padding * 2 + lanes * LaneWidth, 0};
}

double CodingMargin::laneWidth() const
{
    const int lanes = std::max(m_laneCount, 1);
    return lanes <= kMaxLanesAtFullWidth ? double(LaneWidth) : double(kMaxLanesAtFullWidth * LaneWidth) / lanes;
}

QRect CodingMargin::lineRect(int position) const
{
    QTextCursor cursor(m_document);
    cursor.setPosition(std::clamp(position, 0, std::max(m_document->characterCount() - 1, 0)));
    const QRect r = m_cursorRect(cursor); // in the viewport's coordinates
    // The margin is the viewport's sibling or sits beside it: map through the screen.
    const int dy = mapFromGlobal(m_editor->viewport()->mapToGlobal(QPoint(0, 0))).y();
    return r.translated(0, dy);
}

QRectF CodingMargin::stripeRect(const Stripe &stripe) const
{
    const QRect top = lineRect(stripe.start16);
    const QRect bottom = lineRect(std::max(stripe.end16 - 1, stripe.start16));
    const double w = laneWidth();
    return QRectF(Padding + stripe.lane * w, top.top() + 1, std::max(w - 2, 1.0),
                  std::max(bottom.bottom() + 1 - top.top() - 2, 2));
}

const CodingMargin::Stripe *CodingMargin::stripeAt(const QPoint &pos) const
{
    const Stripe *best = nullptr;
    for (const Stripe &s : m_stripes) {
        const QRectF r = stripeRect(s).adjusted(-1, 0, 1, 0);
        if (r.contains(pos) && (!best || s.end16 - s.start16 < best->end16 - best->start16))
            best = &s;
    }
    return best;
}

void CodingMargin::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QPalette pal = m_editor->palette();
    painter.fillRect(event->rect(), pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(width() - 1, event->rect().top(), width() - 1, event->rect().bottom());
    painter.setRenderHint(QPainter::Antialiasing);

    const bool dark = isDarkPalette(pal);
    const QRectF visible = event->rect();
    for (const Stripe &s : m_stripes) {
        const QRectF r = stripeRect(s);
        if (!r.intersects(visible))
            continue;
        paintStripe(painter, r, s.color, s.layer);
        if (s.id == m_selected && !m_selected.isNull()) {
            painter.setPen(QPen(dark ? Qt::white : Qt::black, 1.2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(r.adjusted(-1, -1, 1, 1), 2, 2);
        }
    }
}

void CodingMargin::paintStripe(QPainter &painter, const QRectF &rect, const QColor &color, int layer)
{
    painter.save();
    switch (DisplayedCoding::Layer(layer)) {
    case DisplayedCoding::Layer::Mine:
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(rect, 1.5, 1.5);
        break;
    case DisplayedCoding::Layer::OtherReviewer: {
        // Hatched: another reviewer's work reads as secondary, and differs without colour.
        QColor faint = color;
        faint.setAlphaF(0.3f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(faint);
        painter.drawRoundedRect(rect, 1.5, 1.5);
        painter.setBrush(QBrush(color, Qt::BDiagPattern));
        painter.drawRoundedRect(rect, 1.5, 1.5);
        break;
    }
    case DisplayedCoding::Layer::Consensus: {
        QColor fill = color;
        fill.setAlphaF(0.2f);
        painter.setPen(QPen(color, 1.5));
        painter.setBrush(fill);
        painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 1.5, 1.5);
        break;
    }
    }
    painter.restore();
}

void CodingMargin::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const Stripe *s = stripeAt(event->position().toPoint());
    emit stripeClicked(s ? s->id : QUuid());
}

void CodingMargin::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept(); // the first press of it already chose the stripe
}

bool CodingMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Stripe *s = stripeAt(help->pos());
        const QString tip = s && m_toolTip ? m_toolTip(*s) : QString();
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, this, stripeRect(*s).toAlignedRect());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace dyad::ui
