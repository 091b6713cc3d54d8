// Builds the compact knowledge table (src/core/extraction/knowledgeformat.h) from resources/data
// at build time: knowledgec DATA_DIR OUTPUT.bin
#include "core/extraction/knowledgeformat.h"
#include "knowledgewriter.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace KnowledgeFormat;

namespace {

enum class PlaceClass : std::uint32_t { Country, Region, City, Continent, Area }; // as Knowledge

int placeRank(PlaceClass c)
{
    switch (c) {
    case PlaceClass::Country:
        return 3;
    case PlaceClass::Region:
    case PlaceClass::Continent:
        return 2;
    case PlaceClass::Area:
    case PlaceClass::City:
        return 1;
    }
    return 0;
}

// Calls fn(fields) for each non-comment, non-empty line of a tab-separated UTF-8 file.
template<typename Fn>
bool forEachLine(const QString &path, Fn fn)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "knowledgec: cannot read %s\n", qUtf8Printable(path));
        return false;
    }
    const QString all = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(all).tokenize(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        fn(line.split(u'\t'));
    }
    return true;
}

int wordCount(QStringView s)
{
    return int(s.count(u' ')) + 1;
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

    KnowledgeWriter::Sources sources;
    auto &places = sources.places;
    auto &sets = sources.sets;
    int longestTitle = 1, longestPlace = 1;
    bool ok = forEachLine(dir + u"places.tsv"_qs, [&](const QList<QStringView> &f) {
        if (f.size() < 3)
            return;
        PlaceClass cls = PlaceClass::City;
        if (f[2] == u"country")
            cls = PlaceClass::Country;
        else if (f[2] == u"region")
            cls = PlaceClass::Region;
        else if (f[2] == u"continent")
            cls = PlaceClass::Continent;
        else if (f[2] == u"area")
            cls = PlaceClass::Area;
        const std::uint32_t prominence = f[2] == u"town" ? 4 : 3 - std::uint32_t(placeRank(cls));
        const QString surface = f[0].toString();
        auto it = places.find(surface);
        if (it == places.end() || placeRank(cls) > placeRank(PlaceClass(it->placeClass))) {
            const std::uint32_t kept = it == places.end() ? prominence : it->prominence;
            places.insert(surface, {f[1].isEmpty() ? surface : f[1].toString(), std::uint32_t(cls),
                                    std::min(prominence, kept)});
        } else {
            it->prominence = std::min(it->prominence, prominence);
        }
        longestPlace = std::max(longestPlace, wordCount(f[0]));
    });
    ok = ok && forEachLine(dir + u"demonyms.tsv"_qs, [&](const QList<QStringView> &f) {
             sets[Demonyms].insert(f[0].toString());
         });
    ok = ok && forEachLine(dir + u"given-names.txt"_qs, [&](const QList<QStringView> &f) {
             sets[GivenNames].insert(foldAccents(f[0].toString()));
         });
    ok = ok && forEachLine(dir + u"common-words.txt"_qs, [&](const QList<QStringView> &f) {
             sets[CommonWords].insert(f[0].toString());
         });
    ok = ok && forEachLine(dir + u"calendar.txt"_qs, [&](const QList<QStringView> &f) {
             sets[Calendar].insert(f[0].toString().toLower());
         });
    ok = ok && forEachLine(dir + u"org-words.txt"_qs, [&](const QList<QStringView> &f) {
             sets[OrganizationWords].insert(f[0].toString().toLower());
         });
    ok = ok && forEachLine(dir + u"org-acronyms.txt"_qs, [&](const QList<QStringView> &f) {
             sets[OrganizationAcronyms].insert(f[0].toString().toLower());
         });
    ok = ok && forEachLine(dir + u"titles.tsv"_qs, [&](const QList<QStringView> &f) {
             const QString key = titleKey(f[0].toString());
             const std::uint32_t kind = (f.size() > 1 && f[1] == u"honorific") ? 0 : 1;
             sources.titles.insert(key, kind);
             longestTitle = std::max(longestTitle, wordCount(key));
         });
    if (!ok)
        return 1;
    sources.longestTitleWords = longestTitle;
    sources.longestPlaceWords = longestPlace;

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
                static_cast<long long>(places.size()),
                static_cast<long long>(sources.titles.size()),
                static_cast<long long>(sets[GivenNames].size()),
                static_cast<long long>(sets[CommonWords].size()), qUtf8Printable(output),
                static_cast<long long>(table.size()));
    return 0;
}
