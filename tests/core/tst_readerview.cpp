// The reader view's rules, one crafted page each: what is kept, what is dropped, what the page
// says of itself, and how HTML5's character references and hostile nesting read.
#include "core/document/articleloader.h"
#include "core/web/htmlparser.h"
#include "core/web/readerview.h"

#include <QElapsedTimer>
#include <QTest>

namespace {

// Paragraphs that read as an article: long, with commas and full stops, more than the 500
// characters under which the reader view tries again with fewer rules.
QString articleBody()
{
    return u"<p>Delegations from eleven countries arrived in Geneva on Sunday evening, and the "
           "hosts said that the rooms, the interpreters and the security were ready.</p><p>The "
           "talks in Geneva resumed on Monday, after a pause of three weeks, and the "
           "delegations said that progress, however slow, was being made on the main points.</p>"
           "<p>Negotiators from both sides met for six hours, according to officials, and agreed "
           "to meet again on Thursday, when the question of the border will be discussed.</p>"
           "<p>Observers noted that the mood was calmer than in March, when the last round ended "
           "without a statement, and that the mediators had prepared a new draft.</p>"_qs;
}

QString page(const QString &head, const QString &body)
{
    return u"<!DOCTYPE html><html><head>"_qs + head + u"</head><body>"_qs + body
           + u"</body></html>"_qs;
}

ReaderView::Result read(const QString &html)
{
    return ReaderView::extract(HtmlParser::parse(html.toUtf8()));
}

} // namespace

class TestReaderView : public QObject
{
    Q_OBJECT
private slots:
    void boilerplateIsDropped_data();
    void boilerplateIsDropped();
    void blocksKeepTheirKindAndOrder();
    void metadataComesFromEachSource_data();
    void metadataComesFromEachSource();
    void rightToLeftPagesReadRightToLeft();
    void characterReferencesDecodeAsHtml5Does_data();
    void characterReferencesDecodeAsHtml5Does();
    void aPageWithoutAnArticleOpensWholeWithANote();
    void theWholePageStaysAvailable();
    void readerViewCountsTheWordsItKept();
    void hostileNestingStaysLinear_data();
    void hostileNestingStaysLinear();
};

void TestReaderView::boilerplateIsDropped_data()
{
    QTest::addColumn<QString>("boilerplate");
    QTest::addColumn<QString>("absent");
    QTest::newRow("navigation is dropped")
        << u"<nav><a href='/'>Home</a> <a href='/world'>World news</a></nav>"_qs
        << u"World news"_qs;
    QTest::newRow("a cookie banner is dropped")
        << u"<div class='cookie-banner'><p>We use cookies to improve your experience, and "
           "by browsing you accept them.</p></div>"_qs
        << u"cookies"_qs;
    QTest::newRow("a share bar is dropped")
        << u"<div class='share-tools'><a href='#'>Share on Facebook</a></div>"_qs << u"Facebook"_qs;
    QTest::newRow("a related list is dropped")
        << u"<ul class='related-links'><li><a href='/a'>Another story about talks</a></li></ul>"_qs
        << u"Another story"_qs;
    QTest::newRow("comments are dropped")
        << u"<section id='comments'><p>Great article, thanks, I agree with every word of "
           "it, really.</p></section>"_qs
        << u"Great article"_qs;
    QTest::newRow("a sponsor box is dropped")
        << u"<div class='sponsor'><p>Buy the new phone today, now with a better camera.</p></div>"_qs
        << u"phone"_qs;
    QTest::newRow("a newsletter box is dropped")
        << u"<div class='newsletter-signup'><p>Sign up for our daily briefing, every "
           "morning.</p></div>"_qs
        << u"briefing"_qs;
    QTest::newRow("a footer is dropped")
        << u"<footer><p>Copyright 2024 The Paper, all rights reserved.</p></footer>"_qs
        << u"Copyright"_qs;
    QTest::newRow("an element with the hidden attribute is dropped")
        << u"<p hidden>This paragraph is hidden from readers, and it stays hidden.</p>"_qs
        << u"hidden from readers"_qs;
    QTest::newRow("an aria-hidden element is dropped")
        << u"<p aria-hidden='true'>Screen readers skip this, and so does the reader.</p>"_qs
        << u"Screen readers"_qs;
    QTest::newRow("display none is dropped")
        << u"<p style='color: red; display : none'>Invisible text, never shown to anyone.</p>"_qs
        << u"Invisible"_qs;
    QTest::newRow("visibility hidden is dropped")
        << u"<p style='visibility:hidden'>Text that takes room but is not seen, at all.</p>"_qs
        << u"takes room"_qs;
    QTest::newRow("a dialog role is dropped")
        << u"<div role='dialog'><p>Subscribe now and save half, this week only.</p></div>"_qs
        << u"Subscribe"_qs;
    QTest::newRow("scripts and styles are never text")
        << u"<script>var talks = 'Geneva secret';</script><style>p{}</style>"_qs << u"secret"_qs;
}

void TestReaderView::boilerplateIsDropped()
{
    QFETCH(QString, boilerplate);
    QFETCH(QString, absent);
    const QString html = page(u"<title>Talks resume</title>"_qs,
                              boilerplate + u"<article>"_qs + articleBody() + boilerplate
                                  + u"</article>"_qs + boilerplate);
    const ReaderView::Result r = read(html);
    QVERIFY(r.articleFound);
    QVERIFY2(r.text.contains(u"The talks in Geneva resumed"), qPrintable(r.text));
    QVERIFY2(r.text.contains(u"a new draft."), qPrintable(r.text));
    QVERIFY2(!r.text.contains(absent), qPrintable(r.text));
}

void TestReaderView::blocksKeepTheirKindAndOrder()
{
    const QString html = page(
        u"<title>Talks resume</title>"_qs,
        u"<article>"_qs + articleBody()
            + u"<h2>What comes next</h2><ul><li>A vote on Thursday, in the assembly.</li>"
              "<li>A statement on Friday.</li></ul><blockquote><p>We are close, closer than "
              "ever.</p></blockquote><figure><img src='x.png'><figcaption>The delegations in "
              "Geneva.</figcaption></figure><table><tr><td>Round</td><td>Date</td></tr></table>"_qs
            + articleBody() + u"</article>"_qs);
    const ReaderView::Result r = read(html);
    const auto blockOf = [&](const QString &text) {
        for (const Article::Paragraph &p : r.paragraphs) {
            if (r.text.sliced(p.start, p.end - p.start) == text)
                return p;
        }
        return Article::Paragraph{-1, -1};
    };
    QCOMPARE(blockOf(u"What comes next"_qs).kind, Article::BlockKind::Heading);
    QCOMPARE(blockOf(u"What comes next"_qs).heading, 2);
    QCOMPARE(blockOf(u"A statement on Friday."_qs).kind, Article::BlockKind::ListItem);
    QVERIFY(blockOf(u"A statement on Friday."_qs).listItem);
    QCOMPARE(blockOf(u"We are close, closer than ever."_qs).kind, Article::BlockKind::Quote);
    QCOMPARE(blockOf(u"The delegations in Geneva."_qs).kind, Article::BlockKind::Caption);
    QCOMPARE(blockOf(u"Round"_qs).kind, Article::BlockKind::TableCell);
    QVERIFY(r.text.indexOf(u"What comes next") < r.text.indexOf(u"A statement on Friday"));
    QVERIFY(r.text.indexOf(u"Round") < r.text.lastIndexOf(u"The talks in Geneva"));
}

void TestReaderView::metadataComesFromEachSource_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("body"); // before the article
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("published");
    QTest::newRow("JSON-LD gives headline, authors, publisher and date")
        << u"<title>Talks resume | The Paper</title><script type='application/ld+json'>"
           "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"
           "\"Talks resume in Geneva\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
           "{\"name\":\"Ali Khan\"}],\"publisher\":{\"name\":\"The Paper\"},\"datePublished\":"
           "\"2024-03-05T10:00:00Z\"}</script>"_qs
        << QString() << u"Talks resume in Geneva"_qs << u"Jane Doe, Ali Khan"_qs << u"The Paper"_qs
        << u"2024-03-05T10:00:00Z"_qs;
    QTest::newRow("JSON-LD in a graph is found")
        << u"<script type='application/ld+json'>{\"@context\":\"http://schema.org\",\"@graph\":"
           "[{\"@type\":\"WebSite\",\"name\":\"The Paper\"},{\"@type\":\"Article\",\"headline\":"
           "\"Talks resume\",\"datePublished\":\"2024-03-05\"}]}</script>"_qs
        << QString() << u"Talks resume"_qs << QString() << QString() << u"2024-03-05"_qs;
    QTest::newRow("Open Graph gives title, site and date")
        << u"<title>Home</title><meta property='og:title' content='Talks resume in Geneva'>"
           "<meta property='og:site_name' content='The Paper'><meta property="
           "'article:published_time' content='2024-03-05'>"_qs
        << QString() << u"Talks resume in Geneva"_qs << QString() << u"The Paper"_qs
        << u"2024-03-05"_qs;
    QTest::newRow("meta author gives the byline")
        << u"<title>Talks resume in Geneva</title><meta name='author' content='Jane Doe'>"_qs
        << QString() << u"Talks resume in Geneva"_qs << u"Jane Doe"_qs << QString() << QString();
    QTest::newRow("a byline element gives the byline when the metadata has none")
        << u"<title>Talks resume in Geneva</title>"_qs << u"<p class='byline'>By Jane Doe</p>"_qs
        << u"Talks resume in Geneva"_qs << u"By Jane Doe"_qs << QString() << QString();
    QTest::newRow("time datetime gives the date")
        << u"<title>Talks resume in Geneva</title>"_qs
        << u"<time datetime='2024-03-05T09:30'>5 March</time>"_qs << u"Talks resume in Geneva"_qs
        << QString() << QString() << u"2024-03-05T09:30"_qs;
    QTest::newRow("the title loses its site suffix")
        << u"<title>Talks resume after three weeks | The Paper</title>"_qs << QString()
        << u"Talks resume after three weeks"_qs << QString() << QString() << QString();
    QTest::newRow("the title loses a site prefix when what comes before is too short")
        << u"<title>The Paper - Talks resume in Geneva today</title>"_qs << QString()
        << u"Talks resume in Geneva today"_qs << QString() << QString() << QString();
    QTest::newRow("a short title keeps its separator")
        << u"<title>Talks - Geneva</title>"_qs << QString() << u"Talks - Geneva"_qs << QString()
        << QString() << QString();
}

void TestReaderView::metadataComesFromEachSource()
{
    QFETCH(QString, head);
    QFETCH(QString, body);
    QFETCH(QString, title);
    QFETCH(QString, byline);
    QFETCH(QString, site);
    QFETCH(QString, published);
    const ReaderView::Result r = read(
        page(head, body + u"<article>"_qs + articleBody() + u"</article>"_qs));
    QCOMPARE(r.metadata.title, title);
    QCOMPARE(r.metadata.byline, byline);
    QCOMPARE(r.metadata.site, site);
    QCOMPARE(r.metadata.published, published);
    QVERIFY(!r.text.contains(u"By Jane Doe"));
}

void TestReaderView::rightToLeftPagesReadRightToLeft()
{
    const QString arabic = u"<p>\u0627\u0633\u062a\u0623\u0646\u0641\u062a \u0627\u0644\u0645"
                           "\u062d\u0627\u062f\u062b\u0627\u062a \u0641\u064a \u062c\u0646\u064a"
                           "\u0641\u060c \u0648\u0642\u0627\u0644 \u0627\u0644\u0648\u0641\u062f "
                           "\u0625\u0646 \u0627\u0644\u062a\u0642\u062f\u0645 \u0628\u0637\u064a"
                           "\u0621\u060c \u0644\u0643\u0646\u0647 \u062d\u0642\u064a\u0642\u064a"
                           ".</p>"_qs.repeated(4);
    const LoadResult r = ArticleLoader::fromBytes(
        u"<!DOCTYPE html><html lang='ar' dir='rtl'><head><title>x</title></head><body><article>"_qs
            .append(arabic)
            .append(u"</article></body></html>"_qs)
            .toUtf8(),
        u"rtl.html"_qs, u"rtl.html"_qs);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article->direction, Qt::RightToLeft);
    QCOMPARE(r.article->language, u"ar"_qs);
    // Without a dir attribute, the script says it.
    const LoadResult bare = ArticleLoader::fromBytes((u"<html><body><article>"_qs + arabic
                                                      + u"</article></body></html>"_qs)
                                                         .toUtf8(),
                                                     u"rtl.html"_qs, u"rtl.html"_qs);
    QCOMPARE(bare.article->direction, Qt::RightToLeft);
}

void TestReaderView::characterReferencesDecodeAsHtml5Does_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("rsaquo and other named references decode")
        << u"Home &rsaquo; World &bigstar; &NotNestedGreaterGreater; &amp;"_qs
        << u"Home \u203a World \u2605 \u2aa2\u0338 &"_qs;
    QTest::newRow("windows-1252 numeric quirks decode as browsers do")
        << u"&#150; &#147;quoted&#148; &#x80;"_qs << u"\u2013 \u201cquoted\u201d \u20ac"_qs;
    QTest::newRow("legacy references without a semicolon decode in text")
        << u"&copy 2024 &ampersand"_qs << u"\u00a9 2024 &ersand"_qs;
    QTest::newRow("unknown and broken references stay as written")
        << u"&bogus; &#; &#xZZ; a&b"_qs << u"&bogus; &#; &#xZZ; a&b"_qs;
    QTest::newRow("numeric references out of range read as the replacement character")
        << u"&#0; &#x110000; &#xD800;"_qs << u"\uFFFD \uFFFD \uFFFD"_qs;
    QTest::newRow("a lone less-than sign is text") << u"1 < 2 <3"_qs << u"1 < 2 <3"_qs;
}

void TestReaderView::characterReferencesDecodeAsHtml5Does()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    const ReaderView::Result r = ReaderView::wholePage(
        HtmlParser::parse((u"<p>"_qs + html + u"</p>"_qs).toUtf8()));
    QCOMPARE(r.text, text);
}

void TestReaderView::aPageWithoutAnArticleOpensWholeWithANote()
{
    QString links;
    for (int i = 0; i < 40; ++i)
        links += u"<li><a href='/story/%1'>Story number %1 of the day</a></li>"_qs.arg(i);
    const QByteArray html
        = page(u"<title>The Paper: home</title>"_qs, u"<ul>"_qs + links + u"</ul>"_qs).toUtf8();
    const LoadResult r = ArticleLoader::fromBytes(html, u"home.html"_qs, u"home.html"_qs);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!r.article->readerView);
    QVERIFY2(r.article->note.contains(u"No article found"), qPrintable(r.article->note));
    QVERIFY(r.article->text.contains(u"Story number 39 of the day"));
}

void TestReaderView::theWholePageStaysAvailable()
{
    const QByteArray html = page(u"<title>Talks</title>"_qs, u"<nav>World news</nav><article>"_qs
                                                                 + articleBody() + u"</article>"_qs)
                                .toUtf8();
    const LoadResult reader = ArticleLoader::fromBytes(html, u"a.html"_qs, u"a.html"_qs);
    LoadOptions whole;
    whole.wholePage = true;
    const LoadResult all = ArticleLoader::fromBytes(html, u"a.html"_qs, u"a.html"_qs, whole);
    QVERIFY(reader.article->readerView);
    QVERIFY(!reader.article->text.contains(u"World news"));
    QVERIFY(!all.article->readerView);
    QVERIFY(all.article->text.startsWith(u"World news\nDelegations from eleven countries"));
}

void TestReaderView::readerViewCountsTheWordsItKept()
{
    QString menu;
    for (int i = 0; i < 50; ++i)
        menu += u"<a href='/s%1'>Section %1</a> "_qs.arg(i);
    const LoadResult r = ArticleLoader::fromBytes(page(u"<title>Talks</title>"_qs,
                                                       u"<div class='menu'>"_qs + menu
                                                           + u"</div><article>"_qs + articleBody()
                                                           + u"</article>"_qs)
                                                      .toUtf8(),
                                                  u"a.html"_qs, u"a.html"_qs);
    QVERIFY(r.article->readerView);
    QCOMPARE(r.article->pageWords, r.article->keptWords + 100);
    QVERIFY(r.article->keptWords > 80);
}

void TestReaderView::hostileNestingStaysLinear_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("200,000 nested divs with stray end tags")
        << u"<div>"_qs.repeated(200000) + u"</x>"_qs.repeated(200000) + u"<p>Kyiv</p>"_qs;
    QTest::newRow("100,000 nested fonts and stray paragraph ends")
        << u"<font>"_qs.repeated(100000) + u"</p>"_qs.repeated(200000) + u"<p>Kyiv</p>"_qs;
    QTest::newRow("nested table cells and options")
        << u"<td>"_qs.repeated(50000) + u"<tr>"_qs.repeated(50000) + u"<select>"_qs.repeated(50000)
               + u"<option>"_qs.repeated(50000) + u"</td>"_qs.repeated(100000)
               + u"</select>"_qs.repeated(50000) + u"<p>Kyiv</p>"_qs;
    QTest::newRow("200,000 nested formatting elements with attributes")
        << u"<b id=1>"_qs.repeated(200000) + u"<p>x"_qs.repeated(100000) + u"Kyiv"_qs;
}

void TestReaderView::hostileNestingStaysLinear()
{
    QFETCH(QString, html);
    QElapsedTimer timer;
    timer.start();
    const HtmlTree tree = HtmlParser::parse(html.toUtf8());
    const ReaderView::Result r = ReaderView::wholePage(tree);
    // Linear work takes well under a second here; quadratic took minutes.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(r.text.contains(u"Kyiv"));
    int depth = 0;
    for (int n = tree.size() - 1, d = 0; n > 0; --n, d = 0) {
        for (int a = n; a > 0; a = tree.node(a).parent)
            ++d;
        depth = std::max(depth, d);
        n -= 100; // a sample: the deepest chains run through every part of the tree
    }
    QVERIFY2(depth <= HtmlParser::MaxDepth + 8, qPrintable(QString::number(depth)));
}

QTEST_APPLESS_MAIN(TestReaderView)
#include "tst_readerview.moc"
