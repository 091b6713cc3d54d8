#pragma once

#include "core/document/articleloader.h"

#include <QObject>
#include <QUrl>

class ArticleOpener;
class MainWindow;
class QFileSystemWatcher;
class QTimer;

// Where the open article comes from, and getting it there: a file (opened, reloaded, watched
// on disk), a web address (fetched with its progress in the status bar, Esc stops it), the
// clipboard (Paste as Article), the built-in article or standard input. It remembers the recent
// files and addresses, the last file, and for each web page whether the reader chose the reader
// view or the whole page. What it reads goes to the window's ArticleSession; failures leave the
// article on screen and say why (a message box, or the log for a window nobody looks at).
//
// Costs: a file is read on the GUI thread (80 ms for 5 MB; the window says so for 4 MB and more);
// a fetched page is read on the thread pool (ArticleOpener).
class SourceController final : public QObject
{
    Q_OBJECT
public:
    // Files at least this large say that they are being opened, with a busy pointer.
    static constexpr qint64 LargeFileBytes = 4 * 1024 * 1024;

    explicit SourceController(MainWindow *window);

    // A local file's absolute path, or empty.
    QString currentFile() const { return m_file; }
    // A web address the article was fetched from, or empty.
    QUrl currentAddress() const { return m_address; }
    // The file or the address, as the recent list writes it; empty for any other article.
    QString currentSource() const;
    bool isLoading() const;
    ArticleOpener *opener() const { return m_opener; }

    // An article from no file: the built-in one, standard input, the clipboard.
    void showArticle(const Article &article);
    // An article read from `path`, without remembering it among the recent files.
    void showFile(const Article &article, const QString &path);
    // A path or a web address, as the command line, a drop and the recent list give them.
    bool open(const QString &fileOrAddress);
    bool openFile(const QString &path);
    // Starts fetching; the article follows when it is read. False when it is no web address.
    bool openAddress(const QString &address);
    bool reopenLast();
    void reload();
    void stopLoading();

    // The dialogs of File > Open and File > Open Address.
    void chooseFile();
    void askForAddress();
    // Edit > Paste as Article: the clipboard's HTML through the reader view, else its text.
    void pasteArticle();

    // View > Reader View, for a web page: its article (on) or the whole page, remembered.
    bool isWebPage() const;
    bool readerViewChosen() const;
    void setReaderView(bool on);

signals:
    void sourceChanged();
    void loadingChanged(bool loading);
    void statusMessage(const QString &message, int timeoutMs = 0);

private:
    void present(const Article &article);
    void setSource(const QString &file, const QUrl &address);
    LoadOptions optionsFor(const QString &source) const;
    void addressOpened(const Article &article, const QUrl &requested);
    void addressFailed(const QString &message, const QUrl &requested);
    void warn(const QString &title, const QString &message);
    void watch(const QString &path);
    void fileChangedOnDisk();

    MainWindow *m_window;
    ArticleOpener *m_opener = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QString m_file;
    QUrl m_address;
    bool m_reloadingAddress = false; // the fetch under way is a reload: keep the selection
};
