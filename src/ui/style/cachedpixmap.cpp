#include "ui/style/cachedpixmap.h"

#include <QPainter>
#include <QPixmapCache>

QPixmap cachedPixmap(const QString &key, const QSize &deviceSize, qreal scale,
                     const std::function<void(QPainter *)> &draw)
{
    const QString fullKey
        = key
          + QStringLiteral("-%1x%2@%3").arg(deviceSize.width()).arg(deviceSize.height()).arg(scale);
    QPixmap pixmap;
    if (QPixmapCache::find(fullKey, &pixmap))
        return pixmap;
    pixmap = QPixmap(deviceSize);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    draw(&painter);
    painter.end();
    QPixmapCache::insert(fullKey, pixmap);
    return pixmap;
}
