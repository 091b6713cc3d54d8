#include "ui/sidebar/entitysidebar.h"

#include "ui/style/icons.h"

#include "core/models/entitylistmodel.h"
#include "ui/style/emptyviewtext.h"
#include "ui/style/entitycolors.h"

#include <QApplication>
#include <QDropEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <vector>

namespace {

// Draws a swatch of the entity's highlight colour before its name, the role the article gives
// it on a second, quieter line, and group rows in bold.
class EntityDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Every row of one kind (a group's title; an entity's name with its swatch; an entity's
        // other columns) in one font is as tall as any other: ask the style, which lays the text
        // out, once per kind. The tree asks for every row's height whenever its geometry
        // changes, hundreds of rows in a long article, so this asks the model for one role.
        const bool group = index.data(EntityListModel::IsGroupRole).toBool();
        SizeCache &cache = m_sizes[group ? 0 : index.column() == 0 ? 1 : 2];
        if (!cache.size.isValid() || cache.font != option.font)
            cache = {option.font, QStyledItemDelegate::sizeHint(option, index)};
        QSize size = cache.size;
        if (!group && !roleOf(index).isEmpty())
            size.rheight() += roleHeight(option);
        return size;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.column() == 2 && !index.data(EntityListModel::IsGroupRole).toBool()) {
            paintDistribution(painter, option, index);
            return;
        }
        const QString role = roleOf(index);
        if (role.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        // The name on the first line, as usual; the role below it, indented like the name.
        const QFont small = roleFont(option.font);
        const int roleHeight = this->roleHeight(option);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        QStyleOptionViewItem top = option;
        initStyleOption(&top, index);
        top.rect.setHeight(option.rect.height() - roleHeight);
        style->drawControl(QStyle::CE_ItemViewItem, &top, painter, widget);
        // The second line's background like the first's (selection, hover): the panel alone,
        // without laying out an empty item.
        QStyleOptionViewItem bottom = top;
        bottom.rect = option.rect;
        bottom.rect.setTop(option.rect.bottom() - roleHeight + 1);
        bottom.text.clear();
        bottom.icon = QIcon();
        bottom.features &= ~QStyleOptionViewItem::HasDecoration;
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &bottom, painter, widget);
        // Line the role up with the name above it.
        const QRect nameRect = style->subElementRect(QStyle::SE_ItemViewItemText, &top, widget);
        const QRect textRect(nameRect.left() + 2, bottom.rect.top(),
                             option.rect.right() - nameRect.left() - 4, bottom.rect.height());
        painter->save();
        painter->setFont(small);
        const bool selected = option.state & QStyle::State_Selected;
        QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        if (!selected)
            color.setAlphaF(0.65f);
        painter->setPen(color);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(role, Qt::ElideRight, textRect.width()));
        painter->restore();
    }

private:
    struct SizeCache
    {
        QFont font; // the view's, before a group's title is made bold
        QSize size;
    };
    mutable SizeCache m_sizes[3]; // group titles, names with a swatch, other entity columns
    mutable std::pair<QFont, int> m_roleHeight{QFont(), -1};
    struct Swatch
    {
        QRgb fill;
        QRgb outline;
        int size;
        qreal dpr;
        QIcon icon;
    };
    mutable std::vector<Swatch> m_swatches; // one per type, size and palette seen

    // The height of the role's line under a name in `option`'s font.
    int roleHeight(const QStyleOptionViewItem &option) const
    {
        if (m_roleHeight.second < 0 || m_roleHeight.first != option.font) {
            const QFont small = roleFont(option.font);
            m_roleHeight = {option.font, small.pointSizeF() > 0 ? QFontMetrics(small).height()
                                                                : option.fontMetrics.height()};
        }
        return m_roleHeight.second;
    }

    // A rounded square in the type's colours: drawn once per colour, size and pixel ratio, not
    // for every row each time the list paints or is measured.
    QIcon swatch(const EntityColors &colors, int size, qreal dpr) const
    {
        const QRgb fill = colors.fill.rgba();
        const QRgb outline = colors.outline.rgba();
        for (const Swatch &known : m_swatches) {
            if (known.fill == fill && known.outline == outline && known.size == size
                && known.dpr == dpr)
                return known.icon;
        }
        QPixmap pixmap(QSize(size, size) * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(colors.outline, 1));
        p.setBrush(colors.fill);
        p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
        p.end();
        if (m_swatches.size() >= 16) // palettes and sizes come and go; keep the recent ones
            m_swatches.clear();
        m_swatches.push_back({fill, outline, size, dpr, QIcon(pixmap)});
        return m_swatches.back().icon;
    }

    // A sparkline of where in the article the entity appears: one bar per slice of the text.
    static void paintDistribution(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
    {
        QStyleOptionViewItem background = option;
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
        const auto bins = index.data(EntityListModel::DistributionRole).value<QList<int>>();
        if (bins.isEmpty())
            return;
        const int peak = std::max(1, *std::max_element(bins.cbegin(), bins.cend()));
        const auto type = EntityType(index.data(EntityListModel::EntityTypeRole).toInt());
        const bool selected = option.state & QStyle::State_Selected;
        const QColor color = selected ? option.palette.color(QPalette::HighlightedText)
                                      : EntityColors::forType(type, option.palette).outline;
        const int h = std::min(option.fontMetrics.height(), option.rect.height() - 4);
        const QRectF area(option.rect.left() + 3,
                          option.rect.top() + (option.rect.height() - h) / 2,
                          option.rect.width() - 6, h);
        const qreal w = area.width() / bins.size();
        painter->save();
        // A baseline, so that an entity seen once still shows where the article runs.
        QColor base = color;
        base.setAlphaF(0.3f);
        painter->fillRect(QRectF(area.left(), area.bottom() - 1, area.width(), 1), base);
        for (int i = 0; i < bins.size(); ++i) {
            if (bins[i] == 0)
                continue;
            const qreal bar = std::max(2.0, area.height() * bins[i] / peak);
            painter->fillRect(QRectF(area.left() + i * w, area.bottom() - bar,
                                     std::max(1.0, w - 0.5), bar),
                              color);
        }
        painter->restore();
    }

    static QString roleOf(const QModelIndex &index)
    {
        if (index.column() != 0)
            return {};
        return index.data(EntityListModel::EntityRoleTextRole).toString();
    }
    static QFont roleFont(QFont font)
    {
        font.setPointSizeF(font.pointSizeF() * 0.85);
        return font;
    }

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
        // In device pixels, so that the swatch stays crisp on a high-DPI screen.
        const qreal dpr = option->widget ? option->widget->devicePixelRatio() : 1.0;
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = swatch(colors, size, dpr);
        option->decorationSize = QSize(size, size);
    }
};

// The filter: a group's title counts what it shows of its entities while the filter hides some
// ("People (3 of 5)"), so the title never claims rows that are not there.
class EntityFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == 0 && !index.parent().isValid()) {
            const QModelIndex source = mapToSource(index);
            const int all = sourceModel()->rowCount(source);
            const int shown = rowCount(index);
            if (shown != all)
                return QCoreApplication::translate("EntitySidebar", "%1 (%2 of %3)")
                    .arg(source.data(EntityListModel::GroupTitleRole).toString())
                    .arg(shown)
                    .arg(all);
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

EntitySidebar::EntitySidebar(EntityListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new EntityFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    m_filter->setObjectName(QStringLiteral("entityFilter"));
    m_filter->setPlaceholderText(tr("Filter people and places"));
    Icons::clearButtonOnceTyped(m_filter);
    m_filter->setAccessibleName(tr("Filter entities"));
    m_filter->installEventFilter(this);

    m_tree->setObjectName(QStringLiteral("entityTree"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new EntityDelegate(m_tree));
    m_tree->setRootIsDecorated(false);
    m_tree->setAllColumnsShowFocus(true);
    // Click selects one entity, Ctrl+click adds or removes one, Shift+click a range: several
    // entities are then highlighted side by side, each in its own colour.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("People and places"));
    // The counts and the sparklines get fixed widths, measured once here: ResizeToContents would
    // measure every row in view at each change of the list, and at start-up.
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Fixed);
    header->setSectionResizeMode(2, QHeaderView::Fixed);
    // The headers sort: Name, Mentions, Where (first appearance); the order is the window's.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sectionClicked, this, &EntitySidebar::sortRequested);
    fitColumns();
    m_tree->setItemsExpandable(false);
    // Drag an entity onto another to merge them.
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->viewport()->installEventFilter(this);
    // An empty list says why.
    m_emptyView = new EmptyViewText(m_tree, [this] {
        if (!m_filter->text().isEmpty() && m_model->rowCount() > 0)
            return tr("No names match \u201c%1\u201d").arg(m_filter->text());
        if (m_model->rowCount() == 0 && !m_model->entities().isEmpty())
            return tr("The kinds of names found are hidden: show them from the View menu");
        return m_emptyText;
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        emit contextMenuRequested(m_tree->viewport()->mapToGlobal(pos));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EntitySidebar::fitColumns);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntitySidebar::onSelectionChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                // Moving the current row within the selection changes which one is followed.
                if (m_tree->selectionModel()->isSelected(current))
                    onSelectionChanged();
            });
    // Down or Enter in the filter moves to the first match, as in a launcher.
    connect(m_filter, &QLineEdit::returnPressed, this, &EntitySidebar::focusFirstMatch);
    if (m_proxy->rowCount() > 0) // an empty list (the usual start) has nothing to expand yet
        m_tree->expandAll();
}

// The columns for the font (measured again when it changes: zoom, a larger system font), the
// sort order's header marked, and the list at least as wide as its longest name, so that a
// larger font does not cut names short ("Donald Tru..."). One pass over the names per reset.
void EntitySidebar::fitColumns()
{
    QHeaderView *header = m_tree->header();
    const int headerMargins = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
                              + style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const QFontMetrics metrics = m_tree->fontMetrics();
    const int countWidth = std::max(header->fontMetrics().horizontalAdvance(
                                        m_model->headerData(1, Qt::Horizontal).toString())
                                        + headerMargins,
                                    metrics.horizontalAdvance(QStringLiteral("000000")) + 8);
    const int whereWidth = std::max(56, header->fontMetrics().horizontalAdvance(
                                            m_model->headerData(2, Qt::Horizontal).toString())
                                            + headerMargins);
    header->resizeSection(1, countWidth);
    header->resizeSection(2, whereWidth);
    int widest = 0;
    for (const Entity &e : m_model->entities().entities())
        widest = std::max(widest, metrics.horizontalAdvance(e.name));
    const int swatch = metrics.height() + 12; // the swatch, its gap, the item's margins
    const int wanted = widest + swatch + countWidth + whereWidth
                       + m_tree->verticalScrollBar()->sizeHint().width() + 2 * m_tree->frameWidth();
    m_tree->setMinimumWidth(std::min(wanted, 520));
    const int sorted[] = {1, 2, 0}; // Mentions, FirstAppearance, Name -> their columns
    header->setSortIndicator(sorted[int(m_model->sortOrder())],
                             m_model->sortOrder() == EntityListModel::SortOrder::Mentions
                                 ? Qt::DescendingOrder // most first
                                 : Qt::AscendingOrder);
}

void EntitySidebar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitColumns();
}

void EntitySidebar::focusFirstMatch()
{
    const QModelIndex first = m_proxy->index(0, 0, m_proxy->index(0, 0));
    if (!first.isValid())
        return;
    m_tree->setFocus();
    m_tree->setCurrentIndex(first);
}

QStringList EntitySidebar::selectedIds() const
{
    QStringList ids;
    const auto rows = m_tree->selectionModel()->selectedRows(0);
    for (const QModelIndex &index : rows) {
        const QString id = index.data(EntityListModel::EntityIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void EntitySidebar::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    m_emptyView->update();
}

QString EntitySidebar::placeholderText() const
{
    return m_emptyView->text();
}

bool EntitySidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove
            || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        // Only our own rows, dropped on another entity.
        const QString target = m_tree->indexAt(drop->position().toPoint())
                                   .siblingAtColumn(0)
                                   .data(EntityListModel::EntityIdRole)
                                   .toString();
        const QStringList dragged = selectedIds();
        const bool fromHere = drop->source() == m_tree;
        if (!fromHere
            || (event->type() != QEvent::DragEnter
                && (target.isEmpty() || dragged.isEmpty() || dragged == QStringList{target}))) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::MoveAction);
        drop->accept();
        if (event->type() == QEvent::Drop) {
            QStringList ids = dragged;
            ids.removeAll(target);
            emit mergeRequested(target, ids);
        }
        return true;
    }
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        focusFirstMatch();
        return true;
    }
    // Esc in the filter clears the filter first; in an empty filter it is the window's (clear
    // the highlight).
    if (watched == m_filter
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier
        && !m_filter->text().isEmpty()) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            m_filter->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EntitySidebar::onSelectionChanged()
{
    const QStringList ids = selectedIds();
    QString current
        = m_tree->currentIndex().siblingAtColumn(0).data(EntityListModel::EntityIdRole).toString();
    if (!ids.contains(current))
        current = ids.value(ids.size() - 1);
    emit selectionRequested(ids, current);
}

void EntitySidebar::setSelectedEntities(const QStringList &ids, const QString &currentId)
{
    const QSignalBlocker blocker(m_tree->selectionModel());
    QItemSelection selection;
    for (const QString &id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(2));
    }
    m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = m_proxy->mapFromSource(m_model->indexForId(currentId));
    if (current.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_tree->scrollTo(current);
    }
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
