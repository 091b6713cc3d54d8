#pragma once

#include "core/session/readersettings.h"

#include <QPalette>

class QStyle;

// The colours of a theme chosen in View > Text Settings, for the whole window: light (the
// style's own light palette), sepia (dark brown on warm paper) and dark. System is an empty
// palette: set on the window, it inherits the application's again.
QPalette themePalette(TextSettings::Theme theme, const QStyle *style);
