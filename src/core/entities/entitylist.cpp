#include "core/entities/entitylist.h"

#include <algorithm>

EntityList::EntityList(QList<Entity> entities)
    : m_entities(std::move(entities))
{
    for (auto &e : m_entities) {
        std::sort(e.mentions.begin(), e.mentions.end(),
                  [](const Mention &a, const Mention &b) { return a.start < b.start; });
    }
    std::stable_sort(m_entities.begin(), m_entities.end(), [](const Entity &a, const Entity &b) {
        if (a.mentions.size() != b.mentions.size())
            return a.mentions.size() > b.mentions.size();
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        for (const auto &m : std::as_const(m_entities[i].mentions))
            m_byPosition.append({m.start, m.end, i});
    }
    std::sort(m_byPosition.begin(), m_byPosition.end(),
              [](const Ref &a, const Ref &b) { return a.start < b.start; });
}

qsizetype EntityList::count(EntityType type) const
{
    return std::count_if(m_entities.cbegin(), m_entities.cend(),
                         [type](const Entity &e) { return e.type == type; });
}

const Entity *EntityList::find(const QString &id) const
{
    for (const auto &e : m_entities) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const Entity *EntityList::findByName(QStringView name) const
{
    for (const auto &e : m_entities) {
        if (name.compare(e.name, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

const Entity *EntityList::entityAt(qsizetype position) const
{
    auto it = std::upper_bound(m_byPosition.cbegin(), m_byPosition.cend(), position,
                               [](qsizetype pos, const Ref &r) { return pos < r.start; });
    if (it == m_byPosition.cbegin())
        return nullptr;
    --it;
    return position < it->end ? &m_entities[it->entity] : nullptr;
}
