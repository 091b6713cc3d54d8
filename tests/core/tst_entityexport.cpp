#include "article.h"
#include "entityexport.h"
#include "entitylist.h"

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

QTEST_APPLESS_MAIN(TestEntityExport)
#include "tst_entityexport.moc"
