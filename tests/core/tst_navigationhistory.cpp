#include "core/navigation/navigationhistory.h"

#include <QTest>

class TestNavigationHistory : public QObject
{
    Q_OBJECT
private slots:
    void backAndForwardRetraceTheJumps();
    void aNewJumpDropsTheForwardEntries();
    void nothingToGoBackTo();
};

void TestNavigationHistory::backAndForwardRetraceTheJumps()
{
    NavigationHistory h;
    h.recordJump(0);   // 0 -> 100
    h.recordJump(100); // 100 -> 500
    QVERIFY(h.canGoBack());
    QCOMPARE(h.back(500), 100);
    QCOMPARE(h.back(100), 0);
    QVERIFY(!h.canGoBack());
    QCOMPARE(h.forward(0), 100);
    QCOMPARE(h.forward(100), 500);
    QVERIFY(!h.canGoForward());
}

void TestNavigationHistory::aNewJumpDropsTheForwardEntries()
{
    NavigationHistory h;
    h.recordJump(0);
    h.recordJump(100);
    QCOMPARE(h.back(500), 100);
    h.recordJump(100); // 100 -> 900
    QVERIFY(!h.canGoForward());
    QCOMPARE(h.back(900), 100);
}

void TestNavigationHistory::nothingToGoBackTo()
{
    NavigationHistory h;
    QCOMPARE(h.back(5), -1);
    QCOMPARE(h.forward(5), -1);
    for (int i = 0; i < 1000; ++i)
        h.recordJump(i);
    int steps = 0;
    while (h.back(0) >= 0)
        ++steps;
    QCOMPARE(steps, NavigationHistory::MaxEntries);
}

QTEST_APPLESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
