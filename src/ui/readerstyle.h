#pragma once

#include <QProxyStyle>

// The platform's style; under Fusion, the tool bar's background and the scroll bars are drawn
// from a pixmap cache. Qt 6.4's raster engine splits the translucent lines Fusion draws for them into one-pixel
// spans and hands every 255 of those to the thread pool in parts: a few hundred thread wake-ups per
// window paint for what a cached pixmap draws in one copy.
class ReaderStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;

private:
    bool caches() const;
};
