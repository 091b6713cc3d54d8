#pragma once

#include <QString>
#include <QStringList>

// The library on the command line (`--library-add`, `--library-search`, `--library-entity`, with
// `--library PATH` for another file). Each prints JSON on stdout and returns the exit code; errors
// go to stderr in one line each. Needs a QCoreApplication (a web address is fetched).
namespace LibraryCommand {
// Adds files, web addresses and folders (their .txt, .md and .html files, in batches).
int add(const QString &libraryPath, const QStringList &sources);
int search(const QString &libraryPath, const QString &query);
int entity(const QString &libraryPath, const QString &name);
} // namespace LibraryCommand
