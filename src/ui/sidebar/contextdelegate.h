#pragma once

#include <QStyledItemDelegate>

// Paints one line of the mentions-in-context list: "¶ 24" in a quiet colour, then the sentence
// with the mention in bold, wrapped to the row's three lines. Laid out with QTextLayout and
// character formats, not a rich-text document per row, so that a list of a new entity's
// mentions paints at once; every row is three lines high, which keeps long lists quick to scroll.
class ContextDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int Lines = 3;
    static constexpr int Margin = 4;
};
