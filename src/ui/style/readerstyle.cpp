#include "ui/style/readerstyle.h"

#include "ui/style/cachedpixmap.h"
#include "ui/style/icons.h"

#include <QGuiApplication>
#include <QPainter>
#include <QStyleOption>

#include <functional>

namespace {

// Draws `draw` (which paints at the option's rect moved to the origin) from the cache under `key`,
// rendering it there first if it is not.
void drawCached(QPainter *painter, const QStyleOption &option, const QString &key,
                const std::function<void(QPainter *, const QRect &)> &draw)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QString fullKey = key
                            + QStringLiteral("-%1-%2-%3")
                                  .arg(int(option.state))
                                  .arg(int(option.direction))
                                  .arg(option.palette.cacheKey());
    const QRect rect(QPoint(), option.rect.size());
    painter->drawPixmap(option.rect.topLeft(), cachedPixmap(fullKey, rect.size() * dpr, dpr,
                                                            [&](QPainter *p) { draw(p, rect); }));
}

} // namespace

// Only Fusion, whose tool bars and scroll bars are drawn from their options alone: other styles
// may animate them (hover fades), which a picture keyed on the options would freeze.
bool ReaderStyle::caches() const
{
    const QStyle *style = baseStyle();
    while (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
        style = proxy->baseStyle();
    return style->name().compare(u"fusion", Qt::CaseInsensitive) == 0;
}

void ReaderStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionToolBar *>(option);
    if (element != CE_ToolBar || !bar || option->rect.isEmpty() || !caches()) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    const QString key = QStringLiteral("ar-toolbar-%1-%2-%3-%4")
                            .arg(int(bar->toolBarArea))
                            .arg(int(bar->positionOfLine))
                            .arg(int(bar->positionWithinLine))
                            .arg(int(bar->features));
    drawCached(painter, *option, key, [&](QPainter *p, const QRect &rect) {
        QStyleOptionToolBar copy = *bar;
        copy.rect = rect;
        QProxyStyle::drawControl(element, &copy, p, widget);
    });
}

void ReaderStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                     QPainter *painter, const QWidget *widget) const
{
    const auto *slider = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || !slider || option->rect.isEmpty() || !caches()) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    const QString key = QStringLiteral("ar-scrollbar-%1-%2-%3-%4-%5-%6-%7-%8-%9")
                            .arg(int(slider->orientation))
                            .arg(slider->minimum)
                            .arg(slider->maximum)
                            .arg(slider->sliderPosition)
                            .arg(slider->pageStep)
                            .arg(int(slider->upsideDown))
                            .arg(int(slider->subControls))
                            .arg(int(slider->activeSubControls))
                            .arg(slider->sliderValue);
    drawCached(painter, *option, key, [&](QPainter *p, const QRect &rect) {
        QStyleOptionSlider copy = *slider;
        copy.rect = rect;
        QProxyStyle::drawComplexControl(control, &copy, p, widget);
    });
}

QIcon ReaderStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                const QWidget *widget) const
{
    if (standardIcon == SP_ToolBarHorizontalExtensionButton && caches()) {
        const Qt::LayoutDirection direction = option   ? option->direction
                                              : widget ? widget->layoutDirection()
                                                       : QGuiApplication::layoutDirection();
        return Icons::glyph(direction == Qt::RightToLeft ? Icons::Glyph::MoreLeft
                                                         : Icons::Glyph::More);
    }
    if (standardIcon == SP_ToolBarVerticalExtensionButton && caches())
        return Icons::glyph(Icons::Glyph::MoreDown);
    return QProxyStyle::standardIcon(standardIcon, option, widget);
}
