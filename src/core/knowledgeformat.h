#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>

// The compact, read-in-place form of the general knowledge (resources/data/*), written at build
// time by tools/knowledgec and embedded uncompressed, so that the program maps it instead of
// parsing text and building hash tables at start-up.
//
// Layout (native-endian uint32 unless said otherwise; offsets are bytes from the start):
//   header:   magic "ARK3", longestTitleWords, longestPlaceWords, then for each of the
//             SectionCount sections (in Section order): the offset of its records, their count,
//             and the offset and size (a power of two) of its hash index
//   records:  places: {key, canonical, class}; titles: {key, kind}; sets: {key}; sorted by key
//             in UTF-16 code unit order
//   index:    open addressing with linear probing over hash(key) (FNV-1a of the UTF-16 units):
//             each slot holds {record number + 1 (0 for empty), hash}, so that a probe that
//             does not match rarely has to read the record or its key
//   strings:  uint32 length in UTF-16 units, then the UTF-16 units (2-byte aligned)
namespace KnowledgeFormat {

inline constexpr char Magic[4] = {'A', 'R', 'K', '4'};

enum Section : std::uint32_t {
    Places,
    Titles,
    Demonyms,
    GivenNames,
    CommonWords,
    Calendar,
    OrganizationWords,
    SectionCount
};

struct SectionEntry
{
    std::uint32_t offset;
    std::uint32_t count;
    std::uint32_t indexOffset;
    std::uint32_t indexSize; // slots, a power of two, at least twice count
};

inline std::uint32_t hash(QStringView key)
{
    std::uint32_t h = 2166136261u;
    for (QChar c : key) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

struct Header
{
    char magic[4];
    std::uint32_t longestTitleWords;
    std::uint32_t longestPlaceWords;
    SectionEntry sections[SectionCount];
};

struct PlaceRecord
{
    std::uint32_t key;
    std::uint32_t canonical;
    std::uint32_t placeClass; // Knowledge::PlaceClass
};

struct TitleRecord
{
    std::uint32_t key;
    std::uint32_t kind; // Knowledge::TitleKind
};

// How keys are normalised, the same when the table is written and when it is searched.
QString foldAccents(const QString &text);
QString titleKey(const QString &phrase);

} // namespace KnowledgeFormat
