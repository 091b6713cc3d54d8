#pragma once

#include "entity.h"

#include <QColor>

class QPalette;

// The highlight colours of each entity type, chosen to read well on light and on dark palettes.
struct EntityColors
{
    QColor fill;    // behind every mention
    QColor current; // behind the mention the reader stepped to
    QColor outline; // around the current mention; also the sidebar swatch

    static EntityColors forType(EntityType type, const QPalette &palette);
    static bool isDark(const QPalette &palette);
};
