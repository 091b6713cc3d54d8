#include "core/navigation/entityselection.h"

void EntitySelection::select(const QString &id, int typeSlot)
{
    m_items = {{id, typeSlot % SlotCount}};
}

bool EntitySelection::toggle(const QString &id, int typeSlot)
{
    if (contains(id)) {
        remove(id);
        return false;
    }
    if (m_items.size() >= SlotCount)
        m_items.removeFirst(); // the oldest makes room, so every colour stays distinct
    m_items.append({id, freeSlot(typeSlot % SlotCount)});
    return true;
}

void EntitySelection::remove(const QString &id)
{
    m_items.removeIf([&id](const Item &item) { return item.id == id; });
}

std::optional<int> EntitySelection::slotOf(const QString &id) const
{
    for (const auto &item : m_items) {
        if (item.id == id)
            return item.slot;
    }
    return std::nullopt;
}

QStringList EntitySelection::ids() const
{
    QStringList out;
    for (const auto &item : m_items)
        out.append(item.id);
    return out;
}

int EntitySelection::freeSlot(int preferred) const
{
    auto used = [this](int slot) {
        for (const auto &item : m_items) {
            if (item.slot == slot)
                return true;
        }
        return false;
    };
    if (!used(preferred))
        return preferred;
    for (int slot = 0; slot < SlotCount; ++slot) {
        if (!used(slot))
            return slot;
    }
    return preferred;
}
