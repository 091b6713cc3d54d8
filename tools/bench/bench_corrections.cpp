// Replaying a corrections file onto a 1 MB article: add-entity operations by the thousand, as
// a corrections file of the largest size the reader accepts (8 MiB) holds about 140,000 of them.
//
//   build/tools/bench_corrections            # 1,000, 10,000 and 140,000 operations
//   build/tools/bench_corrections 1000       # one count only
//
// Prints figures; never fails on timing. Target: 140,000 add-entity operations in under 1 s.
#include "core/entities/corrections.h"
#include "core/entities/entitylist.h"
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"
#include "corpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace {

// The names a reader might add: every capitalised word of the article and every pair of them,
// most frequent first, so that the operations touch the busiest parts of the text.
QStringList candidateTexts(const QString &text)
{
    QHash<QString, int> counts;
    const QRegularExpression word(QStringLiteral("\\b\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?\\b"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured();
        ++counts[found];
        if (const qsizetype space = found.indexOf(u' '); space > 0)
            ++counts[found.left(space)];
    }
    QStringList texts = counts.keys();
    std::sort(texts.begin(), texts.end(), [&counts](const QString &a, const QString &b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
    });
    return texts;
}

// `count` add-entity operations cycling through the texts and the three types; one in ten names
// a selection (an occurrence of its text), as the window's "Mark as" does.
Corrections addOperations(const QString &text, const QStringList &texts, qsizetype count)
{
    Corrections c;
    constexpr EntityType Types[] = {EntityType::Person, EntityType::Place, EntityType::Organization};
    for (qsizetype i = 0; i < count; ++i) {
        const QString &t = texts[i % texts.size()];
        Mention selection;
        if (i % 10 == 0) {
            const qsizetype at = text.indexOf(t);
            if (at >= 0)
                selection = {at, at + t.size()};
        }
        c.append(Correction::addEntity(t, Types[(i / texts.size()) % 3], selection));
    }
    return c;
}

double applyMs(const Corrections &c, const EntityList &extracted, const QString &text,
               qsizetype *skipped, qsizetype *entities)
{
    QElapsedTimer timer;
    timer.start();
    const EntityList result = c.apply(extracted, text, skipped);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *entities = result.size();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<qsizetype> counts;
    for (const QString &arg : QCoreApplication::arguments().mid(1))
        counts.append(arg.toLongLong());
    if (counts.isEmpty())
        counts = {1000, 10000, 140000};

    const QString text = BenchCorpus::newsText(1024 * 1024);
    const EntityExtractor extractor(Knowledge::load());
    const EntityList extracted = extractor.extract(text);
    const QStringList texts = candidateTexts(text);
    std::printf("corrections: %.2f MB article, %lld entities, %lld mentions, %lld distinct "
                "names to add\n",
                double(text.toUtf8().size()) / (1024.0 * 1024.0),
                static_cast<long long>(extracted.size()),
                static_cast<long long>(extracted.mentionCount()),
                static_cast<long long>(texts.size()));

    for (const qsizetype count : std::as_const(counts)) {
        const Corrections c = addOperations(text, texts, count);
        qsizetype skipped = 0, entities = 0;
        const double ms = applyMs(c, extracted, text, &skipped, &entities);
        std::printf("corrections_apply_%lld_adds: %.1f ms (%lld skipped, %lld entities after)%s\n",
                    static_cast<long long>(count), ms, static_cast<long long>(skipped),
                    static_cast<long long>(entities),
                    count == 140000
                        ? (ms < 1000 ? " target < 1000 ms [met]" : " target < 1000 ms [MISSED]")
                        : "");
    }
    return 0;
}
