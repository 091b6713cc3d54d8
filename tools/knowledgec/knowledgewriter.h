#pragma once

#include "core/extraction/knowledgeformat.h"

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>

#include <cstdint>

// Writes the knowledge table (KnowledgeFormat) from keys already normalised the way Knowledge
// searches them. Used by tools/knowledgec at build time, and by tests to build small tables.
namespace KnowledgeWriter {

struct PlaceSource
{
    QString canonical;          // the key itself when it is its own canonical name
    std::uint32_t placeClass{}; // KnowledgeFormat::PlaceClass
    // Lower first: the records of the places news names most (countries, then regions, cities,
    // towns) are kept together at the start of the pool, so that finding them touches few pages
    // (the group of the class in KnowledgeFormat::PlaceClasses).
    std::uint32_t prominence{};
};

struct Sources
{
    QMap<QString, PlaceSource> places;
    QMap<QString, std::uint32_t> titles; // key -> KnowledgeFormat::TitleKind
    // The sections whose records have no payload (Payload::None); the rest stay empty.
    QSet<QString> sets[KnowledgeFormat::SectionCount];
    int longestTitleWords = 1;
    int longestPlaceWords = 1;
};

// The table; an empty array, with *error set, when a string cannot be stored (not valid UTF-16,
// longer than KnowledgeFormat::MaxKeyBytes in UTF-8) or the table would exceed 4 GB.
QByteArray write(const Sources &sources, QString *error = nullptr);

} // namespace KnowledgeWriter
