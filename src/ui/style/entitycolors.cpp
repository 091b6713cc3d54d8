#include "ui/style/entitycolors.h"

#include <QPalette>

#include <iterator>

bool EntityColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

namespace {

EntityColors forHue(int hue, const QPalette &palette)
{
    // On a dark base the fills are deep and the text stays light; on a light base they are pale
    // and the text stays dark.
    if (EntityColors::isDark(palette)) {
        return {QColor::fromHsl(hue, 140, 62), QColor::fromHsl(hue, 170, 92),
                QColor::fromHsl(hue, 200, 170)};
    }
    return {QColor::fromHsl(hue, 230, 212), QColor::fromHsl(hue, 235, 170),
            QColor::fromHsl(hue, 200, 80)};
}

// Amber for people, blue for places, violet for organisations, then green, rose, teal, orange
// and olive for more entities side by side.
constexpr int SlotHues[] = {42, 205, 275, 120, 340, 175, 20, 65};

} // namespace

EntityColors EntityColors::forType(EntityType type, const QPalette &palette)
{
    return forSlot(slotForType(type), palette);
}

EntityColors EntityColors::forSlot(int slot, const QPalette &palette)
{
    constexpr int count = int(std::size(SlotHues));
    return forHue(SlotHues[((slot % count) + count) % count], palette);
}

EntityColors EntityColors::forFind(const QPalette &palette)
{
    // A neutral grey-green that reads apart from every entity colour.
    EntityColors c = forHue(95, palette);
    c.fill.setHsl(95, 60, isDark(palette) ? 70 : 205);
    return c;
}
