#include "knowledgewriter.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <vector>

using namespace KnowledgeFormat;

namespace {

struct Entry
{
    QString key;
    QByteArray utf8;
    std::uint32_t hash = 0;
    std::uint32_t bucket = 0;
    int payloadByte = -1;    // the class or kind byte; -1 for none (sets)
    std::uint32_t group = 0; // records of lower groups first in the pool
    QString canonical;       // places: the canonical name when it is not the key
};

template<typename T>
void append(QByteArray &out, T value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void pad(QByteArray &out, qsizetype alignment)
{
    while (out.size() % alignment)
        out.append('\0');
}

bool storable(const QString &s, const QByteArray &utf8, QString *error)
{
    if (!s.isValidUtf16()) {
        if (error)
            *error = u"not valid UTF-16: "_qs + s;
        return false;
    }
    if (utf8.size() > MaxKeyBytes) {
        if (error)
            *error = u"longer than %1 bytes in UTF-8: "_qs.arg(MaxKeyBytes) + s;
        return false;
    }
    return true;
}

std::uint32_t bucketBitsFor(std::size_t count)
{
    // About two entries per bucket at most: the smallest power of two >= count / 2.
    std::uint32_t bits = 0;
    while (bits < MaxBucketBits && (std::size_t(1) << bits) * 2 < count)
        ++bits;
    return bits;
}

// A section's arrays, each padded to 4 bytes, placed in the table by write().
struct Arrays
{
    QByteArray directory, tags, records, pool;
    qsizetype size() const { return directory.size() + tags.size() + records.size() + pool.size(); }
};

bool buildSection(std::uint32_t section, std::vector<Entry> entries, Arrays &out,
                  SectionEntry &entry, QString *error)
{
    const std::uint32_t bucketBits = bucketBitsFor(entries.size());
    for (Entry &e : entries) {
        e.utf8 = e.key.toUtf8();
        if (!storable(e.key, e.utf8, error))
            return false;
        e.hash = hash(e.key);
        e.bucket = bucketOf(e.hash, bucketBits);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.bucket != b.bucket ? a.bucket < b.bucket : a.key < b.key;
    });

    // The records in entry order (a bucket's records lie together), except that lower groups
    // come first: the records lookups are likely to find then share pages.
    std::vector<std::size_t> poolOrder(entries.size());
    std::iota(poolOrder.begin(), poolOrder.end(), std::size_t(0));
    std::stable_sort(poolOrder.begin(), poolOrder.end(), [&entries](std::size_t a, std::size_t b) {
        return entries[a].group < entries[b].group;
    });
    std::vector<std::uint32_t> offsets(entries.size());
    QHash<QString, std::uint32_t> keyOffsets; // places: canonical names shared with keys
    quint64 poolSize = 0;
    for (std::size_t i : poolOrder) {
        const Entry &e = entries[i];
        offsets[i] = std::uint32_t(poolSize);
        poolSize += 1 + quint64(e.utf8.size()) + (e.payloadByte >= 0 ? 1 : 0)
                    + (e.canonical.isEmpty() ? 0 : sizeof(std::uint32_t));
        if (Sections[section].payload == Payload::Place)
            keyOffsets.insert(e.key, offsets[i]);
    }
    // Canonical names that are no key: after the records, once each.
    QByteArray extra;
    QHash<QString, std::uint32_t> extraOffsets;
    for (const Entry &e : entries) {
        if (e.canonical.isEmpty() || keyOffsets.contains(e.canonical)
            || extraOffsets.contains(e.canonical))
            continue;
        const QByteArray utf8 = e.canonical.toUtf8();
        if (!storable(e.canonical, utf8, error))
            return false;
        extraOffsets.insert(e.canonical, std::uint32_t(poolSize + quint64(extra.size())));
        extra.append(char(utf8.size()));
        extra.append(utf8);
    }
    poolSize += quint64(extra.size());
    if (poolSize > std::numeric_limits<std::uint32_t>::max() / 2) {
        if (error)
            *error = u"the table would be too large"_qs;
        return false;
    }

    const std::uint32_t bucketCount = std::uint32_t(1) << bucketBits;
    entry.count = std::uint32_t(entries.size());
    entry.bucketBits = bucketBits;
    entry.poolSize = std::uint32_t(poolSize);
    std::size_t i = 0;
    for (std::uint32_t b = 0; b <= bucketCount; ++b) {
        while (i < entries.size() && entries[i].bucket < b)
            ++i;
        append(out.directory, std::uint32_t(i));
    }
    for (const Entry &e : entries)
        append(out.tags, tagOf(e.hash));
    pad(out.tags, 4);
    for (std::uint32_t offset : offsets)
        append(out.records, offset);
    for (std::size_t i : poolOrder) {
        const Entry &e = entries[i];
        out.pool.append(char(e.utf8.size()));
        out.pool.append(e.utf8);
        if (e.payloadByte >= 0)
            out.pool.append(char(e.payloadByte));
        if (!e.canonical.isEmpty()) {
            const auto it = keyOffsets.constFind(e.canonical);
            append(out.pool, it != keyOffsets.cend() ? *it : extraOffsets.value(e.canonical));
        }
    }
    out.pool.append(extra);
    pad(out.pool, 4);
    return true;
}

} // namespace

QByteArray KnowledgeWriter::write(const Sources &sources, QString *error)
{
    std::vector<Entry> entries[SectionCount];
    for (auto it = sources.places.cbegin(); it != sources.places.cend(); ++it) {
        Entry e;
        e.key = it.key();
        const bool elsewhere = !it->canonical.isEmpty() && it->canonical != it.key();
        e.payloadByte = int(it->placeClass & 0x7f) | (elsewhere ? CanonicalElsewhere : 0);
        e.group = it->prominence;
        if (elsewhere)
            e.canonical = it->canonical;
        entries[Places].push_back(std::move(e));
    }
    for (auto it = sources.titles.cbegin(); it != sources.titles.cend(); ++it) {
        Entry e;
        e.key = it.key();
        e.payloadByte = int(*it & 0xff);
        entries[Titles].push_back(std::move(e));
    }
    for (std::uint32_t s = 0; s < SectionCount; ++s) {
        if (Sections[s].payload != Payload::None)
            continue;
        for (const QString &key : sources.sets[s]) {
            Entry e;
            e.key = key;
            entries[s].push_back(std::move(e));
        }
    }

    Header header{};
    std::memcpy(header.magic, Magic, sizeof header.magic);
    header.longestTitleWords = std::uint32_t(
        std::clamp(sources.longestTitleWords, 1, int(MaxPhraseWords)));
    header.longestPlaceWords = std::uint32_t(
        std::clamp(sources.longestPlaceWords, 1, int(MaxPhraseWords)));
    Arrays arrays[SectionCount];
    for (std::uint32_t s = 0; s < SectionCount; ++s) {
        if (!buildSection(s, std::move(entries[s]), arrays[s], header.sections[s], error))
            return {};
    }
    quint64 total = sizeof(Header);
    for (const Arrays &a : arrays)
        total += quint64(a.size());
    if (total > std::numeric_limits<std::uint32_t>::max()) {
        if (error)
            *error = u"the table would be too large"_qs;
        return {};
    }
    // Where the arrays go. The ends of the table share pages with the program's other read-only
    // data, which the kernel maps in larger runs than the pages touched: they should hold what
    // lookups touch anyway. So: the small sections first, whole (they share the pages of the
    // header), the largest last, its records and pool (read only for the keys found) before its
    // directory and tags (read by every lookup), which end the table.
    std::uint32_t order[SectionCount];
    std::iota(std::begin(order), std::end(order), 0u);
    std::stable_sort(std::begin(order), std::end(order),
                     [&arrays](std::uint32_t a, std::uint32_t b) {
                         return arrays[a].size() < arrays[b].size();
                     });
    QByteArray out(sizeof(Header), '\0');
    out.reserve(qsizetype(total));
    auto place = [&out](std::uint32_t &offset, const QByteArray &bytes) {
        offset = std::uint32_t(out.size());
        out.append(bytes);
    };
    for (std::uint32_t s : order) {
        SectionEntry &e = header.sections[s];
        const Arrays &a = arrays[s];
        if (s != order[SectionCount - 1]) {
            place(e.directory, a.directory);
            place(e.tags, a.tags);
            place(e.records, a.records);
            place(e.pool, a.pool);
        } else {
            place(e.records, a.records);
            place(e.pool, a.pool);
            place(e.directory, a.directory);
            place(e.tags, a.tags);
        }
    }
    std::memcpy(out.data(), &header, sizeof header);
    return out;
}
