#include "core/models/entitylistmodel.h"

#include "core/navigation/mentioncontext.h"

#include <QCoreApplication>

#include <algorithm>

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

// How a name sorts under Name: a person by surname, then the given names ("Putin, Vladimir");
// anything else as written.
QString sortKey(const Entity &e)
{
    if (e.type != EntityType::Person)
        return e.name;
    const qsizetype space = e.name.lastIndexOf(u' ');
    if (space < 0)
        return e.name;
    return e.name.sliced(space + 1) + u' ' + e.name.first(space);
}

QString hiddenTitle()
{
    return QCoreApplication::translate("EntityListModel", "Hidden");
}

} // namespace

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void EntityListModel::setEntities(const EntityList &entities, qsizetype textLength)
{
    if (entities.isEmpty() && m_entities.isEmpty())
        return; // empty it stays: no reset for the views to redo
    beginResetModel();
    m_entities = entities;
    qsizetype length = textLength;
    for (const auto &e : m_entities.entities()) {
        if (!e.mentions.isEmpty())
            length = std::max(length, e.mentions.constLast().end);
    }
    m_distributions.clear();
    for (const auto &e : m_entities.entities())
        m_distributions.append(MentionContext::distribution(e.mentions, length, DistributionBins));
    rebuildGroups();
    endResetModel();
}

void EntityListModel::setSortOrder(SortOrder order)
{
    if (order == m_sortOrder)
        return;
    beginResetModel();
    m_sortOrder = order;
    rebuildGroups();
    endResetModel();
}

void EntityListModel::setTypeVisible(EntityType type, bool visible)
{
    if (visible == isTypeVisible(type))
        return;
    beginResetModel();
    if (visible)
        m_hiddenTypes.removeAll(type);
    else
        m_hiddenTypes.append(type);
    rebuildGroups();
    endResetModel();
}

bool EntityListModel::isTypeVisible(EntityType type) const
{
    return !m_hiddenTypes.contains(type);
}

void EntityListModel::rebuildGroups()
{
    m_groups.clear();
    const auto &all = m_entities.entities();
    const auto sorted = [this, &all](Group g) {
        // EntityList is already sorted by mentions, then name.
        if (m_sortOrder == SortOrder::FirstAppearance) {
            std::stable_sort(g.members.begin(), g.members.end(), [&all](qsizetype a, qsizetype b) {
                return all[a].mentions.value(0).start < all[b].mentions.value(0).start;
            });
        } else if (m_sortOrder == SortOrder::Name) {
            QList<QString> keys(all.size());
            for (qsizetype i : std::as_const(g.members))
                keys[i] = sortKey(all[i]);
            std::stable_sort(g.members.begin(), g.members.end(), [&keys](qsizetype a, qsizetype b) {
                return QString::localeAwareCompare(keys[a], keys[b]) < 0;
            });
        }
        return g;
    };
    Group hidden{EntityType::Person, {}, true};
    for (EntityType type : {EntityType::Person, EntityType::Place, EntityType::Organization}) {
        if (!isTypeVisible(type))
            continue;
        Group g{type, {}};
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].type == type)
                (all[i].hidden ? hidden : g).members.append(i);
        }
        if (!g.members.isEmpty())
            m_groups.append(sorted(g));
    }
    if (!hidden.members.isEmpty()) {
        std::sort(hidden.members.begin(), hidden.members.end()); // back to the list's order
        hidden.type = all[hidden.members.first()].type;
        m_groups.append(sorted(hidden));
    }
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
    return 3;
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
                    .arg(group.hidden ? hiddenTitle() : groupTitle(group.type))
                    .arg(group.members.size());
            return {};
        case EntityTypeRole:
            return int(group.type);
        case IsGroupRole:
            return true;
        case IsHiddenRole:
            return group.hidden;
        case GroupTitleRole:
            return group.hidden ? hiddenTitle() : groupTitle(group.type);
        case Qt::AccessibleTextRole:
            return QCoreApplication::translate("EntityListModel", "%1, %n entities", nullptr,
                                               int(group.members.size()))
                .arg(group.hidden ? hiddenTitle() : groupTitle(group.type));
        default:
            return {};
        }
    }
    const Entity *e = entityFor(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return e->name;
        if (index.column() == 1)
            return int(e->mentions.size());
        return {};
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
    case DistributionRole:
        return QVariant::fromValue(m_distributions.value(e - m_entities.entities().constData()));
    case FirstPositionRole:
        return qint64(e->mentions.value(0).start);
    case IsGroupRole:
        return false;
    case IsHiddenRole:
        return e->hidden;
    default:
        return {};
    }
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return QCoreApplication::translate("EntityListModel", "Name");
    case 1:
        return QCoreApplication::translate("EntityListModel", "Mentions");
    default:
        return QCoreApplication::translate("EntityListModel", "Where");
    }
}

Qt::ItemFlags EntityListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    // Entities can be dragged onto one another (a merge request; the sidebar handles the drop).
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}
