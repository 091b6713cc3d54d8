#pragma once

#include <QPixmap>
#include <QString>

#include <functional>

class QPainter;

// A picture drawn once and kept in QPixmapCache under `key` (with its size and scale): `draw`
// paints it, on a transparent pixmap of `deviceSize` pixels at device pixel ratio `scale`, in
// logical coordinates. The style's tool bar and scroll bars and the glyph icons share it.
QPixmap cachedPixmap(const QString &key, const QSize &deviceSize, qreal scale,
                     const std::function<void(QPainter *)> &draw);
