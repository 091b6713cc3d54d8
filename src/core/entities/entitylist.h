#pragma once

#include "core/entities/entity.h"

#include <QList>

// The entities of one article, sorted by number of mentions then name, with lookups by id,
// name and text position.
class EntityList
{
public:
    EntityList() = default;
    explicit EntityList(QList<Entity> entities);

    const QList<Entity> &entities() const & { return m_entities; }
    // On a temporary ("extract(text).entities()") the list is moved out, so a range-for over it
    // does not dangle.
    QList<Entity> entities() && { return std::move(m_entities); }
    qsizetype size() const { return m_entities.size(); }
    bool isEmpty() const { return m_entities.isEmpty(); }
    qsizetype mentionCount() const { return m_byPosition.size(); }
    qsizetype count(EntityType type) const;

    const Entity *find(const QString &id) const;
    // Case-insensitive match on the display name, then on any mention's text.
    const Entity *findByName(QStringView name) const;
    // The entity with a mention covering a UTF-16 position, or nullptr.
    const Entity *entityAt(qsizetype position) const;

private:
    struct Ref
    {
        qsizetype start;
        qsizetype end;
        qsizetype entity;
    };
    QList<Entity> m_entities;
    QList<Ref> m_byPosition; // sorted by start
};
