#pragma once

#include <QStyledItemDelegate>

namespace dyad::ui {

/**
 * Paints a cell as a progress bar: the value of ProgressRole (0–100) as the bar, the
 * display text ("7 / 20") on it. Cells without a ProgressRole value paint as usual.
 */
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int ProgressRole = Qt::UserRole + 40;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dyad::ui
