#pragma once

#include "core/document/article.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

struct FetchedPage;

// The outcome of loading: an article, or a message a user can act on.
struct LoadResult
{
    std::optional<Article> article;
    QString error;

    bool ok() const { return article.has_value(); }
};

// How to read what is loaded.
struct LoadOptions
{
    // A web page as the whole page, not the article its reader view finds in it.
    bool wholePage = false;
    // The charset the HTTP header gave ("ISO-8859-1"), used when the page names none.
    QByteArray charset;
    // What the server said it is ("text/html"); empty: the name's suffix or the content says.
    QByteArray contentType;
};

class QFile;

// Reads an article from the built-in resource, a file or raw bytes, decodes it and splits paragraphs.
// A web page (.html, .htm, .xhtml, or bytes that start like one) goes through the reader view
// (ReaderView), or whole when the options ask; nothing it refers to is read, a page saved
// "complete" beside its _files folder included. Thread-safe: fromBytes may run on any thread
// (the window runs it on the extraction worker for a fetched page: a large page takes tens of
// milliseconds).
class ArticleLoader
{
public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    // The longest title kept; a longer one (a page's 10 MB <title>) ends in an ellipsis.
    static constexpr qsizetype MaxTitleLength = 200;

    static QString builtinSource();
    static LoadResult loadBuiltin();
    static LoadResult loadFile(const QString &path, const LoadOptions &options = {});
    static LoadResult loadStdin(const LoadOptions &options = {});
    // Decodes bytes read from somewhere; `name` is used for the title when the text has none.
    static LoadResult fromBytes(const QByteArray &bytes, const QString &source, const QString &name,
                                const LoadOptions &options = {});
    // A page PageFetcher fetched: its source is its address, its charset the server's when the
    // page names none.
    static LoadResult fromPage(const FetchedPage &page, const LoadOptions &options = {});

    // Opens a regular file (or a link to one) for reading without blocking, even if the path has
    // become a pipe since it was looked at: open with O_NONBLOCK, then fstat. Returns what went
    // wrong ("it is not a regular file", the system's reason), or an empty string.
    static QString openRegularFile(QFile &file, const QString &path);
    // A file name or path as a message shows it: control characters (a terminal's escape
    // sequences, line breaks, bidirectional overrides) written as "\x1B"-style escapes, so that
    // a message printed to a terminal or shown in one line cannot be made to say something else.
    static QString printable(QStringView name);
};
