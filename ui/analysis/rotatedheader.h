#pragma once

#include <QHeaderView>

namespace dyad::ui::analysis {

/**
 * A column header that writes each name upwards, so that narrow columns (the heat map's, one
 * per code) each show a readable name instead of its first letters. Names longer than
 * maxTextLength() are elided; the model's tooltip for the section gives the whole path.
 */
class RotatedHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit RotatedHeaderView(QWidget *parent = nullptr);

    /** The longest name shown whole, in pixels; longer ones end in "…". */
    int maxTextLength() const;
    /** What the section shows: its name, elided to the room the header has. */
    QString shownText(int logicalIndex) const;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QString name(int logicalIndex) const;
};

} // namespace dyad::ui::analysis
