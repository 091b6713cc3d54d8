#include "core/document/textfinder.h"

#include <QElapsedTimer>
#include <QTest>

class TestTextFinder : public QObject
{
    Q_OBJECT
private slots:
    void findsOccurrences_data();
    void findsOccurrences();
    void theLimitStopsTheSearchAndSaysSo();
    void aRejectedWholeWordCandidateIsNotRescanned();
};

void TestTextFinder::findsOccurrences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("wholeWords");
    QTest::addColumn<QList<qsizetype>>("starts");

    using Starts = QList<qsizetype>;
    // clang-format off
    QTest::newRow("a word is found at each occurrence")
        << u"Kyiv and Kyiv"_qs << u"Kyiv"_qs << false << false << Starts{0, 9};
    QTest::newRow("an empty needle finds nothing")
        << u"Kyiv"_qs << QString() << false << false << Starts{};
    QTest::newRow("a needle longer than the text finds nothing")
        << u"Kyi"_qs << u"Kyiv"_qs << false << false << Starts{};
    QTest::newRow("without whole words a match inside a longer word counts")
        << u"Kyiv"_qs << u"Kyi"_qs << false << false << Starts{0};
    QTest::newRow("whole words skip a match inside a longer word")
        << u"Kyiv"_qs << u"Kyi"_qs << false << true << Starts{};
    QTest::newRow("whole words skip a word that only starts with the needle and find the next")
        << u"Kyivan Kyiv"_qs << u"Kyiv"_qs << false << true << Starts{7};
    QTest::newRow("whole words skip a match at the end of a longer word")
        << u"Bakhmut Mut"_qs << u"mut"_qs << false << true << Starts{8};
    QTest::newRow("the possessive does not stop a whole-word match")
        << u"Kyiv\u2019s mayor"_qs << u"Kyiv"_qs << false << true << Starts{0};
    QTest::newRow("a straight apostrophe does not stop a whole-word match")
        << u"Kyiv's mayor"_qs << u"Kyiv"_qs << false << true << Starts{0};
    QTest::newRow("punctuation and line ends are word boundaries")
        << u"(Kyiv),\nKyiv."_qs << u"kyiv"_qs << false << true << Starts{1, 8};
    QTest::newRow("whole words count an accented letter as part of the word")
        << u"café"_qs << u"caf"_qs << false << true << Starts{};
    QTest::newRow("whole words count a combining accent as part of the word")
        << u"cafe\u0301 cafe"_qs << u"cafe"_qs << false << true << Starts{6};
    QTest::newRow("whole words count a digit as part of the word")
        << u"G20 G"_qs << u"G"_qs << true << true << Starts{4};
    QTest::newRow("whole words count a letter outside the basic plane as part of the word")
        << u"\U0001D400Kyiv Kyiv"_qs << u"Kyiv"_qs << false << true << Starts{7};
    QTest::newRow("an emoji right before a word is a boundary")
        << u"\U0001F600Kyiv"_qs << u"Kyiv"_qs << false << true << Starts{2};
    QTest::newRow("a needle with a space matches across words")
        << u"Dmitry Peskov said"_qs << u"dmitry peskov"_qs << false << true << Starts{0};
    QTest::newRow("case-insensitive matching ignores ASCII case")
        << u"KYIV kyiv Kyiv"_qs << u"kyiv"_qs << false << false << Starts{0, 5, 10};
    QTest::newRow("case-sensitive matching keeps cases apart")
        << u"KYIV kyiv Kyiv"_qs << u"kyiv"_qs << true << false << Starts{5};
    QTest::newRow("case-insensitive matching folds accented capitals")
        << u"ÉLYSÉE Élysée"_qs << u"élysée"_qs << false << true << Starts{0, 7};
    QTest::newRow("case-insensitive matching folds Cyrillic capitals")
        << u"КИЇВ Київ"_qs << u"київ"_qs << false << true << Starts{0, 5};
    QTest::newRow("case-sensitive matching keeps accented capitals apart")
        << u"ÉLYSÉE Élysée"_qs << u"Élysée"_qs << true << false << Starts{7};
    QTest::newRow("overlapping occurrences are counted once each, left to right")
        << u"aaaa"_qs << u"aaa"_qs << false << false << Starts{0};
    QTest::newRow("adjacent occurrences are all found")
        << u"aaaa"_qs << u"aa"_qs << false << false << Starts{0, 2};
    QTest::newRow("offsets are UTF-16 units after a character outside the basic plane")
        << u"\U0001F600 Kyiv"_qs << u"Kyiv"_qs << false << false << Starts{3};
    // clang-format on
}

void TestTextFinder::findsOccurrences()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, wholeWords);
    QFETCH(QList<qsizetype>, starts);

    bool capped = true;
    const QList<Mention> found = TextFinder::findAll(text, needle,
                                                     FindOptions{caseSensitive, wholeWords}, 100,
                                                     &capped);
    QList<qsizetype> foundStarts;
    for (const Mention &m : found) {
        QCOMPARE(m.length(), needle.size());
        foundStarts.append(m.start);
    }
    QCOMPARE(foundStarts, starts);
    QVERIFY(!capped);
}

void TestTextFinder::theLimitStopsTheSearchAndSaysSo()
{
    const QString text = u"a "_qs.repeated(1000);
    bool capped = false;

    QList<Mention> found = TextFinder::findAll(text, u"a", {}, 10, &capped);
    QCOMPARE(found.size(), 10);
    QCOMPARE(found.last(), (Mention{18, 19}));
    QVERIFY(capped);

    // Exactly as many matches as the limit allows is not "more than" the limit.
    found = TextFinder::findAll(text, u"a", {}, 1000, &capped);
    QCOMPARE(found.size(), 1000);
    QVERIFY(!capped);

    QVERIFY(TextFinder::findAll(text, u"a", {}, 0, &capped).isEmpty());
}

void TestTextFinder::aRejectedWholeWordCandidateIsNotRescanned()
{
    // A naive search would try every one of the two million starts, comparing a thousand
    // characters each time (seconds); skipping the rest of the word makes it one pass.
    const QString text = QString(2'000'000, u'a') + u" "_qs + QString(1000, u'a');
    const QString needle(1000, u'a');
    QElapsedTimer timer;
    timer.start();
    const QList<Mention> found = TextFinder::findAll(text, needle, {false, true});
    QCOMPARE(found, (QList<Mention>{{2'000'001, 2'001'001}}));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"took %1 ms"_qs.arg(timer.elapsed())));
}

QTEST_APPLESS_MAIN(TestTextFinder)
#include "tst_textfinder.moc"
