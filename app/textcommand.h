#pragma once

#include "core/document/articleloader.h"

#include <QString>

namespace TextCommand {
// Reads what the command line names: FILE, a web address (fetched, waiting on an event loop),
// "-" for standard input, or nothing for the built-in article. Needs a QCoreApplication.
LoadResult load(const QString &file, const LoadOptions &options = {});

// `--text FILE|URL|-`: prints the article's body as the reader shows it, one block a line, or
// with `format` "json" as {"title", "byline", "site", "published", "language", "direction",
// "text", "blocks": [{"start", "end", "kind"}]} with offsets in code points. Returns the exit
// code; errors go to stderr in one line and leave stdout empty.
int run(const QString &file, const QString &format, bool wholePage);
} // namespace TextCommand
