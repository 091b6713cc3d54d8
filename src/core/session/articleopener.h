#pragma once

#include "core/document/articleloader.h"
#include "core/web/pagefetcher.h"

#include <QObject>
#include <QUrl>

#include <optional>

template<typename T>
class QFutureWatcher;

// Opens an article at a web address: fetches the page on the calling thread's event loop
// (PageFetcher: only the page, with its limits and messages), then reads it on the thread pool
// (ArticleLoader::fromPage: the reader view of a large page takes tens of milliseconds), so that
// the window never waits on either. It keeps the last page fetched, so that switching the reader
// view off and on reads it again without the network. One address at a time: a new open()
// cancels the one before; a page read for a cancelled open is dropped.
class ArticleOpener final : public QObject
{
    Q_OBJECT
public:
    explicit ArticleOpener(QObject *parent = nullptr);
    ~ArticleOpener() override; // waits for a page being read

    // How long a server may stay silent (PageFetcher::DefaultTimeoutMs unless set).
    void setTimeout(int milliseconds);

    void open(const QUrl &url, const LoadOptions &options = {});
    // Reads the last page fetched again with other options; false when there is none for `url`.
    bool reread(const QUrl &url, const LoadOptions &options);
    // Stops fetching or reading; neither opened() nor failed() follows.
    void cancel();
    bool isLoading() const { return m_loading; }
    QUrl loadingUrl() const { return m_url; }

signals:
    void progress(qint64 bytesRead, qint64 bytesTotal); // total -1 while unknown
    // `requested` is the address asked for; the article's source is where the page was found.
    void opened(const Article &article, const QUrl &requested);
    void failed(const QString &message, const QUrl &requested);

private:
    void read(const FetchedPage &page, const LoadOptions &options);
    void readFinished();

    PageFetcher *m_fetcher = nullptr;
    QFutureWatcher<LoadResult> *m_watcher = nullptr;
    QUrl m_url;
    LoadOptions m_options;
    std::optional<FetchedPage> m_lastPage;
    QUrl m_lastUrl; // the address m_lastPage was asked for
    quint64 m_generation = 0;
    bool m_loading = false;
};
