#pragma once

#include "entitylist.h"

#include <QAbstractItemModel>

// The sidebar's model: groups (People, Places, Organizations) with their entities as children.
// Column 0 is the name, column 1 the number of mentions.
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
    };

    explicit EntityListModel(QObject *parent = nullptr);

    void setEntities(const EntityList &entities);
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
        EntityType type;
        QList<qsizetype> members; // indices into m_entities.entities()
    };
    const Entity *entityFor(const QModelIndex &index) const;

    EntityList m_entities;
    QList<Group> m_groups; // only non-empty groups, in the order People, Places, Organizations
};
