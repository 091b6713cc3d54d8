#include "entitylistmodel.h"

#include <QCoreApplication>

namespace {

QString groupTitle(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QCoreApplication::translate("EntityListModel", "People");
    case EntityType::Place:
        return QCoreApplication::translate("EntityListModel", "Places");
    case EntityType::Organization:
        return QCoreApplication::translate("EntityListModel", "Organizations");
    }
    return {};
}

} // namespace

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void EntityListModel::setEntities(const EntityList &entities)
{
    beginResetModel();
    m_entities = entities;
    m_groups.clear();
    for (EntityType type : {EntityType::Person, EntityType::Place, EntityType::Organization}) {
        Group g{type, {}};
        const auto &all = m_entities.entities();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].type == type)
                g.members.append(i);
        }
        if (!g.members.isEmpty())
            m_groups.append(g);
    }
    endResetModel();
}

QModelIndex EntityListModel::indexForId(const QString &id) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const auto &members = m_groups[g].members;
        for (int r = 0; r < members.size(); ++r) {
            if (m_entities.entities()[members[r]].id == id)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex EntityListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups[parent.row()].members.size());
}

int EntityListModel::columnCount(const QModelIndex &) const
{
    return 2;
}

const Entity *EntityListModel::entityFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const auto &group = m_groups[qsizetype(index.internalId() - 1)];
    return &m_entities.entities()[group.members[index.row()]];
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const auto &group = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == 0)
                return QStringLiteral("%1 (%2)")
                    .arg(groupTitle(group.type))
                    .arg(group.members.size());
            return {};
        case EntityTypeRole:
            return int(group.type);
        case IsGroupRole:
            return true;
        case Qt::AccessibleTextRole:
            return QCoreApplication::translate("EntityListModel", "%1, %n entities", nullptr,
                                               int(group.members.size()))
                .arg(groupTitle(group.type));
        default:
            return {};
        }
    }
    const Entity *e = entityFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? QVariant(e->name) : QVariant(int(e->mentions.size()));
    case Qt::ToolTipRole:
        return e->role.isEmpty() ? e->name : e->name + QStringLiteral(" \u2014 ") + e->role;
    case Qt::AccessibleTextRole:
        return QCoreApplication::translate("EntityListModel", "%1, %n mentions", nullptr,
                                           int(e->mentions.size()))
            .arg(e->name);
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case EntityIdRole:
        return e->id;
    case EntityTypeRole:
        return int(e->type);
    case MentionCountRole:
        return int(e->mentions.size());
    case EntityRoleTextRole:
        return e->role;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? QCoreApplication::translate("EntityListModel", "Name")
                        : QCoreApplication::translate("EntityListModel", "Mentions");
}

Qt::ItemFlags EntityListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
