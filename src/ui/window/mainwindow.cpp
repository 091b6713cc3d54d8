#include "ui/window/mainwindow.h"

#include "core/models/entitylistmodel.h"
#include "core/session/articlesession.h"
#include "core/session/readersettings.h"
#include "core/session/readingstate.h"
#include "core/web/pagefetcher.h"
#include "ui/corrections/correctioncontroller.h"
#include "ui/library/librarycontroller.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/sidebar/mentioncontextpanel.h"
#include "ui/style/themepalette.h"
#include "ui/text/articleview.h"
#include "ui/text/findbar.h"
#include "ui/text/highlightcontroller.h"
#include "ui/text/overviewruler.h"
#include "ui/text/readingpositions.h"
#include "ui/text/textsettingsdialog.h"
#include "ui/window/articleexporter.h"
#include "ui/window/readeractions.h"
#include "ui/window/shortcutsdialog.h"
#include "ui/window/sourcecontroller.h"
#include "ui/window/statusmessages.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>

MainWindow::MainWindow(std::shared_ptr<const Knowledge> knowledge, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(new ReaderSettings(this))
    , m_session(new ArticleSession(std::move(knowledge), this))
    , m_model(new EntityListModel(this))
{
    setAcceptDrops(true);
    // Another Article Reader's change of a setting (the corrections' place, the text, the recent
    // files) reaches this window too.
    m_settings->followOtherProcesses();
    // The views take a new article and its entities before the reading state restores a
    // selection over them: these connections come first.
    connect(m_session, &ArticleSession::articleChanged, this, &MainWindow::articleChanged);
    connect(m_session, &ArticleSession::entitiesChanged, this, &MainWindow::showEntities);
    m_reading = new ReadingState(m_session, this);
    createLayout();
    m_highlights = new HighlightController(m_session, m_reading, m_view, m_ruler, this);
    m_positions = new ReadingPositions(m_session, m_view, m_settings, this);
    // The sidebar shows the selection before the actions ask it what is selected.
    connect(m_reading, &ReadingState::selectionChanged, this, &MainWindow::syncSidebar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::syncSidebar);
    m_corrections = new CorrectionController(m_session, m_reading, m_sidebar, m_view, this);
    m_exporter = new ArticleExporter(m_session, m_reading, this);
    m_source = new SourceController(this);
    connect(m_exporter, &ArticleExporter::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_corrections, &CorrectionController::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    m_actions = new ReaderActions(this);
    m_library = new LibraryController(this); // keeps what is read; File > Library
    connectState();

    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1200, 800);
    m_splitter->restoreState(m_settings->mainSplitter());
    m_leftSplitter->restoreState(m_settings->leftSplitter());
    m_view->zoomBy(m_settings->zoomSteps());
    m_leftSplitter->setVisible(m_settings->sidebarVisible());
    applyTextSettings(m_settings->textSettings());
    connect(m_settings, &ReaderSettings::textSettingsChanged, this,
            [this] { applyTextSettings(m_settings->textSettings()); });
    // The reader starts in the text: the window's keys are the text's, not a field's.
    m_view->setFocus();
}

MainWindow::~MainWindow()
{
    // The undo stack clears itself as it goes; nothing of the window is left to update then.
    disconnect(m_corrections->undoStack(), nullptr, nullptr, nullptr);
}

void MainWindow::createLayout()
{
    m_sidebar = new EntitySidebar(m_model, this);
    m_sidebar->setObjectName(QStringLiteral("entitySidebar"));
    m_contextPanel = new MentionContextPanel(m_session, m_reading, this);
    m_contextPanel->setObjectName(QStringLiteral("contextPanel"));

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplitter->addWidget(m_sidebar);
    m_leftSplitter->addWidget(m_contextPanel);
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
}

// Requests from the widgets go to the reading state, with where the reader is in the text;
// what the state and the session say goes to the status bar.
void MainWindow::connectState()
{
    const auto here = [this] {
        return m_view->firstVisiblePosition();
    };
    connect(m_sidebar, &EntitySidebar::selectionRequested, this,
            [this, here](const QStringList &ids, const QString &current) {
                m_reading->select(ids, current, here());
            });
    connect(m_contextPanel, &MentionContextPanel::mentionRequested, this,
            [this, here](int row) { m_reading->setCurrentMention(row, here()); });
    connect(m_view, &ArticleView::positionClicked, this,
            [this](qsizetype position, Qt::KeyboardModifiers modifiers) {
                m_reading->selectMentionAt(position, modifiers & Qt::ControlModifier);
            });
    connect(m_view, &ArticleView::positionHovered, this, &MainWindow::textHovered);
    connect(m_view, &ArticleView::visibleRangeChanged, m_ruler, &OverviewRuler::setVisibleRange);
    connect(m_ruler, &OverviewRuler::positionRequested, this, [this, here](double fraction) {
        m_reading->recordJump(here());
        m_view->scrollToFraction(fraction);
    });
    connect(m_findBar, &FindBar::searchChanged, this,
            [this, here](const QString &text, bool caseSensitive, bool wholeWords) {
                m_reading->find(text, {caseSensitive, wholeWords}, here());
            });
    connect(m_findBar, &FindBar::nextRequested, this,
            [this, here] { m_reading->stepFind(1, here()); });
    connect(m_findBar, &FindBar::previousRequested, this,
            [this, here] { m_reading->stepFind(-1, here()); });
    connect(m_findBar, &FindBar::closed, this, [this, here] {
        // The match found stays selected: it can be copied, or marked as an entity.
        if (const qsizetype current = m_reading->findCurrent(); current >= 0)
            m_view->selectText(m_reading->findMatches().at(current));
        m_reading->find({}, {}, here());
        m_view->setFocus();
    });
    connect(m_reading, &ReadingState::findChanged, this, [this] {
        m_findBar->setResult(-1, m_reading->findMatches().size(), m_reading->findCapped());
    });
    connect(m_reading, &ReadingState::findCurrentChanged, this, [this] {
        m_findBar->setResult(m_reading->findCurrent(), m_reading->findMatches().size(),
                             m_reading->findCapped());
    });
    connect(m_session, &ArticleSession::extractionStarted, this, &MainWindow::extractionStarted);
    connect(m_session, &ArticleSession::correctionsWarning, this,
            &MainWindow::showCorrectionsWarning);
    m_session->setCorrectionsPlace(m_settings->correctionsPlace());
    connect(m_settings, &ReaderSettings::correctionsPlaceChanged, m_session,
            &ArticleSession::setCorrectionsPlace);
    // After the views' own connections: a correction's summary is the last word.
    m_status = new StatusMessages(m_session, m_reading, statusBar(), this);
    // Last: everything else has taken the entities when the window says they are ready.
    connect(m_session, &ArticleSession::entitiesChanged, this,
            [this](ArticleSession::Change change) {
                if (change == ArticleSession::Change::Extracted)
                    extractionFinished();
            });
    connect(m_source, &SourceController::statusMessage, statusBar(), &QStatusBar::showMessage);
}

const Article &MainWindow::article() const
{
    return m_session->article();
}

const EntityList &MainWindow::entities() const
{
    return m_session->entities();
}

const MentionNavigator &MainWindow::navigator() const
{
    return m_reading->navigator();
}

const EntitySelection &MainWindow::selection() const
{
    return m_reading->selection();
}

QString MainWindow::selectedEntityId() const
{
    return m_reading->activeId();
}

QListView *MainWindow::contextView() const
{
    return m_contextPanel->view();
}

QString MainWindow::contextPlaceholderText() const
{
    return m_contextPanel->placeholderText();
}

bool MainWindow::isExtracting() const
{
    return m_session->isExtracting();
}

QStringList MainWindow::recentFiles() const
{
    return m_settings->recentFiles();
}

QList<QAction *> MainWindow::shortcutActions() const
{
    return m_actions->shortcutActions();
}

QString MainWindow::correctionsPath() const
{
    return m_session->correctionsPath();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_corrections->undoStack();
}

void MainWindow::setZoom(int steps)
{
    m_view->zoomBy(steps - m_view->zoomSteps());
    m_settings->setZoomSteps(m_view->zoomSteps());
}

void MainWindow::showArticle(const Article &article)
{
    m_source->showArticle(article);
}

void MainWindow::showFile(const Article &article, const QString &path)
{
    m_source->showFile(article, path);
}

bool MainWindow::openFile(const QString &path)
{
    return m_source->openFile(path);
}

bool MainWindow::openAddress(const QString &address)
{
    return m_source->openAddress(address);
}

bool MainWindow::openSource(const QString &fileOrAddress)
{
    return m_source->open(fileOrAddress);
}

bool MainWindow::reopenLastArticle()
{
    return m_source->reopenLast();
}

QString MainWindow::currentFile() const
{
    return m_source->currentFile();
}

void MainWindow::open()
{
    m_source->chooseFile();
}

void MainWindow::openAddressInteractively()
{
    m_source->askForAddress();
}

void MainWindow::pasteArticle()
{
    m_source->pasteArticle();
}

void MainWindow::reload()
{
    m_source->reload();
}

// A new article: the text shows at once, the entities follow from the worker.
void MainWindow::articleChanged()
{
    const Article &article = m_session->article();
    m_view->setArticle(article);
    showEntities();
    m_ruler->clear();
}

// The sidebar's entities, and the ruler's known lists: it finds the rows of every entity's
// mentions now, so that selecting one only looks them up.
void MainWindow::showEntities()
{
    const EntityList &entities = m_session->entities();
    m_model->setEntities(entities, m_session->article().text.size());
    QList<QList<Mention>> lists;
    lists.reserve(entities.size());
    for (const Entity &e : entities.entities())
        lists.append(e.mentions);
    m_ruler->setKnownMentions(lists, m_view->textLength());
}

void MainWindow::extractionStarted()
{
    m_busy->show();
    m_sidebar->setEmptyText(tr("Finding people and places\u2026"));
}

void MainWindow::extractionFinished()
{
    m_busy->hide();
    m_sidebar->setEmptyText(tr("No people, places or organizations found"));
    m_status->extractionFinished();
    emit entitiesReady();
}

// Not modal, and one box however often it is said: a reload after each save of an edited file
// says it again, and the reader keeps reading meanwhile. Headless, nobody could close it: the
// session has logged it (stderr).
void MainWindow::showCorrectionsWarning(const QString &message)
{
    if (!m_interactive)
        return;
    if (!m_warningBox) {
        m_warningBox = new QMessageBox(QMessageBox::Warning, tr("Corrections not applied"),
                                       QString(), QMessageBox::Ok, this);
        m_warningBox->setObjectName(QStringLiteral("correctionsWarning"));
        m_warningBox->setWindowModality(Qt::NonModal);
    }
    m_warningBox->setText(message);
    m_warningBox->show();
    m_warningBox->raise();
}

// The sidebar's selection follows the reading state's (after a correction, a reload, a click in
// the text), and comes back after its model is reset (a new sort order, a type shown or hidden).
void MainWindow::syncSidebar()
{
    const QStringList ids = m_reading->selectedIds();
    const QString active = m_reading->activeId();
    QStringList shown = m_sidebar->selectedIds();
    QStringList wanted = ids;
    std::sort(shown.begin(), shown.end());
    std::sort(wanted.begin(), wanted.end());
    const QString current = m_sidebar->view()
                                ->currentIndex()
                                .siblingAtColumn(0)
                                .data(EntityListModel::EntityIdRole)
                                .toString();
    if (shown == wanted && (ids.isEmpty() || current == active))
        return; // it already shows what the reader chose there
    if (ids.isEmpty())
        m_sidebar->clearSelection();
    else
        m_sidebar->setSelectedEntities(ids, active);
}

// What a drop brings: a local file or a web address (a link dragged from a browser).
static QString droppedSource(const QMimeData *data)
{
    const auto urls = data->urls();
    if (!urls.isEmpty()) {
        const QUrl &url = urls.first();
        if (url.isLocalFile())
            return url.toLocalFile();
        if (PageFetcher::isWebAddress(url.toString()))
            return url.toString();
        return {};
    }
    const QString text = data->text().trimmed();
    return PageFetcher::isWebAddress(text) ? text : QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedSource(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString source = droppedSource(event->mimeData());
    if (source.isEmpty())
        return;
    event->acceptProposedAction();
    // Open after the drop has finished, so a message box does not run inside the drag.
    QTimer::singleShot(0, this, [this, source] { m_source->open(source); });
}

bool MainWindow::selectEntityByName(const QString &name)
{
    const Entity *e = m_session->entities().findByName(name);
    if (!e)
        return false;
    m_reading->select({e->id}, e->id, m_view->firstVisiblePosition());
    return true;
}

QString MainWindow::selectEntitiesByName(const QStringList &names)
{
    QStringList ids;
    for (const QString &name : names) {
        const Entity *e = m_session->entities().findByName(name);
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
    m_reading->select(ids, currentId, m_view->firstVisiblePosition());
}

void MainWindow::nextMention()
{
    m_reading->next(m_view->firstVisiblePosition());
}

void MainWindow::previousMention()
{
    m_reading->previous(m_view->firstVisiblePosition());
}

void MainWindow::clearSelection()
{
    m_reading->clear();
}

void MainWindow::stopOrClear()
{
    if (m_source->isLoading())
        m_source->stopLoading();
    else
        clearSelection();
}

void MainWindow::goBack()
{
    const qsizetype to = m_reading->back(m_view->firstVisiblePosition());
    if (to >= 0)
        m_view->scrollPositionToTop(to);
}

void MainWindow::goForward()
{
    const qsizetype to = m_reading->forward(m_view->firstVisiblePosition());
    if (to >= 0)
        m_view->scrollPositionToTop(to);
}

void MainWindow::textHovered(qsizetype position, const QPoint &globalPos)
{
    const Entity *e = position >= 0 ? m_session->entities().entityAt(position) : nullptr;
    if (!e || e->hidden) {
        QToolTip::hideText();
        return;
    }
    const auto it = std::find_if(e->mentions.cbegin(), e->mentions.cend(),
                                 [position](const Mention &m) { return m.end > position; });
    QString card = QStringLiteral("<b>%1</b><br>%2")
                       .arg(e->name.toHtmlEscaped(), entityTypeLabel(e->type));
    if (!e->role.isEmpty())
        card += QStringLiteral(" \u00b7 ") + e->role.toHtmlEscaped();
    card += QStringLiteral("<br>")
            + tr("mention %1 of %2").arg(it - e->mentions.cbegin() + 1).arg(e->mentions.size());
    card += QStringLiteral("<br><i>%1</i>").arg(tr("Click to follow, Ctrl+click to add"));
    QToolTip::showText(globalPos, card, m_view);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutActions(), this);
    dialog.exec();
}

// Where the installed list of data sources and their licences is: beside the program's prefix
// (cmake --install, the .deb), else in the system's data directories; empty from a build tree.
static QString installedDataSources()
{
    const QString name = QStringLiteral("doc/article-reader/DATA-SOURCES.md");
    const QString besideProgram = QDir(QCoreApplication::applicationDirPath())
                                      .absoluteFilePath(QStringLiteral("../share/") + name);
    if (QFileInfo::exists(besideProgram))
        return QDir::cleanPath(besideProgram);
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation, name);
}

void MainWindow::showAbout()
{
    const QString sources = installedDataSources();
    const QString where
        = sources.isEmpty()
              ? tr("Every data source and its licence is listed in DATA-SOURCES.md, installed with "
                   "the program in share/doc/article-reader/.")
              : tr("Every data source and its licence: <a href=\"%1\">%2</a>.")
                    .arg(QUrl::fromLocalFile(sources).toString(), sources.toHtmlEscaped());
    QMessageBox::about(
        this, tr("About Article Reader"),
        tr("<h3>Article Reader %1</h3><p>Read news articles by their people and places.</p>"
           "<p>Free software under the GNU General Public License, version 3 or (at your option) "
           "any later version (GPL-3.0-or-later), with no warranty: see "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the licence</a>.</p>"
           "<p>Its built-in knowledge contains information from GeoNames (CC BY 4.0), "
           "world-countries (ODbL 1.0) and Debian's iso-codes (LGPL-2.1+); role words from "
           "WordNet 3.0 (WordNet licence, Princeton University); words from compromise (MIT) and "
           "SCOWL (permissive).</p><p>%2</p>")
            .arg(QApplication::applicationVersion(), where));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Light or dark: the highlight colours follow the system palette.
    if (event->type() == QEvent::PaletteChange && m_actions) {
        m_highlights->refresh();
        m_actions->paletteChanged();
    }
}

void MainWindow::applyTextSettings(const TextSettings &text)
{
    m_view->setTextStyle(text.family, text.pointSize, text.lineWidth, text.lineSpacing);
    setPalette(themePalette(text.theme, style()));
}

// Each change shows at once; OK keeps it (for every window: the settings signal it), Cancel
// goes back.
void MainWindow::showTextSettings()
{
    TextSettingsDialog dialog(m_settings->textSettings(), ArticleView::defaultFontFamily(), this);
    dialog.setPalette(palette()); // a dialog is a window: it does not inherit the palette
    connect(&dialog, &TextSettingsDialog::textChanged, this,
            [this, &dialog](const TextSettings &text) {
                applyTextSettings(text);
                dialog.setPalette(palette());
            });
    if (dialog.exec() == QDialog::Accepted)
        m_settings->setTextSettings(dialog.settings());
}

void MainWindow::setSidebarVisible(bool visible)
{
    m_leftSplitter->setVisible(visible);
    m_settings->setSidebarVisible(visible);
    if (!visible && m_leftSplitter->isAncestorOf(QApplication::focusWidget()))
        m_view->setFocus();
}

bool MainWindow::isSidebarVisible() const
{
    return !m_leftSplitter->isHidden();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_positions->save();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setMainSplitter(m_splitter->saveState());
    m_settings->setLeftSplitter(m_leftSplitter->saveState());
    event->accept();
}

bool MainWindow::exportEntities(const QString &path, QString *error)
{
    return m_exporter->exportEntities(path, error);
}

bool MainWindow::exportArticleHtml(const QString &path, QString *error)
{
    return m_exporter->exportArticleHtml(path, error);
}

// Exports are named after the article's file, or its title.
QString MainWindow::exportBaseName() const
{
    const QString file = m_source->currentFile();
    return QFileInfo(file.isEmpty() ? m_session->article().title : file).completeBaseName();
}

void MainWindow::exportEntitiesInteractively()
{
    m_exporter->exportEntitiesInteractively(exportBaseName());
}

void MainWindow::exportHtmlInteractively()
{
    m_exporter->exportHtmlInteractively(exportBaseName());
}

void MainWindow::copyEntityList()
{
    m_exporter->copyEntityList();
}
