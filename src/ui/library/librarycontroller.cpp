#include "ui/library/librarycontroller.h"

#include "core/library/library.h"
#include "core/library/libraryimport.h"
#include "core/library/librarytablemodel.h"
#include "core/library/libraryworker.h"
#include "core/session/articlesession.h"
#include "core/session/readersettings.h"
#include "core/session/readingstate.h"
#include "ui/corrections/correctioncontroller.h"
#include "ui/library/librarywindow.h"
#include "ui/text/articleview.h"
#include "ui/text/readingpositions.h"
#include "ui/window/mainwindow.h"
#include "ui/window/readeractions.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

#include <spdlog/spdlog.h>

LibraryController::LibraryController(MainWindow *window, const QString &path)
    : QObject(window)
    , m_window(window)
    , m_worker(new LibraryWorker(path.isEmpty() ? Library::defaultPath() : path, this))
    , m_model(new LibraryTableModel(this))
{
    connect(m_worker, &LibraryWorker::opened, this,
            [this](const QString &notice, const QString &error, bool) {
                m_notice = error.isEmpty() ? notice : error;
                if (!m_notice.isEmpty()) {
                    m_window->statusBar()->showMessage(m_notice, 15000);
                    if (m_libraryWindow)
                        m_libraryWindow->setStatus(m_notice);
                }
            });

    // Every article the window opens is kept, with its entities as corrected.
    connect(m_window->session(), &ArticleSession::entitiesChanged, this,
            &LibraryController::keepArticle);
    // Where the reader is, as the window remembers it, kept with the article.
    connect(m_window->readingPositions(), &ReadingPositions::positionRemembered, this,
            &LibraryController::savePosition);

    m_libraryAction = new QAction(tr("&Library\u2026"), this);
    m_libraryAction->setObjectName(QStringLiteral("libraryAction"));
    m_libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_libraryAction, &QAction::triggered, this, &LibraryController::showLibrary);
    QMenu *file = m_window->actions()->fileMenu();
    QAction *before = nullptr;
    for (QAction *a : file->actions()) {
        if (a->isSeparator()) {
            before = a;
            break;
        }
    }
    file->insertAction(before, m_libraryAction);
    m_window->addAction(m_libraryAction);

    m_otherArticles = new QAction(tr("In &Other Articles"), this);
    m_otherArticles->setObjectName(QStringLiteral("inOtherArticles"));
    connect(m_otherArticles, &QAction::triggered, this, [this] {
        const QStringList ids = m_window->reading()->selectedIds();
        const Entity *e = ids.isEmpty() ? nullptr
                                        : m_window->session()->entities().find(ids.first());
        if (e)
            showEntity(e->name, e->type);
    });
    m_window->correctionController()->addEntityMenuAction(m_otherArticles);

    // Another writer's articles appear in a shown table within two seconds; a poll costs one
    // PRAGMA on the worker's thread, and only while the library window is shown.
    m_changes = new QTimer(this);
    m_changes->setInterval(2000);
    connect(m_changes, &QTimer::timeout, this, &LibraryController::checkForChanges);

    connect(m_model, &LibraryTableModel::queryChanged, this, &LibraryController::refresh);
    connect(m_model, &LibraryTableModel::moreRequested, this, [this](const LibraryListQuery &q) {
        m_worker->run(
            this, [q](Library &l) { return l.list(q); },
            [this](const LibraryResult<QList<LibraryEntry>> &rows) {
                m_model->append(rows.value.value_or(QList<LibraryEntry>()));
            });
    });
}

LibraryController::~LibraryController()
{
    delete m_import; // cancels and waits
    delete m_libraryWindow;
}

void LibraryController::keepArticle()
{
    if (!m_window->settings()->keepInLibrary())
        return;
    const Article article = m_window->session()->article();
    const EntityList entities = m_window->session()->entities();
    if (article.text.isEmpty())
        return;
    m_worker->run(
        this, [article, entities](Library &l) { return l.add(article, entities, true); },
        [this](const LibraryResult<qint64> &added) {
            if (!added.ok()) {
                spdlog::warn("library: the article was not kept: {}", added.error.toStdString());
                if (m_libraryWindow)
                    m_libraryWindow->setStatus(added.error);
                return;
            }
            emit libraryChanged();
            if (m_libraryWindow && m_libraryWindow->isVisible())
                refresh();
        });
}

void LibraryController::savePosition(const QString &key, qsizetype position)
{
    if (!m_window->settings()->keepInLibrary())
        return;
    m_worker->post([key, position](Library &l) { l.setPosition(key, position); });
}

void LibraryController::checkForChanges()
{
    if (!m_libraryWindow || !m_libraryWindow->isVisible()) {
        m_changes->stop();
        return;
    }
    m_worker->run(
        this, [](Library &l) { return l.changeCount(); },
        [this](const LibraryResult<qint64> &count) {
            if (count.ok() && count.value != m_changeCount)
                refresh();
        });
}

void LibraryController::refresh()
{
    struct Table
    {
        std::optional<qint64> changes; // what the table is read against, read first
        int total = 0;
        LibraryResult<QList<LibraryEntry>> rows;
    };
    const LibraryListQuery query = m_model->query();
    m_worker->run(
        this,
        [query](Library &l) {
            Table t;
            t.changes = l.changeCount().value;
            t.total = l.countMatching(query.filter).value.value_or(0);
            t.rows = l.list(query);
            return t;
        },
        [this](const Table &t) {
            if (t.changes)
                m_changeCount = t.changes;
            if (!t.rows.ok()) {
                if (m_libraryWindow)
                    m_libraryWindow->setStatus(t.rows.error);
                return;
            }
            m_model->reset(*t.rows.value, t.total);
        });
}

LibraryWindow *LibraryController::ensureWindow()
{
    if (m_libraryWindow)
        return m_libraryWindow;
    m_libraryWindow = new LibraryWindow(m_model);
    m_libraryWindow->setObjectName(QStringLiteral("libraryWindow"));
    m_libraryWindow->setKeeping(m_window->settings()->keepInLibrary());
    if (!m_notice.isEmpty())
        m_libraryWindow->setStatus(m_notice);
    connect(m_libraryWindow, &LibraryWindow::openRequested, this, &LibraryController::open);
    connect(m_libraryWindow, &LibraryWindow::searchRequested, this, &LibraryController::search);
    connect(m_libraryWindow, &LibraryWindow::entityFilterChanged, this,
            &LibraryController::filterEntities);
    connect(m_libraryWindow, &LibraryWindow::lookupRequested, this, &LibraryController::showEntity);
    connect(m_libraryWindow, &LibraryWindow::removeRequested, this, &LibraryController::remove);
    connect(m_libraryWindow, &LibraryWindow::undoRemoveRequested, this,
            &LibraryController::undoRemove);
    connect(m_libraryWindow, &LibraryWindow::importRequested, this, &LibraryController::import);
    connect(m_libraryWindow, &LibraryWindow::cancelImportRequested, this, [this] {
        if (m_import)
            m_import->cancel();
    });
    connect(m_libraryWindow, &LibraryWindow::keepingChanged, this,
            [this](bool keep) { m_window->settings()->setKeepInLibrary(keep); });
    return m_libraryWindow;
}

void LibraryController::showLibrary()
{
    ensureWindow();
    refresh();
    filterEntities({});
    m_libraryWindow->show();
    m_changes->start();
    m_libraryWindow->raise();
    m_libraryWindow->activateWindow();
}

void LibraryController::showEntity(const QString &name, EntityType type)
{
    if (!m_libraryWindow || !m_libraryWindow->isVisible())
        showLibrary();
    m_worker->run(
        this, [name, type](Library &l) { return l.lookup(name, type); },
        [this, name](const LibraryResult<LibraryLookup> &found) {
            if (!found.ok()) {
                m_libraryWindow->setStatus(found.error);
                return;
            }
            m_libraryWindow->showLookup(name, *found.value);
        });
}

void LibraryController::open(qint64 id)
{
    m_worker->run(
        this, [id](Library &l) { return std::make_pair(l.entry(id), l.article(id)); },
        [this](const std::pair<std::optional<LibraryEntry>, std::optional<Article>> &found) {
            if (!found.first || !found.second)
                return;
            const LibraryEntry entry = *found.first;
            const QString &source = entry.source;
            // Where the reader left off, if the window no longer remembers it.
            m_window->readingPositions()->expect(source, entry.position);
            // The file or the page itself when it is still there, else the text kept.
            const bool web = source.startsWith(u"http://") || source.startsWith(u"https://");
            const bool file = QFileInfo(source).isFile();
            if (!(web || file) || !m_window->openSource(source))
                m_window->showArticle(*found.second);
            m_window->raise();
            m_window->activateWindow();
        });
}

void LibraryController::search(const QString &query)
{
    const quint64 generation = ++m_searchGeneration;
    m_worker->run(
        this, [query](Library &l) { return l.search(query); },
        [this, query, generation](const LibraryResult<QList<LibrarySearchHit>> &hits) {
            if (generation != m_searchGeneration)
                return;
            if (!hits.ok()) {
                m_libraryWindow->setStatus(hits.error);
                return;
            }
            m_libraryWindow->showSearchHits(query, *hits.value);
        });
}

void LibraryController::filterEntities(const QString &filter)
{
    m_worker->run(
        this, [filter](Library &l) { return l.entityIndex(filter, 300); },
        [this](const LibraryResult<QList<LibraryEntity>> &entities) {
            if (entities.ok())
                m_libraryWindow->showEntityIndex(*entities.value);
        });
}

void LibraryController::remove(const QList<qint64> &ids)
{
    m_worker->run(
        this, [ids](Library &l) { return l.remove(ids); },
        [this](const LibraryResult<LibraryRemoved> &removed) {
            if (!removed.ok()) {
                m_libraryWindow->setStatus(removed.error);
                return;
            }
            m_removed = std::make_shared<LibraryRemoved>(*removed.value);
            m_libraryWindow->setStatus(tr("%n article(s) removed from the library.", nullptr,
                                          int(removed.value->articles.size())));
            m_libraryWindow->setUndoAvailable(true);
            refresh();
            emit libraryChanged();
        });
}

void LibraryController::undoRemove()
{
    if (!m_removed)
        return;
    const std::shared_ptr<LibraryRemoved> removed = std::move(m_removed);
    m_libraryWindow->setUndoAvailable(false);
    m_worker->run(
        this, [removed](Library &l) { return l.restore(*removed); },
        [this](const LibraryResult<int> &restored) {
            m_libraryWindow->setStatus(restored.ok()
                                           ? tr("%n article(s) restored.", nullptr, *restored.value)
                                           : restored.error);
            refresh();
            emit libraryChanged();
        });
}

void LibraryController::import(const QString &folder)
{
    if (m_import && m_import->isRunning())
        return;
    const QStringList files = LibraryImport::filesIn(folder);
    if (files.isEmpty()) {
        m_libraryWindow->setStatus(
            tr("No .txt, .md or .html file in \u201c%1\u201d.").arg(QFileInfo(folder).fileName()));
        return;
    }
    delete m_import;
    m_import = new LibraryImport(m_worker->path());
    connect(m_import, &LibraryImport::progress, m_libraryWindow, &LibraryWindow::setImportProgress);
    connect(m_import, &LibraryImport::finished, this, [this](const LibraryImport::Summary &s) {
        m_libraryWindow->setImportProgress(0, 0);
        QString message = s.cancelled
                              ? tr("Import cancelled: %n article(s) kept.", nullptr, s.added)
                              : tr("%n article(s) imported.", nullptr, s.added);
        if (!s.failed.isEmpty())
            message += u' ' + tr("%n file(s) could not be read.", nullptr, int(s.failed.size()));
        if (!s.error.isEmpty())
            message += u' ' + s.error;
        m_libraryWindow->setStatus(message);
        refresh();
        filterEntities({});
        emit libraryChanged();
    });
    m_libraryWindow->setImportProgress(0, int(files.size()));
    m_import->start(files, m_window->settings()->correctionsPlace());
}
