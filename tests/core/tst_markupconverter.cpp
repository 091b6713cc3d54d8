#include "core/document/markupconverter.h"

#include <QElapsedTimer>
#include <QTest>

class TestMarkupConverter : public QObject
{
    Q_OBJECT
private slots:
    void html_data();
    void html();
    void htmlHeadingsAndListItemsAreMarked();
    void markdown_data();
    void markdown();
    void pathologicalInputStaysLinear_data();
    void pathologicalInputStaysLinear();
};

void TestMarkupConverter::html_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("scripts, styles and frames are not text")
        << u"<style>p{}</style><p>Kyiv</p><script>var x='<p>no</p>';</script><iframe "
           "src='http://127.0.0.1:9/'>frame</iframe><noscript>n</noscript>"_qs
        << u"Kyiv"_qs;
    QTest::newRow("images and remote references leave no trace")
        << u"<p>A<img src='file:///etc/passwd' alt='secret'>B</p><link href='http://x/'>"_qs
        << u"AB"_qs;
    QTest::newRow("entities are decoded")
        << u"<p>Putin&rsquo;s &ldquo;plan&rdquo; &amp; &#x1F600; &#8212; &bogus; &</p>"_qs
        << u"Putin\u2019s \u201cplan\u201d & \U0001F600 \u2014 &bogus; &"_qs;
    QTest::newRow("whitespace collapses and blocks make paragraphs")
        << u"<div>  One\n  two </div><div><span>Three</span></div>"_qs << u"One two\nThree"_qs;
    QTest::newRow("comments and attributes with > are skipped")
        << u"<!-- <p>hidden</p> --><p title='a>b'>Shown</p>"_qs << u"Shown"_qs;
    QTest::newRow("preformatted text keeps its lines")
        << u"<pre>line one\nline  two</pre>"_qs << u"line one\nline  two"_qs;
    QTest::newRow("a lone less-than sign is text") << u"<p>1 < 2</p>"_qs << u"1 < 2"_qs;
    QTest::newRow("an unclosed script hides the rest, not more")
        << u"<p>Before</p><script>never closed"_qs << u"Before"_qs;
}

void TestMarkupConverter::html()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(MarkupConverter::fromHtml(html).text, text);
}

void TestMarkupConverter::htmlHeadingsAndListItemsAreMarked()
{
    const auto r = MarkupConverter::fromHtml(u"<h2>Sub</h2><ul><li>Kyiv</li><li>Odesa</li></ul>");
    QCOMPARE(r.paragraphs.size(), 3);
    QCOMPARE(r.paragraphs[0].heading, 2);
    QVERIFY(r.paragraphs[1].listItem && r.paragraphs[2].listItem);
    QCOMPARE(r.text.sliced(r.paragraphs[2].start, r.paragraphs[2].end - r.paragraphs[2].start),
             u"Odesa"_qs);
}

void TestMarkupConverter::markdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::newRow("emphasis markers go, words stay")
        << u"**Vladimir** *Putin* met __Donald__ _Trump_ in snake_case_town."_qs
        << u"Vladimir Putin met Donald Trump in snake_case_town."_qs;
    QTest::newRow("links and images keep their text")
        << u"[Peskov](https://kremlin.ru) and ![map of Kursk](kursk.png)"_qs
        << u"Peskov and map of Kursk"_qs;
    QTest::newRow("lines of a paragraph join") << u"One line\nand the next.\n\nNew paragraph."_qs
                                               << u"One line and the next.\nNew paragraph."_qs;
    QTest::newRow("setext and atx headings")
        << u"Title\n=====\n\n## Section ##\nBody"_qs << u"Title\nSection\nBody"_qs;
    QTest::newRow("code blocks are kept verbatim")
        << u"```\nx = 1\n```\nAfter"_qs << u"x = 1\nAfter"_qs;
    QTest::newRow("block quotes and rules")
        << u"> > quoted Kyiv\n\n---\n\nend"_qs << u"quoted Kyiv\nend"_qs;
    QTest::newRow("reference definitions are not text")
        << u"See [Odesa][1].\n\n[1]: http://example.org"_qs << u"See Odesa."_qs;
}

void TestMarkupConverter::markdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkupConverter::fromMarkdown(markdown).text, text);
}

void TestMarkupConverter::pathologicalInputStaysLinear_data()
{
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("input");
    QTest::newRow("100,000 nested divs") << true << (u"<div>"_qs.repeated(100000) + u"deep"_qs);
    QTest::newRow("100,000 links") << true << u"<a href='http://x/'>Kyiv</a> "_qs.repeated(100000);
    QTest::newRow("100,000 open brackets") << false << u"["_qs.repeated(100000);
    QTest::newRow("deeply nested quotes and emphasis")
        << false << (u">"_qs.repeated(50000) + u"*"_qs.repeated(50000) + u" x"_qs);
}

void TestMarkupConverter::pathologicalInputStaysLinear()
{
    QFETCH(bool, html);
    QFETCH(QString, input);
    QElapsedTimer timer;
    timer.start();
    const auto r = html ? MarkupConverter::fromHtml(input) : MarkupConverter::fromMarkdown(input);
    // Generous: linear work on a few megabytes takes milliseconds; quadratic would take minutes.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(r.text.size() <= input.size());
}

QTEST_APPLESS_MAIN(TestMarkupConverter)
#include "tst_markupconverter.moc"
