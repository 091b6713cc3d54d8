#include "cli.h"
#include "textcommand.h"

#include "core/document/articleloader.h"
#include "core/entities/entityexport.h"
#include "core/extraction/knowledge.h"
#include "core/session/articlesession.h"
#include "core/session/readersettings.h"

#include <cstdio>

int Cli::printEntities(const QString &file, const QString &format)
{
    if (format != QStringLiteral("json") && format != QStringLiteral("csv")) {
        std::fprintf(stderr, "article-reader: unknown format \"%s\"; use json or csv.\n",
                     qUtf8Printable(format));
        return 2;
    }
    const LoadResult loaded = TextCommand::load(file); // a web address too
    if (!loaded.ok()) {
        std::fprintf(stderr, "article-reader: %s\n", qUtf8Printable(loaded.error));
        return 1;
    }
    // The entities as the window shows them: the reader's corrections to this article applied.
    const bool ownFile = !file.isEmpty() && file != QStringLiteral("-");
    const ArticleSession::Extraction found
        = ArticleSession::extract(*loaded.article, ownFile ? file : QString(), Knowledge::load(),
                                  ReaderSettings().correctionsPlace());
    if (!found.warning.isEmpty())
        std::fprintf(stderr, "article-reader: warning: %s\n", qUtf8Printable(found.warning));
    const EntityList &entities = found.entities;
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
