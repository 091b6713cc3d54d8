#pragma once

#include "core/document/article.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The outcome of loading: an article, or a message a user can act on.
struct LoadResult
{
    std::optional<Article> article;
    QString error;

    bool ok() const { return article.has_value(); }
};

// Reads an article from the built-in resource, a file or raw bytes, decodes it and splits paragraphs.
class ArticleLoader
{
public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    static QString builtinSource();
    static LoadResult loadBuiltin();
    static LoadResult loadFile(const QString &path);
    static LoadResult loadStdin();
    // Decodes bytes read from somewhere; `name` is used for the title when the text has none.
    static LoadResult fromBytes(const QByteArray &bytes, const QString &source, const QString &name);
};
