#include "articleloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestArticleLoader : public QObject
{
    Q_OBJECT
private slots:
    void builtinArticleIsShownExactlyAsWritten();
    void builtinTitleComesFromItsName();
    void paragraphsAreTheNonEmptyLines();
    void decoding_data();
    void decoding();
    void fileErrorsSayWhatIsWrong_data();
    void fileErrorsSayWhatIsWrong();
    void paragraphAtFindsTheParagraphOfAPosition();
};

void TestArticleLoader::builtinArticleIsShownExactlyAsWritten()
{
    const LoadResult r = ArticleLoader::loadBuiltin();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QFile original(QStringLiteral(":/articles/ceasefire-talks.txt"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(r.article->text, QString::fromUtf8(original.readAll()));
    QCOMPARE(r.article->source, QStringLiteral("builtin:ceasefire-talks"));
    QVERIFY(r.article->text.startsWith(u"US officers are headed to Russia"));
    QVERIFY(r.article->text.contains(u"Russia\u2019s Kursk"));
}

void TestArticleLoader::builtinTitleComesFromItsName()
{
    // Its first line is a sentence, not a headline, so the title comes from the name.
    QCOMPARE(ArticleLoader::loadBuiltin().article->title, QStringLiteral("Ceasefire talks"));
    const auto headline = ArticleLoader::fromBytes("Talks in Jeddah\n\nBody text here.\n",
                                                   QStringLiteral("x"), QStringLiteral("x.txt"));
    QCOMPARE(headline.article->title, QStringLiteral("Talks in Jeddah"));
}

void TestArticleLoader::paragraphsAreTheNonEmptyLines()
{
    const auto r = ArticleLoader::fromBytes("One.\n\n  \nTwo.\r\nThree.", QStringLiteral("x"),
                                            QStringLiteral("x.txt"));
    QVERIFY(r.ok());
    const auto &p = r.article->paragraphs;
    QCOMPARE(p.size(), 3);
    QCOMPARE(r.article->text.sliced(p[0].start, p[0].end - p[0].start), QStringLiteral("One."));
    QCOMPARE(r.article->text.sliced(p[1].start, p[1].end - p[1].start), QStringLiteral("Two."));
    QCOMPARE(r.article->text.sliced(p[2].start, p[2].end - p[2].start), QStringLiteral("Three."));
    QCOMPARE(ArticleLoader::loadBuiltin().article->paragraphs.size(), 28);
}

void TestArticleLoader::decoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("utf-8 is read as is")
        << QByteArray("Micheál Martin") << u"Micheál Martin"_qs << QString();
    QTest::newRow("a byte order mark is dropped")
        << QByteArray("\xEF\xBB\xBFKyiv") << u"Kyiv"_qs << QString();
    QTest::newRow("an empty file is an empty article") << QByteArray() << QString() << QString();
    QTest::newRow("a NUL byte means binary data")
        << QByteArray("abc\0def", 7) << QString() << u"binary data at byte 3"_qs;
    QTest::newRow("latin-1 is not valid utf-8")
        << QByteArray("Mich\xE9l") << QString() << u"first bad byte at 4"_qs;
    QTest::newRow("a truncated sequence at the end")
        << QByteArray("ab\xE2\x80") << QString() << u"first bad byte at 2"_qs;
    QTest::newRow("an encoded surrogate is refused")
        << QByteArray("\xED\xA0\x80") << QString() << u"first bad byte at 0"_qs;
}

void TestArticleLoader::decoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, error);
    const auto r = ArticleLoader::fromBytes(bytes, QStringLiteral("test"), QStringLiteral("t.txt"));
    if (error.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->text, text);
    } else {
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
    }
}

void TestArticleLoader::fileErrorsSayWhatIsWrong_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("a missing file") << u"missing"_qs << u"no such file"_qs;
    QTest::newRow("a folder") << u"folder"_qs << u"it is a folder"_qs;
    QTest::newRow("a file over the size limit") << u"huge"_qs << u"larger than"_qs;
    QTest::newRow("a binary file") << u"binary"_qs << u"not a text file"_qs;
}

void TestArticleLoader::fileErrorsSayWhatIsWrong()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(what);
    if (what == u"folder") {
        QVERIFY(QDir(dir.path()).mkdir(what));
    } else if (what == u"huge") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ArticleLoader::MaxBytes + 1)); // sparse: costs no disk
    } else if (what == u"binary") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    }
    const auto r = ArticleLoader::loadFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void TestArticleLoader::paragraphAtFindsTheParagraphOfAPosition()
{
    const auto r = ArticleLoader::fromBytes("One.\n\nTwo.", QStringLiteral("x"),
                                            QStringLiteral("x"));
    QCOMPARE(r.article->paragraphAt(0), 0);
    QCOMPARE(r.article->paragraphAt(3), 0);
    QCOMPARE(r.article->paragraphAt(5), -1); // the empty line between
    QCOMPARE(r.article->paragraphAt(7), 1);
}

QTEST_APPLESS_MAIN(TestArticleLoader)
#include "tst_articleloader.moc"
