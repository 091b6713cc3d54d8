#pragma once

#include <QProxyStyle>

// The platform's style. Under Fusion:
// - the tool bar's background and the scroll bars are drawn from a pixmap cache, so that later
//   paints (a grab, a scroll, a resize of something else) copy them instead of drawing Fusion's
//   gradients and translucent lines again;
// - the tool bar's and menu bar's extension buttons get line glyphs (Icons) instead of Qt's
//   standard icons, which decode three PNG sizes each while the window is built.
class ReaderStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    bool caches() const;
};
