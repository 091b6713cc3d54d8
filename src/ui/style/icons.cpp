#include "ui/style/icons.h"

#include "ui/style/cachedpixmap.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <algorithm>
#include <optional>

namespace {

QColor colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

// The desktop theme's icon if it has one (asked once, when first needed), else the glyph, drawn
// for each request at its size, scale and mode.
class GlyphIconEngine final : public QIconEngine
{
public:
    GlyphIconEngine(const QString &name, Icons::Glyph glyph)
        : m_name(name)
        , m_glyph(glyph)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        if (const QIcon *icon = themeIcon())
            icon->paint(painter, rect, Qt::AlignCenter, mode, state);
        else
            Icons::drawGlyph(painter, rect, m_glyph, colorFor(mode));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    // `size` is in device pixels (QIcon::pixmap multiplies by the scale first).
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        scale = std::max<qreal>(scale, 1.0);
        const QSizeF logical = QSizeF(size) / scale;
        if (const QIcon *icon = themeIcon())
            return icon->pixmap(logical.toSize(), scale, mode, state);
        if (size.isEmpty())
            return {};
        // Tool buttons ask for their icon at every paint: draw each look once.
        const QColor color = colorFor(mode);
        const QString key = QStringLiteral("ar-glyph-%1-%2")
                                .arg(int(m_glyph))
                                .arg(color.rgba(), 8, 16, QLatin1Char('0'));
        return cachedPixmap(key, size, scale, [&](QPainter *painter) {
            Icons::drawGlyph(painter, QRectF(QPointF(), logical), m_glyph, color);
        });
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        if (const QIcon *icon = themeIcon())
            return icon->actualSize(size, mode, state);
        return size; // drawn at any size
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        if (const QIcon *icon = themeIcon())
            return icon->availableSizes(mode, state);
        return {};
    }
    QString iconName() override { return themeIcon() ? m_name : QString(); }
    bool isNull() override
    {
        const QIcon *icon = m_theme ? themeIcon() : nullptr; // a glyph is never null
        return icon && icon->isNull();
    }
    QString key() const override { return QStringLiteral("ArticleReaderGlyphIcon"); }
    QIconEngine *clone() const override { return new GlyphIconEngine(*this); }

private:
    const QIcon *themeIcon()
    {
        if (!m_theme)
            m_theme = !m_name.isEmpty() && QIcon::hasThemeIcon(m_name) ? QIcon::fromTheme(m_name)
                                                                       : QIcon();
        return m_theme->isNull() ? nullptr : &*m_theme;
    }

    QString m_name;
    Icons::Glyph m_glyph;
    std::optional<QIcon> m_theme; // unset until asked; a null icon when the theme has none
};

// The glyphs on a 24-unit grid, stroked 2 units wide with round ends.
QPainterPath glyphPath(Icons::Glyph glyph)
{
    QPainterPath path;
    const auto line = [&path](QPointF from, std::initializer_list<QPointF> to) {
        path.moveTo(from);
        for (const QPointF &point : to)
            path.lineTo(point);
    };
    switch (glyph) {
    case Icons::Glyph::Open:
        path.moveTo(3, 17.5);
        path.lineTo(3, 6.5);
        path.quadTo(3, 5, 4.5, 5);
        path.lineTo(9, 5);
        path.lineTo(11, 7.5);
        path.lineTo(19.5, 7.5);
        path.quadTo(21, 7.5, 21, 9);
        path.lineTo(21, 17.5);
        path.quadTo(21, 19, 19.5, 19);
        path.lineTo(4.5, 19);
        path.quadTo(3, 19, 3, 17.5);
        path.moveTo(3, 11);
        path.lineTo(21, 11);
        break;
    case Icons::Glyph::Up:
        line({12, 19}, {{12, 5}});
        line({5.5, 11.5}, {{12, 5}, {18.5, 11.5}});
        break;
    case Icons::Glyph::Down:
        line({12, 5}, {{12, 19}});
        line({5.5, 12.5}, {{12, 19}, {18.5, 12.5}});
        break;
    case Icons::Glyph::Back:
        line({19, 12}, {{5, 12}});
        line({11.5, 5.5}, {{5, 12}, {11.5, 18.5}});
        break;
    case Icons::Glyph::Forward:
        line({5, 12}, {{19, 12}});
        line({12.5, 5.5}, {{19, 12}, {12.5, 18.5}});
        break;
    case Icons::Glyph::Clear:
        path.addEllipse(QPointF(12, 12), 8.5, 8.5);
        line({9, 9}, {{15, 15}});
        line({15, 9}, {{9, 15}});
        break;
    case Icons::Glyph::Filter:
        line({4, 5}, {{20, 5}, {14, 12.5}, {14, 18}, {10, 20}, {10, 12.5}, {4, 5}});
        break;
    case Icons::Glyph::Close:
        line({6.5, 6.5}, {{17.5, 17.5}});
        line({17.5, 6.5}, {{6.5, 17.5}});
        break;
    case Icons::Glyph::More:
        line({6, 6.5}, {{11.5, 12}, {6, 17.5}});
        line({12.5, 6.5}, {{18, 12}, {12.5, 17.5}});
        break;
    case Icons::Glyph::MoreLeft:
        line({18, 6.5}, {{12.5, 12}, {18, 17.5}});
        line({11.5, 6.5}, {{6, 12}, {11.5, 17.5}});
        break;
    case Icons::Glyph::MoreDown:
        line({6.5, 6}, {{12, 11.5}, {17.5, 6}});
        line({6.5, 12.5}, {{12, 18}, {17.5, 12.5}});
        break;
    }
    return path;
}

} // namespace

QIcon Icons::themed(const QString &name, Glyph glyph)
{
    return QIcon(new GlyphIconEngine(name, glyph));
}

QIcon Icons::glyph(Glyph glyph)
{
    return QIcon(new GlyphIconEngine(QString(), glyph));
}

void Icons::drawGlyph(QPainter *painter, const QRectF &rect, Glyph glyph, const QColor &color)
{
    const qreal side = std::min(rect.width(), rect.height());
    if (side <= 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.center() - QPointF(side, side) / 2);
    painter->scale(side / 24, side / 24);
    QPen pen(color, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(glyphPath(glyph));
    painter->restore();
}

void Icons::clearButtonOnceTyped(QLineEdit *edit)
{
    const auto enable = [edit](const QString &text) {
        if (!text.isEmpty() && !edit->isClearButtonEnabled())
            edit->setClearButtonEnabled(true);
    };
    enable(edit->text());
    QObject::connect(edit, &QLineEdit::textChanged, edit, enable);
}
