#include "mainwindow.h"

#include "articleloader.h"
#include "articleview.h"
#include "entityextractor.h"
#include "entitylistmodel.h"
#include "entitysidebar.h"
#include "knowledge.h"

#include <QAccessible>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
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

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

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
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
    , m_extraction(new QFutureWatcher<EntityList>(this))
{
    m_knowledge->knowledge = std::move(knowledge);
    setAcceptDrops(true);

    m_sidebar = new EntitySidebar(m_model, this);
    m_sidebar->setObjectName(QStringLiteral("entitySidebar"));
    m_view = new ArticleView(this);
    m_view->setObjectName(QStringLiteral("articleView"));
    m_view->setAcceptDrops(false); // files dropped on the text open, as anywhere in the window

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("extractionProgress"));
    m_busy->setRange(0, 0); // busy: extraction does not know how far it is
    m_busy->setMaximumWidth(160);
    m_busy->setFormat(tr("Finding people and places\u2026"));
    m_busy->setAccessibleName(tr("Finding people and places"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);

    createActions();

    connect(m_sidebar, &EntitySidebar::entityActivated, this,
            [this](const QString &id) { selectEntity(id); });
    connect(m_sidebar, &EntitySidebar::selectionCleared, this, [this] {
        m_selectedId.clear();
        m_navigator.clear();
        m_view->clearHighlights();
        updateNavigation();
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
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    updateRecentMenu();
    updateNavigation();
}

MainWindow::~MainWindow()
{
    // The worker only touches its own copies; wait so it does not outlive the knowledge slot's
    // last user in a surprising order.
    m_extraction->waitForFinished();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open\u2026"), this, &MainWindow::open);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(themeIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_reloadAction = file->addAction(tr("Re&load"), this, &MainWindow::reload);
    m_reloadAction->setShortcuts(withStandard(QKeySequence(Qt::Key_F5), QKeySequence::Refresh));
    m_reloadAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy"), m_view, &QTextEdit::copy);
    copy->setShortcut(QKeySequence::Copy);
    QAction *filter = edit->addAction(tr("&Filter Entities"), m_sidebar,
                                      &EntitySidebar::focusFilter);
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_previousAction = go->addAction(tr("&Previous Mention"), this, &MainWindow::previousMention);
    m_previousAction->setShortcuts(
        withStandard(QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence::FindPrevious));
    m_previousAction->setIcon(themeIcon(QStringLiteral("go-up"), QStyle::SP_ArrowUp));
    m_previousAction->setToolTip(tr("Previous mention (Shift+F3)"));
    m_nextAction = go->addAction(tr("&Next Mention"), this, &MainWindow::nextMention);
    m_nextAction->setShortcuts(withStandard(QKeySequence(Qt::Key_F3), QKeySequence::FindNext));
    m_nextAction->setIcon(themeIcon(QStringLiteral("go-down"), QStyle::SP_ArrowDown));
    m_nextAction->setToolTip(tr("Next mention (F3)"));
    m_clearAction = go->addAction(tr("&Clear Highlight"), this, &MainWindow::clearSelection);
    m_clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearAction->setIcon(themeIcon(QStringLiteral("edit-clear"), QStyle::SP_DialogCloseButton));
    m_clearAction->setToolTip(tr("Clear the highlight (Esc)"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    m_entityLabel = new QLabel(this);
    m_entityLabel->setObjectName(QStringLiteral("entityLabel"));
    m_entityLabel->setContentsMargins(8, 0, 12, 0);
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
}

void MainWindow::showArticle(const Article &article)
{
    m_article = article;
    setWindowTitle(tr("%1 \u2014 Article Reader").arg(article.title));
    m_reselectId = m_selectedId;
    m_selectedId.clear();
    m_navigator.clear();
    m_view->setArticle(m_article);
    m_model->setEntities({});
    updateNavigation();
    startExtraction();
}

void MainWindow::startExtraction()
{
    const quint64 generation = ++m_generation;
    m_busy->show();
    statusBar()->showMessage(m_article.note);
    auto slot = m_knowledge;
    const QString text = m_article.text;
    m_extraction->setProperty("generation", generation);
    m_extraction->setFuture(
        QtConcurrent::run([slot, text] { return EntityExtractor(slot->get()).extract(text); }));
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
    m_model->setEntities(m_extraction->result());
    m_busy->hide();
    const auto &entities = m_model->entities();
    QString message = tr("%1 people, %2 places, %3 organizations \u00b7 %4 mentions")
                          .arg(entities.count(EntityType::Person))
                          .arg(entities.count(EntityType::Place))
                          .arg(entities.count(EntityType::Organization))
                          .arg(entities.mentionCount());
    if (!m_article.note.isEmpty())
        message += QStringLiteral(" \u00b7 ") + m_article.note;
    statusBar()->showMessage(message);
    if (!m_reselectId.isEmpty() && m_model->entities().find(m_reselectId)) {
        m_sidebar->setCurrentEntity(m_reselectId);
        selectEntity(m_reselectId);
    }
    m_reselectId.clear();
    updateNavigation();
    emit entitiesReady();
}

bool MainWindow::openFile(const QString &path)
{
    const LoadResult loaded = ArticleLoader::loadFile(path);
    if (!loaded.ok()) {
        spdlog::warn("could not open {}: {}", path.toStdString(), loaded.error.toStdString());
        QMessageBox::warning(this, tr("Cannot open the article"), loaded.error);
        return false;
    }
    m_selectedId.clear();
    showArticle(*loaded.article);
    m_currentFile = QFileInfo(path).absoluteFilePath();
    m_reloadAction->setEnabled(true);
    addRecentFile(m_currentFile);
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
    m_sidebar->setCurrentEntity(e->id);
    selectEntity(e->id);
    return true;
}

void MainWindow::selectEntity(const QString &id)
{
    const Entity *e = m_model->entities().find(id);
    if (!e)
        return;
    m_selectedId = id;
    m_navigator.setMentions(e->mentions);
    m_view->setHighlights(e->mentions, e->type);
    m_navigator.first();
    showCurrentMention();
}

void MainWindow::nextMention()
{
    if (m_navigator.next())
        showCurrentMention();
}

void MainWindow::previousMention()
{
    if (m_navigator.previous())
        showCurrentMention();
}

void MainWindow::clearSelection()
{
    m_selectedId.clear();
    m_navigator.clear();
    m_view->clearHighlights();
    m_sidebar->clearSelection();
    updateNavigation();
}

void MainWindow::showCurrentMention()
{
    const Mention *m = m_navigator.current();
    if (!m)
        return;
    m_view->setCurrentMention(*m);
    updateNavigation();
    const Entity *e = m_model->entities().find(m_selectedId);
    const qsizetype paragraph = m_article.paragraphAt(m->start);
    // Tell screen readers where the reader now is ("Dmitry Peskov, person, mention 2 of 2,
    // paragraph 24"): the position label's accessible name changes with each step.
    m_positionLabel->setAccessibleName(tr("%1, %2, mention %3, paragraph %4")
                                           .arg(e ? e->name : QString(),
                                                e ? entityTypeName(e->type) : QString(),
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
    m_clearAction->setEnabled(any);
    m_positionLabel->setText(m_navigator.indicator());
    const Entity *e = any ? m_model->entities().find(m_selectedId) : nullptr;
    m_entityLabel->setText(e ? QStringLiteral("<b>%1</b>").arg(e->name.toHtmlEscaped())
                             : tr("Choose a person or place to follow it through the text"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
    event->accept();
}
