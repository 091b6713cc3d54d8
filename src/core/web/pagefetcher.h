#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// A page fetched from a web address: its bytes and what the server said of them.
struct FetchedPage
{
    QUrl url; // where it was found, after redirects
    QByteArray body;
    QByteArray contentType; // "text/html", without parameters
    QByteArray charset;     // from the Content-Type header; empty when it names none
};

// Fetches one web page (http and https only) with Qt Network on the calling thread's event loop,
// and only the page: nothing it refers to (no image, script, style sheet, frame or font) is
// ever requested. Redirects are followed, at most 10 and never from https to http; the system's
// proxy settings are honoured; a TLS error is an error, never ignored. Every limit ends the fetch
// with a message a user can act on: an HTTP error, no network or a refused connection, no answer
// within the timeout (30 s), a body past 64 MB, something that is neither HTML nor text. The
// page goes to ArticleLoader::fromPage(), which should run off the UI thread. One fetch at a
// time; a new fetch() cancels the one before.
class PageFetcher final : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr int MaxRedirects = 10;

    explicit PageFetcher(QObject *parent = nullptr);
    ~PageFetcher() override;

    // Whether text is a web address this fetcher takes ("https://example.org/a", any case).
    static bool isWebAddress(const QString &text);

    // How long the server may stay silent (before it answers, or between two parts of the body).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    void fetch(const QUrl &url);
    // Stops the fetch; neither finished() nor failed() follows.
    void cancel();
    bool isFetching() const;

signals:
    void progress(qint64 bytesRead, qint64 bytesTotal); // total -1 while unknown
    void finished(const FetchedPage &page);
    void failed(const QString &message);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(const QString &message);
    void stop();

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QUrl m_url;
    QByteArray m_body;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxBytes = 64 * 1024 * 1024;
};
