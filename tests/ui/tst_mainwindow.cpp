#include "core/document/articleloader.h"
#include "core/extraction/knowledge.h"
#include "core/models/entitylistmodel.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/style/entitycolors.h"
#include "ui/text/articleview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/sourcecontroller.h"
#include "windowtest.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>

class TestMainWindow : public WindowTestCase
{
    Q_OBJECT
private slots:
    void initTestCase() { initCase(); }
    void init() { openBuiltinWindow(); }
    void cleanup() { closeWindow(); }
    void windowShowsTheArticleAndItsTitle();
    void anEmptyContextListSaysWhatItIsFor();
    void clickingAnEntryHighlightsExactlyItsMentions();
    void f3StepsThroughMentionsAndWraps();
    void escapeClearsTheHighlight();
    void onlyTheSelectedEntityIsPainted();
    void openingAFileShowsItAndRemembersIt();
    void crlfFilesHighlightTheRightCharacters();
    void htmlIsShownAsReadingText();
    void droppingAFileOpensIt();
    void aFileChangedOnDiskIsReloaded();
    void aBadFileIsRefusedAndTheArticleKept();
    void aLargeFileSaysItIsOpening();

private:
    QColor pixelLeftOf(const Mention &m) const;
};

QColor TestMainWindow::pixelLeftOf(const Mention &m) const
{
    ArticleView *view = m_window->articleView();
    const auto rects = view->mentionRects(m);
    if (rects.isEmpty())
        return {};
    const QImage image = view->viewport()->grab().toImage();
    const QRectF r = rects.first();
    return image.pixelColor(int(r.left()) - 1, int(r.center().y()));
}

void TestMainWindow::windowShowsTheArticleAndItsTitle()
{
    QVERIFY(m_window->windowTitle().startsWith(u"Ceasefire talks"));
    QCOMPARE(m_window->articleView()->toPlainText(), ArticleLoader::loadBuiltin().article->text);
    QVERIFY(m_window->articleView()->isReadOnly());
    QCOMPARE(m_window->sidebar()->view()->model()->rowCount(), 3);
}

void TestMainWindow::clickingAnEntryHighlightsExactlyItsMentions()
{
    click(u"Dmitry Peskov"_qs);
    QTRY_COMPARE(m_window->articleView()->highlights().size(), 2);
    const QString text = m_window->article().text;
    for (const Mention &m : m_window->articleView()->highlights())
        QVERIFY(u"Dmitry Peskov"_qs.endsWith(text.sliced(m.start, m.length())));
    QCOMPARE(position(), u"1 of 2"_qs);
    QCOMPARE(m_window->articleView()->currentMention(),
             m_window->articleView()->highlights().first());
}

void TestMainWindow::f3StepsThroughMentionsAndWraps()
{
    click(u"Dmitry Peskov"_qs);
    QTRY_COMPARE(position(), u"1 of 2"_qs);
    const auto mentions = m_window->articleView()->highlights();
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QCOMPARE(position(), u"2 of 2"_qs);
    QCOMPARE(m_window->articleView()->currentMention(), mentions[1]);
    // The view has scrolled to it.
    ArticleView *view = m_window->articleView();
    const QRectF r = view->mentionRects(mentions[1]).value(0);
    QVERIFY(view->viewport()->rect().contains(r.toRect()));
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QCOMPARE(position(), u"1 of 2"_qs);
    QTest::keyClick(m_window.get(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(position(), u"2 of 2"_qs);
    QCOMPARE(m_window->articleView()->currentMention(), mentions[1]);
}

void TestMainWindow::escapeClearsTheHighlight()
{
    click(u"Vladimir Putin"_qs);
    QTRY_COMPARE(m_window->articleView()->highlights().size(), 4);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(m_window->articleView()->highlights().isEmpty());
    QVERIFY(position().isEmpty());
    QVERIFY(!m_window->sidebar()->view()->selectionModel()->hasSelection());
}

void TestMainWindow::onlyTheSelectedEntityIsPainted()
{
    ArticleView *view = m_window->articleView();
    view->verticalScrollBar()->setValue(0);
    click(u"Russia"_qs);
    QTRY_COMPARE(view->highlights().size(), 11);
    view->verticalScrollBar()->setValue(0);
    QApplication::processEvents();
    const EntityColors colors = EntityColors::forType(EntityType::Place, view->palette());
    // The second mention of Russia is in the first paragraph, not current: plain fill.
    const Mention second = view->highlights()[1];
    QTRY_COMPARE(pixelLeftOf(second).rgb(), colors.fill.rgb());
    QVERIFY(view->lastPaintedCount() > 0 && view->lastPaintedCount() < 11);
    // A mention of someone else is not painted.
    const QString text = m_window->article().text;
    const qsizetype trump = text.indexOf(u"Donald Trump");
    QCOMPARE(pixelLeftOf({trump, trump + 12}).rgb(), view->palette().color(QPalette::Base).rgb());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_COMPARE(pixelLeftOf(second).rgb(), view->palette().color(QPalette::Base).rgb());
}

static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

void TestMainWindow::openingAFileShowsItAndRemembersIt()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"talks.txt"_qs,
                                   "Talks in Geneva\n\nPresident Emmanuel Macron met officials "
                                   "in Geneva.\nMacron said little.\n");
    QSignalSpy ready(m_window.get(), &MainWindow::entitiesReady);
    QVERIFY(m_window->openFile(path));
    QVERIFY(m_window->windowTitle().startsWith(u"Talks in Geneva"));
    QVERIFY(ready.wait());
    QVERIFY(indexOf(u"Emmanuel Macron"_qs).isValid());
    QVERIFY(indexOf(u"Geneva"_qs).isValid());
    QCOMPARE(m_window->recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    click(u"Emmanuel Macron"_qs);
    QTRY_COMPARE(position(), u"1 of 2"_qs);
}

void TestMainWindow::crlfFilesHighlightTheRightCharacters()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"crlf.txt"_qs,
                                   "Officials met.\r\nLater Vladimir Putin spoke.\r\nPutin "
                                   "left Moscow.\r\n");
    QSignalSpy ready(m_window.get(), &MainWindow::entitiesReady);
    QVERIFY(m_window->openFile(path));
    QVERIFY(ready.wait());
    QVERIFY(m_window->selectEntityByName(u"Vladimir Putin"_qs));
    ArticleView *view = m_window->articleView();
    // The document shows the same characters at the same positions as the article.
    for (const Mention &m : view->highlights()) {
        QTextCursor c(view->document());
        c.setPosition(int(m.start));
        c.setPosition(int(m.end), QTextCursor::KeepAnchor);
        QCOMPARE(c.selectedText(), m_window->article().text.sliced(m.start, m.length()));
        QVERIFY(c.selectedText().endsWith(u"Putin"));
    }
}

void TestMainWindow::htmlIsShownAsReadingText()
{
    QTemporaryDir dir;
    const QString path = writeFile(
        dir, u"page.html"_qs,
        "<html><head><title>Kyiv report</title><script>document.write('x')</script></head>"
        "<body><h1>Kyiv report</h1><p>Mayor Vitali Klitschko spoke in Kyiv.</p>"
        "<img src='file:///etc/passwd'></body></html>");
    QSignalSpy ready(m_window.get(), &MainWindow::entitiesReady);
    QVERIFY(m_window->openFile(path));
    QVERIFY(ready.wait());
    QCOMPARE(m_window->articleView()->toPlainText(),
             u"Kyiv report\nMayor Vitali Klitschko spoke in Kyiv."_qs);
    QVERIFY(m_window->windowTitle().startsWith(u"Kyiv report"));
    QVERIFY(indexOf(u"Vitali Klitschko"_qs).isValid());
}

void TestMainWindow::droppingAFileOpensIt()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"dropped.md"_qs,
                                   "# Dropped\n\nChancellor Olaf Scholz visited Paris.\n");
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, {});
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_COMPARE(m_window->currentFile(), QFileInfo(path).absoluteFilePath());
    QTRY_VERIFY(indexOf(u"Olaf Scholz"_qs).isValid());
    delete mime;
}

void TestMainWindow::aFileChangedOnDiskIsReloaded()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"live.txt"_qs, "Officials in Kyiv met.\n");
    QSignalSpy ready(m_window.get(), &MainWindow::entitiesReady);
    QVERIFY(m_window->openFile(path));
    QVERIFY(ready.wait());
    QVERIFY(!indexOf(u"Odesa"_qs).isValid());
    writeFile(dir, u"live.txt"_qs, "Officials in Kyiv met.\nThen they flew to Odesa.\n");
    QTRY_VERIFY_WITH_TIMEOUT(indexOf(u"Odesa"_qs).isValid(), 10000);
    QVERIFY(m_window->article().text.contains(u"Odesa"));
}

void TestMainWindow::aBadFileIsRefusedAndTheArticleKept()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"image.png"_qs, QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    const QString before = m_window->article().text;
    QString message;
    QTimer::singleShot(0, this, [&message] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            box->accept();
        }
    });
    QVERIFY(!m_window->openFile(path));
    QVERIFY2(message.contains(u"not a text file"), qPrintable(message));
    QCOMPARE(m_window->article().text, before);
}

void TestMainWindow::aLargeFileSaysItIsOpening()
{
    QTemporaryDir dir;
    QByteArray text;
    while (text.size() < SourceController::LargeFileBytes)
        text += "Officials in Geneva met again on Monday to discuss the proposal.\n";
    const QString path = writeFile(dir, u"large.txt"_qs, text);
    QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
    QVERIFY(m_window->openFile(path));
    QVERIFY(!messages.isEmpty());
    const QString opening = messages.first().first().toString();
    QVERIFY2(opening.startsWith(u"Opening large.txt (") && opening.contains(u"MB"),
             qPrintable(opening));
    QCOMPARE(QGuiApplication::overrideCursor(), nullptr);
    QVERIFY(m_window->article().text.startsWith(u"Officials in Geneva met again"));

    // A large file that cannot be opened: the message box says why, and neither the words nor
    // the busy pointer stay behind.
    const QString bad = writeFile(dir, u"large.bin"_qs, QByteArray(int(text.size()), '\0'));
    messages.clear();
    QString refused;
    bool busyOverTheMessage = true;
    QTimer::singleShot(0, this, [&refused, &busyOverTheMessage] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            refused = box->text();
            busyOverTheMessage = QGuiApplication::overrideCursor() != nullptr;
            box->accept();
        }
    });
    QVERIFY(!m_window->openFile(bad));
    QVERIFY(!refused.isEmpty());
    QVERIFY(!busyOverTheMessage);
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    QCOMPARE(QGuiApplication::overrideCursor(), nullptr);

    // A small file says nothing: it opens at once.
    const QString small = writeFile(dir, u"small.txt"_qs, "Officials met in Geneva.\n");
    messages.clear();
    QVERIFY(m_window->openFile(small));
    for (const QList<QVariant> &message : std::as_const(messages))
        QVERIFY(!message.first().toString().startsWith(u"Opening"));
}

void TestMainWindow::anEmptyContextListSaysWhatItIsFor()
{
    QListView *context = m_window->contextView();
    QVERIFY(m_window->contextPlaceholderText().contains(u"mentions"));
    QVERIFY(WindowTest::inkOn(context->viewport()) > 30);

    // Following an entity fills the list, and the words give way to its rows.
    click(u"Vladimir Putin"_qs);
    QTRY_COMPARE(context->model()->rowCount(), 4);
    QVERIFY(m_window->contextPlaceholderText().isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_COMPARE(context->model()->rowCount(), 0);
    QVERIFY(!m_window->contextPlaceholderText().isEmpty());

    // While names are being found, and in an article without any, there is nothing to choose:
    // the sidebar says why, and the list says nothing.
    m_window->showArticle(
        *ArticleLoader::fromBytes("it rained all day.\n", u"t"_qs, u"none.txt"_qs).article);
    QVERIFY(m_window->isExtracting());
    QVERIFY(m_window->contextPlaceholderText().isEmpty());
    QTRY_VERIFY(!m_window->isExtracting());
    QVERIFY(m_window->contextPlaceholderText().isEmpty());
    QCOMPARE(WindowTest::inkOn(context->viewport()), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
