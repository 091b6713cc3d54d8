#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

// General knowledge about names that is not about any one article: gazetteers of places,
// demonyms, given names, titles, organisation words and common English words (see
// resources/data/SOURCES.md for sources and licences). Read in place from the compact table
// that tools/knowledgec builds (KnowledgeFormat): loading costs nothing but a header check, and
// each lookup is a binary search over sorted keys.
class Knowledge
{
public:
    enum class PlaceClass { Country, Region, City, Continent, Area };
    enum class TitleKind { Honorific, Role };

    struct Place
    {
        QStringView canonical; // points into the table: valid while the Knowledge lives
        PlaceClass placeClass = PlaceClass::City;
    };

    // The table embedded in the program; on a damaged table, an empty knowledge (logged).
    static std::shared_ptr<const Knowledge> load();
    // A table in memory (tests, tools); the bytes are kept.
    static std::shared_ptr<const Knowledge> fromData(QByteArray data);

    // Lookups take the text as written; they fold case and accents where English text varies.
    std::optional<Place> place(const QString &surface) const;
    bool isDemonym(const QString &word) const;
    bool isGivenName(const QString &word) const;
    bool isCommonWord(const QString &lowerCaseWord) const;
    bool isCalendarWord(const QString &word) const;
    bool isOrganizationWord(const QString &word) const;
    std::optional<TitleKind> title(const QString &phrase) const;
    int longestTitleWords() const { return m_longestTitleWords; }
    int longestPlaceWords() const { return m_longestPlaceWords; }

    qsizetype placeCount() const;
    qsizetype givenNameCount() const;

    static QString foldAccents(const QString &text);

private:
    // Index of the record whose key equals `key` in a sorted section, or -1.
    qsizetype find(std::uint32_t section, QStringView key) const;
    QStringView stringAt(std::uint32_t offset) const;
    const std::uint32_t *record(std::uint32_t section, qsizetype index) const;
    bool valid(const QByteArray &data);

    QByteArray m_owned;            // a copy, only when the table could not be used in place
    const uchar *m_data = nullptr; // the table
    qsizetype m_size = 0;
    int m_longestTitleWords = 1;
    int m_longestPlaceWords = 1;
};
