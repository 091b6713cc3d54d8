#include "core/extraction/tokenizer.h"

#include <QTest>

class TestTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void words_data();
    void words();
    void possessivesAreMarkedNotIncluded();
    void sentenceStarts();
    void hyphenatedModifiersAreMarked();
};

static QStringList words(const QString &text)
{
    QStringList out;
    for (const Token &t : Tokenizer::tokenize(text))
        out.append(text.sliced(t.start, t.end - t.start));
    return out;
}

void TestTokenizer::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("dotted abbreviations stay whole")
        << u"the U.S. and U.N. said"_qs
        << QStringList{u"the"_qs, u"U.S."_qs, u"and"_qs, u"U.N."_qs, u"said"_qs};
    QTest::newRow("hyphenated and apostrophe names stay whole")
        << u"Vice-President O'Brien"_qs << QStringList{u"Vice-President"_qs, u"O'Brien"_qs};
    QTest::newRow("accented letters are letters")
        << u"Micheál Martin"_qs << QStringList{u"Micheál"_qs, u"Martin"_qs};
    QTest::newRow("curly possessive is cut off")
        << u"Russia\u2019s Kursk"_qs << QStringList{u"Russia"_qs, u"Kursk"_qs};
    QTest::newRow("straight possessive is cut off")
        << u"Russia's Kursk"_qs << QStringList{u"Russia"_qs, u"Kursk"_qs};
    QTest::newRow("a period ends a word") << u"in Kyiv."_qs << QStringList{u"in"_qs, u"Kyiv"_qs};
}

void TestTokenizer::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(::words(text), tokens);
}

void TestTokenizer::possessivesAreMarkedNotIncluded()
{
    const auto tokens = Tokenizer::tokenize(u"Ukraine\u2019s army and the Philippines' capital");
    QCOMPARE(tokens.size(), 6);
    QVERIFY(tokens[0].possessive);
    QVERIFY(!tokens[1].possessive);
    QVERIFY(tokens[4].possessive);
    QVERIFY(!tokens[1].joinedToPrevious); // a possessive ends a name
}

void TestTokenizer::sentenceStarts()
{
    const QString text = u"Earlier, Mr. Bush spoke. Then “However it went” he said.\nNext"_qs;
    const auto tokens = Tokenizer::tokenize(text);
    QStringList starts;
    for (const auto &t : tokens) {
        if (t.sentenceStart)
            starts.append(text.sliced(t.start, t.end - t.start));
    }
    QCOMPARE(starts, (QStringList{u"Earlier"_qs, u"Then"_qs, u"However"_qs, u"Next"_qs}));
    QVERIFY(tokens[2].joinedToPrevious); // "Mr. Bush"
}

void TestTokenizer::hyphenatedModifiersAreMarked()
{
    const auto tokens = Tokenizer::tokenize(u"a U.S.-led force and Washington-based group");
    QVERIFY(tokens[1].hyphenModifier);
    QVERIFY(tokens[4].hyphenModifier);
    QVERIFY(!Tokenizer::tokenize(u"Vice-President Vance")[0].hyphenModifier);
}

QTEST_APPLESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
