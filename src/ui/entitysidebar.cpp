#include "entitysidebar.h"

#include "entitycolors.h"
#include "entitylistmodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// Draws a swatch of the entity's highlight colour before its name, and group rows in bold.
class EntityDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool group = index.data(EntityListModel::IsGroupRole).toBool();
        if (group) {
            option->font.setBold(true);
            return;
        }
        if (index.column() != 0)
            return;
        const auto type = EntityType(index.data(EntityListModel::EntityTypeRole).toInt());
        const EntityColors colors = EntityColors::forType(type, option->palette);
        const int size = option->fontMetrics.height() - 4;
        QPixmap swatch(size, size);
        swatch.fill(Qt::transparent);
        QPainter p(&swatch);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(colors.outline, 1));
        p.setBrush(colors.fill);
        p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
        p.end();
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QIcon(swatch);
        option->decorationSize = QSize(size, size);
    }
};

} // namespace

EntitySidebar::EntitySidebar(EntityListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    m_filter->setObjectName(QStringLiteral("entityFilter"));
    m_filter->setPlaceholderText(tr("Filter people and places"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter entities"));
    m_filter->installEventFilter(this);

    m_tree->setObjectName(QStringLiteral("entityTree"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new EntityDelegate(m_tree));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("People and places"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setItemsExpandable(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EntitySidebar::expandAndResize);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EntitySidebar::onCurrentChanged);
    // Down or Enter in the filter moves to the first match, as in a launcher.
    connect(m_filter, &QLineEdit::returnPressed, this, &EntitySidebar::focusFirstMatch);
    expandAndResize();
}

void EntitySidebar::focusFirstMatch()
{
    const QModelIndex first = m_proxy->index(0, 0, m_proxy->index(0, 0));
    if (!first.isValid())
        return;
    m_tree->setFocus();
    m_tree->setCurrentIndex(first);
}

bool EntitySidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        focusFirstMatch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EntitySidebar::expandAndResize()
{
    m_tree->expandAll();
}

void EntitySidebar::onCurrentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString id = current.siblingAtColumn(0).data(EntityListModel::EntityIdRole).toString();
    if (id.isEmpty())
        emit selectionCleared();
    else
        emit entityActivated(id);
}

void EntitySidebar::setCurrentEntity(const QString &entityId)
{
    const QSignalBlocker blocker(m_tree->selectionModel());
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(entityId));
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->viewport()->update();
}

void EntitySidebar::clearSelection()
{
    const QSignalBlocker blocker(m_tree->selectionModel());
    m_tree->selectionModel()->clear();
    m_tree->viewport()->update();
}

void EntitySidebar::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}
