#pragma once

#include "core/document/mention.h"

#include <QList>
#include <QString>

#include <optional>

enum class EntityType { Person, Place, Organization };

// The stable names of the headless contract: "person", "place", "organization".
QString entityTypeName(EntityType type);
std::optional<EntityType> entityTypeFromName(QStringView name);
// The type as the reader's window names it, translated: "person", "Person" in German.
QString entityTypeLabel(EntityType type);

// The surname of a person named in full: the last word of a name of two words or more ("Putin" of
// "Vladimir Putin"), empty for a single word. A surname alone stands for the full name: the
// extractor links "Putin" to "Vladimir Putin" within one article by it, and the library matches
// entities across articles by it.
QStringView personSurname(QStringView name);

// A person, place or organization with all its mentions, in text order.
struct Entity
{
    QString id;   // stable within one extraction: type + normalised name
    QString name; // the fullest form the article uses
    EntityType type = EntityType::Person;
    QString role; // "Secretary of State", when the text states one next to the name
    QList<Mention> mentions;
    bool hidden = false; // the reader marked it "not an entity" (Corrections); kept, restorable
};
