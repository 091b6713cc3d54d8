#include "articleloader.h"
#include "articleview.h"
#include "entitycolors.h"
#include "entitylistmodel.h"
#include "entitysidebar.h"
#include "knowledge.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowShowsTheArticleAndItsTitle();
    void clickingAnEntryHighlightsExactlyItsMentions();
    void f3StepsThroughMentionsAndWraps();
    void escapeClearsTheHighlight();
    void keyboardSelectionInTheSidebarHighlightsToo();
    void theFilterNarrowsTheList();
    void onlyTheSelectedEntityIsPainted();

private:
    QModelIndex indexOf(const QString &name) const;
    void clickEntity(const QString &name);
    QString position() const { return m_window->findChild<QLabel *>(u"positionLabel"_qs)->text(); }
    QColor pixelLeftOf(const Mention &m) const;

    std::shared_ptr<const Knowledge> m_knowledge;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_knowledge = Knowledge::load();
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(m_knowledge);
    m_window->showArticle(*ArticleLoader::loadBuiltin().article);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QModelIndex TestMainWindow::indexOf(const QString &name) const
{
    QTreeView *tree = m_window->sidebar()->view();
    const auto hits = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                           Qt::MatchExactly | Qt::MatchRecursive);
    return hits.value(0);
}

void TestMainWindow::clickEntity(const QString &name)
{
    QTreeView *tree = m_window->sidebar()->view();
    const QModelIndex index = indexOf(name);
    QVERIFY2(index.isValid(), qPrintable(name));
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
}

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
    clickEntity(u"Dmitry Peskov"_qs);
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
    clickEntity(u"Dmitry Peskov"_qs);
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
    clickEntity(u"Vladimir Putin"_qs);
    QTRY_COMPARE(m_window->articleView()->highlights().size(), 4);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(m_window->articleView()->highlights().isEmpty());
    QVERIFY(position().isEmpty());
    QVERIFY(!m_window->sidebar()->view()->selectionModel()->hasSelection());
}

void TestMainWindow::keyboardSelectionInTheSidebarHighlightsToo()
{
    QTreeView *tree = m_window->sidebar()->view();
    tree->setFocus();
    tree->setCurrentIndex(indexOf(u"Donald Trump"_qs));
    QTRY_COMPARE(m_window->articleView()->highlights().size(), 9);
    QTest::keyClick(tree, Qt::Key_Down);
    QTRY_COMPARE(m_window->selectedEntityId(), u"person:Vladimir Putin"_qs);
    QCOMPARE(m_window->articleView()->highlights().size(), 4);
}

void TestMainWindow::theFilterNarrowsTheList()
{
    QLineEdit *filter = m_window->sidebar()->filterEdit();
    QTreeView *tree = m_window->sidebar()->view();
    QTest::keyClicks(filter, u"pes"_qs);
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 1);
    QCOMPARE(tree->model()->index(0, 0, tree->model()->index(0, 0)).data().toString(),
             u"Dmitry Peskov"_qs);
    // Enter takes the first match.
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(m_window->selectedEntityId(), u"person:Dmitry Peskov"_qs);
    filter->clear();
    QCOMPARE(tree->model()->rowCount(), 3);
}

void TestMainWindow::onlyTheSelectedEntityIsPainted()
{
    ArticleView *view = m_window->articleView();
    view->verticalScrollBar()->setValue(0);
    clickEntity(u"Russia"_qs);
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
