// Fetching a web address against a loopback HTTP server run by the test (QTcpServer): a page, a
// redirect chain, a charset given only by the header, HTTP errors, a server that never answers,
// an endless body, a refused connection, something that is not a page, cancelling; and a page
// that refers to images, scripts, styles, frames and fonts is fetched with one request only.
#include "core/document/articleloader.h"
#include "core/entities/corrections.h"
#include "core/web/pagefetcher.h"
#include "loopbackserver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Outcome
{
    std::optional<FetchedPage> page;
    QString error;
};

Outcome fetch(PageFetcher &fetcher, const QUrl &url)
{
    Outcome outcome;
    bool done = false;
    QObject context;
    QObject::connect(&fetcher, &PageFetcher::finished, &context, [&](const FetchedPage &page) {
        outcome.page = page;
        done = true;
    });
    QObject::connect(&fetcher, &PageFetcher::failed, &context, [&](const QString &message) {
        outcome.error = message;
        done = true;
    });
    fetcher.fetch(url);
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        outcome.error = QStringLiteral("neither finished nor failed within 20 s");
    return outcome;
}

} // namespace

class TestPageFetcher : public QObject
{
    Q_OBJECT
private slots:
    void aPageIsFetchedAndReadAsAnArticle();
    void aRedirectChainIsFollowed();
    void tooManyRedirectsAreAnError();
    void theCharsetComesFromTheHeaderWhenThePageGivesNone();
    void failuresSayWhatWentWrong_data();
    void failuresSayWhatWentWrong();
    void aRefusedConnectionSaysSo();
    void onlyWebAddressesAreFetched();
    void cancelStopsTheFetchWithoutAWord();
    void onlyThePageItselfIsRequested();
    void progressCountsTheBytesRead();
    void correctionsOfAWebArticleLiveInTheDataDirectory();
};

void TestPageFetcher::aPageIsFetchedAndReadAsAnArticle()
{
    LoopbackServer server;
    PageFetcher fetcher;
    const Outcome o = fetch(fetcher, server.url(u"/page"_qs));
    QVERIFY2(o.page, qPrintable(o.error));
    QCOMPARE(o.page->contentType, QByteArray("text/html"));
    const LoadResult r = ArticleLoader::fromPage(*o.page);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article->source, server.url(u"/page"_qs).toString());
    QCOMPARE(r.article->title, u"Talks resume"_qs);
    QVERIFY(r.article->text.startsWith(u"The talks in Geneva resumed"));
}

void TestPageFetcher::aRedirectChainIsFollowed()
{
    LoopbackServer server;
    PageFetcher fetcher;
    const Outcome o = fetch(fetcher, server.url(u"/r1"_qs));
    QVERIFY2(o.page, qPrintable(o.error));
    QCOMPARE(o.page->url, server.url(u"/page"_qs));
    QCOMPARE(server.requests, (QStringList{u"/r1"_qs, u"/r2"_qs, u"/r3"_qs, u"/page"_qs}));
    QVERIFY(o.page->body.contains("talks in Geneva"));
}

void TestPageFetcher::tooManyRedirectsAreAnError()
{
    LoopbackServer server;
    PageFetcher fetcher;
    const Outcome o = fetch(fetcher, server.url(u"/loop"_qs));
    QVERIFY(!o.page);
    QVERIFY2(o.error.contains(u"redirected more than 10 times"), qPrintable(o.error));
    QCOMPARE(server.requests.size(), 11);
}

void TestPageFetcher::theCharsetComesFromTheHeaderWhenThePageGivesNone()
{
    LoopbackServer server;
    PageFetcher fetcher;
    const Outcome o = fetch(fetcher, server.url(u"/cyrillic"_qs));
    QVERIFY2(o.page, qPrintable(o.error));
    QCOMPARE(o.page->charset, QByteArray("windows-1251"));
    const LoadResult r = ArticleLoader::fromPage(*o.page);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article->text, u"\u041f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b"_qs);
}

void TestPageFetcher::failuresSayWhatWentWrong_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says");
    QTest::newRow("a 404 says the page is not there") << u"/missing"_qs << u"HTTP 404"_qs;
    QTest::newRow("another HTTP error gives its code")
        << u"/broken"_qs << u"HTTP 500 Internal Server Error"_qs;
    QTest::newRow("a server that never answers times out") << u"/silent"_qs << u"did not answer"_qs;
    QTest::newRow("an endless body stops at the size limit")
        << u"/endless"_qs << u"larger than the 1.0 MB"_qs;
    QTest::newRow("an image is not a page") << u"/image"_qs << u"not a web page or text"_qs;
}

void TestPageFetcher::failuresSayWhatWentWrong()
{
    QFETCH(QString, path);
    QFETCH(QString, says);
    LoopbackServer server;
    PageFetcher fetcher;
    fetcher.setTimeout(300);
    fetcher.setMaxBytes(1024 * 1024);
    const Outcome o = fetch(fetcher, server.url(path));
    QVERIFY(!o.page);
    QVERIFY2(o.error.contains(says), qPrintable(o.error));
    QVERIFY(!fetcher.isFetching());
}

void TestPageFetcher::aRefusedConnectionSaysSo()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    PageFetcher fetcher;
    const Outcome o = fetch(fetcher, QUrl(u"http://127.0.0.1:%1/page"_qs.arg(port)));
    QVERIFY(!o.page);
    QVERIFY2(o.error.contains(u"the connection was refused"), qPrintable(o.error));
}

void TestPageFetcher::onlyWebAddressesAreFetched()
{
    QVERIFY(PageFetcher::isWebAddress(u"HTTPS://example.org/a"_qs));
    QVERIFY(!PageFetcher::isWebAddress(u"file:///etc/passwd"_qs));
    QVERIFY(!PageFetcher::isWebAddress(u"article.html"_qs));
    PageFetcher fetcher;
    const Outcome o = fetch(fetcher, QUrl(u"file:///etc/passwd"_qs));
    QVERIFY(!o.page);
    QVERIFY2(o.error.contains(u"is not a web address"), qPrintable(o.error));
}

void TestPageFetcher::cancelStopsTheFetchWithoutAWord()
{
    LoopbackServer server;
    PageFetcher fetcher;
    QSignalSpy finished(&fetcher, &PageFetcher::finished);
    QSignalSpy failed(&fetcher, &PageFetcher::failed);
    fetcher.setTimeout(200);
    fetcher.fetch(server.url(u"/silent"_qs));
    QTRY_COMPARE(server.requests.size(), 1);
    fetcher.cancel();
    QVERIFY(!fetcher.isFetching());
    // Longer than the timeout: neither outcome comes.
    QTest::qWait(600);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void TestPageFetcher::onlyThePageItselfIsRequested()
{
    LoopbackServer server;
    PageFetcher fetcher;
    const Outcome o = fetch(fetcher, server.url(u"/refs"_qs));
    QVERIFY2(o.page, qPrintable(o.error));
    const LoadResult r = ArticleLoader::fromPage(*o.page);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.article->text.contains(u"talks in Geneva"));
    // Whatever the page refers to, nothing more is asked for.
    QTest::qWait(300);
    QCOMPARE(server.requests, QStringList{u"/refs"_qs});
}

void TestPageFetcher::progressCountsTheBytesRead()
{
    LoopbackServer server;
    PageFetcher fetcher;
    QSignalSpy progress(&fetcher, &PageFetcher::progress);
    const Outcome o = fetch(fetcher, server.url(u"/page"_qs));
    QVERIFY2(o.page, qPrintable(o.error));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(o.page->body.size()));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(o.page->body.size()));
}

void TestPageFetcher::correctionsOfAWebArticleLiveInTheDataDirectory()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString address = u"https://example.org/news/talks.html"_qs;
    const QString path = Corrections::locate(address, address, {}).writePath;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY2(path.startsWith(data + u"/corrections/"_qs), qPrintable(path));
    QCOMPARE(Corrections::locate(address, address, {}).writePath, path);
    QVERIFY(path
            != Corrections::locate(address + u"?page=2"_qs, address + u"?page=2"_qs, {}).writePath);
}

QTEST_GUILESS_MAIN(TestPageFetcher)
#include "tst_pagefetcher.moc"
