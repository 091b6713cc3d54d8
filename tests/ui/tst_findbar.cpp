#include "ui/text/findbar.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

class TestFindBar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsHiddenAndActivateFocusesTheField();
    void typingSearchesOnceAfterThePause();
    void togglingAnOptionSearchesAtOnce();
    void enterAndShiftEnterStepThroughMatches();
    void theArrowButtonsStepThroughMatches();
    void enterRightAfterTypingSearchesFirst();
    void escapeClosesTheBarEvenWhenTheWindowBindsEscape();
    void theCloseButtonClosesTheBar();
    void theResultLabelReadsNaturally_data();
    void theResultLabelReadsNaturally();
    void everyControlHasANameForScreenReaders();

private:
    QLineEdit *edit() const { return m_bar->findChild<QLineEdit *>(u"findEdit"_qs); }
    QLabel *result() const { return m_bar->findChild<QLabel *>(u"findResultLabel"_qs); }
    template<typename T>
    T *child(const QString &name) const
    {
        return m_bar->findChild<T *>(name);
    }

    std::unique_ptr<QWidget> m_window;
    QAction *m_windowEscape = nullptr;
    FindBar *m_bar = nullptr;
};

void TestFindBar::initTestCase()
{
    // Fixed digits grouping for the "100,000" the label shows.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestFindBar::init()
{
    // A window like the main one: something else to focus and its own Esc shortcut.
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(new QLineEdit(m_window.get()));
    m_bar = new FindBar(m_window.get());
    layout->addWidget(m_bar);
    m_windowEscape = new QAction(m_window.get());
    m_windowEscape->setShortcut(QKeySequence(Qt::Key_Escape));
    m_window->addAction(m_windowEscape);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFindBar::cleanup()
{
    m_window.reset();
    m_bar = nullptr;
}

void TestFindBar::startsHiddenAndActivateFocusesTheField()
{
    QVERIFY(!m_bar->isVisible());
    m_bar->activate();
    QVERIFY(m_bar->isVisible());
    QTRY_VERIFY(edit()->hasFocus());
    QTest::keyClicks(edit(), u"Kyiv"_qs);

    // Opening it again selects what was typed, so typing replaces it.
    m_bar->hide();
    m_bar->activate();
    QTRY_VERIFY(edit()->hasFocus());
    QCOMPARE(edit()->selectedText(), u"Kyiv"_qs);
    QTest::keyClicks(edit(), u"Odesa"_qs);
    QCOMPARE(m_bar->text(), u"Odesa"_qs);
}

void TestFindBar::typingSearchesOnceAfterThePause()
{
    QSignalSpy spy(m_bar, &FindBar::searchChanged);
    m_bar->activate();
    QTest::keyClicks(edit(), u"Kyiv"_qs);
    QCOMPARE(spy.count(), 0); // the pause has not passed yet
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0), (QVariantList{u"Kyiv"_qs, false, false}));
    // One search for the whole word, not one per letter.
    QVERIFY(!spy.wait(FindBar::DebounceMs * 3));
    QCOMPARE(spy.count(), 1);

    // Clearing the field is a search too: the main window removes the highlight.
    edit()->clear();
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QString());
}

void TestFindBar::togglingAnOptionSearchesAtOnce()
{
    QSignalSpy spy(m_bar, &FindBar::searchChanged);
    m_bar->activate();
    QTest::keyClicks(edit(), u"kyiv"_qs);

    auto *matchCase = child<QCheckBox>(u"matchCaseButton"_qs);
    QTest::mouseClick(matchCase, Qt::LeftButton, {}, matchCase->rect().center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0), (QVariantList{u"kyiv"_qs, true, false}));
    QVERIFY(m_bar->caseSensitive());

    auto *wholeWords = child<QCheckBox>(u"wholeWordsButton"_qs);
    QTest::mouseClick(wholeWords, Qt::LeftButton, {}, wholeWords->rect().center());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1), (QVariantList{u"kyiv"_qs, true, true}));
    QVERIFY(m_bar->wholeWords());

    // The typing that was still waiting has been answered by the toggle.
    QVERIFY(!spy.wait(FindBar::DebounceMs * 3));
    QCOMPARE(spy.count(), 2);
}

void TestFindBar::enterAndShiftEnterStepThroughMatches()
{
    QSignalSpy next(m_bar, &FindBar::nextRequested);
    QSignalSpy previous(m_bar, &FindBar::previousRequested);
    m_bar->activate();
    QTRY_VERIFY(edit()->hasFocus());

    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(next.count(), 1);
    QTest::keyClick(edit(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(next.count(), 2);
    QCOMPARE(previous.count(), 0);
    QTest::keyClick(edit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(previous.count(), 1);
    QCOMPARE(next.count(), 2);
}

void TestFindBar::theArrowButtonsStepThroughMatches()
{
    QSignalSpy next(m_bar, &FindBar::nextRequested);
    QSignalSpy previous(m_bar, &FindBar::previousRequested);
    m_bar->activate();
    auto *nextButton = child<QToolButton>(u"findNextButton"_qs);
    auto *previousButton = child<QToolButton>(u"findPreviousButton"_qs);
    QVERIFY(!nextButton->icon().isNull());
    QVERIFY(!previousButton->icon().isNull());

    QTest::mouseClick(nextButton, Qt::LeftButton, {}, nextButton->rect().center());
    QCOMPARE(next.count(), 1);
    QTest::mouseClick(previousButton, Qt::LeftButton, {}, previousButton->rect().center());
    QCOMPARE(previous.count(), 1);
}

void TestFindBar::enterRightAfterTypingSearchesFirst()
{
    QStringList order;
    connect(m_bar, &FindBar::searchChanged, this,
            [&order](const QString &text) { order << u"search "_qs + text; });
    connect(m_bar, &FindBar::nextRequested, this, [&order] { order << u"next"_qs; });
    m_bar->activate();
    QTest::keyClicks(edit(), u"Kyiv"_qs);
    QTest::keyClick(edit(), Qt::Key_Return);
    QCOMPARE(order, (QStringList{u"search Kyiv"_qs, u"next"_qs}));
}

void TestFindBar::escapeClosesTheBarEvenWhenTheWindowBindsEscape()
{
    QSignalSpy closed(m_bar, &FindBar::closed);
    QSignalSpy windowEscape(m_windowEscape, &QAction::triggered);
    m_bar->activate();
    QTRY_VERIFY(edit()->hasFocus());

    QTest::keyClick(edit(), Qt::Key_Escape);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!m_bar->isVisible());
    QCOMPARE(windowEscape.count(), 0);

    // With the bar closed, Esc is the window's again.
    QTest::keyClick(m_window->focusWidget(), Qt::Key_Escape);
    QCOMPARE(windowEscape.count(), 1);
    QCOMPARE(closed.count(), 1);
}

void TestFindBar::theCloseButtonClosesTheBar()
{
    QSignalSpy closed(m_bar, &FindBar::closed);
    m_bar->activate();
    auto *close = child<QToolButton>(u"findCloseButton"_qs);
    QTest::mouseClick(close, Qt::LeftButton, {}, close->rect().center());
    QCOMPARE(closed.count(), 1);
    QVERIFY(!m_bar->isVisible());
}

void TestFindBar::theResultLabelReadsNaturally_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("current");
    QTest::addColumn<qsizetype>("total");
    QTest::addColumn<bool>("capped");
    QTest::addColumn<QString>("label");

    QTest::newRow("the current match is counted from one")
        << u"Kyiv"_qs << qsizetype(2) << qsizetype(12) << false << u"3 of 12"_qs;
    QTest::newRow("without a current match the total is shown")
        << u"Kyiv"_qs << qsizetype(-1) << qsizetype(12) << false << u"12 matches"_qs;
    QTest::newRow("a single match is singular")
        << u"Kyiv"_qs << qsizetype(-1) << qsizetype(1) << false << u"1 match"_qs;
    QTest::newRow("nothing found says so")
        << u"Kyiv"_qs << qsizetype(-1) << qsizetype(0) << false << u"No matches"_qs;
    QTest::newRow("a capped search says there are more")
        << u"a"_qs << qsizetype(-1) << qsizetype(100000) << true << u"more than 100,000 matches"_qs;
    QTest::newRow("a capped search still shows the current match")
        << u"a"_qs << qsizetype(4) << qsizetype(100000) << true << u"5 of more than 100,000"_qs;
    QTest::newRow("an empty field shows no count")
        << QString() << qsizetype(-1) << qsizetype(0) << false << QString();
}

void TestFindBar::theResultLabelReadsNaturally()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, current);
    QFETCH(qsizetype, total);
    QFETCH(bool, capped);
    QFETCH(QString, label);

    m_bar->activate();
    edit()->setText(text);
    m_bar->setResult(current, total, capped);
    QCOMPARE(result()->text(), label);
    if (!label.isEmpty())
        QCOMPARE(result()->accessibleName(), label);
}

void TestFindBar::everyControlHasANameForScreenReaders()
{
    const auto widgets = m_bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    QVERIFY(widgets.size() >= 7);
    for (const QWidget *w : widgets)
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    QCOMPARE(edit()->placeholderText(), u"Find in text"_qs);
    // The clear button comes with the first text (its icon loads then, not at start-up).
    edit()->clear();
    QVERIFY(!edit()->isClearButtonEnabled());
    QTest::keyClicks(edit(), u"Kyiv"_qs);
    QVERIFY(edit()->isClearButtonEnabled());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
