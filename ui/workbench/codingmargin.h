#pragma once

#include <QUuid>
#include <QWidget>

class QPainter;

namespace dyad::ui {

class RecordTextEdit;
struct DisplayedCoding;

/**
 * Coding stripes beside the text: one lane per overlapping coding (lanes from
 * core::assignLanes), in the code's colour. Only visible blocks are painted, like
 * KateIconBorder. Hover shows the code, reviewer and memo; a click selects the coding.
 */
class CodingMargin : public QWidget
{
    Q_OBJECT

public:
    explicit CodingMargin(RecordTextEdit *editor);

    QSize sizeHint() const override;
    /** Stripe rectangle of a coding in margin coordinates (may lie outside the view). */
    QRectF stripeRect(const DisplayedCoding &coding) const;
    const DisplayedCoding *codingAt(const QPoint &pos) const;

    /**
     * Draws one stripe in the style of its layer: the reviewer's own codings solid, another
     * reviewer's hatched, the Consensus outlined (the legend above the text uses it too).
     */
    static void paintStripe(QPainter &painter, const QRectF &rect, const QColor &color, int layer);

    static constexpr int LaneWidth = 6;
    static constexpr int Padding = 4;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    double laneWidth() const;

    RecordTextEdit *m_editor;
};

} // namespace dyad::ui
