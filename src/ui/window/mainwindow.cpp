#include "ui/window/mainwindow.h"

#include "core/document/articleloader.h"
#include "core/document/textfinder.h"
#include "core/entities/entityexport.h"
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"
#include "core/models/entitylistmodel.h"
#include "core/models/mentioncontextmodel.h"
#include "core/navigation/mentioncontext.h"
#include "ui/corrections/correctioncommand.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/style/emptyviewtext.h"
#include "ui/style/entitycolors.h"
#include "ui/style/icons.h"
#include "ui/text/articleview.h"
#include "ui/text/findbar.h"
#include "ui/text/overviewruler.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTextLayout>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <mutex>

namespace {

constexpr int MaxRecentFiles = 10;

// A fixed key plus the platform's standard keys for the same command, without duplicates
// (a duplicate makes the shortcut ambiguous and it then does nothing).
QList<QKeySequence> withStandard(const QKeySequence &fixed, QKeySequence::StandardKey key)
{
    QList<QKeySequence> keys{fixed};
    for (const QKeySequence &k : QKeySequence::keyBindings(key)) {
        if (!keys.contains(k))
            keys.append(k);
    }
    return keys;
}

QString typeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return MainWindow::tr("person");
    case EntityType::Place:
        return MainWindow::tr("place");
    case EntityType::Organization:
        return MainWindow::tr("organization");
    }
    return {};
}

// One line of the mentions-in-context list: "¶ 24" in a quiet colour, then the sentence with
// the mention in bold, wrapped to the row's three lines. Laid out with QTextLayout and character
// formats, not a rich-text document per row: a list of a new entity's mentions paints at once.
class ContextDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QString sentence = index.data(MentionContextModel::SentenceRole).toString();
        const qsizetype hs = index.data(MentionContextModel::HighlightStartRole).toLongLong();
        const qsizetype he = index.data(MentionContextModel::HighlightEndRole).toLongLong();
        const QString marker = QStringLiteral("\u00b6\u00a0%1 ")
                                   .arg(index.data(MentionContextModel::ParagraphRole).toLongLong());
        const bool selected = option.state & QStyle::State_Selected;
        const QColor text = option.palette.color(selected ? QPalette::HighlightedText
                                                          : QPalette::Text);
        QColor quiet = text;
        quiet.setAlphaF(0.6f);

        QTextLayout layout(marker + sentence, option.font);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(wrap);
        QTextCharFormat quietFormat;
        quietFormat.setForeground(quiet);
        QTextCharFormat boldFormat;
        boldFormat.setFontWeight(QFont::Bold);
        QList<QTextLayout::FormatRange> formats{{0, int(marker.size()), quietFormat}};
        if (hs >= 0 && he > hs && he <= sentence.size())
            formats.append({int(marker.size() + hs), int(he - hs), boldFormat});
        layout.setFormats(formats);
        const qreal width = std::max(1, option.rect.width() - 2 * Margin);
        qreal y = 0;
        layout.beginLayout();
        for (int lines = 0; lines < Lines; ++lines) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition({0, y});
            y += line.height();
        }
        layout.endLayout();

        painter->save();
        painter->setClipRect(option.rect);
        painter->setPen(text);
        layout.draw(painter, QPointF(option.rect.left() + Margin, option.rect.top() + Margin));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        // Three lines of text: a steady height keeps long lists quick to scroll.
        return QSize(200, option.fontMetrics.lineSpacing() * Lines + 2 * Margin + 2);
    }

private:
    static constexpr int Lines = 3;
    static constexpr int Margin = 4;
};

} // namespace

// The gazetteers, loaded once, on whichever thread first needs them.
struct MainWindow::KnowledgeSlot
{
    std::once_flag once;
    std::shared_ptr<const Knowledge> knowledge;

    std::shared_ptr<const Knowledge> get()
    {
        std::call_once(once, [this] {
            if (!knowledge)
                knowledge = Knowledge::load();
        });
        return knowledge;
    }
};

MainWindow::MainWindow(std::shared_ptr<const Knowledge> knowledge, QWidget *parent)
    : QMainWindow(parent)
    , m_knowledge(std::make_shared<KnowledgeSlot>())
    , m_model(new EntityListModel(this))
    , m_contextModel(new MentionContextModel(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
    , m_extraction(new QFutureWatcher<EntityList>(this))
{
    m_knowledge->knowledge = std::move(knowledge);
    setAcceptDrops(true);

    m_sidebar = new EntitySidebar(m_model, this);
    m_sidebar->setObjectName(QStringLiteral("entitySidebar"));

    // Mentions in context, under the list of entities.
    auto *contextPanel = new QWidget(this);
    auto *contextLayout = new QVBoxLayout(contextPanel);
    contextLayout->setContentsMargins(0, 0, 0, 0);
    contextLayout->setSpacing(2);
    m_contextTitle = new QLabel(tr("Mentions in context"), contextPanel);
    m_contextTitle->setObjectName(QStringLiteral("contextTitle"));
    m_contextView = new QListView(contextPanel);
    m_contextView->setObjectName(QStringLiteral("contextView"));
    m_contextView->setModel(m_contextModel);
    m_contextView->setItemDelegate(new ContextDelegate(m_contextView));
    m_contextView->setUniformItemSizes(true);
    m_contextView->setWordWrap(true);
    m_contextView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contextView->setAccessibleName(tr("Mentions in context"));
    m_contextTitle->setBuddy(m_contextView);
    // Until an entity is followed, the empty list says what it is for.
    m_contextEmpty = new EmptyViewText(m_contextView, [this] {
        if (isExtracting() || m_model->entities().isEmpty())
            return QString(); // the sidebar says why there is nothing to choose yet
        return tr("Choose a person or place above to read each of its mentions in its sentence");
    });
    contextLayout->addWidget(m_contextTitle);
    contextLayout->addWidget(m_contextView);
    m_contextModel->setArticle(&m_article);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(m_sidebar);
    m_leftSplitter->addWidget(contextPanel);
    m_leftSplitter->setSizes({500, 250});
    m_leftSplitter->setChildrenCollapsible(false);

    // The text with its find bar above and its overview ruler beside it.
    auto *textPanel = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPanel);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(0);
    m_findBar = new FindBar(textPanel);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findBar->hide();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_view = new ArticleView(textPanel);
    m_view->setObjectName(QStringLiteral("articleView"));
    m_view->setAcceptDrops(false); // files dropped on the text open, as anywhere in the window
    m_ruler = new OverviewRuler(textPanel);
    m_ruler->setObjectName(QStringLiteral("overviewRuler"));
    row->addWidget(m_view);
    row->addWidget(m_ruler);
    textLayout->addWidget(m_findBar);
    textLayout->addLayout(row);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(textPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 880});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("extractionProgress"));
    m_busy->setRange(0, 0); // busy: extraction does not know how far it is
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Finding people and places"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);

    createActions();

    connect(m_sidebar, &EntitySidebar::selectionRequested, this,
            [this](const QStringList &ids, const QString &current) {
                applySelection(ids, current, true);
            });
    connect(m_sidebar, &EntitySidebar::mergeRequested, this,
            [this](const QString &target, const QStringList &ids) {
                correct(Correction::merge(target, ids), tr("Merge"));
            });
    connect(m_sidebar, &EntitySidebar::contextMenuRequested, this, &MainWindow::showEntityMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showTextMenu);
    connect(m_contextView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (!index.isValid() || index.row() == m_navigator.currentIndex())
                    return;
                recordJump();
                m_navigator.setCurrentIndex(index.row());
                showCurrentMention();
            });
    connect(m_view, &ArticleView::positionClicked, this, &MainWindow::textClicked);
    connect(m_view, &QTextEdit::copyAvailable, this, [this] { updateCorrectionActions(); });
    connect(m_view, &ArticleView::positionHovered, this, &MainWindow::textHovered);
    connect(m_view, &ArticleView::visibleRangeChanged, m_ruler, &OverviewRuler::setVisibleRange);
    connect(m_ruler, &OverviewRuler::positionRequested, this, [this](double fraction) {
        recordJump();
        m_view->scrollToFraction(fraction);
    });
    connect(m_findBar, &FindBar::searchChanged, this, &MainWindow::find);
    connect(m_findBar, &FindBar::nextRequested, this, [this] { stepFind(1); });
    connect(m_findBar, &FindBar::previousRequested, this, [this] { stepFind(-1); });
    connect(m_findBar, &FindBar::closed, this, [this] {
        find({}, false, false);
        m_view->setFocus();
    });
    connect(m_extraction, &QFutureWatcher<EntityList>::finished, this,
            &MainWindow::extractionFinished);

    // Editors save by writing several times or by replacing the file: wait until it settles.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::fileChangedOnDisk);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 800);
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_leftSplitter->restoreState(
        settings.value(QStringLiteral("window/leftSplitter")).toByteArray());
    m_view->zoomBy(settings.value(QStringLiteral("view/zoom"), 0).toInt());
    const int sort = settings.value(QStringLiteral("view/sort"), 0).toInt();
    if (sort > 0 && sort < m_sortGroup->actions().size()) // 0, by mentions, is where it starts
        m_sortGroup->actions().at(sort)->trigger();
    updateRecentMenu();
    updateNavigation();
}

MainWindow::~MainWindow()
{
    // The undo stack clears itself as it goes; nothing of the window is left to update then.
    disconnect(m_undo, nullptr, this, nullptr);
    m_extraction->waitForFinished();
}

const EntityList &MainWindow::entities() const
{
    return m_model->entities();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open\u2026"), this, &MainWindow::open);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(Icons::themed(QStringLiteral("document-open"), Icons::Glyph::Open));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_reloadAction = file->addAction(tr("Re&load"), this, &MainWindow::reload);
    m_reloadAction->setShortcuts(withStandard(QKeySequence(Qt::Key_F5), QKeySequence::Refresh));
    m_reloadAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = new QUndoStack(this);
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(
        withStandard(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_view, &QTextEdit::copy);
    copy->setShortcut(QKeySequence::Copy);
    QAction *findAction = edit->addAction(tr("&Find in Text\u2026"), m_findBar, &FindBar::activate);
    findAction->setShortcut(QKeySequence::Find);
    QAction *filter = edit->addAction(tr("&Filter Entities"), m_sidebar,
                                      &EntitySidebar::focusFilter);
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    createCorrectionActions(edit, file);

    createViewMenu(menuBar()->addMenu(tr("&View")));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_previousAction = go->addAction(tr("&Previous Mention"), this, &MainWindow::previousMention);
    m_previousAction->setShortcuts(
        withStandard(QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence::FindPrevious));
    m_previousAction->setIcon(Icons::themed(QStringLiteral("go-up"), Icons::Glyph::Up));
    m_previousAction->setToolTip(tr("Previous mention (Shift+F3)"));
    m_nextAction = go->addAction(tr("&Next Mention"), this, &MainWindow::nextMention);
    m_nextAction->setShortcuts(withStandard(QKeySequence(Qt::Key_F3), QKeySequence::FindNext));
    m_nextAction->setIcon(Icons::themed(QStringLiteral("go-down"), Icons::Glyph::Down));
    m_nextAction->setToolTip(tr("Next mention (F3)"));
    m_clearAction = go->addAction(tr("&Clear Highlight"), this, &MainWindow::clearSelection);
    m_clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearAction->setIcon(Icons::themed(QStringLiteral("edit-clear"), Icons::Glyph::Clear));
    m_clearAction->setToolTip(tr("Clear the highlight (Esc)"));
    go->addSeparator();
    m_backAction = go->addAction(tr("&Back"), this, &MainWindow::goBack);
    m_backAction->setShortcuts(
        withStandard(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back));
    m_backAction->setIcon(Icons::themed(QStringLiteral("go-previous"), Icons::Glyph::Back));
    m_backAction->setToolTip(tr("Back to where you were (Alt+Left)"));
    m_forwardAction = go->addAction(tr("&Forward"), this, &MainWindow::goForward);
    m_forwardAction->setShortcuts(
        withStandard(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    m_forwardAction->setIcon(Icons::themed(QStringLiteral("go-next"), Icons::Glyph::Forward));
    m_forwardAction->setToolTip(tr("Forward again (Alt+Right)"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    help->addAction(tr("&About Article Reader"), this, [this] {
        QMessageBox::about(
            this, tr("About Article Reader"),
            tr("<h3>Article Reader %1</h3><p>Read news articles by their people and places.</p>"
               "<p>Place names contain information from GeoNames (CC BY 4.0) and world-countries "
               "(ODbL 1.0); role words from WordNet 3.0 (Princeton University); see "
               "resources/data/SOURCES.md for every data source and licence.</p>")
                .arg(QApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Mentions"));
    bar->setObjectName(QStringLiteral("mentionsToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open);
    bar->addSeparator();
    bar->addAction(m_backAction);
    bar->addAction(m_forwardAction);
    bar->addSeparator();
    m_entityLabel = new QLabel(this);
    m_entityLabel->setObjectName(QStringLiteral("entityLabel"));
    m_entityLabel->setContentsMargins(8, 0, 12, 0);
    m_entityLabel->setTextFormat(Qt::RichText);
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    m_positionLabel->setContentsMargins(8, 0, 8, 0);
    m_positionLabel->setMinimumWidth(
        m_positionLabel->fontMetrics().horizontalAdvance(QStringLiteral("000 of 000")));
    bar->addWidget(m_entityLabel);
    bar->addAction(m_previousAction);
    bar->addWidget(m_positionLabel);
    bar->addAction(m_nextAction);
    bar->addAction(m_clearAction);
    bar->addSeparator();
    bar->addAction(m_sharedAction);
}

void MainWindow::createViewMenu(QMenu *view)
{
    QAction *zoomIn = view->addAction(tr("Zoom &In"), this,
                                      [this] { setZoom(m_view->zoomSteps() + 1); });
    zoomIn->setShortcuts(withStandard(QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn));
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), this,
                                       [this] { setZoom(m_view->zoomSteps() - 1); });
    zoomOut->setShortcuts(
        withStandard(QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut));
    QAction *zoomReset = view->addAction(tr("&Actual Size"), this, [this] { setZoom(0); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(withStandard(QKeySequence(Qt::Key_F11), QKeySequence::FullScreen));
    view->addSeparator();

    m_sharedAction = view->addAction(tr("&Shared Paragraphs Only"), this,
                                     [this] { refreshHighlights(); });
    m_sharedAction->setCheckable(true);
    m_sharedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_sharedAction->setToolTip(tr("Dim the paragraphs that do not mention every selected entity "
                                  "(Ctrl+Shift+P)"));
    m_sharedAction->setIcon(Icons::themed(QStringLiteral("view-filter"), Icons::Glyph::Filter));

    QMenu *sort = view->addMenu(tr("S&ort Entities By"));
    m_sortGroup = new QActionGroup(this);
    const std::pair<QString, EntityListModel::SortOrder> orders[] = {
        {tr("&Mentions"), EntityListModel::SortOrder::Mentions},
        {tr("&First Appearance"), EntityListModel::SortOrder::FirstAppearance},
        {tr("&Name"), EntityListModel::SortOrder::Name},
    };
    for (int i = 0; i < 3; ++i) {
        const auto order = orders[i].second;
        QAction *a = sort->addAction(orders[i].first, this, [this, order, i] {
            m_model->setSortOrder(order);
            QSettings().setValue(QStringLiteral("view/sort"), i);
            m_sidebar->setSelectedEntities(m_selection.ids(), m_activeId);
        });
        a->setCheckable(true);
        a->setChecked(i == 0);
        m_sortGroup->addAction(a);
    }
    for (EntityType type : {EntityType::Person, EntityType::Place, EntityType::Organization}) {
        QAction *a = view->addAction(QString(), this, [this, type](bool on) {
            m_model->setTypeVisible(type, on);
            m_sidebar->setSelectedEntities(m_selection.ids(), m_activeId);
        });
        a->setCheckable(true);
        a->setChecked(true);
        m_typeActions[int(type)] = a;
    }
    updateTypeActions();
}

void MainWindow::updateTypeActions()
{
    const EntityList &list = m_model->entities();
    m_typeActions[int(EntityType::Person)]->setText(
        tr("Show &People (%1)").arg(list.count(EntityType::Person)));
    m_typeActions[int(EntityType::Place)]->setText(
        tr("Show P&laces (%1)").arg(list.count(EntityType::Place)));
    m_typeActions[int(EntityType::Organization)]->setText(
        tr("Show O&rganizations (%1)").arg(list.count(EntityType::Organization)));
}

void MainWindow::setZoom(int steps)
{
    m_view->zoomBy(steps - m_view->zoomSteps());
    QSettings().setValue(QStringLiteral("view/zoom"), m_view->zoomSteps());
}

void MainWindow::showArticle(const Article &article)
{
    if (article.source != m_currentFile)
        m_currentFile.clear();
    m_undo->clear(); // corrections of another article are not undone here
    m_extracted = {};
    m_corrections = {};
    m_correctionsPath.clear();
    m_article = article;
    setWindowTitle(tr("%1 \u2014 Article Reader").arg(article.title));
    m_reselect = m_selection.ids();
    if (!m_activeId.isEmpty()) {
        m_reselect.removeAll(m_activeId);
        m_reselect.append(m_activeId);
    }
    m_selection.clear();
    m_activeId.clear();
    m_navigator.clear();
    m_history.clear();
    m_findMatches.clear();
    m_findCurrent = -1;
    m_view->setArticle(m_article);
    setEntities({});
    m_contextModel->setArticle(&m_article);
    m_ruler->clear();
    updateTypeActions();
    updateNavigation();
    startExtraction();
    if (m_findBar->isVisible() && !m_findBar->text().isEmpty())
        find(m_findBar->text(), m_findBar->caseSensitive(), m_findBar->wholeWords());
}

void MainWindow::startExtraction()
{
    const quint64 generation = ++m_generation;
    m_busy->show();
    statusBar()->showMessage(tr("Finding people and places\u2026"));
    m_sidebar->setEmptyText(tr("Finding people and places\u2026"));
    auto slot = m_knowledge;
    const QString text = m_article.text;
    m_extraction->setProperty("generation", generation);
    m_extraction->setFuture(
        QtConcurrent::run([slot, text] { return EntityExtractor(slot->get()).extract(text); }));
}

// The sidebar's entities, and the ruler's known lists: it finds the rows of every entity's
// mentions now, so that selecting one only looks them up.
void MainWindow::setEntities(const EntityList &entities)
{
    m_model->setEntities(entities, m_article.text.size());
    QList<QList<Mention>> lists;
    lists.reserve(entities.size());
    for (const Entity &e : m_model->entities().entities())
        lists.append(e.mentions);
    m_ruler->setKnownMentions(lists, m_view->textLength());
}

QString MainWindow::contextPlaceholderText() const
{
    return m_contextEmpty->text();
}

bool MainWindow::isExtracting() const
{
    return m_busy->isVisibleTo(this);
}

void MainWindow::extractionFinished()
{
    // A result for an article that is no longer shown is dropped.
    if (m_extraction->property("generation").toULongLong() != m_generation)
        return;
    m_extracted = m_extraction->result();
    loadCorrections();
    qsizetype skipped = 0;
    setEntities(m_corrections.apply(m_extracted, m_article.text, &skipped));
    m_busy->hide();
    m_contextEmpty->update();
    const auto &entities = m_model->entities();
    // Each count with its own plural (English too: see translations/article-reader_en.ts); a type
    // with none found is left out.
    QStringList found;
    if (const int people = int(entities.count(EntityType::Person)))
        found.append(tr("%n people", nullptr, people));
    if (const int places = int(entities.count(EntityType::Place)))
        found.append(tr("%n places", nullptr, places));
    if (const int organizations = int(entities.count(EntityType::Organization)))
        found.append(tr("%n organizations", nullptr, organizations));
    const QString none = tr("No people, places or organizations found");
    m_sidebar->setEmptyText(none);
    QString message = found.isEmpty()
                          ? none
                          : tr("%1 \u00b7 %2")
                                .arg(found.join(QStringLiteral(", ")),
                                     tr("%n mentions", nullptr, int(entities.mentionCount())));
    if (!m_article.note.isEmpty())
        message += QStringLiteral(" \u00b7 ") + m_article.note;
    if (!m_corrections.isEmpty())
        message += QStringLiteral(" \u00b7 ")
                   + tr("%n correction(s) applied", nullptr, int(m_corrections.size() - skipped));
    if (skipped > 0)
        message += QStringLiteral(" \u00b7 ")
                   + tr("%n no longer fit the article", nullptr, int(skipped));
    statusBar()->showMessage(message);
    updateTypeActions();
    updateCorrectionActions();
    QStringList reselect;
    for (const QString &id : std::as_const(m_reselect)) {
        if (entities.find(id))
            reselect.append(id);
    }
    m_reselect.clear();
    if (!reselect.isEmpty()) {
        m_sidebar->setSelectedEntities(reselect, reselect.constLast());
        applySelection(reselect, reselect.constLast(), false);
    }
    updateNavigation();
    emit entitiesReady();
}

bool MainWindow::openFile(const QString &path)
{
    // Reading and setting a large file holds the window for a moment (about a second for the
    // largest, 64 MB): say so first, with a busy pointer, rather than seem to hang.
    const QFileInfo info(path);
    const bool large = info.size() >= LargeFileBytes;
    if (large) {
        statusBar()->showMessage(
            tr("Opening %1 (%2)\u2026")
                .arg(info.fileName(),
                     locale().formattedDataSize(info.size(), 1,
                                                QLocale::DataSizeTraditionalFormat)));
        // Every widget, so that the part of the window a file dialog covered a moment ago shows
        // again (a repaint of the window alone leaves out the scroll areas' viewports).
        const auto widgets = findChildren<QWidget *>();
        for (QWidget *widget : widgets)
            widget->update();
        repaint();
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    }
    const auto notBusy = [large] {
        if (large)
            QGuiApplication::restoreOverrideCursor();
    };
    const LoadResult loaded = ArticleLoader::loadFile(path);
    if (!loaded.ok()) {
        spdlog::warn("could not open {}: {}", path.toStdString(), loaded.error.toStdString());
        notBusy(); // not over the message
        statusBar()->clearMessage();
        QMessageBox::warning(this, tr("Cannot open the article"), loaded.error);
        return false;
    }
    m_selection.clear();
    m_activeId.clear();
    showArticle(*loaded.article);
    notBusy();
    m_currentFile = QFileInfo(path).absoluteFilePath();
    m_reloadAction->setEnabled(true);
    addRecentFile(m_currentFile);
    QSettings().setValue(QStringLiteral("lastFile"), m_currentFile);
    watch(m_currentFile);
    return true;
}

bool MainWindow::reopenLastArticle()
{
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    if (last.isEmpty() || !QFileInfo(last).isFile())
        return false;
    const LoadResult loaded = ArticleLoader::loadFile(last);
    if (!loaded.ok())
        return false; // quietly: the reader did not ask for it this time
    showArticle(*loaded.article);
    m_currentFile = last;
    m_reloadAction->setEnabled(true);
    watch(m_currentFile);
    return true;
}

void MainWindow::open()
{
    const QString dir = m_currentFile.isEmpty() ? QString() : QFileInfo(m_currentFile).path();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Article"), dir,
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::reload()
{
    if (m_currentFile.isEmpty())
        return;
    const LoadResult loaded = ArticleLoader::loadFile(m_currentFile);
    if (!loaded.ok()) {
        // Keep what the reader has; say why the newer version could not be shown.
        statusBar()->showMessage(tr("Could not reload: %1 The text shown is the last version "
                                    "read.")
                                     .arg(loaded.error));
        return;
    }
    const int scroll = m_view->verticalScrollBar()->value();
    showArticle(*loaded.article); // keeps the selection for when the entities are back
    m_view->verticalScrollBar()->setValue(scroll);
}

void MainWindow::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_watcher->addPath(path);
}

void MainWindow::fileChangedOnDisk()
{
    if (m_currentFile.isEmpty())
        return;
    if (!QFileInfo::exists(m_currentFile)) {
        statusBar()->showMessage(
            tr("%1 was deleted or moved; the text shown is the last version read.")
                .arg(QFileInfo(m_currentFile).fileName()));
        return;
    }
    // A file replaced by a save is a new file: watch it again.
    if (!m_watcher->files().contains(m_currentFile))
        m_watcher->addPath(m_currentFile);
    spdlog::info("{} changed on disk; reloading", m_currentFile.toStdString());
    reload();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2")
                                                 .arg(i + 1 < 10 ? QString::number(i + 1)
                                                                 : QString(),
                                                      QFileInfo(path).fileName()),
                                             this, [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Open after the drop has finished, so a message box does not run inside the drag.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

bool MainWindow::selectEntityByName(const QString &name)
{
    const Entity *e = m_model->entities().findByName(name);
    if (!e)
        return false;
    m_sidebar->setSelectedEntities({e->id}, e->id);
    applySelection({e->id}, e->id, true);
    return true;
}

QString MainWindow::selectEntitiesByName(const QStringList &names)
{
    QStringList ids;
    for (const QString &name : names) {
        const Entity *e = m_model->entities().findByName(name);
        if (!e)
            return name;
        ids.append(e->id);
    }
    if (!ids.isEmpty())
        selectEntities(ids, ids.constLast());
    return {};
}

void MainWindow::selectEntities(const QStringList &ids, const QString &currentId)
{
    m_sidebar->setSelectedEntities(ids, currentId);
    applySelection(ids, currentId, true);
}

void MainWindow::applySelection(const QStringList &ids, const QString &currentId, bool jump)
{
    const EntityList &list = m_model->entities();
    if (ids.isEmpty()) {
        m_selection.clear();
        m_activeId.clear();
        m_navigator.clear();
        m_contextModel->clear();
        refreshHighlights();
        updateNavigation();
        updateCorrectionActions();
        return;
    }
    // Keep the colours of entities that stay; new ones take their type's colour if it is free.
    EntitySelection next;
    for (const QString &id : ids) {
        const Entity *e = list.find(id);
        if (!e)
            continue;
        const int typeSlot = EntityColors::slotForType(e->type);
        if (ids.size() == 1) {
            next.select(id, typeSlot);
        } else if (const auto slot = m_selection.slotOf(id)) {
            next.toggle(id, *slot);
        } else {
            next.toggle(id, typeSlot);
        }
    }
    // A kept entity may have lost its slot to an earlier newcomer: give old slots priority.
    m_selection = EntitySelection();
    for (const QString &id : ids) {
        if (const auto slot = next.slotOf(id))
            m_selection.toggle(id, *slot);
    }
    const QString active = m_selection.contains(currentId) ? currentId : m_selection.ids().value(0);
    const bool activeChanged = active != m_activeId;
    m_activeId = active;
    if (activeChanged) {
        const Entity *e = list.find(m_activeId);
        m_navigator.setMentions(e ? e->mentions : QList<Mention>());
        m_contextModel->setMentions(m_navigator.mentions());
        if (jump) {
            recordJump();
            m_navigator.first();
        }
    }
    refreshHighlights();
    if (activeChanged && jump)
        showCurrentMention();
    updateNavigation();
    updateCorrectionActions();
}

// Paints what is selected: a layer per entity in its slot colour, find matches, the ruler
// marks, and the dimming of paragraphs the selected entities do not share.
void MainWindow::refreshHighlights()
{
    const EntityList &list = m_model->entities();
    QList<ArticleView::Layer> layers;
    QList<OverviewRuler::Layer> rulerLayers;
    QList<QList<Mention>> selected;
    // The followed entity's layer first, so that highlights() and its ruler marks lead.
    QList<EntitySelection::Item> items = m_selection.items();
    std::stable_partition(items.begin(), items.end(),
                          [this](const EntitySelection::Item &i) { return i.id == m_activeId; });
    for (const auto &item : std::as_const(items)) {
        const Entity *e = list.find(item.id);
        if (!e)
            continue;
        const EntityColors colors = EntityColors::forSlot(item.slot, palette());
        layers.append({e->mentions, colors.fill});
        selected.append(e->mentions);
        rulerLayers.append({e->mentions, colors.outline});
    }
    if (!m_findMatches.isEmpty()) {
        const EntityColors find = EntityColors::forFind(palette());
        layers.append({m_findMatches, find.fill});
        rulerLayers.append({m_findMatches, find.outline});
    }
    m_view->setLayers(layers);
    m_ruler->setLayers(rulerLayers, m_view->textLength());
    if (const Mention *current = m_navigator.current()) {
        const auto slot = m_selection.slotOf(m_activeId);
        const EntityColors colors = EntityColors::forSlot(slot.value_or(0), palette());
        m_view->markCurrentMention(*current, colors.current, colors.outline);
        m_ruler->setCurrent(current->start);
    } else {
        m_ruler->setCurrent(-1);
    }
    // Co-occurrence: keep the paragraphs that mention every selected entity; dim the rest.
    QList<Mention> keep;
    if (m_sharedAction->isChecked() && !selected.isEmpty()) {
        for (qsizetype p : MentionContext::sharedParagraphs(m_article, selected))
            keep.append({m_article.paragraphs[p].start, m_article.paragraphs[p].end});
        if (keep.isEmpty())
            keep.append({-2, -1}); // nothing shared: everything dims
        statusBar()->showMessage(tr("%n paragraph(s) mention every selected entity", nullptr,
                                    int(keep.constFirst().start < 0 ? 0 : keep.size())));
    }
    m_view->setUndimmedRanges(keep);
}

void MainWindow::recordJump()
{
    m_history.recordJump(m_view->firstVisiblePosition());
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::goBack()
{
    const qsizetype to = m_history.back(m_view->firstVisiblePosition());
    if (to >= 0)
        m_view->scrollPositionToTop(to);
    updateNavigation();
}

void MainWindow::goForward()
{
    const qsizetype to = m_history.forward(m_view->firstVisiblePosition());
    if (to >= 0)
        m_view->scrollPositionToTop(to);
    updateNavigation();
}

void MainWindow::nextMention()
{
    recordJump();
    if (m_navigator.next())
        showCurrentMention();
}

void MainWindow::previousMention()
{
    recordJump();
    if (m_navigator.previous())
        showCurrentMention();
}

void MainWindow::clearSelection()
{
    m_sidebar->clearSelection();
    applySelection({}, {}, false);
}

void MainWindow::textClicked(qsizetype position, Qt::KeyboardModifiers modifiers)
{
    const Entity *e = m_model->entities().entityAt(position);
    if (!e || e->hidden)
        return;
    QStringList ids = m_selection.ids();
    if (modifiers & Qt::ControlModifier) {
        if (ids.contains(e->id))
            ids.removeAll(e->id);
        else
            ids.append(e->id);
    } else {
        ids = {e->id};
    }
    const QString current = ids.contains(e->id) ? e->id : ids.value(ids.size() - 1);
    m_sidebar->setSelectedEntities(ids, current);
    applySelection(ids, current, false);
    // The clicked mention becomes the current one: "3 of 9" says where the reader is.
    if (current == e->id) {
        const auto it = std::find_if(e->mentions.cbegin(), e->mentions.cend(),
                                     [position](const Mention &m) {
                                         return m.start <= position && position < m.end;
                                     });
        if (it != e->mentions.cend()) {
            m_navigator.setCurrentIndex(it - e->mentions.cbegin());
            showCurrentMention();
        }
    }
}

void MainWindow::textHovered(qsizetype position, const QPoint &globalPos)
{
    const Entity *e = position >= 0 ? m_model->entities().entityAt(position) : nullptr;
    if (!e || e->hidden) {
        QToolTip::hideText();
        return;
    }
    const auto it = std::find_if(e->mentions.cbegin(), e->mentions.cend(),
                                 [position](const Mention &m) { return m.end > position; });
    QString card = QStringLiteral("<b>%1</b><br>%2").arg(e->name.toHtmlEscaped(), typeLabel(e->type));
    if (!e->role.isEmpty())
        card += QStringLiteral(" \u00b7 ") + e->role.toHtmlEscaped();
    card += QStringLiteral("<br>")
            + tr("mention %1 of %2").arg(it - e->mentions.cbegin() + 1).arg(e->mentions.size());
    card += QStringLiteral("<br><i>%1</i>").arg(tr("Click to follow, Ctrl+click to add"));
    QToolTip::showText(globalPos, card, m_view);
}

void MainWindow::find(const QString &text, bool caseSensitive, bool wholeWords)
{
    bool capped = false;
    m_findMatches = text.isEmpty()
                        ? QList<Mention>()
                        : TextFinder::findAll(m_article.text, text, {caseSensitive, wholeWords},
                                              TextFinder::DefaultLimit, &capped);
    m_findCurrent = -1;
    m_findBar->setResult(-1, m_findMatches.size(), capped);
    refreshHighlights();
    if (!m_findMatches.isEmpty())
        stepFind(1);
}

void MainWindow::stepFind(int direction)
{
    if (m_findMatches.isEmpty())
        return;
    const qsizetype n = m_findMatches.size();
    if (m_findCurrent < 0) {
        // The first match at or after what is in view.
        const qsizetype from = m_view->firstVisiblePosition();
        const auto it = std::lower_bound(m_findMatches.cbegin(), m_findMatches.cend(), from,
                                         [](const Mention &m, qsizetype pos) {
                                             return m.start < pos;
                                         });
        m_findCurrent = it == m_findMatches.cend() ? 0 : it - m_findMatches.cbegin();
    } else {
        recordJump();
        m_findCurrent = (m_findCurrent + direction + n) % n;
    }
    const EntityColors colors = EntityColors::forFind(palette());
    const Mention m = m_findMatches[m_findCurrent];
    m_view->setCurrentMention(m, colors.current, colors.outline);
    m_ruler->setCurrent(m.start);
    m_findBar->setResult(m_findCurrent, n, n >= TextFinder::DefaultLimit);
}

void MainWindow::showCurrentMention()
{
    const Mention *m = m_navigator.current();
    if (!m)
        return;
    const auto slot = m_selection.slotOf(m_activeId);
    const EntityColors colors = EntityColors::forSlot(slot.value_or(0), palette());
    m_view->setCurrentMention(*m, colors.current, colors.outline);
    m_ruler->setCurrent(m->start);
    {
        const QSignalBlocker blocker(m_contextView->selectionModel());
        const int current = int(m_navigator.currentIndex());
        m_contextModel->ensureRowFetched(current);
        const QModelIndex row = m_contextModel->index(current);
        m_contextView->setCurrentIndex(row);
        m_contextView->scrollTo(row);
    }
    updateNavigation();
    const Entity *e = m_model->entities().find(m_activeId);
    const qsizetype paragraph = m_article.paragraphAt(m->start);
    // Tell screen readers where the reader now is ("Dmitry Peskov, person, mention 2 of 2,
    // paragraph 24"): the position label's accessible name changes with each step.
    m_positionLabel->setAccessibleName(tr("%1, %2, mention %3, paragraph %4")
                                           .arg(e ? e->name : QString(),
                                                e ? typeLabel(e->type) : QString(),
                                                m_navigator.indicator())
                                           .arg(paragraph + 1));
    QAccessibleEvent event(m_positionLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void MainWindow::updateNavigation()
{
    const bool any = !m_navigator.isEmpty();
    m_nextAction->setEnabled(any);
    m_previousAction->setEnabled(any);
    m_clearAction->setEnabled(any || !m_selection.isEmpty());
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
    m_positionLabel->setText(m_navigator.indicator());
    const EntityList &list = m_model->entities();
    if (m_selection.isEmpty()) {
        m_entityLabel->setText(tr("Choose a person or place to follow it through the text"));
        m_contextTitle->setText(tr("Mentions in context"));
        return;
    }
    // A legend: each selected entity in its colour, the followed one in bold.
    QStringList chips;
    for (const auto &item : m_selection.items()) {
        const Entity *e = list.find(item.id);
        if (!e)
            continue;
        const EntityColors colors = EntityColors::forSlot(item.slot, palette());
        const QString name = e->name.toHtmlEscaped();
        chips.append(QStringLiteral("<span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span>")
                         .arg(colors.fill.name(), palette().color(QPalette::Text).name(),
                              item.id == m_activeId ? QStringLiteral("<b>%1</b>").arg(name) : name));
    }
    m_entityLabel->setText(chips.join(QStringLiteral("&nbsp; ")));
    const Entity *active = list.find(m_activeId);
    m_contextTitle->setText(active ? tr("Mentions of %1 in context").arg(active->name)
                                   : tr("Mentions in context"));
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> out;
    QList<QMenu *> menus;
    for (QAction *top : menuBar()->actions()) {
        if (top->menu())
            menus.append(top->menu());
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *a : menu->actions()) {
            if (a->menu())
                menus.append(a->menu());
            else if (!a->shortcuts().isEmpty())
                out.append(a);
        }
    }
    return out;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(&dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QList<QAction *> actions = shortcutActions();
    // Keys that live outside the menus.
    const std::pair<QString, QString> extra[] = {
        {tr("Follow another entity"), tr("\u2191 / \u2193 in the list")},
        {tr("Add an entity to the selection"), tr("Ctrl+click (list or text)")},
        {tr("Next / previous find match"), tr("Enter / Shift+Enter in the find bar")},
        {tr("Close the find bar"), tr("Esc in the find bar")},
    };
    table->setRowCount(int(actions.size() + std::size(extra)));
    int row = 0;
    for (QAction *a : actions) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        table->setItem(row, 0, new QTableWidgetItem(a->text().remove(u'&')));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        ++row;
    }
    for (const auto &[what, keys] : extra) {
        table->setItem(row, 0, new QTableWidgetItem(what));
        table->setItem(row, 1, new QTableWidgetItem(keys));
        ++row;
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Light or dark: the highlight colours follow the system palette.
    if (event->type() == QEvent::PaletteChange) {
        refreshHighlights();
        updateNavigation();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/leftSplitter"), m_leftSplitter->saveState());
    event->accept();
}

void MainWindow::createCorrectionActions(QMenu *edit, QMenu *file)
{
    // File: exports, before Quit.
    QAction *quit = file->actions().constLast();
    QAction *exportEntities = new QAction(tr("&Export Entities\u2026"), this);
    exportEntities->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportEntities, &QAction::triggered, this, &MainWindow::exportEntitiesInteractively);
    QAction *exportHtml = new QAction(tr("Export Article as &HTML\u2026"), this);
    exportHtml->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportHtml, &QAction::triggered, this, &MainWindow::exportHtmlInteractively);
    file->insertAction(quit, exportEntities);
    file->insertAction(quit, exportHtml);
    file->insertSeparator(quit);

    edit->addSeparator();
    QAction *copyList = edit->addAction(tr("Copy Entity &List"), this, &MainWindow::copyEntityList);
    copyList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QMenu *correctMenu = edit->addMenu(tr("Co&rrect Entities"));
    m_renameAction = correctMenu->addAction(tr("&Rename\u2026"), this, &MainWindow::renameEntity);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    QMenu *type = correctMenu->addMenu(tr("Change &Type"));
    const std::pair<QString, EntityType> types[] = {{tr("&Person"), EntityType::Person},
                                                    {tr("P&lace"), EntityType::Place},
                                                    {tr("&Organization"), EntityType::Organization}};
    for (const auto &[label, t] : types) {
        const EntityType entityType = t;
        m_typeChangeActions[int(t)] = type->addAction(label, this, [this, entityType] {
            const Entity *e = m_model->entities().find(m_activeId);
            if (e && e->type != entityType)
                correct(Correction::changeType(e->id, entityType), tr("Change Type"));
        });
    }
    m_mergeAction = correctMenu->addAction(tr("&Merge Selected"), this, &MainWindow::mergeSelected);
    m_mergeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_splitAction = correctMenu->addAction(tr("&Split Off This Mention"), this,
                                           &MainWindow::splitCurrentMention);
    m_hideAction = correctMenu->addAction(tr("&Not an Entity"), this, &MainWindow::hideSelected);
    m_hideAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_unhideAction = correctMenu->addAction(tr("Show A&gain"), this, &MainWindow::unhideSelected);
    correctMenu->addSeparator();
    const std::pair<QString, EntityType> marks[]
        = {{tr("Mark Selection as &Person"), EntityType::Person},
           {tr("Mark Selection as P&lace"), EntityType::Place},
           {tr("Mark Selection as &Organization"), EntityType::Organization}};
    const QKeySequence markKeys[] = {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                                     QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
                                     QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O)};
    for (const auto &[label, t] : marks) {
        const EntityType entityType = t;
        m_markActions[int(t)] = correctMenu->addAction(label, this, [this, entityType] {
            markSelection(entityType);
        });
        m_markActions[int(t)]->setShortcut(markKeys[int(t)]);
    }
    correctMenu->addSeparator();
    m_resetAction = correctMenu->addAction(tr("Reset &Corrections\u2026"), this,
                                           &MainWindow::resetCorrections);
    // F2 and Delete belong to the list of entities: in the filter box and the find bar they
    // keep their usual meaning.
    for (QAction *a : {m_renameAction, m_hideAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_sidebar->view()->addAction(a);
    }
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { updateCorrectionActions(); });
    updateCorrectionActions();
}

void MainWindow::updateCorrectionActions()
{
    const QStringList ids = m_sidebar->selectedIds();
    const Entity *active = m_model->entities().find(m_activeId);
    const bool any = !ids.isEmpty();
    m_renameAction->setEnabled(active != nullptr);
    for (QAction *a : m_typeChangeActions)
        a->setEnabled(active != nullptr);
    m_mergeAction->setEnabled(ids.size() >= 2);
    m_splitAction->setEnabled(active && active->mentions.size() > 1 && m_navigator.current());
    bool hidden = false, shown = false;
    for (const QString &id : ids) {
        if (const Entity *e = m_model->entities().find(id))
            (e->hidden ? hidden : shown) = true;
    }
    m_hideAction->setEnabled(any && shown);
    m_unhideAction->setEnabled(any && hidden);
    const bool selection = m_view->textCursor().hasSelection();
    for (QAction *a : m_markActions)
        a->setEnabled(selection && !m_extracted.isEmpty());
    m_resetAction->setEnabled(!m_corrections.isEmpty());
}

void MainWindow::loadCorrections()
{
    m_correctionsPath = Corrections::storagePathFor(m_currentFile, m_article.source);
    m_correctionsDamaged = false;
    if (!QFileInfo::exists(m_correctionsPath)) {
        // Nothing to check against: the fingerprint (a SHA-256 of the whole text, tens of
        // milliseconds for 5 MB) waits for the first correction.
        m_corrections = Corrections(m_article.source, QString());
        return;
    }
    const QString sha = Corrections::fingerprint(m_article.text);
    CorrectionsLoad loaded = Corrections::load(m_correctionsPath, sha);
    m_corrections = loaded.corrections;
    if (m_corrections.sha256().isEmpty())
        m_corrections = Corrections(m_article.source, sha);
    m_correctionsDamaged = !loaded.ok();
    if (!loaded.ok()) {
        spdlog::warn("{}", loaded.warning.toStdString());
        QMessageBox::warning(this, tr("Corrections not applied"),
                             loaded.warning + u'\n'
                                 + tr("The file is kept as %1.damaged when you next correct an "
                                      "entity.")
                                       .arg(QFileInfo(m_correctionsPath).fileName()));
    }
}

void MainWindow::correct(const Correction &correction, const QString &description)
{
    if (m_extracted.isEmpty() && correction.kind != Correction::Kind::AddEntity)
        return;
    if (m_corrections.sha256().isEmpty()) {
        Corrections withFingerprint(m_article.source, Corrections::fingerprint(m_article.text));
        withFingerprint.setOperations(m_corrections.operations());
        m_corrections = withFingerprint;
    }
    const QString selectAfter = correction.resultId();
    m_undo->push(new CorrectionCommand(
        correction, description,
        [this, selectAfter](const Correction &c) {
            m_corrections.append(c);
            correctionsChanged(selectAfter);
        },
        [this] {
            m_corrections.removeLast();
            correctionsChanged(m_activeId);
        }));
}

// Replays the corrections onto the extraction, shows the result and saves it.
void MainWindow::correctionsChanged(const QString &selectId)
{
    QStringList keep = m_selection.ids();
    setEntities(m_corrections.apply(m_extracted, m_article.text));
    updateTypeActions();
    const EntityList &list = m_model->entities();
    QStringList ids;
    for (const QString &id : std::as_const(keep)) {
        if (list.find(id))
            ids.append(id);
    }
    const QString current = list.find(selectId) ? selectId : ids.value(ids.size() - 1);
    if (!current.isEmpty() && !ids.contains(current))
        ids = {current};
    m_activeId.clear(); // the mentions may have changed: start the navigator again
    m_sidebar->setSelectedEntities(ids, current);
    applySelection(ids, current, false);
    if (m_correctionsDamaged && QFileInfo::exists(m_correctionsPath)) {
        // Keep the damaged file for the reader instead of writing over it.
        QFile::remove(m_correctionsPath + QStringLiteral(".damaged"));
        QFile::rename(m_correctionsPath, m_correctionsPath + QStringLiteral(".damaged"));
    }
    m_correctionsDamaged = false;
    QString error;
    if (!m_corrections.save(m_correctionsPath, &error)) {
        // Beside the article failed (a read-only mount, a full disk): try the data directory.
        const QString fallback = Corrections::storagePathFor({}, m_article.source);
        if (fallback != m_correctionsPath && m_corrections.save(fallback, nullptr)) {
            m_correctionsPath = fallback;
        } else {
            statusBar()->showMessage(tr("Could not save the corrections: %1").arg(error));
            spdlog::warn("could not save corrections to {}: {}", m_correctionsPath.toStdString(),
                         error.toStdString());
        }
    }
    updateCorrectionActions();
}

void MainWindow::renameEntity()
{
    const Entity *e = m_model->entities().find(m_activeId);
    if (!e)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Entity"), tr("Name:"),
                                               QLineEdit::Normal, e->name, &ok)
                             .simplified();
    if (ok && !name.isEmpty() && name != e->name)
        correct(Correction::rename(e->id, name), tr("Rename"));
}

void MainWindow::mergeSelected()
{
    QStringList ids = m_sidebar->selectedIds();
    if (ids.size() < 2)
        return;
    const QString target = ids.contains(m_activeId) ? m_activeId : ids.first();
    ids.removeAll(target);
    correct(Correction::merge(target, ids), tr("Merge"));
}

void MainWindow::splitCurrentMention()
{
    const Mention *m = m_navigator.current();
    if (m && !m_activeId.isEmpty())
        correct(Correction::splitMention(m_activeId, *m), tr("Split Off Mention"));
}

void MainWindow::hideSelected()
{
    const QStringList ids = m_sidebar->selectedIds();
    if (ids.isEmpty())
        return;
    m_undo->beginMacro(tr("Not an Entity"));
    for (const QString &id : ids) {
        const Entity *e = m_model->entities().find(id);
        if (e && !e->hidden)
            correct(Correction::hide(id), tr("Not an Entity"));
    }
    m_undo->endMacro();
}

void MainWindow::unhideSelected()
{
    const QStringList ids = m_sidebar->selectedIds();
    if (ids.isEmpty())
        return;
    m_undo->beginMacro(tr("Show Again"));
    for (const QString &id : ids) {
        const Entity *e = m_model->entities().find(id);
        if (e && e->hidden)
            correct(Correction::unhide(id), tr("Show Again"));
    }
    m_undo->endMacro();
}

void MainWindow::markSelection(EntityType type)
{
    const QTextCursor cursor = m_view->textCursor();
    if (!cursor.hasSelection())
        return;
    const Mention selection{cursor.selectionStart(), cursor.selectionEnd()};
    const QString text = m_article.text.sliced(selection.start, selection.length()).simplified();
    if (text.isEmpty() || text.size() > 200)
        return;
    correct(Correction::addEntity(text, type, selection), tr("Mark as %1").arg(typeLabel(type)));
}

void MainWindow::resetCorrections()
{
    if (m_corrections.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Reset Corrections"),
                              tr("Go back to the entities as they were found, forgetting %n "
                                 "correction(s)?",
                                 nullptr, int(m_corrections.size())))
        != QMessageBox::Yes)
        return;
    m_undo->clear();
    m_corrections.clear();
    correctionsChanged(m_activeId);
}

// Writes a whole file or nothing (QSaveFile): a failed export never leaves half a file.
static bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

bool MainWindow::exportEntities(const QString &path, QString *error)
{
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    return writeAtomically(path,
                           csv ? EntityExport::toCsv(m_article, m_model->entities())
                               : EntityExport::toJson(m_article, m_model->entities()),
                           error);
}

bool MainWindow::exportArticleHtml(const QString &path, QString *error)
{
    QList<std::pair<QString, QString>> highlights;
    for (const auto &item : m_selection.items())
        highlights.append({item.id, EntityColors::forSlot(item.slot, QPalette()).fill.name()});
    return writeAtomically(path, EntityExport::toHtml(m_article, m_model->entities(), highlights),
                           error);
}

void MainWindow::exportEntitiesInteractively()
{
    QString filter;
    const QString base = QFileInfo(m_currentFile.isEmpty() ? m_article.title : m_currentFile)
                             .completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Entities"),
                                                      base + QStringLiteral(".entities.json"),
                                                      tr("JSON (*.json);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportEntities(path, &error))
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2").arg(path, error));
    else
        statusBar()->showMessage(tr("Entities exported to %1").arg(path));
}

void MainWindow::exportHtmlInteractively()
{
    const QString base = QFileInfo(m_currentFile.isEmpty() ? m_article.title : m_currentFile)
                             .completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Article as HTML"),
                                                      base + QStringLiteral(".html"),
                                                      tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportArticleHtml(path, &error))
        QMessageBox::warning(this, tr("Export failed"),
                             tr("Could not write %1: %2").arg(path, error));
    else
        statusBar()->showMessage(tr("Article exported to %1").arg(path));
}

void MainWindow::copyEntityList()
{
    QGuiApplication::clipboard()->setText(EntityExport::toPlainList(m_model->entities()));
    statusBar()->showMessage(tr("Entity list copied"), 3000);
}

void MainWindow::showEntityMenu(const QPoint &globalPos)
{
    updateCorrectionActions();
    QMenu menu(this);
    menu.addAction(m_renameAction);
    QMenu *type = menu.addMenu(tr("Change &Type"));
    for (QAction *a : m_typeChangeActions)
        type->addAction(a);
    menu.addAction(m_mergeAction);
    menu.addAction(m_splitAction);
    menu.addSeparator();
    menu.addAction(m_hideAction);
    menu.addAction(m_unhideAction);
    menu.exec(globalPos);
}

void MainWindow::showTextMenu(const QPoint &pos)
{
    updateCorrectionActions();
    QMenu *menu = m_view->createStandardContextMenu(pos);
    menu->addSeparator();
    for (QAction *a : m_markActions)
        menu->addAction(a);
    menu->exec(m_view->viewport()->mapToGlobal(pos));
    delete menu;
}
