#include "core/entities/entity.h"

#include <QCoreApplication>

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

QString entityTypeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("Entity", "person");
    case EntityType::Place:
        return QCoreApplication::translate("Entity", "place");
    case EntityType::Organization:
        return QCoreApplication::translate("Entity", "organization");
    }
    return {};
}

QStringView personSurname(QStringView name)
{
    const qsizetype space = name.lastIndexOf(u' ');
    return space < 0 ? QStringView() : name.sliced(space + 1);
}
