#include "core/session/articleopener.h"

#include <QFutureWatcher>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

ArticleOpener::ArticleOpener(QObject *parent)
    : QObject(parent)
    , m_fetcher(new PageFetcher(this))
    , m_watcher(new QFutureWatcher<LoadResult>(this))
{
    connect(m_fetcher, &PageFetcher::progress, this, &ArticleOpener::progress);
    connect(m_fetcher, &PageFetcher::finished, this, [this](const FetchedPage &page) {
        m_lastPage = page;
        m_lastUrl = m_url;
        read(page, m_options);
    });
    connect(m_fetcher, &PageFetcher::failed, this, [this](const QString &message) {
        m_loading = false;
        emit failed(message, m_url);
    });
    connect(m_watcher, &QFutureWatcher<LoadResult>::finished, this, &ArticleOpener::readFinished);
}

ArticleOpener::~ArticleOpener()
{
    m_watcher->waitForFinished();
}

void ArticleOpener::setTimeout(int milliseconds)
{
    m_fetcher->setTimeout(milliseconds);
}

void ArticleOpener::open(const QUrl &url, const LoadOptions &options)
{
    cancel();
    m_url = url;
    m_options = options;
    m_loading = true;
    m_fetcher->fetch(url);
}

bool ArticleOpener::reread(const QUrl &url, const LoadOptions &options)
{
    if (!m_lastPage || m_lastUrl != url)
        return false;
    cancel();
    m_url = url;
    m_options = options;
    m_loading = true;
    read(*m_lastPage, options);
    return true;
}

void ArticleOpener::cancel()
{
    m_fetcher->cancel();
    ++m_generation; // a page being read is dropped when it is done
    m_loading = false;
}

void ArticleOpener::read(const FetchedPage &page, const LoadOptions &options)
{
    const quint64 generation = ++m_generation;
    m_watcher->setProperty("generation", generation);
    m_watcher->setFuture(
        QtConcurrent::run([page, options] { return ArticleLoader::fromPage(page, options); }));
}

void ArticleOpener::readFinished()
{
    if (m_watcher->property("generation").toULongLong() != m_generation)
        return;
    m_loading = false;
    const LoadResult result = m_watcher->result();
    if (result.ok())
        emit opened(*result.article, m_url);
    else
        emit failed(result.error, m_url);
}
