#pragma once

#include "core/entities/entity.h"
#include "core/navigation/entityselection.h"

#include <QColor>

class QPalette;

// The highlight colours of each entity type, chosen to read well on light and on dark palettes.
struct EntityColors
{
    QColor fill;    // behind every mention
    QColor current; // behind the mention the reader stepped to
    QColor outline; // around the current mention; also the sidebar swatch

    static EntityColors forType(EntityType type, const QPalette &palette);
    // The colours of a selection slot (EntitySelection): slots 0-2 are the type colours, the
    // others distinct hues for entities followed side by side.
    static EntityColors forSlot(int slot, const QPalette &palette);
    static int slotForType(EntityType type) { return EntitySelection::typeSlot(type); }
    // Find-in-text matches: a colour no entity slot uses.
    static EntityColors forFind(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};
