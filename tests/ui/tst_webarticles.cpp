// Web pages in the window, as a reader opens them: a web address (only the page is fetched),
// one that fails (the article on screen stays), one that never answers (Esc stops it), a saved
// page in the reader view and as the whole page (the choice remembered), a page on the
// clipboard, a link dropped on the window.
#include "core/session/articleopener.h"
#include "core/session/articlesession.h"
#include "loopbackserver.h"
#include "ui/window/sourcecontroller.h"
#include "windowtest.h"

#include <QClipboard>
#include <QFile>
#include <QMimeData>
#include <QStatusBar>
#include <QTemporaryDir>

namespace {

// A news page: the article among a menu, a cookie banner and a footer.
const QByteArray SavedPage
    = "<!DOCTYPE html><html lang=en><head><title>Talks resume in Geneva | The Daily</title>"
      "<meta property='og:site_name' content='The Daily'>"
      "<meta name=author content='Jane Doe'></head><body>"
      "<nav><ul><li><a href='/world'>World</a></li><li><a href='/sport'>Sport</a></li>"
      "<li><a href='/weather'>Weather in Lisbon</a></li></ul></nav>"
      "<div class='cookie-banner'>We use cookies. Accept the Cookie Policy.</div>"
      "<article><h1>Talks resume in Geneva</h1>"
      "<p>Vladimir Putin and Donald Trump agreed on Monday that the talks in Geneva would "
      "resume, after a pause of three weeks, officials in Moscow said.</p>"
      "<p>Putin said the delegations had made progress, and that a ceasefire in Ukraine was "
      "within reach if both sides kept to what they had agreed in Jeddah.</p>"
      "<p>Trump said he would speak to Volodymyr Zelensky later in the week, and that "
      "Secretary of State Marco Rubio would travel to Kyiv.</p>"
      "<p>The Kremlin said a further round could be held in Riyadh before the end of the month, "
      "and that both delegations would bring their military advisers.</p></article>"
      "<footer><p>Copyright The Daily. Contact us in Berlin.</p></footer></body></html>";

} // namespace

class TestWebArticles : public WindowTestCase
{
    Q_OBJECT
private slots:
    void initTestCase() { initCase(); }
    void init() { openBuiltinWindow(); }
    void cleanup() { closeWindow(); }
    void aWebAddressOpensItsArticleAndOnlyThePageIsFetched();
    void aFailedAddressKeepsTheArticleOnScreen();
    void escStopsAPageThatDoesNotAnswer();
    void aSavedPageOpensInTheReaderViewAndTheWholePageIsAToggleAway();
    void pasteAsArticleReadsTheClipboard();
    void aLinkDroppedOnTheWindowIsFetched();

private:
    bool waitUntilLoaded() const
    {
        return QTest::qWaitFor(
            [this] { return !m_window->source()->isLoading() && !m_window->isExtracting(); }, 20000);
    }
};

void TestWebArticles::aWebAddressOpensItsArticleAndOnlyThePageIsFetched()
{
    LoopbackServer server;
    const QUrl url = server.url(u"/refs"_qs);
    QVERIFY(m_window->openAddress(url.toString()));
    QVERIFY(m_window->source()->isLoading());
    QVERIFY(waitUntilLoaded());
    QVERIFY2(m_window->article().text.startsWith(u"The talks in Geneva resumed"),
             qPrintable(m_window->article().text.left(200)));
    QCOMPARE(m_window->source()->currentAddress(), url);
    QVERIFY(m_window->recentFiles().contains(url.toString()));
    QVERIFY(indexOf(u"Geneva"_qs).isValid());
    // The page refers to a style sheet, a script, images, a frame, fonts and a video on this
    // server: none of them was asked for.
    QCOMPARE(server.requests, QStringList{u"/refs"_qs});
    // Reload fetches it again, and only it.
    QVERIFY(action(u"Reload"_qs)->isEnabled());
    action(u"Reload"_qs)->trigger();
    QVERIFY(waitUntilLoaded());
    QCOMPARE(server.requests, (QStringList{u"/refs"_qs, u"/refs"_qs}));
}

void TestWebArticles::aFailedAddressKeepsTheArticleOnScreen()
{
    LoopbackServer server;
    const QString before = m_window->article().text;
    QString message;
    WindowTest::answerNextMessageBox(&message);
    QVERIFY(m_window->openAddress(server.url(u"/missing"_qs).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 20000);
    QVERIFY2(message.contains(u"404"), qPrintable(message));
    QCOMPARE(m_window->article().text, before);
    QVERIFY(!m_window->source()->isLoading());
    QVERIFY(!m_window->recentFiles().contains(server.url(u"/missing"_qs).toString()));

    // Not a web address at all: said at once, nothing fetched.
    message.clear();
    WindowTest::answerNextMessageBox(&message);
    QVERIFY(!m_window->openAddress(u"ftp://example.org/a"_qs));
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(u"http"), qPrintable(message));
    QCOMPARE(m_window->article().text, before);
}

void TestWebArticles::escStopsAPageThatDoesNotAnswer()
{
    LoopbackServer server;
    const QString before = m_window->article().text;
    m_window->source()->opener()->setTimeout(60000);
    QVERIFY(m_window->openAddress(server.url(u"/silent"_qs).toString()));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"Esc"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->articleView(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->source()->isLoading());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Stopped"),
             qPrintable(m_window->statusBar()->currentMessage()));
    QTest::qWait(100);
    QCOMPARE(m_window->article().text, before);
}

void TestWebArticles::aSavedPageOpensInTheReaderViewAndTheWholePageIsAToggleAway()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"talks.html"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(SavedPage);
    f.close();
    QVERIFY(m_window->openFile(path));
    QTRY_VERIFY(!m_window->isExtracting());
    const Article &article = m_window->article();
    QVERIFY(article.readerView);
    QVERIFY(article.text.contains(u"Vladimir Putin and Donald Trump agreed"));
    QVERIFY(!article.text.contains(u"Cookie Policy"));
    QVERIFY(!article.text.contains(u"Weather in Lisbon"));
    QCOMPARE(article.byline, u"Jane Doe"_qs);
    QCOMPARE(article.site, u"The Daily"_qs);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Reader view:"),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!indexOf(u"Lisbon"_qs).isValid()); // the menu's places are not the article's
    QVERIFY(!indexOf(u"Berlin"_qs).isValid());

    QAction *readerView = action(u"Reader View"_qs);
    QVERIFY(readerView && readerView->isEnabled() && readerView->isChecked());
    click(u"Vladimir Putin"_qs);
    readerView->trigger(); // off: the whole page
    QTRY_VERIFY(!m_window->isExtracting());
    QVERIFY(m_window->article().text.contains(u"Weather in Lisbon"));
    QVERIFY(!readerView->isChecked());
    QCOMPARE(m_window->selectedEntityId(), u"person:Vladimir Putin"_qs); // still followed

    // The choice is remembered for this page.
    {
        MainWindow other(m_knowledge);
        QVERIFY(other.openFile(path));
        QTRY_VERIFY(!other.isExtracting());
        QVERIFY(other.article().text.contains(u"Weather in Lisbon"));
    }
    readerView->trigger(); // on again
    QTRY_VERIFY(!m_window->isExtracting());
    QVERIFY(!m_window->article().text.contains(u"Weather in Lisbon"));

    // Plain text has no reader view to toggle.
    m_window->showArticle(*ArticleLoader::loadBuiltin().article);
    QTRY_VERIFY(!m_window->isExtracting());
    QVERIFY(!readerView->isEnabled());
}

void TestWebArticles::pasteAsArticleReadsTheClipboard()
{
    auto *data = new QMimeData;
    data->setHtml(QString::fromUtf8(SavedPage));
    data->setText(u"plain words"_qs);
    QGuiApplication::clipboard()->setMimeData(data);
    action(u"Paste as Article"_qs)->trigger();
    QTRY_VERIFY(!m_window->isExtracting());
    QVERIFY(m_window->article().text.contains(u"Vladimir Putin and Donald Trump agreed"));
    QVERIFY(!m_window->article().text.contains(u"Cookie Policy"));
    QVERIFY(m_window->currentFile().isEmpty());

    QGuiApplication::clipboard()->setText(u"Angela Merkel visited Paris on Friday."_qs);
    action(u"Paste as Article"_qs)->trigger();
    QTRY_VERIFY(!m_window->isExtracting());
    QCOMPARE(m_window->article().text, u"Angela Merkel visited Paris on Friday."_qs);
    QVERIFY(indexOf(u"Angela Merkel"_qs).isValid());

    QGuiApplication::clipboard()->clear();
    action(u"Paste as Article"_qs)->trigger();
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"clipboard"));
    QCOMPARE(m_window->article().text, u"Angela Merkel visited Paris on Friday."_qs);
}

void TestWebArticles::aLinkDroppedOnTheWindowIsFetched()
{
    LoopbackServer server;
    QMimeData data;
    data.setUrls({server.url(u"/page"_qs)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->article().title == u"Talks resume", 20000);
    QVERIFY(waitUntilLoaded());
    QCOMPARE(server.requests, QStringList{u"/page"_qs});

    // Something that is neither a file nor a web address is not taken.
    QMimeData other;
    other.setUrls({QUrl(u"mailto:someone@example.org"_qs)});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

QTEST_MAIN(TestWebArticles)
#include "tst_webarticles.moc"
