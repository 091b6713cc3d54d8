#include "core/entities/entity.h"

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("person");
    case EntityType::Place:
        return QStringLiteral("place");
    case EntityType::Organization:
        return QStringLiteral("organization");
    }
    return {};
}

std::optional<EntityType> entityTypeFromName(QStringView name)
{
    if (name == u"person")
        return EntityType::Person;
    if (name == u"place")
        return EntityType::Place;
    if (name == u"organization")
        return EntityType::Organization;
    return std::nullopt;
}
