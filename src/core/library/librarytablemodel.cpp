#include "core/library/librarytablemodel.h"

#include <QCoreApplication>
#include <QLocale>

LibraryTableModel::LibraryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_query.limit = PageSize;
}

void LibraryTableModel::reset(const QList<LibraryEntry> &rows, int total)
{
    beginResetModel();
    m_rows = rows;
    m_total = std::max(total, int(rows.size()));
    m_fetching = false;
    endResetModel();
}

void LibraryTableModel::append(const QList<LibraryEntry> &rows)
{
    m_fetching = false;
    if (rows.isEmpty()) {
        m_total = int(m_rows.size()); // the library shrank meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

const LibraryEntry *LibraryTableModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void LibraryTableModel::setFilter(const QString &filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    m_query.offset = 0;
    emit queryChanged(m_query);
}

int LibraryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryTableModel::data(const QModelIndex &index, int role) const
{
    const LibraryEntry *e = entry(index.row());
    if (!e || !index.isValid())
        return {};
    if (role == Qt::ToolTipRole)
        return e->source;
    if (role == Qt::TextAlignmentRole && (index.column() == People || index.column() == Places))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return e->title.isEmpty() ? e->source : e->title;
    case Site:
        return e->site;
    case Date:
        return e->published.left(10);
    case People:
        return e->people;
    case Places:
        return e->places;
    case LastRead:
        return e->lastRead.isValid()
                   ? QLocale().toString(e->lastRead.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    }
    return {};
}

QVariant LibraryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return QCoreApplication::translate("LibraryTableModel", "Title");
    case Site:
        return QCoreApplication::translate("LibraryTableModel", "Site");
    case Date:
        return QCoreApplication::translate("LibraryTableModel", "Date");
    case People:
        return QCoreApplication::translate("LibraryTableModel", "People");
    case Places:
        return QCoreApplication::translate("LibraryTableModel", "Places");
    case LastRead:
        return QCoreApplication::translate("LibraryTableModel", "Last read");
    }
    return {};
}

void LibraryTableModel::sort(int column, Qt::SortOrder order)
{
    using Sort = LibraryListQuery::Sort;
    static constexpr Sort bySection[] = {Sort::Title,  Sort::Site,   Sort::Published,
                                         Sort::People, Sort::Places, Sort::LastRead};
    if (column < 0 || column >= ColumnCount)
        return;
    const Sort sort = bySection[column];
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    m_query.offset = 0;
    emit queryChanged(m_query);
}

bool LibraryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void LibraryTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    LibraryListQuery next = m_query;
    next.offset = int(m_rows.size());
    emit moreRequested(next);
}
