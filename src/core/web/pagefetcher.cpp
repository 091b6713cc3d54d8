#include "core/web/pagefetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <spdlog/spdlog.h>

namespace {

QString humanSize(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

// Types a reader can read: pages and text. Images, PDFs, archives and programs are refused.
bool isReadableType(const QByteArray &type)
{
    return type.isEmpty() || type.startsWith("text/") || type == "application/xhtml+xml"
           || type == "application/xml" || type == "application/json";
}

} // namespace

PageFetcher::PageFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(tr("%1 did not answer within %n second(s). Try again later.", nullptr,
                (m_timeoutMs + 999) / 1000)
                 .arg(m_url.host()));
    });
}

PageFetcher::~PageFetcher()
{
    stop();
}

bool PageFetcher::isWebAddress(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(u"http://", Qt::CaseInsensitive)
           || t.startsWith(u"https://", Qt::CaseInsensitive);
}

void PageFetcher::fetch(const QUrl &url)
{
    stop();
    m_url = url;
    m_body.clear();
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        // Reported from the event loop, as every other outcome is.
        QTimer::singleShot(0, this, [this, url] {
            emit failed(tr("\u201c%1\u201d is not a web address: it must start with http:// or "
                           "https:// and name a server.")
                            .arg(url.toDisplayString()));
        });
        return;
    }
    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("ArticleReader/0.1"));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_network->get(request);
    spdlog::info("fetching {}", url.toString().toStdString());
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PageFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &PageFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PageFetcher::onFinished);
    connect(m_reply, &QNetworkReply::redirected, this, [this](const QUrl &to) {
        spdlog::info("redirected to {}", to.toString().toStdString());
        m_timer.start(m_timeoutMs);
    });
    m_timer.start(m_timeoutMs);
}

bool PageFetcher::isFetching() const
{
    return m_reply != nullptr;
}

void PageFetcher::cancel()
{
    stop();
}

void PageFetcher::stop()
{
    m_timer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void PageFetcher::fail(const QString &message)
{
    spdlog::info("fetching {} failed: {}", m_url.toString().toStdString(), message.toStdString());
    stop();
    m_body.clear();
    emit failed(message);
}

void PageFetcher::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect, followed by Qt
    if (status >= 400) {
        const QString reason = QString::fromUtf8(
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        fail(status == 404 ? tr("%1 has no page at this address (HTTP 404 Not Found).")
                                 .arg(m_reply->url().host())
                           : tr("%1 answered with an error: HTTP %2 %3.")
                                 .arg(m_reply->url().host())
                                 .arg(status)
                                 .arg(reason));
        return;
    }
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader)
                                .toByteArray()
                                .split(';')
                                .first()
                                .trimmed()
                                .toLower();
    if (!isReadableType(type)) {
        fail(tr("%1 is not a web page or text but \u201c%2\u201d; Article Reader reads HTML and "
                "text.")
                 .arg(m_reply->url().toDisplayString(), QString::fromLatin1(type)));
        return;
    }
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > m_maxBytes)
        fail(tr("The page at %1 is %2, larger than the %3 an article may have.")
                 .arg(m_reply->url().host(), humanSize(length), humanSize(m_maxBytes)));
}

void PageFetcher::onReadyRead()
{
    if (!m_reply)
        return;
    m_timer.start(m_timeoutMs);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        m_reply->readAll(); // a redirect's own body is not the page
        return;
    }
    m_body += m_reply->read(m_maxBytes + 1 - m_body.size());
    if (m_body.size() > m_maxBytes) {
        fail(tr("The page at %1 is larger than the %2 an article may have.")
                 .arg(m_reply->url().host(), humanSize(m_maxBytes)));
        return;
    }
    const qint64 total = m_reply->header(QNetworkRequest::ContentLengthHeader).isValid()
                             ? m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
                             : -1;
    emit progress(m_body.size(), total);
}

void PageFetcher::onFinished()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    if (reply->error() != QNetworkReply::NoError) {
        const QString host = reply->url().host();
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            fail(tr("Could not connect to %1: the connection was refused. Check the address, or "
                    "try again later.")
                     .arg(host));
            break;
        case QNetworkReply::HostNotFoundError:
            fail(tr("Could not find the server %1. Check the address and the network "
                    "connection.")
                     .arg(host));
            break;
        case QNetworkReply::TooManyRedirectsError:
            fail(tr("%1 redirected more than %2 times; the page was not opened.")
                     .arg(host)
                     .arg(MaxRedirects));
            break;
        case QNetworkReply::InsecureRedirectError:
            fail(tr("%1 redirected from a secure address to an insecure one; the page was not "
                    "opened.")
                     .arg(host));
            break;
        case QNetworkReply::SslHandshakeFailedError:
            fail(tr("The secure connection to %1 failed: %2. The page was not opened.")
                     .arg(host, reply->errorString()));
            break;
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
            fail(
                tr("No network: %1. Check the connection and try again.").arg(reply->errorString()));
            break;
        default: {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status >= 400)
                onMetaData();
            else
                fail(tr("Could not fetch %1: %2.")
                         .arg(reply->url().toDisplayString(), reply->errorString()));
            break;
        }
        }
        return;
    }
    m_body += reply->readAll();
    if (m_body.size() > m_maxBytes) {
        fail(tr("The page at %1 is larger than the %2 an article may have.")
                 .arg(reply->url().host(), humanSize(m_maxBytes)));
        return;
    }
    FetchedPage page;
    page.url = reply->url();
    const QByteArray header = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    page.contentType = header.split(';').first().trimmed().toLower();
    for (const QByteArray &parameter : header.split(';')) {
        const QByteArray p = parameter.trimmed();
        if (p.toLower().startsWith("charset="))
            page.charset
                = p.sliced(8).trimmed().replace('"', QByteArray()).replace('\'', QByteArray());
    }
    page.body = std::move(m_body);
    m_body.clear();
    m_timer.stop();
    m_reply = nullptr;
    reply->deleteLater();
    spdlog::info("fetched {}: {} bytes", page.url.toString().toStdString(), page.body.size());
    emit finished(page);
}
