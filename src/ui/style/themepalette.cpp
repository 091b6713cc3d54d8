#include "ui/style/themepalette.h"

#include <QStyle>

namespace {

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, highlight, highlightedText,
        placeholder, disabled;
};

QPalette paletteOf(const Colours &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.windowText);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Link, c.highlight);
    p.setColor(QPalette::Light, c.button.lighter(130));
    p.setColor(QPalette::Midlight, c.button.lighter(115));
    p.setColor(QPalette::Mid, c.button.darker(130));
    p.setColor(QPalette::Dark, c.button.darker(160));
    p.setColor(QPalette::Shadow, c.button.darker(250));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabled);
    return p;
}

} // namespace

QPalette themePalette(TextSettings::Theme theme, const QStyle *style)
{
    switch (theme) {
    case TextSettings::Theme::System:
        return QPalette();
    case TextSettings::Theme::Light:
        return style->standardPalette();
    case TextSettings::Theme::Sepia:
        return paletteOf({QColor(0xea, 0xdf, 0xc6), QColor(0x4a, 0x3b, 0x2a),
                          QColor(0xf6, 0xef, 0xdc), QColor(0xef, 0xe5, 0xcf),
                          QColor(0x4a, 0x3b, 0x2a), QColor(0xe2, 0xd5, 0xb8),
                          QColor(0x9c, 0x6b, 0x38), QColor(0xff, 0xff, 0xff),
                          QColor(0x8c, 0x7a, 0x62), QColor(0x9c, 0x8c, 0x74)});
    case TextSettings::Theme::Dark:
        return paletteOf({QColor(0x2b, 0x2b, 0x2b), QColor(0xe0, 0xe0, 0xe0),
                          QColor(0x1e, 0x1e, 0x1e), QColor(0x26, 0x26, 0x26),
                          QColor(0xdc, 0xdc, 0xdc), QColor(0x35, 0x35, 0x35),
                          QColor(0x3d, 0x6e, 0xa8), QColor(0xff, 0xff, 0xff),
                          QColor(0x8a, 0x8a, 0x8a), QColor(0x77, 0x77, 0x77)});
    }
    return QPalette();
}
