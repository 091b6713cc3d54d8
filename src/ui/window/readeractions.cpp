#include "ui/window/readeractions.h"

#include "core/document/articleloader.h"
#include "core/models/entitylistmodel.h"
#include "core/session/articlesession.h"
#include "core/session/readersettings.h"
#include "core/session/readingstate.h"
#include "core/web/pagefetcher.h"
#include "ui/corrections/correctioncontroller.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/style/entitycolors.h"
#include "ui/style/icons.h"
#include "ui/text/articleview.h"
#include "ui/text/findbar.h"
#include "ui/window/actionkeysfirst.h"
#include "ui/window/keys.h"
#include "ui/window/mainwindow.h"
#include "ui/window/sourcecontroller.h"

#include <QAccessible>
#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QToolBar>
#include <QUrl>

ReaderActions::ReaderActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createGoMenu();
    createHelpMenu();
    createToolBar();

    const ReadingState *reading = m_window->reading();
    connect(reading, &ReadingState::selectionChanged, this, &ReaderActions::updateNavigation);
    connect(reading, &ReadingState::currentMentionChanged, this, &ReaderActions::updateNavigation);
    connect(reading, &ReadingState::currentMentionChanged, this,
            &ReaderActions::announceCurrentMention);
    connect(reading, &ReadingState::historyChanged, this, [this] {
        m_back->setEnabled(m_window->reading()->canGoBack());
        m_forward->setEnabled(m_window->reading()->canGoForward());
    });
    connect(m_window->session(), &ArticleSession::entitiesChanged, this,
            &ReaderActions::updateTypeActions);
    connect(m_window->session(), &ArticleSession::extractionStarted, this,
            &ReaderActions::updateLegend);
    connect(m_window->session(), &ArticleSession::entitiesChanged, this,
            &ReaderActions::updateLegend);
    connect(m_window->session(), &ArticleSession::articleChanged, this,
            &ReaderActions::updateTypeActions);
    SourceController *source = m_window->source();
    connect(source, &SourceController::sourceChanged, this,
            [this, source] { m_reload->setEnabled(!source->currentSource().isEmpty()); });
    // Reader View is for web pages; it shows the reader's choice for this one.
    const auto updateReaderView = [this, source] {
        m_readerView->setEnabled(source->isWebPage());
        m_readerView->setChecked(source->isWebPage() && source->readerViewChosen());
    };
    connect(m_window->session(), &ArticleSession::articleChanged, this, updateReaderView);
    connect(source, &SourceController::sourceChanged, this, updateReaderView);
    // Esc stops a page being loaded: the action that has it is enabled meanwhile.
    connect(source, &SourceController::loadingChanged, this, &ReaderActions::updateNavigation);
    connect(m_window->settings(), &ReaderSettings::recentFilesChanged, this,
            &ReaderActions::updateRecentMenu);

    // A click on a sidebar column's header chooses the order of that column.
    connect(m_window->sidebar(), &EntitySidebar::sortRequested, this, [this](int column) {
        const int order[] = {2, 0, 1}; // Name, Mentions, Where (first appearance)
        if (column >= 0 && column < 3)
            m_sortGroup->actions().at(order[column])->trigger();
    });
    // Where the reader left off: the sort order (0, by mentions, is where it starts).
    const int sort = m_window->settings()->sortOrder();
    if (sort > 0 && sort < m_sortGroup->actions().size())
        m_sortGroup->actions().at(sort)->trigger();
    updateRecentMenu();
    updateNavigation();
    updateTypeActions();

    // Every key is shown where its action is offered, context menus too (some platforms hide
    // them there by default); and works whatever has the focus, a text field too.
    const auto withKeys = m_window->findChildren<QAction *>();
    for (QAction *a : withKeys) {
        if (!a->shortcuts().isEmpty())
            a->setShortcutVisibleInContextMenu(true);
    }
    auto *keysFirst = new ActionKeysFirst([this] { return shortcutActions(); }, this);
    const auto fields = m_window->findChildren<QLineEdit *>();
    for (QLineEdit *field : fields)
        keysFirst->watch(field);
}

void ReaderActions::createFileMenu()
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    m_open = file->addAction(tr("&Open\u2026"), m_window, &MainWindow::open);
    // Each standard key with a fixed one too: a platform theme may bind none (Quit has no key
    // in some), and the key would then be gone.
    m_open->setShortcuts(Keys::withStandard(QKeySequence(Qt::CTRL | Qt::Key_O), QKeySequence::Open));
    m_open->setIcon(Icons::themed(QStringLiteral("document-open"), Icons::Glyph::Open));
    QAction *address = file->addAction(tr("Open &Address\u2026"), m_window,
                                       &MainWindow::openAddressInteractively);
    address->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_reload = file->addAction(tr("Re&load"), m_window, &MainWindow::reload);
    m_reload->setShortcuts(Keys::withStandard(QKeySequence(Qt::Key_F5), QKeySequence::Refresh));
    m_reload->setEnabled(false);
    file->addSeparator();
    QAction *exportEntities = file->addAction(tr("&Export Entities\u2026"), m_window,
                                              &MainWindow::exportEntitiesInteractively);
    exportEntities->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportHtml = file->addAction(tr("Export Article as &HTML\u2026"), m_window,
                                          &MainWindow::exportHtmlInteractively);
    exportHtml->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), m_window, &QWidget::close);
    quit->setShortcuts(Keys::withStandard(QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence::Quit));
}

void ReaderActions::createEditMenu()
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    CorrectionController *corrections = m_window->correctionController();
    edit->addAction(corrections->undoAction());
    edit->addAction(corrections->redoAction());
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_window->articleView(), &QTextEdit::copy);
    copy->setShortcuts(Keys::withStandard(QKeySequence(Qt::CTRL | Qt::Key_C), QKeySequence::Copy));
    QAction *paste = edit->addAction(tr("Paste as &Article"), m_window, &MainWindow::pasteArticle);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QAction *findAction = edit->addAction(tr("&Find in Text\u2026"), m_window->findBar(),
                                          &FindBar::activate);
    findAction->setShortcuts(
        Keys::withStandard(QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence::Find));
    QAction *filter = edit->addAction(tr("&Filter Entities"), m_window->sidebar(),
                                      &EntitySidebar::focusFilter);
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    edit->addSeparator();
    QAction *copyList = edit->addAction(tr("Copy Entity &List"), m_window,
                                        &MainWindow::copyEntityList);
    copyList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QMenu *correct = edit->addMenu(tr("Co&rrect Entities"));
    corrections->addActionsTo(correct);
    correct->addSeparator();
    ReaderSettings *settings = m_window->settings();
    QAction *beside = correct->addAction(tr("Keep Corrections &Beside the Article"));
    beside->setCheckable(true);
    beside->setChecked(settings->correctionsPlace() == Corrections::Place::BesideArticle);
    beside->setToolTip(tr("Save a file's corrections next to it as <file>.entities.json instead "
                          "of in the application's data folder"));
    connect(beside, &QAction::toggled, settings, [settings](bool on) {
        settings->setCorrectionsPlace(on ? Corrections::Place::BesideArticle
                                         : Corrections::Place::DataDirectory);
    });
    connect(settings, &ReaderSettings::correctionsPlaceChanged, beside,
            [beside](Corrections::Place place) {
                beside->setChecked(place == Corrections::Place::BesideArticle);
            });
}

void ReaderActions::createViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    ArticleView *text = m_window->articleView();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_window,
                                      [this, text] { m_window->setZoom(text->zoomSteps() + 1); });
    zoomIn->setShortcuts(
        Keys::withStandard(QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn));
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_window,
                                       [this, text] { m_window->setZoom(text->zoomSteps() - 1); });
    zoomOut->setShortcuts(
        Keys::withStandard(QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut));
    QAction *zoomReset = view->addAction(tr("&Actual Size"), m_window,
                                         [this] { m_window->setZoom(0); });
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *textSettings = view->addAction(tr("&Text Settings\u2026"), m_window,
                                            &MainWindow::showTextSettings);
    textSettings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    textSettings->setToolTip(tr("Font, size, line width and spacing, colours (Ctrl+T)"));
    QAction *fullScreen = view->addAction(tr("&Full Screen"), m_window, [this](bool on) {
        m_window->setWindowState(on ? m_window->windowState() | Qt::WindowFullScreen
                                    : m_window->windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(
        Keys::withStandard(QKeySequence(Qt::Key_F11), QKeySequence::FullScreen));
    QAction *sidebar = view->addAction(tr("Show &Sidebar"), m_window,
                                       [this](bool on) { m_window->setSidebarVisible(on); });
    sidebar->setCheckable(true);
    sidebar->setChecked(m_window->settings()->sidebarVisible());
    sidebar->setShortcut(QKeySequence(Qt::Key_F9));
    sidebar->setToolTip(tr("The people and places beside the text, or the text alone (F9)"));
    view->addSeparator();
    QAction *builtin = view->addAction(tr("&Built-in Article"), m_window, [this] {
        if (const LoadResult loaded = ArticleLoader::loadBuiltin(); loaded.ok())
            m_window->showArticle(*loaded.article);
    });
    builtin->setToolTip(tr("The sample article the reader starts with"));
    view->addSeparator();
    m_readerView = view->addAction(tr("Rea&der View"), m_window,
                                   [this](bool on) { m_window->source()->setReaderView(on); });
    m_readerView->setCheckable(true);
    m_readerView->setEnabled(false);
    m_readerView->setToolTip(tr("A web page's article alone, or the whole page"));
    view->addSeparator();

    m_shared = view->addAction(tr("&Shared Paragraphs Only"), m_window, [this](bool on) {
        m_window->reading()->setSharedParagraphsOnly(on);
    });
    m_shared->setCheckable(true);
    m_shared->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_shared->setToolTip(tr("Dim the paragraphs that do not mention every selected entity "
                            "(Ctrl+Shift+P)"));
    m_shared->setIcon(Icons::themed(QStringLiteral("view-filter"), Icons::Glyph::Filter));

    QMenu *sort = view->addMenu(tr("S&ort Entities By"));
    m_sortGroup = new QActionGroup(this);
    const std::pair<QString, EntityListModel::SortOrder> orders[] = {
        {tr("&Mentions"), EntityListModel::SortOrder::Mentions},
        {tr("&First Appearance"), EntityListModel::SortOrder::FirstAppearance},
        {tr("&Name"), EntityListModel::SortOrder::Name},
    };
    EntityListModel *model = m_window->entityModel();
    for (int i = 0; i < 3; ++i) {
        const auto order = orders[i].second;
        QAction *a = sort->addAction(orders[i].first, m_window, [this, model, order, i] {
            model->setSortOrder(order);
            m_window->settings()->setSortOrder(i);
        });
        a->setCheckable(true);
        a->setChecked(i == 0);
        m_sortGroup->addAction(a);
    }
    for (EntityType type : {EntityType::Person, EntityType::Place, EntityType::Organization}) {
        QAction *a = view->addAction(QString(), m_window,
                                     [model, type](bool on) { model->setTypeVisible(type, on); });
        a->setCheckable(true);
        a->setChecked(true);
        m_typeActions[int(type)] = a;
    }
}

void ReaderActions::createGoMenu()
{
    QMenu *go = m_window->menuBar()->addMenu(tr("&Go"));
    m_previous = go->addAction(tr("&Previous Mention"), m_window, &MainWindow::previousMention);
    m_previous->setShortcuts(
        Keys::withStandard(QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence::FindPrevious));
    m_previous->setIcon(Icons::themed(QStringLiteral("go-up"), Icons::Glyph::Up));
    m_previous->setToolTip(tr("Previous mention (Shift+F3)"));
    m_next = go->addAction(tr("&Next Mention"), m_window, &MainWindow::nextMention);
    m_next->setShortcuts(Keys::withStandard(QKeySequence(Qt::Key_F3), QKeySequence::FindNext));
    m_next->setIcon(Icons::themed(QStringLiteral("go-down"), Icons::Glyph::Down));
    m_next->setToolTip(tr("Next mention (F3)"));
    m_clear = go->addAction(tr("&Clear Highlight"), m_window, &MainWindow::stopOrClear);
    m_clear->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clear->setIcon(Icons::themed(QStringLiteral("edit-clear"), Icons::Glyph::Clear));
    m_clear->setToolTip(tr("Clear the highlight (Esc)"));
    go->addSeparator();
    m_back = go->addAction(tr("&Back"), m_window, &MainWindow::goBack);
    m_back->setShortcuts(
        Keys::withStandard(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back));
    m_back->setIcon(Icons::themed(QStringLiteral("go-previous"), Icons::Glyph::Back));
    m_back->setToolTip(tr("Back to where you were (Alt+Left)"));
    m_back->setEnabled(false);
    m_forward = go->addAction(tr("&Forward"), m_window, &MainWindow::goForward);
    m_forward->setShortcuts(
        Keys::withStandard(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    m_forward->setIcon(Icons::themed(QStringLiteral("go-next"), Icons::Glyph::Forward));
    m_forward->setToolTip(tr("Forward again (Alt+Right)"));
    m_forward->setEnabled(false);
}

void ReaderActions::createHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), m_window, &MainWindow::showShortcuts);
    QList<QKeySequence> helpKeys = Keys::withStandard(QKeySequence(Qt::Key_F1),
                                                      QKeySequence::HelpContents);
    helpKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Question));
    keys->setShortcuts(helpKeys);
    help->addAction(tr("&About Article Reader"), m_window, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

// The navigation never moves nor hides: the counter has a fixed width (the widest it can say),
// and the legend of followed entities, which grows with each one, has a row of its own below.
void ReaderActions::createToolBar()
{
    QToolBar *bar = m_window->addToolBar(tr("Mentions"));
    bar->setObjectName(QStringLiteral("mentionsToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_open);
    bar->addSeparator();
    bar->addAction(m_back);
    bar->addAction(m_forward);
    bar->addSeparator();
    m_positionLabel = new QLabel(m_window);
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    m_positionLabel->setContentsMargins(8, 0, 8, 0);
    m_positionLabel->setAlignment(Qt::AlignCenter);
    const QFontMetrics metrics = m_positionLabel->fontMetrics();
    int widest = 0;
    // What the reading state's indicator() can say, each as wide as it gets.
    const auto said = [](const char *text, int n = -1) {
        return QCoreApplication::translate(n < 0 ? "MentionNavigator" : "ReadingState", text,
                                           nullptr, n < 0 ? 8888 : n);
    };
    for (const QString &text : {said("%1 of %2").arg(8888).arg(8888), said("%n mentions"),
                                said("%1 of %2 shared", 0).arg(8888).arg(8888),
                                said("%n shared", 8888), said("none shared", 0)})
        widest = std::max(widest, metrics.horizontalAdvance(text));
    m_positionLabel->setFixedWidth(widest + 16 + metrics.averageCharWidth());
    bar->addAction(m_previous);
    bar->addWidget(m_positionLabel);
    bar->addAction(m_next);
    bar->addAction(m_clear);
    bar->addSeparator();
    bar->addAction(m_shared);

    m_window->addToolBarBreak();
    QToolBar *legend = m_window->addToolBar(tr("Followed"));
    legend->setObjectName(QStringLiteral("legendToolBar"));
    legend->setMovable(false);
    m_entityLabel = new QLabel(m_window);
    m_entityLabel->setObjectName(QStringLiteral("entityLabel"));
    m_entityLabel->setContentsMargins(8, 0, 12, 0);
    m_entityLabel->setTextFormat(Qt::RichText);
    legend->addWidget(m_entityLabel);
}

QList<QAction *> ReaderActions::shortcutActions() const
{
    QList<QAction *> out;
    QList<QMenu *> menus;
    for (QAction *top : m_window->menuBar()->actions()) {
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

void ReaderActions::paletteChanged()
{
    updateLegend();
}

void ReaderActions::updateNavigation()
{
    const ReadingState *reading = m_window->reading();
    const bool any = !reading->navigator().isEmpty();
    m_next->setEnabled(any);
    m_previous->setEnabled(any);
    m_clear->setEnabled(any || !reading->selection().isEmpty() || m_window->source()->isLoading());
    m_positionLabel->setText(reading->indicator());
    updateLegend();
}

// A legend: each selected entity in its colour, the followed one in bold.
void ReaderActions::updateLegend()
{
    const ReadingState *reading = m_window->reading();
    if (reading->selection().isEmpty()) {
        const ArticleSession *session = m_window->session();
        m_entityLabel->setText(session->isExtracting()         ? tr("Finding names\u2026")
                               : session->entities().isEmpty() ? tr("No names found to follow")
                                                               : tr("Choose a name to follow it"));
        return;
    }
    const EntityList &list = m_window->session()->entities();
    const QPalette palette = m_window->palette();
    QStringList chips;
    for (const auto &item : reading->selection().items()) {
        const Entity *e = list.find(item.id);
        if (!e)
            continue;
        const EntityColors colors = EntityColors::forSlot(item.slot, palette);
        const QString name = e->name.toHtmlEscaped();
        chips.append(QStringLiteral("<span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span>")
                         .arg(colors.fill.name(), palette.color(QPalette::Text).name(),
                              item.id == reading->activeId() ? QStringLiteral("<b>%1</b>").arg(name)
                                                             : name));
    }
    m_entityLabel->setText(chips.join(QStringLiteral("&nbsp; ")));
}

void ReaderActions::updateTypeActions()
{
    // Counted as the sidebar's groups count: not the entities marked "not an entity".
    int counts[3] = {};
    for (const Entity &e : m_window->session()->entities().entities())
        counts[int(e.type)] += e.hidden ? 0 : 1;
    m_typeActions[int(EntityType::Person)]->setText(
        tr("Show &People (%1)").arg(counts[int(EntityType::Person)]));
    m_typeActions[int(EntityType::Place)]->setText(
        tr("Show P&laces (%1)").arg(counts[int(EntityType::Place)]));
    m_typeActions[int(EntityType::Organization)]->setText(
        tr("Show O&rganizations (%1)").arg(counts[int(EntityType::Organization)]));
}

void ReaderActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_window->settings()->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        // A file by its name, a web address by where it is.
        const bool address = PageFetcher::isWebAddress(path);
        const QString name = address ? QUrl(path)
                                           .toDisplayString(QUrl::RemoveScheme | QUrl::RemoveQuery)
                                           .mid(2)
                                           .left(60)
                                     : QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QString(), name),
            m_window, [this, path] { m_window->openSource(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), m_window,
                                [this] { m_window->settings()->clearRecentFiles(); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

// Tells screen readers where the reader now is ("Dmitry Peskov, person, mention 2 of 2,
// paragraph 24"): the position label's accessible name changes with each step.
void ReaderActions::announceCurrentMention()
{
    const ReadingState *reading = m_window->reading();
    const Mention *m = reading->currentMention();
    if (!m)
        return;
    const Entity *e = reading->activeEntity();
    const qsizetype paragraph = m_window->session()->article().paragraphAt(m->start);
    m_positionLabel->setAccessibleName(tr("%1, %2, mention %3, paragraph %4")
                                           .arg(e ? e->name : QString(),
                                                e ? entityTypeLabel(e->type) : QString(),
                                                reading->indicator())
                                           .arg(paragraph + 1));
    QAccessibleEvent event(m_positionLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}
