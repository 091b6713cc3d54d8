#include "cli.h"

#include "core/document/articleloader.h"
#include "core/entities/corrections.h"
#include "core/entities/entityexport.h"
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"

#include <cstdio>

int Cli::printEntities(const QString &file, const QString &format)
{
    if (format != QStringLiteral("json") && format != QStringLiteral("csv")) {
        std::fprintf(stderr, "article-reader: unknown format \"%s\"; use json or csv.\n",
                     qUtf8Printable(format));
        return 2;
    }
    const LoadResult loaded = file.isEmpty()                ? ArticleLoader::loadBuiltin()
                              : file == QStringLiteral("-") ? ArticleLoader::loadStdin()
                                                            : ArticleLoader::loadFile(file);
    if (!loaded.ok()) {
        std::fprintf(stderr, "article-reader: %s\n", qUtf8Printable(loaded.error));
        return 1;
    }
    const EntityExtractor extractor(Knowledge::load());
    EntityList entities = extractor.extract(loaded.article->text);
    // The reader's corrections to this article, as the window shows them.
    const QString sha = Corrections::fingerprint(loaded.article->text);
    const CorrectionsLocation where = Corrections::locate(file.isEmpty()
                                                                  || file == QStringLiteral("-")
                                                              ? QString()
                                                              : file,
                                                          loaded.article->source, sha);
    const CorrectionsLoad corrections = Corrections::load(where.readPath, sha);
    if (!corrections.ok())
        std::fprintf(stderr, "article-reader: warning: %s\n", qUtf8Printable(corrections.warning));
    else if (!corrections.corrections.isEmpty())
        entities = corrections.corrections.apply(entities, loaded.article->text);
    const QByteArray out = format == QStringLiteral("csv")
                               ? EntityExport::toCsv(*loaded.article, entities)
                               : EntityExport::toJson(*loaded.article, entities);
    if (std::fwrite(out.constData(), 1, size_t(out.size()), stdout) != size_t(out.size())
        || std::fflush(stdout) != 0) {
        std::fprintf(stderr, "article-reader: could not write the output.\n");
        return 1;
    }
    return 0;
}
