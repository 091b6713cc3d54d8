#include "knowledge.h"

#include "knowledgeformat.h"

#include <QElapsedTimer>
#include <QResource>
#include <QtEndian>

#include <spdlog/spdlog.h>

#include <cstring>

using namespace KnowledgeFormat;

namespace {

constexpr std::uint32_t recordWords(std::uint32_t section)
{
    switch (section) {
    case Places:
        return sizeof(PlaceRecord) / sizeof(std::uint32_t);
    case Titles:
        return sizeof(TitleRecord) / sizeof(std::uint32_t);
    default:
        return 1;
    }
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
    if (data.size() < qsizetype(sizeof(Header)) || std::memcmp(data.constData(), Magic, 4) != 0) {
        spdlog::error("the knowledge table is damaged (bad header); no names will be found");
        return false;
    }
    Header header;
    std::memcpy(&header, data.constData(), sizeof header);
    for (std::uint32_t s = 0; s < SectionCount; ++s) {
        const SectionEntry &e = header.sections[s];
        const quint64 end = quint64(e.offset)
                            + quint64(e.count) * recordWords(s) * sizeof(std::uint32_t);
        const quint64 indexEnd = quint64(e.indexOffset)
                                 + quint64(e.indexSize) * 2 * sizeof(std::uint32_t);
        const bool powerOfTwo = e.indexSize != 0 && (e.indexSize & (e.indexSize - 1)) == 0;
        if (end > quint64(data.size()) || indexEnd > quint64(data.size()) || e.offset % 4 != 0
            || e.indexOffset % 4 != 0 || !powerOfTwo || e.indexSize < e.count) {
            spdlog::error("the knowledge table is damaged (section {}); no names will be found", s);
            return false;
        }
    }
    m_owned = data;
    m_data = reinterpret_cast<const uchar *>(m_owned.constData());
    m_size = m_owned.size();
    m_longestTitleWords = int(header.longestTitleWords);
    m_longestPlaceWords = int(header.longestPlaceWords);
    return true;
}

const std::uint32_t *Knowledge::record(std::uint32_t section, qsizetype index) const
{
    const auto *header = reinterpret_cast<const Header *>(m_data);
    return reinterpret_cast<const std::uint32_t *>(m_data + header->sections[section].offset)
           + index * recordWords(section);
}

QStringView Knowledge::stringAt(std::uint32_t offset) const
{
    if (offset + sizeof(std::uint32_t) > quint64(m_size))
        return {};
    std::uint32_t length;
    std::memcpy(&length, m_data + offset, sizeof length);
    if (offset + sizeof length + quint64(length) * 2 > quint64(m_size))
        return {};
    return QStringView(reinterpret_cast<const char16_t *>(m_data + offset + sizeof length),
                       qsizetype(length));
}

qsizetype Knowledge::find(std::uint32_t section, QStringView key) const
{
    if (!m_data)
        return -1;
    const SectionEntry &e = reinterpret_cast<const Header *>(m_data)->sections[section];
    const auto *index = reinterpret_cast<const std::uint32_t *>(m_data + e.indexOffset);
    const std::uint32_t mask = e.indexSize - 1;
    const std::uint32_t h = hash(key);
    // Open addressing: probe until an empty slot; the table is at most half full.
    for (std::uint32_t slot = h & mask, probes = 0; probes < e.indexSize;
         slot = (slot + 1) & mask, ++probes) {
        const std::uint32_t entry = index[2 * slot];
        if (entry == 0 || entry > e.count)
            return -1;
        if (index[2 * slot + 1] == h && stringAt(record(section, entry - 1)[0]) == key)
            return entry - 1;
    }
    return -1;
}

std::optional<Knowledge::Place> Knowledge::place(const QString &surface) const
{
    qsizetype i = find(Places, surface);
    if (i < 0) {
        const QString folded = foldAccents(surface);
        if (folded != surface)
            i = find(Places, folded);
    }
    if (i < 0)
        return std::nullopt;
    const auto *r = reinterpret_cast<const PlaceRecord *>(record(Places, i));
    return Place{stringAt(r->canonical), PlaceClass(r->placeClass)};
}

bool Knowledge::isDemonym(const QString &word) const
{
    return find(Demonyms, word) >= 0;
}

bool Knowledge::isGivenName(const QString &word) const
{
    return find(GivenNames, foldAccents(word)) >= 0;
}

bool Knowledge::isCommonWord(const QString &lowerCaseWord) const
{
    return find(CommonWords, lowerCaseWord) >= 0;
}

bool Knowledge::isCalendarWord(const QString &word) const
{
    return find(Calendar, word.toLower()) >= 0;
}

bool Knowledge::isOrganizationWord(const QString &word) const
{
    return find(OrganizationWords, word.toLower()) >= 0;
}

std::optional<Knowledge::TitleKind> Knowledge::title(const QString &phrase) const
{
    const QString key = titleKey(phrase);
    qsizetype i = find(Titles, key);
    // "Vice-President", "Co-Chairman": a hyphenated word whose last part is a title.
    if (i < 0 && phrase.contains(u'-') && !phrase.contains(u' '))
        i = find(Titles, QStringView(key).sliced(key.lastIndexOf(u' ') + 1));
    if (i < 0)
        return std::nullopt;
    return TitleKind(reinterpret_cast<const TitleRecord *>(record(Titles, i))->kind);
}

qsizetype Knowledge::placeCount() const
{
    return m_data ? reinterpret_cast<const Header *>(m_data)->sections[Places].count : 0;
}

qsizetype Knowledge::givenNameCount() const
{
    return m_data ? reinterpret_cast<const Header *>(m_data)->sections[GivenNames].count : 0;
}
