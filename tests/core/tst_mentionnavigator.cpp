#include "core/navigation/mentionnavigator.h"

#include <QTest>

class TestMentionNavigator : public QObject
{
    Q_OBJECT
private slots:
    void nextAndPreviousWrapAround();
    void nothingSelectedMeansNoIndicator();
};

void TestMentionNavigator::nextAndPreviousWrapAround()
{
    MentionNavigator n;
    n.setMentions({{0, 5}, {10, 15}, {20, 25}});
    QCOMPARE(n.indicator(), u"3 mentions"_qs);
    QCOMPARE(n.first()->start, 0);
    QCOMPARE(n.indicator(), u"1 of 3"_qs);
    QCOMPARE(n.next()->start, 10);
    QCOMPARE(n.next()->start, 20);
    QCOMPARE(n.indicator(), u"3 of 3"_qs);
    QCOMPARE(n.next()->start, 0);
    QCOMPARE(n.indicator(), u"1 of 3"_qs);
    QCOMPARE(n.previous()->start, 20);
    QCOMPARE(n.indicator(), u"3 of 3"_qs);
    QCOMPARE(n.previous()->start, 10);
}

void TestMentionNavigator::nothingSelectedMeansNoIndicator()
{
    MentionNavigator n;
    QVERIFY(n.indicator().isEmpty());
    QCOMPARE(n.next(), nullptr);
    QCOMPARE(n.previous(), nullptr);
    n.setMentions({{0, 1}});
    n.clear();
    QVERIFY(n.isEmpty());
    QVERIFY(n.indicator().isEmpty());
}

QTEST_APPLESS_MAIN(TestMentionNavigator)
#include "tst_mentionnavigator.moc"
