#pragma once

#include "core/library/library.h"

#include <QAbstractTableModel>
#include <QList>

// The library window's table of articles (title, site, date, people, places, last read), a page
// at a time: sorting and filtering are queries of the library (indexes on every column, the
// full-text index for the filter), so that 100,000 articles cost what one page costs. The model
// asks for rows by signals (queryChanged, moreRequested) and is given them (reset, append) by
// whoever runs the queries off the UI thread (LibraryController).
class LibraryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Site, Date, People, Places, LastRead, ColumnCount };
    static constexpr int PageSize = 200;

    explicit LibraryTableModel(QObject *parent = nullptr);

    // The first page of a new listing, and how many articles match in all.
    void reset(const QList<LibraryEntry> &rows, int total);
    // The next page, asked for by moreRequested.
    void append(const QList<LibraryEntry> &rows);
    const LibraryEntry *entry(int row) const;
    int total() const { return m_total; }

    LibraryListQuery query() const { return m_query; }
    void setFilter(const QString &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A new first page is needed (sort or filter changed).
    void queryChanged(const LibraryListQuery &query);
    // The page at query.offset is needed.
    void moreRequested(const LibraryListQuery &query);

private:
    QList<LibraryEntry> m_rows;
    int m_total = 0;
    LibraryListQuery m_query;
    bool m_fetching = false;
};
