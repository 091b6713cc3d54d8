#include "core/extraction/knowledge.h"

#include "core/extraction/knowledgeformat.h"

#include <QElapsedTimer>
#include <QResource>
#include <QtEndian>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <limits>

using namespace KnowledgeFormat;

namespace {

// Whether the UTF-8 bytes spell exactly the UTF-16 text `key`; bytes that are not valid UTF-8
// (overlong, surrogates, beyond U+10FFFF, cut short) never match.
bool equalUtf8(const uchar *bytes, std::uint32_t size, QStringView key)
{
    // Each UTF-16 unit takes one to three bytes (a surrogate pair four for its two units).
    if (size < quint64(key.size()) || size > 3 * quint64(key.size()))
        return false;
    const char16_t *units = key.utf16();
    const qsizetype unitCount = key.size();
    qsizetype u = 0;
    for (std::uint32_t i = 0; i < size;) {
        const uchar lead = bytes[i];
        if (lead < 0x80) {
            if (u == unitCount || units[u] != lead)
                return false;
            ++i;
            ++u;
            continue;
        }
        std::uint32_t length;
        char32_t code;
        char32_t least;
        if ((lead & 0xe0) == 0xc0) {
            length = 2;
            code = lead & 0x1f;
            least = 0x80;
        } else if ((lead & 0xf0) == 0xe0) {
            length = 3;
            code = lead & 0x0f;
            least = 0x800;
        } else if ((lead & 0xf8) == 0xf0) {
            length = 4;
            code = lead & 0x07;
            least = 0x10000;
        } else {
            return false;
        }
        if (size - i < length)
            return false;
        for (std::uint32_t j = 1; j < length; ++j) {
            const uchar next = bytes[i + j];
            if ((next & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3f);
        }
        if (code < least || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return false;
        i += length;
        if (code < 0x10000) {
            if (u == unitCount || units[u] != code)
                return false;
            ++u;
        } else {
            if (unitCount - u < 2 || units[u] != QChar::highSurrogate(code)
                || units[u + 1] != QChar::lowSurrogate(code))
                return false;
            u += 2;
        }
    }
    return u == unitCount;
}

// Calls fn with `word` normalised as `form` says. Most words are short and ASCII: those are
// normalised on the stack, without allocating (the same as normalisedKey() for ASCII).
template<typename Fn>
auto withKey(KeyForm form, QStringView word, Fn fn)
{
    constexpr qsizetype Short = 64;
    bool ascii = word.size() <= Short;
    for (qsizetype i = 0; ascii && i < word.size(); ++i)
        ascii = word[i].unicode() < 0x80;
    if (!ascii)
        return fn(QStringView(normalisedKey(form, word.toString())));
    char16_t buffer[Short];
    qsizetype n = 0;
    for (QChar c : word) {
        char16_t u = c.unicode();
        if (form == KeyForm::LowerCase || form == KeyForm::TitleKey) {
            if (u >= u'A' && u <= u'Z')
                u = char16_t(u + (u'a' - u'A'));
        }
        if (form == KeyForm::TitleKey) {
            if (u == u'.')
                continue;
            if (u == u'-')
                u = u' ';
        }
        buffer[n++] = u;
    }
    return fn(QStringView(buffer, n));
}

} // namespace

QString Knowledge::foldAccents(const QString &text)
{
    return KnowledgeFormat::foldAccents(text);
}

std::shared_ptr<const Knowledge> Knowledge::load()
{
    QElapsedTimer timer;
    timer.start();
    auto k = std::make_shared<Knowledge>();
    QResource resource(QStringLiteral(":/knowledge.bin"));
    if (!resource.isValid()) {
        spdlog::error("the knowledge table is missing from this build; no names will be found");
        return k;
    }
    QByteArray copy;
    if (resource.compressionAlgorithm() != QResource::NoCompression) {
        copy = resource.uncompressedData();
    } else if (reinterpret_cast<quintptr>(resource.data()) % alignof(std::uint32_t) != 0) {
        copy = QByteArray(reinterpret_cast<const char *>(resource.data()), resource.size());
    } else {
        // Read in place: the table stays in the program's read-only data, shared and paged in
        // only where lookups touch it.
        copy = QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                                       resource.size());
    }
    if (!k->valid(copy))
        return std::make_shared<Knowledge>();
    spdlog::info("knowledge ready in {:.2f} ms: {} places, {} given names",
                 timer.nsecsElapsed() / 1e6, k->placeCount(), k->givenNameCount());
    return k;
}

std::shared_ptr<const Knowledge> Knowledge::fromData(QByteArray data)
{
    auto k = std::make_shared<Knowledge>();
    data.detach(); // own, aligned bytes
    if (!k->valid(data))
        return std::make_shared<Knowledge>();
    return k;
}

bool Knowledge::valid(const QByteArray &data)
{
    if (data.size() < qsizetype(sizeof(Header)) || std::memcmp(data.constData(), Magic, 4) != 0
        || quint64(data.size()) > std::numeric_limits<std::uint32_t>::max()) {
        spdlog::error("the knowledge table is damaged (bad header); no names will be found");
        return false;
    }
    Header header;
    std::memcpy(&header, data.constData(), sizeof header);
    // Phrases of a few words; a damaged count would make the extractor try phrases of millions.
    if (header.longestTitleWords < 1 || header.longestTitleWords > MaxPhraseWords
        || header.longestPlaceWords < 1 || header.longestPlaceWords > MaxPhraseWords) {
        spdlog::error("the knowledge table is damaged (bad header); no names will be found");
        return false;
    }
    // The views point into these bytes, which m_owned keeps (shared with `data`, not copied).
    const QByteArray owned = data;
    const auto *base = reinterpret_cast<const uchar *>(owned.constData());
    const auto size = quint64(data.size());
    SectionView views[SectionCount];
    for (std::uint32_t s = 0; s < SectionCount; ++s) {
        const SectionEntry &e = header.sections[s];
        // Everything a lookup reads without checking: the arrays, within the table and aligned;
        // the directory's ends. Each bucket's bounds, record offsets, lengths and classes are
        // checked on use, so that loading reads no more than a few bytes of each section.
        const bool fits = e.bucketBits <= MaxBucketBits && e.directory % 4 == 0 && e.tags % 2 == 0
                          && e.records % 4 == 0
                          && e.directory + ((quint64(1) << e.bucketBits) + 1) * 4 <= size
                          && e.tags + quint64(e.count) * 2 <= size
                          && e.records + quint64(e.count) * 4 <= size
                          && quint64(e.pool) + e.poolSize <= size;
        if (!fits) {
            spdlog::error("the knowledge table is damaged (section {}); no names will be found", s);
            return false;
        }
        SectionView &v = views[s];
        v.directory = reinterpret_cast<const std::uint32_t *>(base + e.directory);
        v.tags = reinterpret_cast<const std::uint16_t *>(base + e.tags);
        v.records = reinterpret_cast<const std::uint32_t *>(base + e.records);
        v.pool = base + e.pool;
        v.poolSize = e.poolSize;
        v.count = e.count;
        v.bucketBits = e.bucketBits;
        if (v.directory[0] != 0 || v.directory[std::uint32_t(1) << e.bucketBits] != e.count) {
            spdlog::error("the knowledge table is damaged (section {} directory); no names will "
                          "be found",
                          s);
            return false;
        }
    }
    m_owned = owned;
    std::copy(std::begin(views), std::end(views), std::begin(m_sections));
    m_longestTitleWords = int(header.longestTitleWords);
    m_longestPlaceWords = int(header.longestPlaceWords);
    return true;
}

void Knowledge::damaged(std::uint32_t section) const
{
    if (!m_damageLogged.exchange(true, std::memory_order_relaxed))
        spdlog::error("the knowledge table is damaged (section {}); some names will not be found",
                      section);
}

bool Knowledge::stringAt(const SectionView &s, std::uint32_t offset, const uchar **bytes,
                         std::uint32_t *size) const
{
    if (offset >= s.poolSize)
        return false;
    const std::uint32_t length = s.pool[offset];
    if (quint64(offset) + 1 + length > s.poolSize)
        return false;
    *bytes = s.pool + offset + 1;
    *size = length;
    return true;
}

qint64 Knowledge::find(std::uint32_t section, QStringView key) const
{
    const SectionView &s = m_sections[section];
    if (!s.directory)
        return -1;
    const std::uint32_t h = hash(key);
    const std::uint32_t bucket = bucketOf(h, s.bucketBits);
    const std::uint16_t tag = tagOf(h);
    const std::uint32_t begin = s.directory[bucket];
    const std::uint32_t end = s.directory[bucket + 1];
    if (begin > end || end > s.count) {
        damaged(section);
        return -1;
    }
    for (std::uint32_t i = begin; i < end; ++i) {
        if (s.tags[i] != tag)
            continue;
        const uchar *bytes;
        std::uint32_t size;
        if (!stringAt(s, s.records[i], &bytes, &size)) {
            damaged(section);
            return -1;
        }
        if (equalUtf8(bytes, size, key))
            return s.records[i];
    }
    return -1;
}

std::optional<Knowledge::Place> Knowledge::place(const QString &surface) const
{
    qint64 record = find(Places, surface);
    if (record < 0) {
        const QString folded = foldAccents(surface);
        if (folded != surface)
            record = find(Places, folded);
    }
    // "St. Petersburg", "Mt. Kenya", "Ft. Worth": the abbreviated word the gazetteer spells out.
    if (record < 0 && surface.size() > 4 && surface[2] == u'.' && surface[3] == u' ') {
        static constexpr std::pair<char16_t, std::u16string_view> Spelled[] = {{u'S', u"Saint"},
                                                                               {u'M', u"Mount"},
                                                                               {u'F', u"Fort"}};
        for (const auto &[letter, word] : Spelled) {
            if (surface[0] == letter && surface[1] == u't') {
                const QString spelled = QStringView(word.data(), qsizetype(word.size())).toString()
                                        + surface.sliced(3);
                record = find(Places, spelled);
                break;
            }
        }
    }
    if (record < 0)
        return std::nullopt;
    const SectionView &s = m_sections[Places];
    const uchar *bytes = nullptr;
    std::uint32_t size = 0;
    stringAt(s, std::uint32_t(record), &bytes, &size); // the key, which find() checked
    const quint64 payload = quint64(record) + 1 + size;
    if (payload >= s.poolSize) {
        damaged(Places);
        return std::nullopt;
    }
    const std::uint8_t classByte = s.pool[payload];
    const std::uint32_t placeClass = classByte & std::uint8_t(~CanonicalElsewhere);
    if (placeClass >= PlaceClassCount) {
        damaged(Places);
        return std::nullopt;
    }
    // The canonical name is the key itself, or a string elsewhere in the pool.
    if (classByte & CanonicalElsewhere) {
        std::uint32_t canonical = s.poolSize; // outside the pool unless read below
        if (payload + 1 + sizeof canonical <= s.poolSize)
            std::memcpy(&canonical, s.pool + payload + 1, sizeof canonical);
        if (!stringAt(s, canonical, &bytes, &size)) {
            damaged(Places);
            return std::nullopt;
        }
    }
    return Place{QString::fromUtf8(reinterpret_cast<const char *>(bytes), size),
                 PlaceClass(placeClass)};
}

bool Knowledge::contains(Section section, QStringView word) const
{
    const SectionInfo &info = Sections[section];
    if (info.payload != Payload::None)
        return false;
    return withKey(info.keys, word, [&](QStringView key) { return find(section, key) >= 0; });
}

std::optional<Knowledge::TitleKind> Knowledge::title(QStringView phrase) const
{
    const qint64 record = withKey(Sections[Titles].keys, phrase,
                                  [&](QStringView key) { return titleRecord(phrase, key); });
    if (record < 0)
        return std::nullopt;
    const SectionView &s = m_sections[Titles];
    const quint64 payload = quint64(record) + 1 + s.pool[record]; // find() checked the key
    if (payload >= s.poolSize || s.pool[payload] >= std::size(TitleKindWords)) {
        damaged(Titles);
        return std::nullopt;
    }
    return TitleKind(s.pool[payload]);
}

qint64 Knowledge::titleRecord(QStringView phrase, QStringView key) const
{
    qint64 record = find(Titles, key);
    // "Vice-President", "Co-Chairman": a hyphenated word whose last part is a title.
    if (record < 0 && phrase.contains(u'-') && !phrase.contains(u' '))
        record = find(Titles, key.sliced(key.lastIndexOf(u' ') + 1));
    return record;
}

qsizetype Knowledge::placeCount() const
{
    return m_sections[Places].count;
}

qsizetype Knowledge::givenNameCount() const
{
    return m_sections[GivenNames].count;
}
