#pragma once

#include <QWidget>

class EmptyViewText;
class EntityListModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// Lists the article's people, places and organisations, with a filter box. It emits requests;
// the main window decides what they mean.
class EntitySidebar final : public QWidget
{
    Q_OBJECT
public:
    explicit EntitySidebar(EntityListModel *model, QWidget *parent = nullptr);

    // Makes these entities the selection, `currentId` the current one, without emitting
    // selectionRequested (the caller already knows).
    void setSelectedEntities(const QStringList &ids, const QString &currentId);
    void setCurrentEntity(const QString &entityId) { setSelectedEntities({entityId}, entityId); }
    void clearSelection();
    void focusFilter();

    // What the list says while it has no rows: the window sets it (people and places being
    // found, or none found). A filter that matches nothing says so instead.
    void setEmptyText(const QString &text);
    // What the list says now: empty when it has rows.
    QString placeholderText() const;

    QTreeView *view() const { return m_tree; }
    QStringList selectedIds() const;
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    // The reader chose these entities (click, Ctrl+click, Shift+click, keyboard); `currentId` is
    // the one to step through. An empty list asks to clear the selection.
    void selectionRequested(const QStringList &ids, const QString &currentId);
    // The reader dropped entities onto another one: fold them into it.
    void mergeRequested(const QString &targetId, const QStringList &ids);
    // The context menu was asked for over the list (the window builds it from its actions).
    void contextMenuRequested(const QPoint &globalPos);
    // A click on a column's header: sort by it (the window owns the sort order).
    void sortRequested(int column);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onSelectionChanged();
    void focusFirstMatch();
    void fitColumns();

    EntityListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    EmptyViewText *m_emptyView = nullptr;
    QString m_emptyText;
};
