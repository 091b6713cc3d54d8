#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>

// General knowledge about names that is not about any one article: gazetteers of places,
// demonyms, given names, titles, organisation words and common English words. Loaded from the
// data files embedded under :/data (see resources/data/SOURCES.md for sources and licences).
class Knowledge
{
public:
    enum class PlaceClass { Country, Region, City, Continent, Area };
    enum class TitleKind { Honorific, Role };

    struct Place
    {
        QString canonical;
        PlaceClass placeClass = PlaceClass::City;
    };

    // Loads the embedded data files. Costs tens of milliseconds; share the result.
    static std::shared_ptr<const Knowledge> load(
        const QString &directory = QStringLiteral(":/data"));

    // Lookups take the text as written; they fold case and accents where English text varies.
    const Place *place(const QString &surface) const;
    bool isDemonym(const QString &word) const;
    bool isGivenName(const QString &word) const;
    bool isCommonWord(const QString &lowerCaseWord) const;
    bool isCalendarWord(const QString &word) const;
    bool isOrganizationWord(const QString &word) const;
    const TitleKind *title(const QString &phrase) const;
    int longestTitleWords() const { return m_longestTitleWords; }
    int longestPlaceWords() const { return m_longestPlaceWords; }

    // For tests and the data tool: counts of what was loaded.
    qsizetype placeCount() const { return m_places.size(); }
    qsizetype givenNameCount() const { return m_givenNames.size(); }

    static QString foldAccents(const QString &text);

private:
    QHash<QString, Place> m_places;
    QSet<QString> m_demonyms;
    QSet<QString> m_givenNames;
    QSet<QString> m_commonWords;
    QSet<QString> m_calendar;
    QSet<QString> m_orgWords;
    QHash<QString, TitleKind> m_titles; // lower case, hyphens as spaces
    int m_longestTitleWords = 1;
    int m_longestPlaceWords = 1;
};
