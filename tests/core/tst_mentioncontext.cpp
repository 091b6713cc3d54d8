#include "core/document/articleloader.h"
#include "core/models/mentioncontextmodel.h"
#include "core/navigation/mentioncontext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestMentionContext : public QObject
{
    Q_OBJECT
private slots:
    void theSentenceAroundAMention_data();
    void theSentenceAroundAMention();
    void longSentencesAreCutWithAnEllipsis();
    void sharedParagraphsHoldEveryEntity();
    void distributionCountsMentionsPerSlice();
    void modelListsEveryMentionWithItsParagraph();
    void modelFetchesManyMentionsABatchAtATime();
};

static Article article(const QByteArray &text)
{
    return *ArticleLoader::fromBytes(text, u"t"_qs, u"t.txt"_qs).article;
}

void TestMentionContext::theSentenceAroundAMention_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<qint64>("paragraph");
    QTest::newRow("the middle sentence of a paragraph")
        << QByteArray("First one. Then Peskov spoke. Last one.") << u"Peskov"_qs
        << u"Then Peskov spoke."_qs << qint64(0);
    QTest::newRow("a mention at the very start")
        << QByteArray("Title\n\nPeskov spoke. More.") << u"Peskov"_qs << u"Peskov spoke."_qs
        << qint64(1);
    QTest::newRow("a sentence ending in a quotation")
        << QByteArray("He said \"Peskov is here.\" Then left.") << u"Peskov"_qs
        << u"He said \"Peskov is here.\""_qs << qint64(0);
}

void TestMentionContext::theSentenceAroundAMention()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, name);
    QFETCH(QString, sentence);
    QFETCH(qint64, paragraph);
    const Article a = article(text);
    const qsizetype start = a.text.indexOf(name);
    const auto line = MentionContext::lineFor(a, {start, start + name.size()});
    QCOMPARE(line.sentence, sentence);
    QCOMPARE(line.sentence.sliced(line.highlightStart, line.highlightEnd - line.highlightStart),
             name);
    QCOMPARE(line.paragraph, paragraph);
}

void TestMentionContext::longSentencesAreCutWithAnEllipsis()
{
    const QByteArray words = QByteArray("word ").repeated(200);
    const Article a = article(words + "Kyiv " + words + ".");
    const qsizetype start = a.text.indexOf(u"Kyiv");
    const auto line = MentionContext::lineFor(a, {start, start + 4});
    QVERIFY(line.sentence.startsWith(u'\u2026'));
    QVERIFY(line.sentence.endsWith(u'\u2026'));
    QVERIFY(line.sentence.size() < 400);
    QCOMPARE(line.sentence.sliced(line.highlightStart, 4), u"Kyiv"_qs);
}

void TestMentionContext::sharedParagraphsHoldEveryEntity()
{
    const Article a = article("Putin and Trump.\nPutin alone.\nTrump and Putin again.\nTrump.");
    auto mentionsOf = [&a](const QString &name) {
        QList<Mention> out;
        for (qsizetype i = a.text.indexOf(name); i >= 0; i = a.text.indexOf(name, i + 1))
            out.append({i, i + name.size()});
        return out;
    };
    QCOMPARE(MentionContext::sharedParagraphs(a, {mentionsOf(u"Putin"_qs), mentionsOf(u"Trump"_qs)}),
             (QList<qsizetype>{0, 2}));
    QCOMPARE(MentionContext::sharedParagraphs(a, {mentionsOf(u"Putin"_qs)}),
             (QList<qsizetype>{0, 1, 2}));
}

void TestMentionContext::distributionCountsMentionsPerSlice()
{
    const QList<Mention> mentions{{0, 1}, {5, 6}, {50, 51}, {99, 100}};
    QCOMPARE(MentionContext::distribution(mentions, 100, 4), (QList<int>{2, 0, 1, 1}));
    QCOMPARE(MentionContext::distribution({}, 0, 3), (QList<int>{0, 0, 0}));
}

void TestMentionContext::modelListsEveryMentionWithItsParagraph()
{
    const Article a = article("Kyiv first.\n\nThen Kyiv again. And Kyiv.");
    MentionContextModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(&a);
    QList<Mention> mentions;
    for (qsizetype i = a.text.indexOf(u"Kyiv"); i >= 0; i = a.text.indexOf(u"Kyiv", i + 1))
        mentions.append({i, i + 4});
    model.setMentions(mentions);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1).data().toString(), u"Then Kyiv again."_qs);
    QCOMPARE(model.index(1).data(MentionContextModel::ParagraphRole).toInt(), 2);
    QCOMPARE(model.index(2).data(MentionContextModel::HighlightStartRole).toInt(), 4);
    QCOMPARE(model.rowForPosition(mentions[2].start), 2);
    QCOMPARE(model.rowForPosition(1), -1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// 20,000 mentions must not mean 20,000 rows to lay out at once: the rows come a batch at a time,
// as a view scrolls to the end of them or a jump asks for one further down.
void TestMentionContext::modelFetchesManyMentionsABatchAtATime()
{
    QByteArray text;
    const int count = 1000;
    for (int i = 0; i < count; ++i)
        text += "Kyiv " + QByteArray::number(i) + " again.\n\n";
    const Article a = article(text);
    MentionContextModel model;
    // (QAbstractItemModelTester fetches more while it checks a reset, which would muddle counts.)
    model.setArticle(&a);
    QList<Mention> mentions;
    for (qsizetype i = a.text.indexOf(u"Kyiv"); i >= 0; i = a.text.indexOf(u"Kyiv", i + 1))
        mentions.append({i, i + 4});
    QCOMPARE(mentions.size(), count);
    model.setMentions(mentions);

    const int batch = MentionContextModel::BatchSize;
    QCOMPARE(model.rowCount(), batch);
    QCOMPARE(model.mentionCount(), count);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.index(batch).isValid());
    QCOMPARE(model.rowForPosition(mentions[900].start), 900); // known before it is fetched

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * batch);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), batch);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2 * batch - 1);

    model.ensureRowFetched(900);
    QVERIFY(model.rowCount() > 900);
    QCOMPARE(model.index(900).data().toString(), u"Kyiv 900 again."_qs);
    model.ensureRowFetched(count + 50); // past the end: all of them, no more
    QCOMPARE(model.rowCount(), count);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), count);

    // A new entity starts again at one batch.
    model.setMentions(mentions.first(10));
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_APPLESS_MAIN(TestMentionContext)
#include "tst_mentioncontext.moc"
