#pragma once

#include "core/entities/entity.h"

#include <QList>
#include <QString>

#include <optional>

// Which entities the reader follows, each with a colour slot of its own. A single selection
// takes its type's slot (people amber, places blue, organizations violet); entities added with
// Ctrl+click take their type's slot if it is free, else the first free one, so colours stay
// distinct and stable while the selection changes.
class EntitySelection
{
public:
    static constexpr int SlotCount = 8;
    // The slot that says an entity's type: 0 person, 1 place, 2 organization.
    static int typeSlot(EntityType type) { return int(type); }

    struct Item
    {
        QString id;
        int slot = 0;
    };

    // `typeSlot` is the slot that says the entity's type (0 person, 1 place, 2 organization).
    void select(const QString &id, int typeSlot);
    // Adds the entity, or removes it when it is already selected. Returns true if it is now in.
    bool toggle(const QString &id, int typeSlot);
    void remove(const QString &id);
    void clear() { m_items.clear(); }

    const QList<Item> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    bool contains(const QString &id) const { return slotOf(id).has_value(); }
    std::optional<int> slotOf(const QString &id) const;
    QStringList ids() const;

private:
    int freeSlot(int preferred) const;

    QList<Item> m_items; // in the order they were added
};
