#include "ui/library/librarywindow.h"

#include "core/library/librarytablemodel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int TypeRole = Qt::UserRole + 2;

// The snippet as rich text, the words found in bold.
QString markedSnippet(const LibrarySearchHit &hit)
{
    QString html;
    qsizetype at = 0;
    for (const Mention &m : hit.highlights) {
        html += hit.snippet.mid(at, m.start - at).toHtmlEscaped();
        html += QStringLiteral("<b>") + hit.snippet.mid(m.start, m.length()).toHtmlEscaped()
                + QStringLiteral("</b>");
        at = m.end;
    }
    html += hit.snippet.mid(at).toHtmlEscaped();
    return html;
}

// A line edit that asks once the reader pauses typing.
QLineEdit *typedField(QWidget *parent, const QString &placeholder,
                      const std::function<void(const QString &)> &changed)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto *pause = new QTimer(edit);
    pause->setSingleShot(true);
    pause->setInterval(150);
    QObject::connect(edit, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    QObject::connect(pause, &QTimer::timeout, edit, [edit, changed] { changed(edit->text()); });
    return edit;
}

} // namespace

LibraryWindow::LibraryWindow(LibraryTableModel *model, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
{
    setWindowTitle(tr("Library"));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("libraryTabs"));
    m_tabs->addTab(createArticlesPage(), tr("&Articles"));
    m_tabs->addTab(createSearchPage(), tr("&Search"));
    m_tabs->addTab(createEntitiesPage(), tr("&People and Places"));
    layout->addWidget(m_tabs);

    auto *bottom = new QHBoxLayout;
    auto *import = new QPushButton(tr("&Import Folder\u2026"), this);
    import->setObjectName(QStringLiteral("importButton"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder"));
        if (!folder.isEmpty())
            emit importRequested(folder);
    });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &LibraryWindow::cancelImportRequested);
    m_undo = new QPushButton(tr("&Undo Remove"), this);
    m_undo->setObjectName(QStringLiteral("undoRemove"));
    m_undo->hide();
    connect(m_undo, &QPushButton::clicked, this, &LibraryWindow::undoRemoveRequested);
    auto *undoKey = new QShortcut(QKeySequence::Undo, this);
    connect(undoKey, &QShortcut::activated, this, [this] {
        if (m_undo->isVisible())
            emit undoRemoveRequested();
    });
    m_keep = new QCheckBox(tr("&Keep articles I open"), this);
    m_keep->setObjectName(QStringLiteral("keepArticles"));
    connect(m_keep, &QCheckBox::toggled, this, &LibraryWindow::keepingChanged);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("libraryStatus"));
    m_status->setWordWrap(true);
    bottom->addWidget(import);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_undo);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_keep);
    layout->addLayout(bottom);
}

QWidget *LibraryWindow::createArticlesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_filter = typedField(page, tr("Filter by title or site"),
                          [this](const QString &text) { m_model->setFilter(text); });
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryTableModel::LastRead, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LibraryTableModel::Title,
                                                      QHeaderView::Stretch);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const LibraryEntry *e = m_model->entry(index.row()))
            emit openRequested(e->id);
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (const QList<qint64> ids = selectedIds(); !ids.isEmpty())
            emit removeRequested(ids);
    });
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    return page;
}

QWidget *LibraryWindow::createSearchPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_search = typedField(page, tr("Search titles and text"),
                          [this](const QString &text) { emit searchRequested(text); });
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_hits = new QTreeWidget(page);
    m_hits->setObjectName(QStringLiteral("searchHits"));
    m_hits->setHeaderLabels({tr("Article"), tr("Where the words are")});
    m_hits->setRootIsDecorated(false);
    m_hits->setWordWrap(true);
    m_hits->header()->setStretchLastSection(true);
    m_hits->setColumnWidth(0, 260);
    connect(m_hits, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRequested(item->data(0, IdRole).toLongLong());
    });
    layout->addWidget(m_search);
    layout->addWidget(m_hits);
    return page;
}

QWidget *LibraryWindow::createEntitiesPage()
{
    auto *page = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(page);
    auto *leftLayout = new QVBoxLayout(left);
    m_entityFilter = typedField(left, tr("Find a name"),
                                [this](const QString &text) { emit entityFilterChanged(text); });
    m_entityFilter->setObjectName(QStringLiteral("entityFilter"));
    m_entities = new QTreeWidget(left);
    m_entities->setObjectName(QStringLiteral("libraryEntities"));
    m_entities->setHeaderLabels({tr("Name"), tr("Kind"), tr("Articles")});
    m_entities->setRootIsDecorated(false);
    connect(m_entities, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit lookupRequested(item->text(0), EntityType(item->data(0, TypeRole).toInt()));
    });
    leftLayout->addWidget(m_entityFilter);
    leftLayout->addWidget(m_entities);

    auto *right = new QWidget(page);
    auto *rightLayout = new QVBoxLayout(right);
    m_lookupTitle = new QLabel(tr("Choose a name to see the articles that mention it."), right);
    m_lookupTitle->setObjectName(QStringLiteral("lookupTitle"));
    m_lookupTitle->setWordWrap(true);
    m_occurrences = new QTreeWidget(right);
    m_occurrences->setObjectName(QStringLiteral("occurrences"));
    m_occurrences->setHeaderLabels({tr("Article"), tr("Mentions"), tr("First mention")});
    m_occurrences->setRootIsDecorated(false);
    m_occurrences->setWordWrap(true);
    m_occurrences->setColumnWidth(0, 220);
    connect(m_occurrences, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openRequested(item->data(0, IdRole).toLongLong());
    });
    m_companions = new QTreeWidget(right);
    m_companions->setObjectName(QStringLiteral("companions"));
    m_companions->setHeaderLabels({tr("Appears alongside"), tr("Kind"), tr("Articles")});
    m_companions->setRootIsDecorated(false);
    connect(m_companions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit lookupRequested(item->text(0), EntityType(item->data(0, TypeRole).toInt()));
    });
    rightLayout->addWidget(m_lookupTitle);
    rightLayout->addWidget(m_occurrences, 2);
    rightLayout->addWidget(m_companions, 1);
    page->addWidget(left);
    page->addWidget(right);
    page->setStretchFactor(1, 2);
    return page;
}

QList<qint64> LibraryWindow::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (const LibraryEntry *e = m_model->entry(index.row()))
            ids.append(e->id);
    }
    return ids;
}

void LibraryWindow::showSearchHits(const QString &query, const QList<LibrarySearchHit> &hits)
{
    m_hits->clear();
    for (const LibrarySearchHit &hit : hits) {
        auto *item = new QTreeWidgetItem(m_hits);
        item->setText(0, hit.entry.title.isEmpty() ? hit.entry.source : hit.entry.title);
        item->setToolTip(0, hit.entry.source);
        item->setData(0, IdRole, hit.entry.id);
        item->setText(1, hit.snippet); // for the accessible text; the label shows it marked
        auto *label = new QLabel(markedSnippet(hit));
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        m_hits->setItemWidget(item, 1, label);
    }
    if (query.trimmed().isEmpty())
        setStatus({});
    else
        setStatus(hits.isEmpty() ? tr("Nothing in the library matches \u201c%1\u201d.").arg(query)
                                 : tr("%n article(s) found.", nullptr, int(hits.size())));
}

void LibraryWindow::showEntityIndex(const QList<LibraryEntity> &entities)
{
    const QSignalBlocker blocker(m_entities);
    m_entities->clear();
    for (const LibraryEntity &e : entities) {
        auto *item = new QTreeWidgetItem(m_entities, {e.name, entityTypeLabel(e.type),
                                                      QString::number(e.articles)});
        item->setData(0, TypeRole, int(e.type));
    }
}

void LibraryWindow::showLookup(const QString &name, const LibraryLookup &lookup)
{
    m_tabs->setCurrentIndex(2);
    m_lookupTitle->setText(
        lookup.occurrences.isEmpty()
            ? tr("No article in the library mentions \u201c%1\u201d.").arg(name)
            : tr("\u201c%1\u201d in %n article(s):", nullptr, int(lookup.occurrences.size()))
                  .arg(name));
    m_occurrences->clear();
    for (const LibraryOccurrence &o : lookup.occurrences) {
        auto *item = new QTreeWidgetItem(m_occurrences,
                                         {o.entry.title.isEmpty() ? o.entry.source : o.entry.title,
                                          QString::number(o.mentions), o.firstSentence});
        item->setData(0, IdRole, o.entry.id);
        item->setToolTip(0, o.entry.source);
        item->setToolTip(2, o.name);
    }
    m_companions->clear();
    for (const LibraryCompanion &c : lookup.companions) {
        auto *item = new QTreeWidgetItem(m_companions, {c.name, entityTypeLabel(c.type),
                                                        QString::number(c.articles)});
        item->setData(0, TypeRole, int(c.type));
    }
}

void LibraryWindow::setImportProgress(int done, int total)
{
    m_progress->setVisible(total > 0);
    m_cancel->setVisible(total > 0);
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

void LibraryWindow::setStatus(const QString &message)
{
    m_status->setText(message);
}

void LibraryWindow::setUndoAvailable(bool available)
{
    m_undo->setVisible(available);
}

void LibraryWindow::setKeeping(bool keep)
{
    const QSignalBlocker blocker(m_keep);
    m_keep->setChecked(keep);
}
