#include "entitycolors.h"

#include <QPalette>

bool EntityColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

EntityColors EntityColors::forType(EntityType type, const QPalette &palette)
{
    // Hues: amber for people, blue for places, violet for organisations. On a dark base the fills
    // are deep and the text stays light; on a light base they are pale and the text stays dark.
    int hue = 42;
    if (type == EntityType::Place)
        hue = 205;
    else if (type == EntityType::Organization)
        hue = 275;
    if (isDark(palette)) {
        return {QColor::fromHsl(hue, 140, 62), QColor::fromHsl(hue, 170, 92),
                QColor::fromHsl(hue, 200, 170)};
    }
    return {QColor::fromHsl(hue, 230, 212), QColor::fromHsl(hue, 235, 170),
            QColor::fromHsl(hue, 200, 80)};
}
