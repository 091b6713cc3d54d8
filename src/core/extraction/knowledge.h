#pragma once

#include "core/extraction/knowledgeformat.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

// General knowledge about names that is not about any one article: gazetteers of places,
// demonyms, given names, titles, organisation words and common English words (see
// resources/data/SOURCES.md for sources and licences). Read in place from the compact table
// that tools/knowledgec builds (KnowledgeFormat): loading costs nothing but checking the header
// and the bounds of each section, and each lookup hashes the key, reads its bucket's 16-bit tags
// and compares the key with a record only on a tag match.
class Knowledge
{
public:
    using PlaceClass = KnowledgeFormat::PlaceClass;
    using TitleKind = KnowledgeFormat::TitleKind;

    struct Place
    {
        QString canonical; // decoded from the table (where it is UTF-8)
        PlaceClass placeClass = PlaceClass::City;
    };

    // The table embedded in the program; on a damaged table, an empty knowledge (logged).
    static std::shared_ptr<const Knowledge> load();
    // A table in memory (tests, tools); the bytes are kept.
    static std::shared_ptr<const Knowledge> fromData(QByteArray data);

    // Lookups take the text as written; they fold case and accents where English text varies.
    std::optional<Place> place(const QString &surface) const;
    // Whether a set of words (a section whose records have no payload) holds `word`, normalised
    // as the section's keys are (KnowledgeFormat::Sections).
    bool contains(KnowledgeFormat::Section section, QStringView word) const;
    bool isDemonym(QStringView word) const { return contains(KnowledgeFormat::Demonyms, word); }
    bool isGivenName(QStringView word) const { return contains(KnowledgeFormat::GivenNames, word); }
    bool isCommonWord(QStringView word) const
    {
        return contains(KnowledgeFormat::CommonWords, word);
    }
    bool isCalendarWord(QStringView word) const
    {
        return contains(KnowledgeFormat::Calendar, word);
    }
    bool isOrganizationWord(QStringView word) const
    {
        return contains(KnowledgeFormat::OrganizationWords, word);
    }
    // An organisation's acronym, in any case: "NATO", or "Nato" as British news writes it.
    bool isOrganizationAcronym(QStringView word) const
    {
        return contains(KnowledgeFormat::OrganizationAcronyms, word);
    }
    std::optional<TitleKind> title(QStringView phrase) const;
    int longestTitleWords() const { return m_longestTitleWords; }
    int longestPlaceWords() const { return m_longestPlaceWords; }

    qsizetype placeCount() const;
    qsizetype givenNameCount() const;

    static QString foldAccents(const QString &text);

private:
    struct SectionView
    {
        const std::uint32_t *directory = nullptr; // bucketCount + 1 entry starts
        const std::uint16_t *tags = nullptr;
        const std::uint32_t *records = nullptr; // record offsets in the pool
        const uchar *pool = nullptr;
        std::uint32_t poolSize = 0;
        std::uint32_t count = 0;
        std::uint32_t bucketBits = 0;
    };

    // The pool offset just past the key of the record whose key equals `key` (where the
    // section's payload starts), or -1.
    qint64 find(std::uint32_t section, QStringView key) const;
    // The record of a title whose normalised key is `key` (or of the title a hyphenated word
    // ends in), or -1.
    qint64 titleRecord(QStringView phrase, QStringView key) const;
    // The string (uint8 length, UTF-8) at `offset` in a section's pool; false when it does not
    // fit in the pool.
    bool stringAt(const SectionView &s, std::uint32_t offset, const uchar **bytes,
                  std::uint32_t *size) const;
    // Logs, once, that a lookup found the table damaged (the lookup then finds nothing).
    void damaged(std::uint32_t section) const;
    bool valid(const QByteArray &data);

    QByteArray m_owned; // the table, or a copy when it could not be used in place
    SectionView m_sections[KnowledgeFormat::SectionCount] = {}; // empty until valid()
    mutable std::atomic<bool> m_damageLogged = false;
    int m_longestTitleWords = 1;
    int m_longestPlaceWords = 1;
};
