#include "core/document/article.h"
#include "core/entities/entityexport.h"
#include "core/entities/entitylist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestEntityExport : public QObject
{
    Q_OBJECT
private slots:
    void jsonFollowsTheHeadlessContract();
    void jsonOffsetsAreCodePoints();
    void csvQuotesFieldsThatNeedIt();
    void csvFieldsCannotSplitARowNorRunAFormula_data();
    void csvFieldsCannotSplitARowNorRunAFormula();
    void hiddenEntitiesAreNotExported();
    void htmlMarksTheMentionsOfHighlightedEntities();
    void htmlEscapesEverything_data();
    void htmlEscapesEverything();
    void htmlLoadsNothingFromElsewhere();
    void htmlKeepsHeadingsParagraphsAndLists();
    void plainListHasOneLinePerEntity();
};

static Article article(const QString &text)
{
    Article a;
    a.text = text;
    a.title = u"Title"_qs;
    a.source = u"builtin:test"_qs;
    return a;
}

void TestEntityExport::jsonFollowsTheHeadlessContract()
{
    const Article a = article(u"Trump met Putin."_qs);
    Entity e;
    e.name = u"Vladimir Putin"_qs;
    e.type = EntityType::Person;
    e.mentions = {{10, 15}};
    const auto doc = QJsonDocument::fromJson(EntityExport::toJson(a, EntityList({e})));
    const QJsonObject root = doc.object();
    QCOMPARE(root[u"article"_qs][u"source"_qs].toString(), u"builtin:test"_qs);
    QCOMPARE(root[u"article"_qs][u"title"_qs].toString(), u"Title"_qs);
    QCOMPARE(root[u"article"_qs][u"characters"_qs].toInt(), 16);
    const QJsonObject first = root[u"entities"_qs].toArray().first().toObject();
    QCOMPARE(first[u"name"_qs].toString(), u"Vladimir Putin"_qs);
    QCOMPARE(first[u"type"_qs].toString(), u"person"_qs);
    const QJsonObject m = first[u"mentions"_qs].toArray().first().toObject();
    QCOMPARE(m[u"start"_qs].toInt(), 10);
    QCOMPARE(m[u"end"_qs].toInt(), 15);
    QCOMPARE(m[u"text"_qs].toString(), u"Putin"_qs);
}

void TestEntityExport::jsonOffsetsAreCodePoints()
{
    // An emoji before the name is two UTF-16 units but one code point.
    const Article a = article(QString::fromUtf8("\xF0\x9F\x98\x80 Kyiv"));
    Entity e;
    e.name = u"Kyiv"_qs;
    e.type = EntityType::Place;
    e.mentions = {{3, 7}};
    const auto root = QJsonDocument::fromJson(EntityExport::toJson(a, EntityList({e}))).object();
    const QJsonObject m
        = root[u"entities"_qs].toArray().first()[u"mentions"_qs].toArray().first().toObject();
    QCOMPARE(m[u"start"_qs].toInt(), 2);
    QCOMPARE(m[u"end"_qs].toInt(), 6);
    QCOMPARE(root[u"article"_qs][u"characters"_qs].toInt(), 6);
}

void TestEntityExport::csvQuotesFieldsThatNeedIt()
{
    const Article a = article(u"Smith, John said."_qs);
    Entity e;
    e.name = u"Smith, \"John\""_qs;
    e.type = EntityType::Person;
    e.role = u"spokesman"_qs;
    e.mentions = {{0, 11}};
    const QString csv = QString::fromUtf8(EntityExport::toCsv(a, EntityList({e})));
    QCOMPARE(
        csv,
        u"name,type,role,mentions,first_start\n\"Smith, \"\"John\"\"\",person,spokesman,1,0\n"_qs);
}

void TestEntityExport::csvFieldsCannotSplitARowNorRunAFormula_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field"); // as written in the row
    QTest::newRow("a bare carriage return is quoted, so the row stays one row")
        << u"Kyiv\rOdesa"_qs << u"\"Kyiv\rOdesa\""_qs;
    QTest::newRow("a line break is quoted") << u"Kyiv\nOdesa"_qs << u"\"Kyiv\nOdesa\""_qs;
    QTest::newRow("a leading equals sign is neutralised inside quotes")
        << u"=HYPERLINK(\"http://x\",\"y\")"_qs
        << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_qs;
    QTest::newRow("a leading plus sign is neutralised") << u"+1+1"_qs << u"\"'+1+1\""_qs;
    QTest::newRow("a leading minus sign is neutralised") << u"-2+3"_qs << u"\"'-2+3\""_qs;
    QTest::newRow("a leading at sign is neutralised") << u"@SUM(A1)"_qs << u"\"'@SUM(A1)\""_qs;
    QTest::newRow("a leading tab is neutralised") << u"\t=1"_qs << u"\"'\t=1\""_qs;
    QTest::newRow("a leading carriage return is neutralised") << u"\r=1"_qs << u"\"'\r=1\""_qs;
    QTest::newRow("such a sign inside a name is left as it is") << u"Jean-Luc"_qs << u"Jean-Luc"_qs;
}

void TestEntityExport::csvFieldsCannotSplitARowNorRunAFormula()
{
    QFETCH(QString, name);
    QFETCH(QString, field);
    Entity e;
    e.name = name;
    e.role = name;
    e.type = EntityType::Person;
    e.mentions = {{0, 4}};
    const QString csv = QString::fromUtf8(EntityExport::toCsv(article(u"Kyiv"_qs), EntityList({e})));
    QCOMPARE(csv, u"name,type,role,mentions,first_start\n"_qs + field + u",person,"_qs + field
                      + u",1,0\n"_qs);
}

static Entity entity(const QString &name, EntityType type, QList<Mention> mentions,
                     bool hidden = false)
{
    Entity e;
    e.id = entityTypeName(type) + u':' + name;
    e.name = name;
    e.type = type;
    e.mentions = std::move(mentions);
    e.hidden = hidden;
    return e;
}

// "Vladimir Putin met Donald Trump in Moscow. Putin left."
static EntityList talks(bool moscowHidden = false)
{
    return EntityList({entity(u"Vladimir Putin"_qs, EntityType::Person, {{0, 14}, {43, 48}}),
                       entity(u"Donald Trump"_qs, EntityType::Person, {{19, 31}}),
                       entity(u"Moscow"_qs, EntityType::Place, {{35, 41}}, moscowHidden)});
}

void TestEntityExport::hiddenEntitiesAreNotExported()
{
    const Article a = article(u"Vladimir Putin met Donald Trump in Moscow. Putin left."_qs);
    const auto root = QJsonDocument::fromJson(EntityExport::toJson(a, talks(true))).object();
    QStringList names;
    for (const auto &e : root[u"entities"_qs].toArray())
        names.append(e[u"name"_qs].toString());
    QCOMPARE(names, (QStringList{u"Vladimir Putin"_qs, u"Donald Trump"_qs}));
    const QString csv = QString::fromUtf8(EntityExport::toCsv(a, talks(true)));
    QCOMPARE(csv.count(u'\n'), 3);
    QVERIFY(!csv.contains(u"Moscow"_qs));
    QVERIFY(!EntityExport::toPlainList(talks(true)).contains(u"Moscow"_qs));
    const QString html = QString::fromUtf8(
        EntityExport::toHtml(a, talks(true),
                             {{u"place:Moscow"_qs, u"#aaa"_qs},
                              {u"person:Donald Trump"_qs, u"#bbb"_qs}}));
    QCOMPARE(html.count(u"<mark"_qs), 2); // Donald Trump in the text and in the legend
    QVERIFY(!html.contains(u"title=\"Moscow"_qs));
}

void TestEntityExport::htmlMarksTheMentionsOfHighlightedEntities()
{
    Article a = article(u"Vladimir Putin met Donald Trump in Moscow. Putin left."_qs);
    a.title = u"Talks"_qs;
    const QString html = QString::fromUtf8(
        EntityExport::toHtml(a, talks(), {{u"person:Vladimir Putin"_qs, u"#ffd54f"_qs}}));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_qs));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_qs));
    QVERIFY(html.contains(u"<title>Talks</title>"_qs));
    QVERIFY(
        html.contains(u"<p><mark style=\"background:#ffd54f\" title=\"Vladimir Putin (person)\">"
                      "Vladimir Putin</mark> met Donald Trump in Moscow. <mark "
                      "style=\"background:#ffd54f\" title=\"Vladimir Putin (person)\">Putin"
                      "</mark> left.</p>"_qs));
    // The legend names the highlighted entity once.
    QVERIFY(html.contains(u"<mark style=\"background:#ffd54f\">Vladimir Putin</mark> person "
                          "\u2014 2 mentions"_qs));
    QCOMPARE(html.count(u"<mark"_qs), 3);
    QVERIFY(!html.contains(u"title=\"Donald Trump"_qs));
}

void TestEntityExport::htmlEscapesEverything_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QString>("mustNotContain");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("markup in the text is shown as text")
        << u"<script>alert(1)</script> & Kyiv"_qs << u"T"_qs << u"#ff0"_qs << u"<script"_qs
        << u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; "_qs;
    QTest::newRow("markup in the title is shown as text")
        << u"Kyiv is calm today."_qs << u"<b>Kyiv</b> \"news\""_qs << u"#ff0"_qs << u"<b>"_qs
        << u"<title>&lt;b&gt;Kyiv&lt;/b&gt; &quot;news&quot;</title>"_qs;
    QTest::newRow("a colour cannot break out of its attribute")
        << u"Kyiv is calm today."_qs << u"T"_qs << u"red\" onmouseover=\"alert(1)"_qs
        << u"onmouseover"_qs << u"background:#ffe082"_qs;
    QTest::newRow("a colour cannot break out of the style")
        << u"Kyiv is calm today."_qs << u"T"_qs << u"red;background-image:url(x)"_qs << u"url("_qs
        << u"background:#ffe082"_qs;
}

void TestEntityExport::htmlEscapesEverything()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, colour);
    QFETCH(QString, mustNotContain);
    QFETCH(QString, mustContain);
    Article a = article(text);
    a.title = title;
    const qsizetype kyiv = text.indexOf(u"Kyiv"_qs);
    const EntityList list({entity(u"Kyiv"_qs, EntityType::Place, {{kyiv, kyiv + 4}})});
    const QString html = QString::fromUtf8(
        EntityExport::toHtml(a, list, {{u"place:Kyiv"_qs, colour}}));
    QVERIFY2(!html.contains(mustNotContain), qPrintable(html));
    QVERIFY2(html.contains(mustContain), qPrintable(html));
    QVERIFY(html.contains(u"title=\"Kyiv (place)\">Kyiv</mark>"_qs));
}

void TestEntityExport::htmlLoadsNothingFromElsewhere()
{
    Article a = article(u"Vladimir Putin met Donald Trump in Moscow. Putin left."_qs);
    a.source = u"/home/reader/talks.txt"_qs;
    const QString html = QString::fromUtf8(
        EntityExport::toHtml(a, talks(),
                             {{u"person:Vladimir Putin"_qs, u"#ffd54f"_qs},
                              {u"place:Moscow"_qs, u"rgb(1,2,3)"_qs}}));
    for (const auto &forbidden :
         {u"http"_qs, u"src="_qs, u"<script"_qs, u"<link"_qs, u"@import"_qs, u"url("_qs}) {
        QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
    }
    QVERIFY(html.contains(u"<style>"_qs)); // its reading style is inline
    QVERIFY(html.contains(u"background:rgb(1,2,3)"_qs));
}

void TestEntityExport::htmlKeepsHeadingsParagraphsAndLists()
{
    Article a = article(
        u"Talks in Geneva\nFirst paragraph on Geneva.\nBackground\nOne\nTwo\nEnd."_qs);
    a.title = u"Talks in Geneva"_qs;
    a.paragraphs = {{0, 15}, {16, 42}, {43, 53, 2}, {54, 57, 0, true}, {58, 61, 0, true}, {62, 66}};
    const EntityList list({entity(u"Geneva"_qs, EntityType::Place, {{9, 15}, {35, 41}})});
    const QString html = QString::fromUtf8(
        EntityExport::toHtml(a, list, {{u"place:Geneva"_qs, u"#9cf"_qs}}));
    // The title is the first line: shown once, as the top heading, with its mention.
    QCOMPARE(html.count(u"<h1>"_qs), 1);
    QVERIFY(html.contains(u"<h1>Talks in <mark style=\"background:#9cf\" title=\"Geneva (place)\">"
                          "Geneva</mark></h1>"_qs));
    QVERIFY(html.contains(u"<h2>Background</h2>"_qs));
    QVERIFY(html.contains(u"<ul>\n<li>One</li>\n<li>Two</li>\n</ul>\n<p>End.</p>"_qs));
    QVERIFY(html.indexOf(u"class=\"legend\""_qs) > html.indexOf(u"</h1>"_qs));
    QVERIFY(html.indexOf(u"class=\"legend\""_qs) < html.indexOf(u"First paragraph"_qs));
}

void TestEntityExport::plainListHasOneLinePerEntity()
{
    QCOMPARE(EntityExport::toPlainList(talks()), u"Vladimir Putin \u2014 person \u2014 2 mentions\n"
                                                 "Donald Trump \u2014 person \u2014 1 mention\n"
                                                 "Moscow \u2014 place \u2014 1 mention\n"_qs);
    QCOMPARE(EntityExport::toPlainList({}), QString());
}

QTEST_APPLESS_MAIN(TestEntityExport)
#include "tst_entityexport.moc"
