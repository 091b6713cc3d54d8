// Builds the compact knowledge table (src/core/knowledgeformat.h) from resources/data at build
// time: knowledgec DATA_DIR OUTPUT.bin
#include "knowledgeformat.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSaveFile>
#include <QSet>

#include <cstdio>
#include <cstring>
#include <vector>

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

class Writer
{
public:
    std::uint32_t string(const QString &s)
    {
        auto it = m_offsets.constFind(s);
        if (it != m_offsets.cend())
            return *it;
        const auto offset = std::uint32_t(m_pool.size());
        const auto length = std::uint32_t(s.size());
        m_pool.append(reinterpret_cast<const char *>(&length), sizeof length);
        m_pool.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
        while (m_pool.size() % 4)
            m_pool.append('\0');
        m_offsets.insert(s, offset);
        return offset;
    }
    const QByteArray &pool() const { return m_pool; }

private:
    QByteArray m_pool;
    QHash<QString, std::uint32_t> m_offsets;
};

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: knowledgec DATA_DIR OUTPUT.bin\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]) + u'/';
    const QString output = QString::fromLocal8Bit(argv[2]);

    // Keys sorted in UTF-16 code unit order: QMap<QString> orders exactly so.
    QMap<QString, std::pair<QString, PlaceClass>> places;
    QMap<QString, std::uint32_t> titles;
    QSet<QString> sets[SectionCount];
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
        const QString surface = f[0].toString();
        auto it = places.find(surface);
        if (it == places.end() || placeRank(cls) > placeRank(it->second))
            places.insert(surface, {f[1].isEmpty() ? surface : f[1].toString(), cls});
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
    ok = ok && forEachLine(dir + u"titles.tsv"_qs, [&](const QList<QStringView> &f) {
             const QString key = titleKey(f[0].toString());
             const std::uint32_t kind = (f.size() > 1 && f[1] == u"honorific") ? 0 : 1;
             titles.insert(key, kind);
             longestTitle = std::max(longestTitle, wordCount(key));
         });
    if (!ok)
        return 1;

    Writer strings;
    std::vector<std::uint32_t> tables[SectionCount];
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        tables[Places].push_back(strings.string(it.key()));
        tables[Places].push_back(strings.string(it->first));
        tables[Places].push_back(std::uint32_t(it->second));
    }
    for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
        tables[Titles].push_back(strings.string(it.key()));
        tables[Titles].push_back(*it);
    }
    for (std::uint32_t s : {Demonyms, GivenNames, CommonWords, Calendar, OrganizationWords}) {
        QStringList keys(sets[s].cbegin(), sets[s].cend());
        std::sort(keys.begin(), keys.end()); // QString operator< is UTF-16 code unit order
        for (const QString &k : keys)
            tables[s].push_back(strings.string(k));
    }

    Header header{};
    std::memcpy(header.magic, Magic, 4);
    header.longestTitleWords = std::uint32_t(longestTitle);
    header.longestPlaceWords = std::uint32_t(longestPlace);
    const std::uint32_t perRecord[SectionCount] = {3, 2, 1, 1, 1, 1, 1};
    std::vector<std::uint32_t> indexes[SectionCount];
    std::uint32_t offset = sizeof(Header);
    for (std::uint32_t s = 0; s < SectionCount; ++s) {
        const auto count = std::uint32_t(tables[s].size() / perRecord[s]);
        std::uint32_t size = 16;
        while (size < 2 * count)
            size *= 2;
        header.sections[s] = {offset, count, 0, size};
        offset += std::uint32_t(tables[s].size() * sizeof(std::uint32_t));
        indexes[s].assign(2 * size, 0);
    }
    for (std::uint32_t s = 0; s < SectionCount; ++s) {
        header.sections[s].indexOffset = offset;
        offset += header.sections[s].indexSize * 2 * std::uint32_t(sizeof(std::uint32_t));
    }
    const std::uint32_t poolStart = offset;
    const QByteArray &pool = strings.pool();
    auto keyAt = [&pool](std::uint32_t relative) {
        std::uint32_t length;
        std::memcpy(&length, pool.constData() + relative, sizeof length);
        return QStringView(reinterpret_cast<const char16_t *>(pool.constData() + relative + 4),
                           qsizetype(length));
    };
    for (std::uint32_t s = 0; s < SectionCount; ++s) {
        const std::uint32_t mask = header.sections[s].indexSize - 1;
        for (std::uint32_t r = 0; r < header.sections[s].count; ++r) {
            const std::uint32_t h = hash(keyAt(tables[s][r * perRecord[s]]));
            std::uint32_t slot = h & mask;
            while (indexes[s][2 * slot] != 0)
                slot = (slot + 1) & mask;
            indexes[s][2 * slot] = r + 1;
            indexes[s][2 * slot + 1] = h;
        }
        // String offsets are relative to the pool; make them absolute.
        for (std::size_t i = 0; i < tables[s].size(); ++i) {
            const bool isString = s == Places ? (i % 3 != 2) : s == Titles ? (i % 2 == 0) : true;
            if (isString)
                tables[s][i] += poolStart;
        }
    }
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "knowledgec: cannot write %s\n", qUtf8Printable(output));
        return 1;
    }
    out.write(reinterpret_cast<const char *>(&header), sizeof header);
    for (const auto &t : tables)
        out.write(reinterpret_cast<const char *>(t.data()),
                  qint64(t.size() * sizeof(std::uint32_t)));
    for (const auto &t : indexes)
        out.write(reinterpret_cast<const char *>(t.data()),
                  qint64(t.size() * sizeof(std::uint32_t)));
    out.write(strings.pool());
    if (!out.commit()) {
        std::fprintf(stderr, "knowledgec: cannot write %s\n", qUtf8Printable(output));
        return 1;
    }
    std::printf("knowledgec: %lld places, %lld titles, %lld given names, %lld common words -> %s "
                "(%lld bytes)\n",
                static_cast<long long>(places.size()), static_cast<long long>(titles.size()),
                static_cast<long long>(sets[GivenNames].size()),
                static_cast<long long>(sets[CommonWords].size()), qUtf8Printable(output),
                static_cast<long long>(poolStart + strings.pool().size()));
    return 0;
}
