#include "mainwindow.h"

#include "articleview.h"
#include "entityextractor.h"
#include "entitylistmodel.h"
#include "entitysidebar.h"
#include "knowledge.h"

#include <QAccessible>
#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include <spdlog/spdlog.h>

namespace {

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

} // namespace

MainWindow::MainWindow(std::shared_ptr<const Knowledge> knowledge, QWidget *parent)
    : QMainWindow(parent)
    , m_knowledge(std::move(knowledge))
    , m_model(new EntityListModel(this))
{
    m_sidebar = new EntitySidebar(m_model, this);
    m_sidebar->setObjectName(QStringLiteral("entitySidebar"));
    m_view = new ArticleView(this);
    m_view->setObjectName(QStringLiteral("articleView"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    createActions();

    connect(m_sidebar, &EntitySidebar::entityActivated, this,
            [this](const QString &id) { selectEntity(id); });
    connect(m_sidebar, &EntitySidebar::selectionCleared, this, [this] {
        m_selectedId.clear();
        m_navigator.clear();
        m_view->clearHighlights();
        updateNavigation();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 800);
    splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    updateNavigation();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
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
    m_previousAction->setIcon(
        QIcon::fromTheme(QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp)));
    m_previousAction->setToolTip(tr("Previous mention (Shift+F3)"));
    m_nextAction = go->addAction(tr("&Next Mention"), this, &MainWindow::nextMention);
    m_nextAction->setShortcuts(withStandard(QKeySequence(Qt::Key_F3), QKeySequence::FindNext));
    m_nextAction->setIcon(
        QIcon::fromTheme(QStringLiteral("go-down"), style()->standardIcon(QStyle::SP_ArrowDown)));
    m_nextAction->setToolTip(tr("Next mention (F3)"));
    m_clearAction = go->addAction(tr("&Clear Highlight"), this, &MainWindow::clearSelection);
    m_clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear"),
                                            style()->standardIcon(QStyle::SP_DialogCloseButton)));
    m_clearAction->setToolTip(tr("Clear the highlight (Esc)"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Article Reader"), this, [this] {
        QMessageBox::about(
            this, tr("About Article Reader"),
            tr("<h3>Article Reader %1</h3><p>Read news articles by their people and places.</p>"
               "<p>Place names contain information from GeoNames (CC BY 4.0) and world-countries "
               "(ODbL 1.0); see resources/data/SOURCES.md for every data source and licence.</p>")
                .arg(QApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Mentions"));
    bar->setObjectName(QStringLiteral("mentionsToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
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
    m_view->setArticle(m_article);
    m_selectedId.clear();
    m_navigator.clear();

    QElapsedTimer timer;
    timer.start();
    const EntityExtractor extractor(m_knowledge);
    m_model->setEntities(extractor.extract(m_article.text));
    const auto &entities = m_model->entities();
    statusBar()->showMessage(tr("%1 people, %2 places, %3 organizations \u00b7 %4 mentions")
                                 .arg(entities.count(EntityType::Person))
                                 .arg(entities.count(EntityType::Place))
                                 .arg(entities.count(EntityType::Organization))
                                 .arg(entities.mentionCount()));
    spdlog::info("showing {} ({} ms to extract)", article.source.toStdString(), timer.elapsed());
    updateNavigation();
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
    if (const Mention *m = m_navigator.current()) {
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
