#include "textcommand.h"

#include "core/web/pagefetcher.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>

LoadResult TextCommand::load(const QString &file, const LoadOptions &options)
{
    if (file.isEmpty())
        return ArticleLoader::loadBuiltin();
    if (file == u"-")
        return ArticleLoader::loadStdin(options);
    if (!PageFetcher::isWebAddress(file))
        return ArticleLoader::loadFile(file, options);
    PageFetcher fetcher;
    QEventLoop loop;
    LoadResult result;
    QObject::connect(&fetcher, &PageFetcher::finished, &loop, [&](const FetchedPage &page) {
        result = ArticleLoader::fromPage(page, options);
        loop.quit();
    });
    QObject::connect(&fetcher, &PageFetcher::failed, &loop, [&](const QString &message) {
        result.error = message;
        loop.quit();
    });
    fetcher.fetch(QUrl(file.trimmed()));
    loop.exec();
    return result;
}

namespace {

QByteArray json(const Article &article)
{
    // Offsets in code points, as Python and most JSON readers index strings.
    QList<qsizetype> codePointAt(article.text.size() + 1);
    qsizetype cp = 0;
    for (qsizetype i = 0; i < article.text.size(); ++i) {
        codePointAt[i] = cp;
        if (!(article.text[i].isHighSurrogate() && i + 1 < article.text.size()
              && article.text[i + 1].isLowSurrogate()))
            ++cp;
    }
    codePointAt[article.text.size()] = cp;
    QJsonArray blocks;
    for (const Article::Paragraph &p : article.paragraphs)
        blocks.append(QJsonObject{{u"start"_qs, qint64(codePointAt[p.start])},
                                  {u"end"_qs, qint64(codePointAt[p.end])},
                                  {u"kind"_qs, QString(Article::kindName(p.kind))}});
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    };
    const QJsonObject o{
        {u"title"_qs, orNull(article.title)},
        {u"byline"_qs, orNull(article.byline)},
        {u"site"_qs, orNull(article.site)},
        {u"published"_qs, orNull(article.published)},
        {u"language"_qs, orNull(article.language)},
        {u"direction"_qs, article.direction == Qt::RightToLeft ? u"rtl"_qs : u"ltr"_qs},
        {u"text"_qs, article.text},
        {u"blocks"_qs, blocks},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

int TextCommand::run(const QString &file, const QString &format, bool wholePage)
{
    if (format != u"text" && format != u"json") {
        std::fprintf(stderr,
                     "article-reader: unknown format \"%s\" for --text; use text or json.\n",
                     qUtf8Printable(format));
        return 2;
    }
    LoadOptions options;
    options.wholePage = wholePage;
    const LoadResult loaded = load(file, options);
    if (!loaded.ok()) {
        std::fprintf(stderr, "article-reader: %s\n",
                     qUtf8Printable(QString(loaded.error).replace(u'\n', u' ')));
        return 1;
    }
    const QByteArray out = format == u"json" ? json(*loaded.article)
                                             : Article::displayText(loaded.article->text).toUtf8()
                                                   + (loaded.article->text.isEmpty() ? "" : "\n");
    if (std::fwrite(out.constData(), 1, size_t(out.size()), stdout) != size_t(out.size())
        || std::fflush(stdout) != 0) {
        std::fprintf(stderr, "article-reader: could not write the output.\n");
        return 1;
    }
    return 0;
}
