#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>

// The compact, read-in-place form of the general knowledge (resources/data/*), written at build
// time by tools/knowledgec (KnowledgeWriter) and embedded uncompressed, so that the program maps
// it instead of parsing text and building hash tables at start-up.
//
// The table is built so that a lookup touches little of it: a key that is absent (most lookups)
// reads only a small, dense filter (a bucket directory and 16-bit tags), and the records are read
// only on a tag match. Every page the program touches in a mapped file brings in its neighbours
// (the kernel maps a whole fault-around window, 64 KB, or a whole large folio of the page cache),
// so it is the spread of what lookups touch, not the number of reads, that sets the memory the
// table costs.
//
// Layout (native-endian; offsets are bytes from the start of the table):
//   header:   magic "ARK6", longestTitleWords, longestPlaceWords (uint32), then for each of the
//             SectionCount sections, in Section order, a SectionEntry: where its four arrays are
//   per section, four arrays, each padded to 4 bytes:
//     directory: uint32[bucketCount + 1], bucketCount = 1 << bucketBits, the fewest buckets that
//                hold at most two entries each on average (1 to 2 per bucket); the entries of
//                bucket b are [directory[b], directory[b + 1]) (CSR), so directory[0] = 0 and
//                directory[bucketCount] = count
//     tags:      uint16[count], tagOf(hash) of each entry's key; entries are sorted by bucket
//     records:   uint32[count], where each entry's record starts in the pool (from its start)
//     pool:      the records, each a string (the key) and the section's payload:
//                  places: uint8 class (Knowledge::PlaceClass), with CanonicalElsewhere set when
//                          the canonical name is not the key itself; then, only in that case, the
//                          uint32 (unaligned) pool offset of the canonical name, a string: most
//                          are another record's key, shared; the rest follow the records, once
//                  titles: uint8 kind (Knowledge::TitleKind)
//                  sets (demonyms, given names, common words, calendar, organisation words and
//                        acronyms):
//                          nothing
//                in entry order, except that places are grouped by prominence (countries,
//                regions, cities, towns), so that the records an article finds share pages
//   strings:  uint8 length in bytes, then that many bytes of UTF-8 (keys are at most 255 bytes)
//   order:    the header; the small sections' arrays (directory, tags, records, pool), smallest
//             section first; then the largest section's records and pool, and its directory and
//             tags last. The table's ends share pages with the program's other read-only data,
//             which the kernel maps along with it, so they hold what every lookup reads anyway.
//
// hash() is over the UTF-16 units of the key, so that a query is probed without converting it;
// bucketOf() takes the top bits of the hash and tagOf() the low 16 (they share a bit only when a
// section has over 2^16 buckets). A tag match is confirmed by an exact comparison of the UTF-8
// key with the UTF-16 query. Nothing in the table is trusted: Knowledge checks the header and
// the bounds of every array when loading (reading a few bytes of each section, not the whole),
// and every bucket range, offset, length and class on the lookups that read them.
namespace KnowledgeFormat {

inline constexpr char Magic[4] = {'A', 'R', 'K', '6'};

enum Section : std::uint32_t {
    Places,
    Titles,
    Demonyms,
    GivenNames,
    CommonWords,
    Calendar,
    OrganizationWords,
    OrganizationAcronyms,
    SectionCount
};

struct SectionEntry
{
    std::uint32_t count;      // entries (keys)
    std::uint32_t bucketBits; // bucketCount = 1 << bucketBits
    std::uint32_t directory;  // offset of uint32[bucketCount + 1], 4-aligned
    std::uint32_t tags;       // offset of uint16[count], 2-aligned
    std::uint32_t records;    // offset of uint32[count], 4-aligned
    std::uint32_t pool;       // offset of the pool
    std::uint32_t poolSize;   // bytes
};

struct Header
{
    char magic[4];
    std::uint32_t longestTitleWords;
    std::uint32_t longestPlaceWords;
    SectionEntry sections[SectionCount];
};

inline constexpr std::uint32_t MaxBucketBits = 24;
inline constexpr int MaxKeyBytes = 255;
inline constexpr std::uint32_t MaxPhraseWords = 255; // longestTitleWords, longestPlaceWords
// In a place record's class byte: the canonical name is not the key; its offset follows.
inline constexpr std::uint8_t CanonicalElsewhere = 0x80;

// FNV-1a over the UTF-16 units, then a finaliser (MurmurHash3's) so that both the top bits (the
// bucket) and the low bits (the tag) depend on every unit.
inline std::uint32_t hash(QStringView key)
{
    std::uint32_t h = 2166136261u;
    for (QChar c : key) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

inline std::uint32_t bucketOf(std::uint32_t hash, std::uint32_t bucketBits)
{
    return bucketBits == 0 ? 0 : hash >> (32 - bucketBits);
}

inline std::uint16_t tagOf(std::uint32_t hash)
{
    return std::uint16_t(hash);
}

// How keys are normalised, the same when the table is written and when it is searched.
QString foldAccents(const QString &text);
QString titleKey(const QString &phrase);

} // namespace KnowledgeFormat
