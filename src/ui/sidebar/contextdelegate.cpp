#include "ui/sidebar/contextdelegate.h"

#include "core/models/mentioncontextmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

void ContextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString sentence = index.data(MentionContextModel::SentenceRole).toString();
    const qsizetype hs = index.data(MentionContextModel::HighlightStartRole).toLongLong();
    const qsizetype he = index.data(MentionContextModel::HighlightEndRole).toLongLong();
    const QString marker = QStringLiteral("\u00b6\u00a0%1 ")
                               .arg(index.data(MentionContextModel::ParagraphRole).toLongLong());
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(0.6f);

    QTextLayout layout(marker + sentence, option.font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    QTextCharFormat quietFormat;
    quietFormat.setForeground(quiet);
    QTextCharFormat boldFormat;
    boldFormat.setFontWeight(QFont::Bold);
    QList<QTextLayout::FormatRange> formats{{0, int(marker.size()), quietFormat}};
    if (hs >= 0 && he > hs && he <= sentence.size())
        formats.append({int(marker.size() + hs), int(he - hs), boldFormat});
    layout.setFormats(formats);
    const qreal width = std::max(1, option.rect.width() - 2 * Margin);
    qreal y = 0;
    layout.beginLayout();
    for (int lines = 0; lines < Lines; ++lines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition({0, y});
        y += line.height();
    }
    layout.endLayout();

    painter->save();
    painter->setClipRect(option.rect);
    painter->setPen(text);
    layout.draw(painter, QPointF(option.rect.left() + Margin, option.rect.top() + Margin));
    painter->restore();
}

QSize ContextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // Three lines of text: a steady height keeps long lists quick to scroll.
    return QSize(200, option.fontMetrics.lineSpacing() * Lines + 2 * Margin + 2);
}
