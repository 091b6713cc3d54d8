#pragma once

#include <QString>

namespace Logging {
// Sends spdlog to stderr at `level` (trace, debug, info, warn, error, critical, off) and routes
// Qt's own messages through it. Returns false, changing nothing, for an unknown level.
bool setUp(const QString &level);
} // namespace Logging
