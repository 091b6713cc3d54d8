#include "knowledge.h"

#include <QElapsedTimer>
#include <QResource>
#include <QTest>

class TestKnowledge : public QObject
{
    Q_OBJECT
private slots:
    void theEmbeddedTableLoadsInstantly();
    void lookups_data();
    void lookups();
    void aDamagedTableGivesAnEmptyKnowledgeNotACrash_data();
    void aDamagedTableGivesAnEmptyKnowledgeNotACrash();
};

void TestKnowledge::theEmbeddedTableLoadsInstantly()
{
    QElapsedTimer timer;
    timer.start();
    const auto k = Knowledge::load();
    // Read in place: no parsing, no hash tables built (it took ~160 ms when it did).
    QVERIFY2(timer.elapsed() < 50, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(k->placeCount() > 100000);
    QVERIFY(k->givenNameCount() > 5000);
    QVERIFY(k->longestPlaceWords() >= 3);
}

void TestKnowledge::lookups_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("found");
    QTest::newRow("a country") << u"place"_qs << u"Saudi Arabia"_qs << true;
    QTest::newRow("a city's other spelling") << u"place"_qs << u"Kryvyy Rih"_qs << true;
    QTest::newRow("an accented place folds to its plain spelling")
        << u"place"_qs << u"Kyïv"_qs << true;
    QTest::newRow("not a place") << u"place"_qs << u"Xyzzyville"_qs << false;
    QTest::newRow("a demonym") << u"demonym"_qs << u"Russian"_qs << true;
    QTest::newRow("a given name with an accent folds to its plain spelling")
        << u"given"_qs << u"Micheál"_qs << true;
    QTest::newRow("a common given name") << u"given"_qs << u"Michael"_qs << true;
    QTest::newRow("a common word") << u"common"_qs << u"however"_qs << true;
    QTest::newRow("a month") << u"calendar"_qs << u"February"_qs << true;
    QTest::newRow("an organisation word") << u"org"_qs << u"Ministry"_qs << true;
    QTest::newRow("a title, any case") << u"title"_qs << u"Secretary"_qs << true;
    QTest::newRow("a hyphenated title") << u"title"_qs << u"Vice-President"_qs << true;
}

void TestKnowledge::lookups()
{
    QFETCH(QString, what);
    QFETCH(QString, word);
    QFETCH(bool, found);
    const auto k = Knowledge::load();
    bool actual = false;
    if (what == u"place")
        actual = k->place(word).has_value();
    else if (what == u"demonym")
        actual = k->isDemonym(word);
    else if (what == u"given")
        actual = k->isGivenName(word);
    else if (what == u"common")
        actual = k->isCommonWord(word);
    else if (what == u"calendar")
        actual = k->isCalendarWord(word);
    else if (what == u"org")
        actual = k->isOrganizationWord(word);
    else if (what == u"title")
        actual = k->title(word).has_value();
    QCOMPARE(actual, found);
}

void TestKnowledge::aDamagedTableGivesAnEmptyKnowledgeNotACrash_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QResource resource(u":/knowledge.bin"_qs);
    const QByteArray good = resource.uncompressedData();
    QByteArray badSection = good;
    badSection[12] = char(0xff); // a section offset far past the end
    badSection[13] = char(0xff);
    badSection[14] = char(0xff);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a wrong magic number") << QByteArray("NOPE").append(good.sliced(4));
    QTest::newRow("cut in half") << good.first(good.size() / 2);
    QTest::newRow("a section pointing outside") << badSection;
}

void TestKnowledge::aDamagedTableGivesAnEmptyKnowledgeNotACrash()
{
    QFETCH(QByteArray, bytes);
    const auto k = Knowledge::fromData(bytes);
    QCOMPARE(k->placeCount(), 0);
    QVERIFY(!k->place(u"Moscow"_qs));
    QVERIFY(!k->isCommonWord(u"the"_qs));
    QVERIFY(!k->title(u"President"_qs));
}

QTEST_APPLESS_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
