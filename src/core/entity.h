#pragma once

#include <QList>
#include <QString>

#include <optional>

enum class EntityType { Person, Place, Organization };

// The stable names of the headless contract: "person", "place", "organization".
QString entityTypeName(EntityType type);
std::optional<EntityType> entityTypeFromName(QStringView name);

// One mention of an entity: a UTF-16 range [start, end) of Article::text.
struct Mention
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    friend bool operator==(const Mention &, const Mention &) = default;
};

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
