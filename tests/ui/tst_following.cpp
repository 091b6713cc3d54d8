// Following entities through the text, as a reader does it: several at once, the overview
// ruler, mentions in context, clicking names in the text, back and forward, find, zoom, sorting.
#include "core/document/articleloader.h"
#include "core/extraction/knowledge.h"
#include "core/models/entitylistmodel.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/style/entitycolors.h"
#include "ui/text/articleview.h"
#include "ui/text/findbar.h"
#include "ui/text/overviewruler.h"
#include "ui/window/mainwindow.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

class TestFollowing : public WindowTestCase
{
    Q_OBJECT
private slots:
    void initTestCase() { initCase(); }
    void init() { openBuiltinWindow(); }
    void cleanup() { closeWindow(); }
    void ctrlClickFollowsSeveralEntitiesInTheirOwnColours();
    void sharedParagraphsDimTheRest();
    void theRulerMarksMentionsAndClickingItScrolls();
    void mentionsInContextListEveryMentionAndJump();
    void aJumpFarDownALongListShowsThatMentionInContext();
    void clickingANameInTheTextSelectsItsEntity();
    void hoveringAMentionShowsACard();
    void backAndForwardRetraceJumps();
    void findHighlightsAllMatchesAndSteps();
    void zoomChangesTheTextSizeAndIsRemembered();
    void shortcutsAreListedAndAccessibleNamesSet();
};

void TestFollowing::ctrlClickFollowsSeveralEntitiesInTheirOwnColours()
{
    click(u"Vladimir Putin"_qs);
    click(u"Donald Trump"_qs, Qt::ControlModifier);
    click(u"Kursk"_qs, Qt::ControlModifier);
    QTRY_COMPARE(m_window->selection().size(), 3);
    const auto layers = m_window->articleView()->layers();
    QCOMPARE(layers.size(), 3);
    // Each in a colour of its own; the followed one (the last clicked) first.
    QCOMPARE(layers[0].mentions.size(), 3); // Kursk
    QVERIFY(layers[0].fill != layers[1].fill && layers[1].fill != layers[2].fill
            && layers[0].fill != layers[2].fill);
    QCOMPARE(position(), u"1 of 3"_qs);
    // The legend names all three.
    const QString legend = m_window->findChild<QLabel *>(u"entityLabel"_qs)->text();
    QVERIFY(legend.contains(u"Vladimir Putin") && legend.contains(u"Donald Trump")
            && legend.contains(u"Kursk"));
    // Ctrl+click again takes one away.
    click(u"Donald Trump"_qs, Qt::ControlModifier);
    QTRY_COMPARE(m_window->selection().size(), 2);
    QVERIFY(!m_window->selection().contains(u"person:Donald Trump"_qs));
}

void TestFollowing::sharedParagraphsDimTheRest()
{
    click(u"Vladimir Putin"_qs);
    click(u"Donald Trump"_qs, Qt::ControlModifier);
    QTRY_COMPARE(m_window->selection().size(), 2);
    ArticleView *view = m_window->articleView();
    view->verticalScrollBar()->setValue(0);
    action(u"Shared Paragraphs Only"_qs)->trigger();
    // Paragraph 7 names both ("...between Trump and Putin..."); paragraph 1 names only Trump.
    const Article &a = m_window->article();
    const auto both = a.paragraphs[6];
    const QString text = a.text.sliced(both.start, both.end - both.start);
    QVERIFY(text.contains(u"Trump") && text.contains(u"Putin"));
    const QImage image = view->viewport()->grab().toImage();
    // A dimmed glyph is lighter than a normal one: compare the darkest pixel of two words.
    auto darkest = [&](qsizetype pos, int len) {
        const QRectF r = view->mentionRects({pos, pos + len}).value(0);
        int best = 255;
        for (int x = int(r.left()); x < int(r.right()); ++x)
            for (int y = int(r.top()); y < int(r.bottom()); ++y)
                best = std::min(best, image.pixelColor(x, y).lightness());
        return best;
    };
    const qsizetype inShared = a.text.indexOf(u"feasible");
    const qsizetype inOther = a.text.indexOf(u"information comes");
    QVERIFY(darkest(inShared, 8) < 80);  // normal text
    QVERIFY(darkest(inOther, 11) > 120); // dimmed
    action(u"Shared Paragraphs Only"_qs)->trigger();
}

void TestFollowing::theRulerMarksMentionsAndClickingItScrolls()
{
    QVERIFY(WindowTest::rulerKnowsEveryEntity(*m_window));
    click(u"Russia"_qs);
    OverviewRuler *ruler = m_window->ruler();
    QTRY_COMPARE(ruler->markCount(), 11);
    ArticleView *view = m_window->articleView();
    view->verticalScrollBar()->setValue(0);
    QTest::mouseClick(ruler, Qt::LeftButton, {}, QPoint(ruler->width() / 2, ruler->height() - 3));
    QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
    QVERIFY(m_window->findChild<QAction *>() != nullptr);
}

void TestFollowing::mentionsInContextListEveryMentionAndJump()
{
    click(u"Karoline Leavitt"_qs);
    QListView *list = m_window->contextView();
    QTRY_COMPARE(list->model()->rowCount(), 2);
    const QString first = list->model()->index(0, 0).data().toString();
    QVERIFY2(first.contains(u"Karoline Leavitt"), qPrintable(first));
    // Keyboard: down to the second mention moves the text there and marks it current.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTRY_COMPARE(position(), u"2 of 2"_qs);
    const Mention current = m_window->articleView()->currentMention();
    QCOMPARE(m_window->article().text.sliced(current.start, current.length()), u"Leavitt"_qs);
}

// With hundreds of mentions the list shows a batch at first; stepping back from the first mention
// wraps to the last, and the list must have it, select it and scroll to it.
void TestFollowing::aJumpFarDownALongListShowsThatMentionInContext()
{
    QByteArray text;
    const int count = 700;
    for (int i = 0; i < count; ++i)
        text += "Officials in Moscow met again on day " + QByteArray::number(i) + ".\n\n";
    m_window->showArticle(*ArticleLoader::fromBytes(text, u"t"_qs, u"long.txt"_qs).article);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isExtracting(); }, 10000));
    click(u"Moscow"_qs);
    QTRY_COMPARE(position(), u"1 of %1"_qs.arg(count));
    QListView *list = m_window->contextView();
    QVERIFY(list->model()->rowCount() < count); // a batch, not all 700

    QAction *previous = action(u"Previous Mention"_qs);
    QVERIFY(previous);
    previous->trigger(); // wraps to the last
    QTRY_COMPARE(position(), u"%1 of %1"_qs.arg(count));
    QCOMPARE(list->currentIndex().row(), count - 1);
    QVERIFY(list->viewport()->rect().intersects(list->visualRect(list->currentIndex())));
    QVERIFY2(list->currentIndex().data().toString().contains(u"day %1."_qs.arg(count - 1)),
             qPrintable(list->currentIndex().data().toString()));

    // Scrolling the list to its end brings in the rest, as a reader scrolling would.
    m_window->clearSelection();
    click(u"Moscow"_qs);
    QTRY_COMPARE(position(), u"1 of %1"_qs.arg(count));
    QVERIFY(list->model()->rowCount() < count);
    for (int i = 0; i < 10 && list->model()->rowCount() < count; ++i) {
        list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
        QTest::qWait(20);
    }
    QCOMPARE(list->model()->rowCount(), count);
}

void TestFollowing::clickingANameInTheTextSelectsItsEntity()
{
    ArticleView *view = m_window->articleView();
    const qsizetype zelensky = m_window->article().text.indexOf(u"Zelensky stated");
    view->scrollToPosition(zelensky);
    QApplication::processEvents();
    const QRectF r = view->mentionRects({zelensky, zelensky + 8}).value(0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center().toPoint());
    QTRY_COMPARE(m_window->selectedEntityId(), u"person:Volodymyr Zelensky"_qs);
    // The clicked mention ("Volodymyr Zelensky") is the current one.
    const Mention current = m_window->articleView()->currentMention();
    QVERIFY(current.start <= zelensky && zelensky < current.end);
    QCOMPARE(position(), u"1 of 4"_qs);
    // And the sidebar shows it selected.
    QVERIFY(m_window->sidebar()->view()->selectionModel()->isSelected(
        indexOf(u"Volodymyr Zelensky"_qs)));
}

void TestFollowing::hoveringAMentionShowsACard()
{
    ArticleView *view = m_window->articleView();
    view->verticalScrollBar()->setValue(0);
    const qsizetype trump = m_window->article().text.indexOf(u"Donald Trump");
    const QRectF r = view->mentionRects({trump, trump + 12}).value(0);
    QHelpEvent help(QEvent::ToolTip, r.center().toPoint(),
                    view->viewport()->mapToGlobal(r.center().toPoint()));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"Donald Trump"));
    QVERIFY(QToolTip::text().contains(u"mention 1 of 9"));
    QVERIFY(QToolTip::text().contains(u"President"));
    QToolTip::hideText();
}

void TestFollowing::backAndForwardRetraceJumps()
{
    ArticleView *view = m_window->articleView();
    view->verticalScrollBar()->setValue(0);
    click(u"Valery Gerasimov"_qs); // far down the article
    QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
    const int there = view->verticalScrollBar()->value();
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(view->verticalScrollBar()->value(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
    QTRY_VERIFY(std::abs(view->verticalScrollBar()->value() - there) < 60);
}

void TestFollowing::findHighlightsAllMatchesAndSteps()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = m_window->findBar();
    QTRY_VERIFY(bar->isVisible());
    auto *edit = bar->findChild<QLineEdit *>();
    QVERIFY(edit->hasFocus());
    QTest::keyClicks(edit, u"ceasefire"_qs);
    ArticleView *view = m_window->articleView();
    QTRY_VERIFY(!view->layers().isEmpty());
    const int count = int(m_window->article().text.count(u"ceasefire", Qt::CaseInsensitive));
    QCOMPARE(view->layers().constLast().mentions.size(), count);
    const Mention first = view->currentMention();
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(view->currentMention().start > first.start);
    QTest::keyClick(edit, Qt::Key_Escape);
    QTRY_VERIFY(!bar->isVisible());
    QVERIFY(view->layers().isEmpty());
}

void TestFollowing::zoomChangesTheTextSizeAndIsRemembered()
{
    ArticleView *view = m_window->articleView();
    const qreal before = view->font().pointSizeF();
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view->font().pointSizeF() > before);
    {
        MainWindow second(m_knowledge); // a new window starts at the remembered zoom
        QCOMPARE(second.articleView()->zoomSteps(), 1);
    }
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view->font().pointSizeF(), before);
}

void TestFollowing::shortcutsAreListedAndAccessibleNamesSet()
{
    QString listed;
    QTimer::singleShot(0, this, [&listed] {
        auto *table = QApplication::activeModalWidget()->findChild<QTableWidget *>();
        for (int r = 0; table && r < table->rowCount(); ++r)
            listed += table->item(r, 0)->text() + u'=' + table->item(r, 1)->text() + u'\n';
        QApplication::activeModalWidget()->close();
    });
    m_window->showShortcuts();
    for (const QString &expected : {u"Next Mention=F3"_qs, u"Back=Alt+Left"_qs, u"Find in Text"_qs,
                                    u"Zoom In"_qs, u"Full Screen"_qs, u"Open"_qs})
        QVERIFY2(listed.contains(expected), qPrintable(expected + u" missing from\n"_qs + listed));
    QVERIFY(!m_window->articleView()->accessibleName().isEmpty());
    QVERIFY(!m_window->sidebar()->view()->accessibleName().isEmpty());
    QVERIFY(!m_window->contextView()->accessibleName().isEmpty());
    QVERIFY(!m_window->ruler()->accessibleName().isEmpty());
    // Stepping announces the position for screen readers.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    click(u"Dmitry Peskov"_qs);
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"positionLabel"_qs)->accessibleName(),
                 u"Dmitry Peskov, person, mention 2 of 2, paragraph 24"_qs);
}

QTEST_MAIN(TestFollowing)
#include "tst_following.moc"
