// Builds the compact knowledge table (src/core/extraction/knowledgeformat.h) from resources/data
// at build time: knowledgec DATA_DIR OUTPUT.bin
#include "core/extraction/knowledgeformat.h"
#include "knowledgewriter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <iterator>

using namespace KnowledgeFormat;

namespace {

// The row of ARTICLE_KNOWLEDGE_PLACE_CLASSES that places.tsv's word names, or nullptr.
const PlaceClassInfo *placeClassNamed(QStringView word)
{
    for (const PlaceClassInfo &c : PlaceClasses) {
        if (word == QLatin1String(c.word))
            return &c;
    }
    return nullptr;
}

// The TitleKind that titles.tsv's word names, or -1.
int titleKindNamed(QStringView word)
{
    for (std::size_t i = 0; i < std::size(TitleKindWords); ++i) {
        if (word == QLatin1String(TitleKindWords[i]))
            return int(i);
    }
    return -1;
}

// Calls fn(fields, line number) for each non-comment, non-empty line of a tab-separated UTF-8
// file; fn returns an error message, empty when the line is good.
template<typename Fn>
bool forEachLine(const QString &path, Fn fn)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "knowledgec: cannot read %s\n", qUtf8Printable(path));
        return false;
    }
    const QString all = QString::fromUtf8(file.readAll());
    int number = 0;
    for (QStringView line : QStringView(all).tokenize(u'\n')) {
        ++number;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QString error = fn(line.split(u'\t'));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "knowledgec: %s:%d: %s\n", qUtf8Printable(path), number,
                         qUtf8Printable(error));
            return false;
        }
    }
    return true;
}

int wordCount(QStringView s)
{
    return int(s.count(u' ')) + 1;
}

// places.tsv: surface, canonical (empty: the surface), class word. A name listed twice keeps
// the class of the lowest rank and the lowest group of the two.
QString addPlace(KnowledgeWriter::Sources &sources, QHash<QString, std::uint32_t> &ranks,
                 const QList<QStringView> &f)
{
    if (f.size() < 3)
        return u"expected surface, canonical name and class, separated by tabs"_qs;
    const PlaceClassInfo *cls = placeClassNamed(f[2]);
    if (!cls)
        return u"unknown class of place: "_qs + f[2].toString();
    const QString surface = f[0].toString();
    auto &places = sources.places;
    auto it = places.find(surface);
    if (it == places.end() || cls->rank < ranks.value(surface)) {
        const std::uint32_t kept = it == places.end() ? cls->group : it->prominence;
        places.insert(surface, {f[1].isEmpty() ? surface : f[1].toString(),
                                std::uint32_t(cls->placeClass), std::min(cls->group, kept)});
        ranks.insert(surface, cls->rank);
    } else {
        it->prominence = std::min(it->prominence, cls->group);
    }
    sources.longestPlaceWords = std::max(sources.longestPlaceWords, wordCount(f[0]));
    return {};
}

// titles.tsv: title, kind word.
QString addTitle(KnowledgeWriter::Sources &sources, const QList<QStringView> &f)
{
    const int kind = f.size() > 1 ? titleKindNamed(f[1]) : -1;
    if (kind < 0)
        return u"expected a title and its kind (honorific or role), separated by a tab"_qs;
    const QString key = normalisedKey(Sections[Titles].keys, f[0].toString());
    sources.titles.insert(key, std::uint32_t(kind));
    sources.longestTitleWords = std::max(sources.longestTitleWords, wordCount(key));
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: knowledgec DATA_DIR OUTPUT.bin\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]) + u'/';
    const QString output = QString::fromLocal8Bit(argv[2]);

    // Each section from its data file (KnowledgeFormat::Sections).
    KnowledgeWriter::Sources sources;
    QHash<QString, std::uint32_t> placeRanks;
    for (std::uint32_t s = 0; s < SectionCount; ++s) {
        const SectionInfo &info = Sections[s];
        const bool ok = forEachLine(dir + QLatin1String(info.file),
                                    [&](const QList<QStringView> &f) -> QString {
                                        switch (info.payload) {
                                        case Payload::Place:
                                            return addPlace(sources, placeRanks, f);
                                        case Payload::TitleKind:
                                            return addTitle(sources, f);
                                        case Payload::None:
                                            sources.sets[s].insert(
                                                normalisedKey(info.keys, f[0].toString()));
                                            return {};
                                        }
                                        return {};
                                    });
        if (!ok)
            return 1;
    }

    QString error;
    const QByteArray table = KnowledgeWriter::write(sources, &error);
    if (table.isEmpty()) {
        std::fprintf(stderr, "knowledgec: %s\n", qUtf8Printable(error));
        return 1;
    }
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(table) != table.size() || !out.commit()) {
        std::fprintf(stderr, "knowledgec: cannot write %s\n", qUtf8Printable(output));
        return 1;
    }
    std::printf("knowledgec: %lld places, %lld titles, %lld given names, %lld common words -> %s "
                "(%lld bytes)\n",
                static_cast<long long>(sources.places.size()),
                static_cast<long long>(sources.titles.size()),
                static_cast<long long>(sources.sets[GivenNames].size()),
                static_cast<long long>(sources.sets[CommonWords].size()), qUtf8Printable(output),
                static_cast<long long>(table.size()));
    return 0;
}
