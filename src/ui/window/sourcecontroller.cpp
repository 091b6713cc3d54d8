#include "ui/window/sourcecontroller.h"

#include "core/session/articleopener.h"
#include "core/session/articlesession.h"
#include "core/session/readersettings.h"
#include "core/session/readingstate.h"
#include "core/web/pagefetcher.h"
#include "ui/text/articleview.h"
#include "ui/text/findbar.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QTimer>

#include <spdlog/spdlog.h>

SourceController::SourceController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_opener(new ArticleOpener(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    connect(m_opener, &ArticleOpener::opened, this, &SourceController::addressOpened);
    connect(m_opener, &ArticleOpener::failed, this, &SourceController::addressFailed);
    connect(m_opener, &ArticleOpener::progress, this, [this](qint64 read, qint64 total) {
        const QLocale locale = m_window->locale();
        const auto size = [&locale](qint64 bytes) {
            return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
        };
        const QString where = m_opener->loadingUrl().host();
        emit statusMessage(
            total > 0
                ? tr("Loading %1\u2026 %2 of %3 (Esc stops)").arg(where, size(read), size(total))
                : tr("Loading %1\u2026 %2 (Esc stops)").arg(where, size(read)));
    });
    // Editors save by writing several times or by replacing the file: wait until it settles.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, this, &SourceController::fileChangedOnDisk);
}

QString SourceController::currentSource() const
{
    return m_address.isEmpty() ? m_file : m_address.toString();
}

bool SourceController::isLoading() const
{
    return m_opener->isLoading();
}

void SourceController::setSource(const QString &file, const QUrl &address)
{
    if (file == m_file && address == m_address)
        return;
    m_file = file;
    m_address = address;
    if (m_file.isEmpty() && !m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    emit sourceChanged();
}

LoadOptions SourceController::optionsFor(const QString &source) const
{
    LoadOptions options;
    options.wholePage = !source.isEmpty() && !m_window->settings()->readerView(source);
    return options;
}

// The article on screen, its entities on the way; a search in the find bar runs again on it.
void SourceController::present(const Article &article)
{
    // The title changes with the text, not before it.
    m_window->session()->open(article, m_file);
    m_window->setWindowTitle(tr("%1 \u2014 Article Reader").arg(article.title));
    FindBar *find = m_window->findBar();
    if (find->isVisible() && !find->text().isEmpty())
        m_window->reading()->find(find->text(), {find->caseSensitive(), find->wholeWords()},
                                  m_window->articleView()->firstVisiblePosition());
}

void SourceController::showArticle(const Article &article)
{
    setSource({}, {});
    present(article);
}

void SourceController::showFile(const Article &article, const QString &path)
{
    m_window->reading()->clear(); // another article: nothing to restore
    setSource(QFileInfo(path).absoluteFilePath(), {});
    present(article);
    watch(m_file);
}

bool SourceController::open(const QString &fileOrAddress)
{
    if (PageFetcher::isWebAddress(fileOrAddress))
        return openAddress(fileOrAddress);
    return openFile(fileOrAddress);
}

void SourceController::warn(const QString &title, const QString &message)
{
    if (m_window->isInteractive())
        QMessageBox::warning(m_window, title, message);
    else
        spdlog::warn("{}", message.toStdString());
}

bool SourceController::openFile(const QString &path)
{
    // Reading and setting a large file holds the window for a moment (about a second for the
    // largest, 64 MB): say so first, with a busy pointer, rather than seem to hang.
    const QFileInfo info(path);
    const bool large = info.size() >= LargeFileBytes;
    if (large) {
        emit statusMessage(
            tr("Opening %1 (%2)\u2026")
                .arg(info.fileName(),
                     m_window->locale().formattedDataSize(info.size(), 1,
                                                          QLocale::DataSizeTraditionalFormat)));
        // Every widget, so that the part of the window a file dialog covered a moment ago shows
        // again (a repaint of the window alone leaves out the scroll areas' viewports).
        const auto widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets)
            widget->update();
        m_window->repaint();
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    }
    const QString absolute = info.absoluteFilePath();
    const LoadResult loaded = ArticleLoader::loadFile(path, optionsFor(absolute));
    if (!loaded.ok()) {
        spdlog::warn("could not open {}: {}", path.toStdString(), loaded.error.toStdString());
        if (large)
            QGuiApplication::restoreOverrideCursor(); // not over the message
        emit statusMessage(QString());
        // A file that cannot be opened leaves the recent list: choosing it again would fail again.
        QString message = loaded.error;
        if (m_window->settings()->recentFiles().contains(absolute)) {
            m_window->settings()->removeRecentFile(absolute);
            message += QStringLiteral("\n\n") + tr("It was taken off the recent files.");
        }
        warn(tr("Cannot open the article"), message);
        return false;
    }
    m_opener->cancel(); // a page still on its way would replace this one
    showFile(*loaded.article, absolute);
    if (large)
        QGuiApplication::restoreOverrideCursor();
    m_window->settings()->addRecentFile(m_file);
    m_window->settings()->setLastFile(m_file);
    return true;
}

bool SourceController::openAddress(const QString &address)
{
    const QUrl url = QUrl::fromUserInput(address.trimmed());
    if (!PageFetcher::isWebAddress(url.toString())) {
        warn(tr("Cannot open the address"),
             tr("\u201c%1\u201d is not a web address: only http:// and https:// addresses are "
                "opened.")
                 .arg(address.left(200)));
        return false;
    }
    m_reloadingAddress = url == m_address;
    m_opener->open(url, optionsFor(url.toString()));
    emit statusMessage(tr("Loading %1\u2026 (Esc stops)").arg(url.host()));
    emit loadingChanged(true);
    return true;
}

void SourceController::addressOpened(const Article &article, const QUrl &requested)
{
    emit loadingChanged(false);
    const bool again = m_reloadingAddress; // the same address: the reader stays where they were
    m_reloadingAddress = false;
    if (!again)
        m_window->reading()->clear(); // another article: nothing to restore
    setSource({}, requested);
    const int scroll = m_window->articleView()->verticalScrollBar()->value();
    present(article);
    if (again)
        m_window->articleView()->verticalScrollBar()->setValue(scroll);
    m_window->settings()->addRecentFile(requested.toString());
}

void SourceController::addressFailed(const QString &message, const QUrl &requested)
{
    emit loadingChanged(false);
    m_reloadingAddress = false;
    emit statusMessage(QString());
    spdlog::warn("could not open {}: {}", requested.toString().toStdString(), message.toStdString());
    warn(tr("Cannot open the address"), message);
}

void SourceController::stopLoading()
{
    if (!m_opener->isLoading())
        return;
    const QString host = m_opener->loadingUrl().host();
    m_opener->cancel();
    m_reloadingAddress = false;
    emit loadingChanged(false);
    emit statusMessage(tr("Stopped loading %1; the article shown stays.").arg(host), 5000);
}

bool SourceController::reopenLast()
{
    const QString last = m_window->settings()->lastFile();
    if (last.isEmpty() || !QFileInfo(last).isFile())
        return false;
    const LoadResult loaded = ArticleLoader::loadFile(last, optionsFor(last));
    if (!loaded.ok())
        return false; // quietly: the reader did not ask for it this time
    showFile(*loaded.article, last);
    return true;
}

void SourceController::reload()
{
    if (!m_address.isEmpty()) {
        openAddress(m_address.toString());
        return;
    }
    if (m_file.isEmpty())
        return;
    const LoadResult loaded = ArticleLoader::loadFile(m_file, optionsFor(m_file));
    if (!loaded.ok()) {
        // Keep what the reader has; say why the newer version could not be shown.
        emit statusMessage(tr("Could not reload: %1 The text shown is the last version "
                              "read.")
                               .arg(loaded.error));
        return;
    }
    const int scroll = m_window->articleView()->verticalScrollBar()->value();
    present(*loaded.article); // keeps the selection for when the entities are back
    m_window->articleView()->verticalScrollBar()->setValue(scroll);
}

void SourceController::chooseFile()
{
    const QString dir = m_file.isEmpty() ? QString() : QFileInfo(m_file).path();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Article"), dir,
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void SourceController::askForAddress()
{
    // An address on the clipboard is the likely one.
    const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
    bool ok = false;
    const QString address = QInputDialog::getText(m_window, tr("Open Address"),
                                                  tr("Web address of the article (http or https):"),
                                                  QLineEdit::Normal,
                                                  PageFetcher::isWebAddress(clipboard) ? clipboard
                                                                                       : QString(),
                                                  &ok);
    if (ok && !address.trimmed().isEmpty())
        openAddress(address);
}

void SourceController::pasteArticle()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    LoadResult loaded;
    if (data && data->hasHtml() && !data->html().trimmed().isEmpty()) {
        LoadOptions options;
        options.contentType = "text/html";
        loaded = ArticleLoader::fromBytes(data->html().toUtf8(), QStringLiteral("clipboard"),
                                          tr("Pasted article") + QStringLiteral(".html"), options);
    } else if (data && data->hasText() && !data->text().trimmed().isEmpty()) {
        loaded = ArticleLoader::fromBytes(data->text().toUtf8(), QStringLiteral("clipboard"),
                                          tr("Pasted article"));
    } else {
        emit statusMessage(tr("The clipboard holds no text to read: copy an article first."), 5000);
        return;
    }
    if (!loaded.ok()) {
        warn(tr("Cannot read the clipboard"), loaded.error);
        return;
    }
    m_opener->cancel();
    m_window->reading()->clear();
    showArticle(*loaded.article);
}

bool SourceController::isWebPage() const
{
    return m_window->session()->article().format == Article::Format::Html
           && !currentSource().isEmpty();
}

bool SourceController::readerViewChosen() const
{
    const QString source = currentSource();
    return source.isEmpty() || m_window->settings()->readerView(source);
}

void SourceController::setReaderView(bool on)
{
    const QString source = currentSource();
    if (source.isEmpty() || readerViewChosen() == on)
        return;
    m_window->settings()->setReaderView(source, on);
    if (!m_address.isEmpty()) {
        // The page fetched last is read again; only when it is gone does the network come in.
        m_reloadingAddress = true;
        if (!m_opener->reread(m_address, optionsFor(source)))
            openAddress(source);
        else
            emit loadingChanged(true);
        return;
    }
    reload();
}

void SourceController::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_watcher->addPath(path);
}

void SourceController::fileChangedOnDisk()
{
    if (m_file.isEmpty())
        return;
    if (!QFileInfo::exists(m_file)) {
        emit statusMessage(tr("%1 was deleted or moved; the text shown is the last version read.")
                               .arg(QFileInfo(m_file).fileName()));
        return;
    }
    // A file replaced by a save is a new file: watch it again.
    if (!m_watcher->files().contains(m_file))
        m_watcher->addPath(m_file);
    spdlog::info("{} changed on disk; reloading", m_file.toStdString());
    reload();
}
