#pragma once

#include "core/entities/entitylist.h"

#include <QAbstractItemModel>

// The sidebar's model: groups (People, Places, Organizations) with their entities as children;
// entities the reader marked "not an entity" (Entity::hidden) are in a last group, "Hidden".
// Column 0 is the name, column 1 the number of mentions, column 2 where in the article the
// entity appears (DistributionRole, drawn as a sparkline).
class EntityListModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        EntityIdRole = Qt::UserRole + 1,
        EntityTypeRole, // int(EntityType), on groups and entities
        MentionCountRole,
        EntityRoleTextRole, // "Secretary of State"
        IsGroupRole,
        DistributionRole, // QList<int>: mentions in each of DistributionBins slices of the text
        FirstPositionRole,
        IsHiddenRole,   // true on the "Hidden" group and the entities in it
        GroupTitleRole, // a group's title without its count: "People"
    };
    // Name sorts people by surname (the last word of the name), the rest as written.
    enum class SortOrder { Mentions, FirstAppearance, Name };
    static constexpr int DistributionBins = 24;

    explicit EntityListModel(QObject *parent = nullptr);

    // `textLength` scales the distributions; 0 takes the last mention's end.
    void setEntities(const EntityList &entities, qsizetype textLength = 0);
    void setSortOrder(SortOrder order);
    SortOrder sortOrder() const { return m_sortOrder; }
    void setTypeVisible(EntityType type, bool visible);
    bool isTypeVisible(EntityType type) const;
    const EntityList &entities() const { return m_entities; }

    QModelIndex indexForId(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        EntityType type;          // for the Hidden group, that of its first member
        QList<qsizetype> members; // indices into m_entities.entities()
        bool hidden = false;
    };
    const Entity *entityFor(const QModelIndex &index) const;
    void rebuildGroups();

    EntityList m_entities;
    QList<QList<int>> m_distributions; // per entity, same order as m_entities
    SortOrder m_sortOrder = SortOrder::Mentions;
    QList<EntityType> m_hiddenTypes;
    QList<Group> m_groups; // only non-empty groups: People, Places, Organizations, Hidden
};
