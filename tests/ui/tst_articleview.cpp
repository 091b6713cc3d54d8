// The highlight overlay paints exactly the visible mentions, wherever the reader is: after a
// scroll to the middle of a long article, a resize, a zoom and a clear.
#include "core/document/articleloader.h"
#include "ui/style/entitycolors.h"
#include "ui/text/articleview.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMimeData>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

class TestArticleView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void visibleMentionsArePaintedAfterAScroll();
    void afterAResizeAndAZoom();
    void clearingPaintsNothing();
    void theVisibleRangeIsFoundWithoutLayingOutEverything();
    void theBackgroundLayoutReachesTheEndInSmallSteps();
    void aLineWithNowhereToBreakShowsAtOnce_data();
    void aLineWithNowhereToBreakShowsAtOnce();
    void aCopyIsOfTheTextAsRead();

private:
    QList<Mention> visibleMentions() const;
    QColor pixelLeftOf(const Mention &m) const;
    std::unique_ptr<ArticleView> m_view;
    Article m_article;
    QList<Mention> m_mentions;
};

void TestArticleView::init()
{
    // 3,000 paragraphs, "Kyiv" in each: long enough that most of it is far out of view.
    QByteArray text;
    for (int i = 0; i < 3000; ++i)
        text += "Paragraph " + QByteArray::number(i) + ": officials in Kyiv met again today.\n";
    m_article = *ArticleLoader::fromBytes(text, u"t"_qs, u"t.txt"_qs).article;
    m_mentions.clear();
    for (qsizetype i = m_article.text.indexOf(u"Kyiv"); i >= 0;
         i = m_article.text.indexOf(u"Kyiv", i + 1))
        m_mentions.append({i, i + 4});
    m_view = std::make_unique<ArticleView>();
    m_view->resize(800, 600);
    m_view->setArticle(m_article);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setHighlights(m_mentions, EntityType::Place);
}

void TestArticleView::cleanup()
{
    m_view.reset();
}

QList<Mention> TestArticleView::visibleMentions() const
{
    QList<Mention> out;
    const QRect area = m_view->viewport()->rect();
    const qsizetype first = m_view->firstVisiblePosition();
    const qsizetype last = m_view->lastVisiblePosition();
    for (const Mention &m : m_mentions) {
        if (m.end < first || m.start > last)
            continue;
        const QRectF r = m_view->mentionRects(m).value(0);
        if (area.contains(r.toRect()))
            out.append(m);
    }
    return out;
}

QColor TestArticleView::pixelLeftOf(const Mention &m) const
{
    const QImage image = m_view->viewport()->grab().toImage();
    const QRectF r = m_view->mentionRects(m).value(0);
    return image.pixelColor(int(r.left()) - 1, int(r.center().y()));
}

void TestArticleView::visibleMentionsArePaintedAfterAScroll()
{
    m_view->scrollToPosition(m_mentions[1500].start);
    QApplication::processEvents();
    const auto visible = visibleMentions();
    QVERIFY(visible.size() >= 5);
    QVERIFY(visible.contains(m_mentions[1500]));
    const QColor fill = EntityColors::forType(EntityType::Place, m_view->palette()).fill;
    for (const Mention &m : visible)
        QCOMPARE(pixelLeftOf(m).rgb(), fill.rgb());
    // Only what is in view was painted, not 3,000 mentions.
    QVERIFY(m_view->lastPaintedCount() >= visible.size());
    QVERIFY(m_view->lastPaintedCount() <= visible.size() + 4);
}

void TestArticleView::afterAResizeAndAZoom()
{
    m_view->scrollToPosition(m_mentions[2000].start);
    m_view->resize(500, 400);
    QApplication::processEvents();
    const QColor fill = EntityColors::forType(EntityType::Place, m_view->palette()).fill;
    auto visible = visibleMentions();
    QVERIFY(!visible.isEmpty());
    for (const Mention &m : visible)
        QCOMPARE(pixelLeftOf(m).rgb(), fill.rgb());
    m_view->zoomBy(3);
    QApplication::processEvents();
    visible = visibleMentions();
    QVERIFY(!visible.isEmpty());
    for (const Mention &m : visible)
        QCOMPARE(pixelLeftOf(m).rgb(), fill.rgb());
}

void TestArticleView::clearingPaintsNothing()
{
    m_view->scrollToPosition(m_mentions[100].start);
    QApplication::processEvents();
    const auto visible = visibleMentions();
    QVERIFY(!visible.isEmpty());
    m_view->clearHighlights();
    const QColor paper = m_view->palette().color(QPalette::Base);
    for (const Mention &m : visible)
        QCOMPARE(pixelLeftOf(m).rgb(), paper.rgb());
    QCOMPARE(m_view->lastPaintedCount(), 0);
}

void TestArticleView::theVisibleRangeIsFoundWithoutLayingOutEverything()
{
    // At the top of a freshly shown document, the range covers the first screen only.
    const qsizetype first = m_view->firstVisiblePosition();
    const qsizetype last = m_view->lastVisiblePosition();
    QCOMPARE(first, 0);
    QVERIFY(last > 0 && last < m_article.text.size() / 20);
    // Scrolling to the end and back gives consistent ranges.
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    QVERIFY(m_view->lastVisiblePosition() >= m_article.text.size() - 80);
    m_view->verticalScrollBar()->setValue(0);
    QCOMPARE(m_view->firstVisiblePosition(), 0);
}

// The layout of a long text goes on in the background, in steps the view paces (a few ms each)
// rather than QTextDocumentLayout's own, which grow to 200,000 characters; the scroll bar grows
// with it and, at the end, spans the whole text, as a full layout would make it.
void TestArticleView::theBackgroundLayoutReachesTheEndInSmallSteps()
{
    QByteArray text;
    for (int i = 0; i < 6000; ++i)
        text += "Paragraph " + QByteArray::number(i)
                + ": officials in Kyiv met again today, and talked for a long while about the "
                  "ceasefire, the talks and what comes next.\n";
    const Article article = *ArticleLoader::fromBytes(text, u"t"_qs, u"long.txt"_qs).article;
    m_view->setArticle(article);
    QScrollBar *bar = m_view->verticalScrollBar();
    const QTextBlock last = m_view->document()->lastBlock();
    const auto laidOut = [&last] {
        return last.layout() && last.layout()->lineCount() > 0;
    };
    QVERIFY(!laidOut()); // not all at once
    // The first block not laid out yet (blocks are laid out in order).
    QTextDocument *doc = m_view->document();
    const auto frontier = [doc] {
        int low = 0;
        int high = doc->blockCount();
        while (low < high) {
            const int mid = (low + high) / 2;
            const QTextLayout *l = doc->findBlockByNumber(mid).layout();
            if (l && l->lineCount() > 0)
                low = mid + 1;
            else
                high = mid;
        }
        return low == doc->blockCount() ? doc->characterCount()
                                        : doc->findBlockByNumber(low).position();
    };
    int steps = 0;
    int previousMaximum = bar->maximum();
    int growths = 0;
    int largestStep = 0;
    int reached = frontier();
    QElapsedTimer timer;
    timer.start();
    while (!laidOut() && timer.elapsed() < 20000) {
        QCoreApplication::processEvents();
        ++steps;
        if (bar->maximum() > previousMaximum)
            ++growths;
        previousMaximum = bar->maximum();
        const int now = frontier();
        largestStep = std::max(largestStep, now - reached);
        reached = now;
    }
    QVERIFY2(laidOut(), "the background layout never reached the end");
    QVERIFY2(growths > 1, "the scroll bar did not grow as the layout went on");
    QVERIFY2(steps > 3, qPrintable(u"laid out in %1 steps"_qs.arg(steps)));
    // A pass of the event loop lays out at most a step or two (each ends at the end of a block)
    // and the page a paint brings into view; never the layout's own 200,000.
    constexpr int Page = 10000;
    QVERIFY2(largestStep <= 2 * ArticleView::MaxLayoutStep + Page,
             qPrintable(u"%1 characters in one pass"_qs.arg(largestStep)));
    // Where a complete layout puts the end, the scroll bar reaches.
    const qreal height = m_view->document()->documentLayout()->documentSize().height();
    QCoreApplication::processEvents();
    QCOMPARE(bar->maximum(), int(std::ceil(height)) - m_view->viewport()->height());
}

void TestArticleView::aLineWithNowhereToBreakShowsAtOnce_data()
{
    QTest::addColumn<QString>("text");
    // Qt's line layout took 17 s for a 200 KB line without spaces, minutes for 1 MB.
    QTest::newRow("a 2 MB line of letters") << u"Kyiv"_qs + u"a"_qs.repeated(2000000);
    QTest::newRow("a 2 MB line joined by no-break spaces")
        << u"Kyiv\u00a0talks\u00a0"_qs.repeated(200000);
    QTest::newRow("a 2 MB line of CJK text") << u"\u4e2d\u6587\u5b57"_qs.repeated(700000);
}

void TestArticleView::aLineWithNowhereToBreakShowsAtOnce()
{
    QFETCH(QString, text);
    m_article = *ArticleLoader::fromBytes(text.toUtf8(), u"t"_qs, u"line.txt"_qs).article;
    QElapsedTimer timer;
    timer.start();
    m_view->setArticle(m_article);
    m_view->viewport()->repaint(); // the first screen, laid out and painted
    const qint64 shown = timer.elapsed();
    qInfo("%s: first screen in %lld ms", QTest::currentDataTag(), qlonglong(shown));
    QVERIFY2(shown < 5000, qPrintable(QString::number(shown)));
    QVERIFY(m_view->lastVisiblePosition() > 0);
    QCOMPARE(m_view->document()->characterCount() - 1, text.size());
}

void TestArticleView::aCopyIsOfTheTextAsRead()
{
    const QString text = u"Kyiv\r\nOdesa \u00e9"_qs + u"x"_qs.repeated(30000) + u" end"_qs;
    m_article = *ArticleLoader::fromBytes(text.toUtf8(), u"t"_qs, u"copy.txt"_qs).article;
    m_view->setArticle(m_article);
    m_view->selectAll();
    m_view->copy();
    QCOMPARE(QApplication::clipboard()->text(), text);
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
