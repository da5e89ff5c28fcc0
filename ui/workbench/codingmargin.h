#pragma once

#include <QUuid>
#include <QWidget>

#include <functional>
#include <vector>

class QAbstractScrollArea;
class QPainter;
class QPlainTextEdit;
class QTextCursor;
class QTextDocument;
class QTextEdit;

namespace dyad::ui {

/**
 * Coding stripes beside a text: one lane per overlapping coding (lanes from
 * core::assignLanes), in the code's colour, drawn in the style of whose coding it is. Only
 * the visible stripes are painted, like KateIconBorder. One widget for every text that
 * shows codings: the workbench's record text (a child in its left viewport margin) and each
 * side of the comparison view (beside the text in a layout). Hover shows what the owner's
 * tooltip provider says; a click reports the stripe.
 */
class CodingMargin : public QWidget
{
    Q_OBJECT

public:
    /** One coding's stripe: UTF-16 positions in the text, and the lane it runs in. */
    struct Stripe
    {
        QUuid id;
        int start16 = 0;
        int end16 = 0;
        QColor color;
        int layer = 0; ///< a DisplayedCoding::Layer: mine solid, another reviewer's hatched, Consensus outlined
        int lane = 0;
    };

    /** Beside a plain-text view (the workbench's record text). */
    CodingMargin(QPlainTextEdit *editor, QWidget *parent);
    /** Beside a rich-text view (a side of the comparison view). */
    CodingMargin(QTextEdit *editor, QWidget *parent);

    void setStripes(std::vector<Stripe> stripes);
    const std::vector<Stripe> &stripes() const { return m_stripes; }
    int laneCount() const { return m_laneCount; }
    /** The stripe drawn with a frame (the selected coding), or none. */
    void setSelected(const QUuid &id);
    /** What hovering a stripe shows (rich text). */
    void setToolTipProvider(std::function<QString(const Stripe &)> provider) { m_toolTip = std::move(provider); }

    QSize sizeHint() const override;
    /** Stripe rectangle in margin coordinates (may lie outside the view). */
    QRectF stripeRect(const Stripe &stripe) const;
    /** The shortest stripe at a point of the margin, if any. */
    const Stripe *stripeAt(const QPoint &pos) const;

    /**
     * Draws one stripe in the style of its layer: the reviewer's own codings solid, another
     * reviewer's hatched, the Consensus outlined (the legend above the text uses it too).
     */
    static void paintStripe(QPainter &painter, const QRectF &rect, const QColor &color, int layer);

    static constexpr int LaneWidth = 6;
    static constexpr int Padding = 4;

signals:
    /** A press on the margin: the stripe under it, or a null id beside every stripe. */
    void stripeClicked(const QUuid &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    CodingMargin(QAbstractScrollArea *editor, std::function<QRect(const QTextCursor &)> cursorRect,
                 QTextDocument *document, QWidget *parent);
    double laneWidth() const;
    /** The line of a text position, in margin coordinates. */
    QRect lineRect(int position) const;

    QAbstractScrollArea *m_editor;
    std::function<QRect(const QTextCursor &)> m_cursorRect;
    QTextDocument *m_document;
    std::vector<Stripe> m_stripes;
    int m_laneCount = 0;
    QUuid m_selected;
    std::function<QString(const Stripe &)> m_toolTip;
};

} // namespace dyad::ui
