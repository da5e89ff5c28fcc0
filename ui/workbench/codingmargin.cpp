#include "ui/workbench/codingmargin.h"

#include "ui/workbench/codingcolors.h"
#include "ui/workbench/recordtextedit.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

namespace dyad::ui {

namespace {
// Beyond this many lanes the stripes get thinner rather than the margin wider.
constexpr int kMaxLanesAtFullWidth = 16;
} // namespace

CodingMargin::CodingMargin(RecordTextEdit *editor) : QWidget(editor), m_editor(editor)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize CodingMargin::sizeHint() const
{
    const int lanes = std::min(std::max(m_editor->laneCount(), 1), kMaxLanesAtFullWidth);
    return {Padding * 2 + lanes * LaneWidth, 0};
}

double CodingMargin::laneWidth() const
{
    const int lanes = std::max(m_editor->laneCount(), 1);
    return lanes <= kMaxLanesAtFullWidth ? double(LaneWidth) : double(kMaxLanesAtFullWidth * LaneWidth) / lanes;
}

QRectF CodingMargin::stripeRect(const DisplayedCoding &coding) const
{
    QTextDocument *doc = m_editor->document();
    const QPointF offset = m_editor->contentOffset();
    auto lineRect = [&](int position) -> QRectF {
        const QTextBlock block = doc->findBlock(position);
        if (!block.isValid() || !block.layout())
            return {};
        const QRectF geometry = m_editor->blockBoundingGeometry(block).translated(offset);
        const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
        if (!line.isValid())
            return geometry;
        return QRectF(0, geometry.top() + line.y(), 0, line.height());
    };
    const QRectF top = lineRect(coding.start16);
    const QRectF bottom = lineRect(std::max(coding.end16 - 1, coding.start16));
    const double w = laneWidth();
    return QRectF(Padding + coding.lane * w, top.top() + 1, std::max(w - 2, 1.0), bottom.bottom() - top.top() - 2);
}

const DisplayedCoding *CodingMargin::codingAt(const QPoint &pos) const
{
    const DisplayedCoding *best = nullptr;
    for (const DisplayedCoding &c : m_editor->codings()) {
        const QRectF r = stripeRect(c).adjusted(-1, 0, 1, 0);
        if (r.contains(pos) && (!best || c.end16 - c.start16 < best->end16 - best->start16))
            best = &c;
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
    const QUuid selected = m_editor->selectedCoding();
    for (const DisplayedCoding &c : m_editor->codings()) {
        const QRectF r = stripeRect(c);
        if (!r.intersects(visible))
            continue;
        paintStripe(painter, r, c.color, int(c.layer));
        if (c.coding.id == selected) {
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
    const DisplayedCoding *c = codingAt(event->position().toPoint());
    m_editor->setSelectedCoding(c ? c->coding.id : QUuid());
    if (c && event->type() == QEvent::MouseButtonPress)
        emit m_editor->codingActivated(c->coding.id);
}

bool CodingMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const DisplayedCoding *c = codingAt(help->pos())) {
            QString tip = QStringLiteral("<b>%1</b>").arg(c->codeName.toHtmlEscaped());
            tip += QStringLiteral(" — %1").arg(c->layer == DisplayedCoding::Layer::Mine
                                                   ? tr("you")
                                                   : c->reviewerName.toHtmlEscaped());
            const QString quote = m_editor->recordText().mid(c->start16, c->end16 - c->start16);
            tip += QStringLiteral("<br><i>%1</i>")
                       .arg((quote.size() > 120 ? quote.left(117) + QStringLiteral("…") : quote).toHtmlEscaped());
            if (!c->coding.memo.isEmpty())
                tip += QStringLiteral("<hr>%1").arg(c->coding.memo.toHtmlEscaped());
            QToolTip::showText(help->globalPos(), tip, this, stripeRect(*c).toAlignedRect());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace dyad::ui
