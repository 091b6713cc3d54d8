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
//             (a table is built with the program that reads it, so a section added to
//             ARTICLE_KNOWLEDGE_SECTIONS needs no new magic)
//   per section, four arrays, each padded to 4 bytes:
//     directory: uint32[bucketCount + 1], bucketCount = 1 << bucketBits, the fewest buckets that
//                hold at most two entries each on average (1 to 2 per bucket); the entries of
//                bucket b are [directory[b], directory[b + 1]) (CSR), so directory[0] = 0 and
//                directory[bucketCount] = count
//     tags:      uint16[count], tagOf(hash) of each entry's key; entries are sorted by bucket
//     records:   uint32[count], where each entry's record starts in the pool (from its start)
//     pool:      the records, each a string (the key) and the section's payload (Payload):
//                  Place:     uint8 class (PlaceClass), with CanonicalElsewhere set when the
//                             canonical name is not the key itself; then, only in that case, the
//                             uint32 (unaligned) pool offset of the canonical name, a string:
//                             most are another record's key, shared; the rest follow the
//                             records, once
//                  TitleKind: uint8 kind (TitleKind)
//                  None:      nothing (a set of words)
//                in entry order, except that places are grouped by prominence (the group of
//                their class in ARTICLE_KNOWLEDGE_PLACE_CLASSES), so that the records an article
//                finds share pages
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

// How a key is normalised, the same when the table is written and when it is searched.
enum class KeyForm : std::uint8_t {
    AsWritten,     // exactly as the data file and the lookup give it
    LowerCase,     // QString::toLower()
    FoldedAccents, // foldAccents(): "Zoë" is "Zoe"
    TitleKey,      // titleKey(): lower case, hyphens as spaces, no dots ("Mr." is "mr")
};

// What a record holds after its key.
enum class Payload : std::uint8_t {
    None,      // nothing: the section is a set of words
    Place,     // a PlaceClass byte and the canonical name (places.tsv: surface, canonical, class)
    TitleKind, // a TitleKind byte (titles.tsv: title, kind)
};

// The sections of the table: this list is the format's one home, read by the compiler
// (tools/knowledgec), the reader (Knowledge) and the data builder (tools/build-data.py parses
// these lines: keep one X(...) a line). Adding a section takes a line here, its data file in
// resources/data (written by the builder) and the lookup that reads it (Knowledge::contains).
//   X(section, data file in resources/data, KeyForm of its keys, Payload of its records)
#define ARTICLE_KNOWLEDGE_SECTIONS(X) \
    X(Places, "places.tsv", AsWritten, Place) \
    X(Titles, "titles.tsv", TitleKey, TitleKind) \
    X(Demonyms, "demonyms.tsv", AsWritten, None) \
    X(GivenNames, "given-names.txt", FoldedAccents, None) \
    X(CommonWords, "common-words.txt", LowerCase, None) \
    X(Calendar, "calendar.txt", LowerCase, None) \
    X(OrganizationWords, "org-words.txt", LowerCase, None) \
    X(OrganizationAcronyms, "org-acronyms.txt", LowerCase, None) \
    X(OrganizationNames, "org-names.txt", TitleKey, None) \
    X(PlaceWords, "place-words.txt", LowerCase, None) \
    X(PlaceOpeners, "place-openers.txt", LowerCase, None) \
    X(EventWords, "event-words.txt", LowerCase, None)

enum Section : std::uint32_t {
#define ARTICLE_KNOWLEDGE_SECTION_NAME(section, file, keys, payload) section,
    ARTICLE_KNOWLEDGE_SECTIONS(ARTICLE_KNOWLEDGE_SECTION_NAME)
#undef ARTICLE_KNOWLEDGE_SECTION_NAME
        SectionCount
};

struct SectionInfo
{
    const char *file; // in resources/data
    KeyForm keys;
    Payload payload;
};

inline constexpr SectionInfo Sections[SectionCount] = {
#define ARTICLE_KNOWLEDGE_SECTION_INFO(section, file, keys, payload) \
    {file, KeyForm::keys, Payload::payload},
    ARTICLE_KNOWLEDGE_SECTIONS(ARTICLE_KNOWLEDGE_SECTION_INFO)
#undef ARTICLE_KNOWLEDGE_SECTION_INFO
};

// The class of a place, as its record stores it.
enum class PlaceClass : std::uint8_t { Country, Region, City, Continent, Area };
inline constexpr std::uint8_t PlaceClassCount = std::uint8_t(PlaceClass::Area) + 1;

// The classes a place has in places.tsv (the builder reads these lines too: one X(...) a line):
//   X(word in places.tsv, PlaceClass stored, rank, group)
//   rank:  of the classes one name has, the lowest wins (when the builder chooses among its
//          sources, and when the compiler finds a name twice)
//   group: the pool's records go by group, lowest first (see Layout above)
#define ARTICLE_KNOWLEDGE_PLACE_CLASSES(X) \
    X(country, Country, 0, 0) \
    X(region, Region, 1, 1) \
    X(continent, Continent, 1, 1) \
    X(area, Area, 2, 2) \
    X(city, City, 3, 2) \
    X(town, City, 4, 4)

struct PlaceClassInfo
{
    const char *word; // in places.tsv
    PlaceClass placeClass;
    std::uint32_t rank;
    std::uint32_t group;
};

inline constexpr PlaceClassInfo PlaceClasses[] = {
#define ARTICLE_KNOWLEDGE_PLACE_CLASS_INFO(word, placeClass, rank, group) \
    {#word, PlaceClass::placeClass, rank, group},
    ARTICLE_KNOWLEDGE_PLACE_CLASSES(ARTICLE_KNOWLEDGE_PLACE_CLASS_INFO)
#undef ARTICLE_KNOWLEDGE_PLACE_CLASS_INFO
};

// The kind of a title, as its record stores it; the word for it in titles.tsv (the builder reads
// these lines too: one X(...) a line).
#define ARTICLE_KNOWLEDGE_TITLE_KINDS(X) \
    X(honorific, Honorific) \
    X(role, Role)

enum class TitleKind : std::uint8_t {
#define ARTICLE_KNOWLEDGE_TITLE_KIND_NAME(word, kind) kind,
    ARTICLE_KNOWLEDGE_TITLE_KINDS(ARTICLE_KNOWLEDGE_TITLE_KIND_NAME)
#undef ARTICLE_KNOWLEDGE_TITLE_KIND_NAME
};

inline constexpr const char *TitleKindWords[] = { // in TitleKind order
#define ARTICLE_KNOWLEDGE_TITLE_KIND_WORD(word, kind) #word,
    ARTICLE_KNOWLEDGE_TITLE_KINDS(ARTICLE_KNOWLEDGE_TITLE_KIND_WORD)
#undef ARTICLE_KNOWLEDGE_TITLE_KIND_WORD
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
QString normalisedKey(KeyForm form, const QString &text);

} // namespace KnowledgeFormat
