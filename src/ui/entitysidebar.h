#pragma once

#include <QWidget>

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

    // Makes an entity current without emitting entityActivated (the caller already knows).
    void setCurrentEntity(const QString &entityId);
    void clearSelection();
    void focusFilter();

    QTreeView *view() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void entityActivated(const QString &entityId);
    void selectionCleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void focusFirstMatch();
    void expandAndResize();

    EntityListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
};
