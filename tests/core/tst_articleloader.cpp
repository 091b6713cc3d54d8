#include "core/document/articleloader.h"
#include "core/entities/entitylist.h"
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"

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
    void markupIsConvertedToReadingText_data();
    void markupIsConvertedToReadingText();
    void fileErrorsSayWhatIsWrong_data();
    void fileErrorsSayWhatIsWrong();
    void paragraphAtFindsTheParagraphOfAPosition();
    void displayTextKeepsEveryPosition();
    void displayTextBreaksEveryLongLine_data();
    void displayTextBreaksEveryLongLine();
    void hardWrappedTextIsReflowedIntoParagraphs_data();
    void hardWrappedTextIsReflowedIntoParagraphs();
    void reflowedNamesAreFoundWhole();
};

namespace {

const QStringList Paragraphs{
    u"Secretary-General Antonio Guterres told the United Nations General Assembly in New York "
    "on Tuesday that the ceasefire talks in Jeddah had reached a decisive stage, and that "
    "both delegations had agreed to meet again before the end of the month."_qs,
    u"Foreign ministers from the European Union welcomed the statement, while officials in "
    "Kyiv said they would study the proposal carefully before giving an answer to the United "
    "Nations envoy, who is expected to travel to the region next week."_qs,
    u"The talks were held behind closed doors at a hotel near the Red Sea coast, and neither "
    "side gave details of the maps that were discussed during the nine hours of meetings."_qs};

// Greedy wrapping at `width`, as an editor or a mail program does.
QString wrapped(const QString &paragraph, qsizetype width, const QString &newline)
{
    QString out;
    qsizetype line = 0;
    for (const QString &word : paragraph.split(u' ')) {
        if (line > 0 && line + 1 + word.size() > width) {
            out += newline;
            line = 0;
        } else if (line > 0) {
            out += u' ';
            ++line;
        }
        out += word;
        line += word.size();
    }
    return out;
}

QString wrappedArticle(qsizetype width, const QString &newline)
{
    QStringList blocks;
    for (const QString &p : Paragraphs)
        blocks.append(wrapped(p, width, newline));
    return blocks.join(newline + newline) + newline;
}

} // namespace

void TestArticleLoader::hardWrappedTextIsReflowedIntoParagraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("paragraphs");
    QTest::addColumn<bool>("reflowed");
    QTest::newRow("wrapped at 72 columns, paragraphs split by blank lines, is reflowed")
        << wrappedArticle(72, u"\n"_qs) << 3 << true;
    QTest::newRow("wrapped at 60 columns with CRLF line ends is reflowed")
        << wrappedArticle(60, u"\r\n"_qs) << 3 << true;
    QTest::newRow("wrapped at 40 columns is reflowed: no width is assumed")
        << wrappedArticle(40, u"\n"_qs) << 3 << true;
    QTest::newRow("a headline and a byline above wrapped paragraphs keep their own lines")
        << u"Talks in Jeddah\nBy a correspondent\n\n"_qs + wrappedArticle(72, u"\n"_qs) << 5
        << true;
    QTest::newRow("a list inside wrapped text keeps its items")
        << wrappedArticle(72, u"\n"_qs)
               + u"\n- the first point of the agreement, on prisoners\n- the second point\n"_qs
        << 5 << true;
    QTest::newRow("one paragraph a line stays as it is")
        << Paragraphs.join(u'\n') + u'\n' << 3 << false;
    QTest::newRow("one paragraph a line between blank lines stays as it is")
        << Paragraphs.join(u"\n\n"_qs) << 3 << false;
    QTest::newRow("short lines (an address) stay as they are")
        << u"United Nations\n405 East 42nd Street\nNew York\n\nDear Sir,\nThank you.\n"_qs << 5
        << false;
}

void TestArticleLoader::hardWrappedTextIsReflowedIntoParagraphs()
{
    QFETCH(QString, text);
    QFETCH(int, paragraphs);
    QFETCH(bool, reflowed);
    const LoadResult r = ArticleLoader::fromBytes(text.toUtf8(), u"a.txt"_qs, u"a.txt"_qs);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Article &a = *r.article;
    // Every position stays where it was: a line break became a space, one for one.
    QCOMPARE(a.text.size(), text.size());
    QCOMPARE(a.paragraphs.size(), paragraphs);
    QCOMPARE(a.note.contains(u"Hard-wrapped lines were joined into paragraphs."_qs), reflowed);
    if (!reflowed) {
        QCOMPARE(a.text, text);
        return;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (a.text[i] != text[i])
            QVERIFY(a.text[i] == u' ' && (text[i] == u'\n' || text[i] == u'\r'));
    }
    // The three paragraphs of prose are whole, their words apart by a space or two.
    const Article::Paragraph &last = a.paragraphs.constLast();
    const QString shown = a.text.sliced(last.start, last.end - last.start).simplified();
    QVERIFY2(Paragraphs.contains(shown) || shown.startsWith(u"- "), qPrintable(shown));
    QVERIFY(a.text.simplified().contains(Paragraphs[1]));
}

void TestArticleLoader::reflowedNamesAreFoundWhole()
{
    // "United" ends a line and "Nations" starts the next at 60 columns.
    const QString text = wrappedArticle(60, u"\n"_qs);
    QVERIFY(text.contains(u"United\nNations"_qs));
    const LoadResult r = ArticleLoader::fromBytes(text.toUtf8(), u"a.txt"_qs, u"a.txt"_qs);
    const EntityList list = EntityExtractor(Knowledge::load()).extract(r.article->text);
    const qsizetype nations = text.indexOf(u"United\nNations"_qs) + 7;
    const Entity *un = list.entityAt(nations);
    QVERIFY(un);
    QCOMPARE(un->name, u"United Nations"_qs);
    QVERIFY(un->mentions.contains(Mention{nations - 7, nations + 7}));
    QVERIFY(!list.findByName(u"United"_qs) || list.findByName(u"United"_qs) == un);
}

void TestArticleLoader::displayTextKeepsEveryPosition()
{
    const QString text = u"One\r\nTwo\rThree\uFDD0"_qs;
    const QString shown = Article::displayText(text);
    QCOMPARE(shown.size(), text.size());
    QCOMPARE(shown, u"One \nTwo\nThree\uFFFD"_qs);
}

void TestArticleLoader::displayTextBreaksEveryLongLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("changed"); // characters shown as a break; -1: any
    const QString words = u"the talks went on "_qs.repeated(20000);
    QTest::newRow("a long line of words breaks at spaces, nothing lost") << words << -1;
    QTest::newRow("a line joined by no-break spaces breaks at them")
        << u"Kyiv\u00a0talks\u00a0"_qs.repeated(30000) << -1;
    QTest::newRow("a line of CJK text breaks at its punctuation")
        << QString(u"\u4e2d\u6587"_qs.repeated(20) + u"\u3002"_qs).repeated(6000) << -1;
    QTest::newRow("a line of letters with nowhere to break still breaks")
        << u"a"_qs.repeated(1000000) << -1;
    QTest::newRow("a line of characters outside the bmp never splits a pair")
        << u"\U0001D400"_qs.repeated(100000) << -1;
    QTest::newRow("a short line stays as it is") << u"Kyiv and Odesa."_qs << 0;
}

void TestArticleLoader::displayTextBreaksEveryLongLine()
{
    QFETCH(QString, text);
    QFETCH(int, changed);
    const QString shown = Article::displayText(text);
    QCOMPARE(shown.size(), text.size());
    qsizetype line = 0, longest = 0, breaks = 0, run = 0, longestRun = 0;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown[i] != text[i]) {
            // A break, or the zero-width space that takes the second half of a pair.
            QVERIFY(shown[i] == u'\n' || (shown[i] == u'\u200b' && shown[i - 1] == u'\n'));
            QVERIFY(!text[i].isSurrogate() || text[i].isHighSurrogate() == (shown[i] == u'\n'));
            breaks += shown[i] == u'\n';
        }
        line = shown[i] == u'\n' ? 0 : line + 1;
        longest = std::max(longest, line);
        run = shown[i].isSpace() ? 0 : run + 1;
        longestRun = std::max(longestRun, run);
    }
    // Lines of words break at their spaces past 10,000; runs without any past 2,000.
    QVERIFY2(longest <= 12000, qPrintable(QString::number(longest)));
    QVERIFY2(longestRun <= 2501, qPrintable(QString::number(longestRun)));
    QCOMPARE(breaks > 0, text.size() > 12000);
    if (changed >= 0)
        QCOMPARE(breaks, changed);
    // What breaks where a space or punctuation was loses no letter.
    if (text.contains(u' ') || text.contains(u'\u00a0') || text.contains(u'\u3002'))
        for (qsizetype i = 0; i < shown.size(); ++i)
            QVERIFY(shown[i] == text[i] || !(text[i].isLetterOrNumber()));
}

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
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("error");
    QTest::newRow("utf-8 is read as is")
        << QByteArray("Micheál Martin") << u"Micheál Martin"_qs << QString() << QString();
    QTest::newRow("a byte order mark is dropped")
        << QByteArray("\xEF\xBB\xBFKyiv") << u"Kyiv"_qs << QString() << QString();
    QTest::newRow("an empty file is an empty article")
        << QByteArray() << QString() << QString() << QString();
    QTest::newRow("utf-16 little-endian with its byte order mark")
        << QByteArray("\xFF\xFEK\0y\0i\0v\0", 10) << u"Kyiv"_qs << u"UTF-16 (little"_qs
        << QString();
    QTest::newRow("utf-16 big-endian with its byte order mark")
        << QByteArray("\xFE\xFF\0K\0y\0i\0v", 10) << u"Kyiv"_qs << u"UTF-16 (big"_qs << QString();
    QTest::newRow("latin-1 text is read as latin-1 and says so")
        << QByteArray("Mich\xE9l Martin") << u"Michél Martin"_qs << u"read as Latin-1"_qs
        << QString();
    QTest::newRow("a NUL byte means binary data")
        << QByteArray("abc\0def", 7) << QString() << QString() << u"binary data at byte 3"_qs;
    QTest::newRow("control bytes without NUL are binary data too")
        << QByteArray("ab\x01\x02\x03\x04\xff\xfe\x05") << QString() << QString()
        << u"binary data at byte 2"_qs;
}

void TestArticleLoader::decoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, note);
    QFETCH(QString, error);
    const auto r = ArticleLoader::fromBytes(bytes, QStringLiteral("test"), QStringLiteral("t.txt"));
    if (error.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->text, text);
        if (note.isEmpty())
            QVERIFY(r.article->note.isEmpty());
        else
            QVERIFY2(r.article->note.contains(note), qPrintable(r.article->note));
    } else {
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
    }
}

void TestArticleLoader::markupIsConvertedToReadingText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::newRow("html by its suffix")
        << u"a.html"_qs
        << QByteArray("<html><head><title>Talks</title><script>alert(1)</script></head>"
                      "<body><h1>Talks in Jeddah</h1><p>Putin &amp; Trump met.</p></body></html>")
        << u"Talks in Jeddah\nPutin & Trump met."_qs << u"Talks"_qs;
    QTest::newRow("html sniffed from standard input")
        << u"stdin"_qs << QByteArray("<!DOCTYPE html><p>One</p><p>Two</p>") << u"One\nTwo"_qs
        << u"One"_qs;
    QTest::newRow("markdown by its suffix")
        << u"a.md"_qs
        << QByteArray("# Ceasefire talks\n\nPresident **Donald Trump** met [Putin](http://x).\n\n"
                      "- Kyiv\n- Odesa\n")
        << u"Ceasefire talks\nPresident Donald Trump met Putin.\nKyiv\nOdesa"_qs
        << u"Ceasefire talks"_qs;
}

void TestArticleLoader::markupIsConvertedToReadingText()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, title);
    const auto r = ArticleLoader::fromBytes(bytes, name, name);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article->text, text);
    QCOMPARE(r.article->title, title);
    QVERIFY(r.article->format != Article::Format::PlainText);
    QVERIFY(!r.article->note.isEmpty());
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
