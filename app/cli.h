#pragma once

#include <QString>

namespace Cli {
// `--entities [FILE|-]`: prints the entities of the article as JSON or CSV on stdout.
// Returns the process exit code; errors go to stderr and leave stdout empty.
int printEntities(const QString &file, const QString &format);
} // namespace Cli
