// Extraction throughput on a 5 MB news-like article, on one core. Prints MB/s (of UTF-8 input).
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"
#include "corpus.h"

#include <QElapsedTimer>

#include <cstdio>

int main()
{
    constexpr qsizetype Bytes = 5 * 1024 * 1024;
    const QString text = BenchCorpus::newsText(Bytes);
    const double megabytes = double(text.toUtf8().size()) / (1024.0 * 1024.0);

    QElapsedTimer timer;
    timer.start();
    const auto knowledge = Knowledge::load();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    const EntityExtractor extractor(knowledge);

    double best = 1e100;
    qsizetype mentions = 0, entities = 0;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const EntityList list = extractor.extract(text);
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
        mentions = list.mentionCount();
        entities = list.size();
    }
    std::printf("knowledge_load: %.1f ms\n", loadMs);
    std::printf("extract_5mb: %.2f MB in %.1f ms (best of 3), %.1f MB/s, %lld entities, %lld "
                "mentions; target 20 MB/s\n",
                megabytes, best * 1000, megabytes / best, static_cast<long long>(entities),
                static_cast<long long>(mentions));
    return 0;
}
