#include "core/navigation/entityselection.h"

#include <QTest>

class TestEntitySelection : public QObject
{
    Q_OBJECT
private slots:
    void aSingleSelectionTakesItsTypeColour();
    void ctrlClickAddsWithADistinctColour();
    void ctrlClickOnASelectedEntityRemovesIt();
    void coloursStayStableWhenOthersLeave();
    void theOldestMakesRoomWhenAllColoursAreTaken();
};

void TestEntitySelection::aSingleSelectionTakesItsTypeColour()
{
    EntitySelection s;
    s.select(u"place:Kyiv"_qs, 1);
    QCOMPARE(s.slotOf(u"place:Kyiv"_qs), 1);
    s.select(u"person:Putin"_qs, 0);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.slotOf(u"person:Putin"_qs), 0);
}

void TestEntitySelection::ctrlClickAddsWithADistinctColour()
{
    EntitySelection s;
    s.select(u"person:Putin"_qs, 0);
    QVERIFY(s.toggle(u"person:Trump"_qs, 0)); // people's slot is taken
    QVERIFY(s.toggle(u"place:Kyiv"_qs, 1));
    QCOMPARE(s.ids(), (QStringList{u"person:Putin"_qs, u"person:Trump"_qs, u"place:Kyiv"_qs}));
    QCOMPARE(s.slotOf(u"person:Putin"_qs), 0);
    QCOMPARE(s.slotOf(u"person:Trump"_qs), 1); // the first free slot
    QCOMPARE(s.slotOf(u"place:Kyiv"_qs), 2);   // places' slot is taken by then
}

void TestEntitySelection::ctrlClickOnASelectedEntityRemovesIt()
{
    EntitySelection s;
    s.select(u"person:Putin"_qs, 0);
    s.toggle(u"place:Kyiv"_qs, 1);
    QVERIFY(!s.toggle(u"person:Putin"_qs, 0));
    QCOMPARE(s.ids(), QStringList{u"place:Kyiv"_qs});
}

void TestEntitySelection::coloursStayStableWhenOthersLeave()
{
    EntitySelection s;
    s.select(u"a"_qs, 0);
    s.toggle(u"b"_qs, 0);
    s.toggle(u"c"_qs, 0);
    const auto c = s.slotOf(u"c"_qs);
    s.remove(u"b"_qs);
    QCOMPARE(s.slotOf(u"c"_qs), c);
    s.toggle(u"d"_qs, 0);
    QVERIFY(s.slotOf(u"d"_qs) != s.slotOf(u"a"_qs) && s.slotOf(u"d"_qs) != c);
}

void TestEntitySelection::theOldestMakesRoomWhenAllColoursAreTaken()
{
    EntitySelection s;
    s.select(u"e0"_qs, 0);
    for (int i = 1; i <= EntitySelection::SlotCount; ++i)
        s.toggle(u"e%1"_qs.arg(i), 0);
    QCOMPARE(s.size(), EntitySelection::SlotCount);
    QVERIFY(!s.contains(u"e0"_qs));
    QList<int> used;
    for (const auto &item : s.items())
        used.append(item.slot);
    std::sort(used.begin(), used.end());
    QCOMPARE(std::unique(used.begin(), used.end()) - used.begin(), EntitySelection::SlotCount);
}

QTEST_APPLESS_MAIN(TestEntitySelection)
#include "tst_entityselection.moc"
