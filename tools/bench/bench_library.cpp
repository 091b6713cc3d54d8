// The library at 100,000 articles: generates one (bulk transactions of 1,000 articles; synthetic
// news text from the corpus bench_extract uses, each article a different window of it), then
// prints the time of what the library window waits on: opening it (the library opened, its count
// and the first page of the table), a full-text search and an entity look-up (target 50 ms each),
// and, in the same run, importing files against extracting them alone (target 1.5x).
//
//   bench_library [ARTICLES] [LIBRARY_FILE]    defaults: 100000, build/bench/library-100k.sqlite
// An existing LIBRARY_FILE with enough articles is reused (delete it to generate anew).
#include "core/document/articleloader.h"
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"
#include "core/library/library.h"
#include "core/library/libraryimport.h"
#include "corpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace {

constexpr qsizetype ArticleChars = 2500;

// Article `i`: about 2,500 characters of the corpus starting at a line chosen by `i`.
Article syntheticArticle(const QString &corpus, const QList<qsizetype> &lineStarts, qsizetype i)
{
    const qsizetype start = lineStarts[(i * 7919) % (lineStarts.size() - 64)];
    qsizetype end = std::min(corpus.size(), start + ArticleChars);
    end = std::max(corpus.indexOf(u'\n', end), end);
    if (end < 0)
        end = corpus.size();
    const QString text = corpus.mid(start, end - start);
    const LoadResult loaded
        = ArticleLoader::fromBytes(text.toUtf8(), QStringLiteral("/bench/article-%1.txt").arg(i),
                                   QStringLiteral("article-%1.txt").arg(i));
    Article a = *loaded.article;
    a.title = QStringLiteral("Article %1: %2").arg(i).arg(text.left(60).simplified());
    a.site = i % 3 == 0 ? QStringLiteral("VOA") : QStringLiteral("Bench Times");
    a.published = QStringLiteral("2024-%1-%2")
                      .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                      .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
    return a;
}

// The median of `runs` timings of `f`, in milliseconds.
double medianMs(int runs, const std::function<void()> &f)
{
    QList<double> times;
    QElapsedTimer timer;
    for (int r = 0; r < runs; ++r) {
        timer.start();
        f();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    const QStringList args = app.arguments();
    const int articles = args.size() > 1 ? args[1].toInt() : 100000;
    const QString path = args.size() > 2 ? args[2]
                                         : QDir::current().filePath(
                                             QStringLiteral("bench/library-100k.sqlite"));
    QDir().mkpath(QFileInfo(path).absolutePath());

    const auto knowledge = Knowledge::load();
    const EntityExtractor extractor(knowledge);
    const QString corpus = BenchCorpus::newsText(8 * 1024 * 1024);
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        if (corpus[i] == u'\n' && i + 1 < corpus.size())
            lineStarts.append(i + 1);
    }

    QElapsedTimer timer;
    int existing = 0;
    {
        Library library(path);
        if (!library.isOpen()) {
            std::fprintf(stderr, "bench_library: %s\n", qUtf8Printable(library.error()));
            return 1;
        }
        existing = library.count().value.value_or(0);
        if (existing < articles) {
            timer.start();
            double extractMs = 0;
            constexpr int Batch = 1000;
            for (int first = existing; first < articles; first += Batch) {
                QList<std::pair<Article, EntityList>> batch;
                QElapsedTimer extracting;
                extracting.start();
                for (int i = first; i < std::min(articles, first + Batch); ++i) {
                    Article a = syntheticArticle(corpus, lineStarts, i);
                    EntityList entities = extractor.extract(a.text);
                    batch.append({std::move(a), std::move(entities)});
                }
                extractMs += double(extracting.nsecsElapsed()) / 1e6;
                const auto written = library.addAll(batch, true);
                if (!written.ok()) {
                    std::fprintf(stderr, "bench_library: %s\n", qUtf8Printable(written.error));
                    return 1;
                }
                if ((first / Batch) % 10 == 0)
                    std::fprintf(stderr, "  %d articles...\n", first + Batch);
            }
            std::printf("generate: %d articles in %.1f s (extraction %.1f s), %.0f MB\n",
                        articles - existing, double(timer.elapsed()) / 1000, extractMs / 1000,
                        double(QFileInfo(path).size()) / 1e6);
        } else {
            std::printf("generate: reusing %s (%d articles)\n", qUtf8Printable(path), existing);
        }
    }

    constexpr int Runs = 7;
    int rows = 0;
    const double openMs = medianMs(Runs, [&] {
        Library library(path);
        LibraryListQuery query; // the window's first query: most recently read first
        const int total = library.count().value.value_or(0);
        rows = total > 0 ? int(library.list(query).value->size()) : 0;
    });
    std::printf("open_window: %.1f ms (open, count, first %d rows by last read; median of %d); "
                "target 50 ms\n",
                openMs, rows, Runs);

    Library library(path);
    for (const auto sort : {LibraryListQuery::Sort::Title, LibraryListQuery::Sort::People}) {
        LibraryListQuery query;
        query.sort = sort;
        const double ms = medianMs(Runs, [&] { library.list(query); });
        std::printf("  sorted by %s: %.1f ms\n",
                    sort == LibraryListQuery::Sort::Title ? "title" : "people", ms);
    }
    {
        LibraryListQuery query;
        query.filter = QStringLiteral("article 12");
        const double ms = medianMs(Runs, [&] { library.list(query); });
        std::printf("  filtered (\"article 12\"): %.1f ms\n", ms);
    }
    for (const QString &q :
         {QStringLiteral("ceasefire talks"), QStringLiteral("election"), QStringLiteral("Kabul")}) {
        int hits = 0;
        const double ms = medianMs(Runs, [&] { hits = int(library.search(q).value->size()); });
        std::printf("search \"%s\": %.1f ms (%d hits shown); target 50 ms\n", qUtf8Printable(q), ms,
                    hits);
    }
    // The people the library names most, and one of its less frequent ones.
    const auto index = library.entityIndex({}, 2000);
    QStringList names;
    if (index.ok()) {
        for (const LibraryEntity &e : *index.value) {
            if (e.type == EntityType::Person && names.isEmpty())
                names.append(e.name);
        }
        for (const LibraryEntity &e : *index.value) {
            if (e.type == EntityType::Person && e.articles < 200 && names.size() < 2)
                names.append(e.name);
        }
    }
    for (const QString &name : names) {
        int found = 0, companions = 0;
        const double ms = medianMs(Runs, [&] {
            const auto r = library.lookup(name);
            found = int(r.value->occurrences.size());
            companions = int(r.value->companions.size());
        });
        std::printf("entity \"%s\": %.1f ms (%d articles listed, %d alongside); target 50 ms\n",
                    qUtf8Printable(name), ms, found, companions);
    }

    // Importing files against extracting them alone, on the same 1,000 files.
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 1000; ++i) {
        const Article a = syntheticArticle(corpus, lineStarts, articles + i);
        const QString file = dir.filePath(QStringLiteral("%1.txt").arg(i));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(a.text.toUtf8());
        files.append(file);
    }
    // Wall time is what the reader waits; an import writes while a thread of its own extracts
    // the next batch, so its processor time (both threads) is printed as well.
    const auto cpuMs = [] {
        return double(std::clock()) * 1000 / CLOCKS_PER_SEC;
    };
    double alone = 1e100, imported = 1e100, importedCpu = 1e100;
    for (int r = 0; r < 3; ++r) {
        timer.start();
        for (const QString &file : std::as_const(files)) {
            const LoadResult loaded = ArticleLoader::loadFile(file);
            extractor.extract(loaded.article->text);
        }
        alone = std::min(alone, double(timer.nsecsElapsed()) / 1e6);
        Library target(dir.filePath(QStringLiteral("import-%1.sqlite").arg(r)));
        const double cpuStart = cpuMs();
        timer.start();
        LibraryImport::run(target, files, knowledge);
        imported = std::min(imported, double(timer.nsecsElapsed()) / 1e6);
        importedCpu = std::min(importedCpu, cpuMs() - cpuStart);
    }
    std::printf("import: 1000 files in %.0f ms (processor %.0f ms), reading and extracting them "
                "alone %.0f ms: %.2fx wall, %.2fx processor (best of 3); target 1.5x\n",
                imported, importedCpu, alone, imported / alone, importedCpu / alone);
    return 0;
}
