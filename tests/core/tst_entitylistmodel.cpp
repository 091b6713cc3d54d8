#include "core/models/entitylistmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

class TestEntityListModel : public QObject
{
    Q_OBJECT
private slots:
    void groupsPeopleThenPlacesThenOrganizations();
    void entitiesAreSortedByMentionsThenName();
    void emptyGroupsAreLeftOut();
    void idsFindTheirRows();
    void aRecursiveFilterKeepsTheGroupsOfMatches();
    void hiddenEntitiesAreInAHiddenGroupAtTheEnd();
};

static Entity entity(const QString &name, EntityType type, int mentions)
{
    Entity e;
    e.id = entityTypeName(type) + u':' + name;
    e.name = name;
    e.type = type;
    for (int i = 0; i < mentions; ++i)
        e.mentions.append({i * 10, i * 10 + 3});
    return e;
}

static EntityList sample()
{
    return EntityList({entity(u"Moscow"_qs, EntityType::Place, 2),
                       entity(u"Kremlin"_qs, EntityType::Organization, 3),
                       entity(u"Zelensky"_qs, EntityType::Person, 4),
                       entity(u"Donald Trump"_qs, EntityType::Person, 9),
                       entity(u"Anna Smith"_qs, EntityType::Person, 4)});
}

void TestEntityListModel::groupsPeopleThenPlacesThenOrganizations()
{
    EntityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntities(sample());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), u"People (3)"_qs);
    QCOMPARE(model.index(1, 0).data().toString(), u"Places (1)"_qs);
    QCOMPARE(model.index(2, 0).data().toString(), u"Organizations (1)"_qs);
    QCOMPARE(model.rowCount(model.index(0, 0)), 3);
    QCOMPARE(model.index(0, 1, model.index(1, 0)).data().toInt(), 2); // Moscow's mentions
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
    QVERIFY(model.flags(model.index(0, 0, model.index(0, 0))) & Qt::ItemIsSelectable);
}

void TestEntityListModel::entitiesAreSortedByMentionsThenName()
{
    EntityListModel model;
    model.setEntities(sample());
    const QModelIndex people = model.index(0, 0);
    QStringList names;
    for (int r = 0; r < model.rowCount(people); ++r)
        names.append(model.index(r, 0, people).data().toString());
    QCOMPARE(names, (QStringList{u"Donald Trump"_qs, u"Anna Smith"_qs, u"Zelensky"_qs}));
}

void TestEntityListModel::emptyGroupsAreLeftOut()
{
    EntityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntities(EntityList({entity(u"Kyiv"_qs, EntityType::Place, 1)}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(EntityListModel::EntityTypeRole).toInt(),
             int(EntityType::Place));
    model.setEntities({});
    QCOMPARE(model.rowCount(), 0);
}

void TestEntityListModel::idsFindTheirRows()
{
    EntityListModel model;
    model.setEntities(sample());
    const QModelIndex index = model.indexForId(u"organization:Kremlin"_qs);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), u"Kremlin"_qs);
    QCOMPARE(index.data(EntityListModel::MentionCountRole).toInt(), 3);
    QVERIFY(!model.indexForId(u"person:Nobody"_qs).isValid());
}

void TestEntityListModel::aRecursiveFilterKeepsTheGroupsOfMatches()
{
    EntityListModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntities(sample());
    proxy.setFilterFixedString(u"mos"_qs);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data().toString(), u"Moscow"_qs);
}

void TestEntityListModel::hiddenEntitiesAreInAHiddenGroupAtTheEnd()
{
    EntityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Entity> entities = sample().entities();
    for (auto &e : entities)
        e.hidden = e.name == u"Zelensky" || e.name == u"Moscow";
    model.setEntities(EntityList(entities));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), u"People (2)"_qs);
    QCOMPARE(model.index(1, 0).data().toString(), u"Organizations (1)"_qs); // no Places left
    const QModelIndex hidden = model.index(2, 0);
    QCOMPARE(hidden.data().toString(), u"Hidden (2)"_qs);
    QVERIFY(hidden.data(EntityListModel::IsHiddenRole).toBool());
    QVERIFY(hidden.data(EntityListModel::IsGroupRole).toBool());
    QVERIFY(!model.index(0, 0).data(EntityListModel::IsHiddenRole).toBool());
    QCOMPARE(model.index(0, 0, hidden).data().toString(), u"Zelensky"_qs); // more mentions
    QCOMPARE(model.index(1, 0, hidden).data().toString(), u"Moscow"_qs);
    QVERIFY(model.index(0, 0, hidden).data(EntityListModel::IsHiddenRole).toBool());
    QVERIFY(model.flags(model.index(1, 0, hidden)) & Qt::ItemIsSelectable);
    QCOMPARE(model.indexForId(u"place:Moscow"_qs).parent(), hidden);

    // Hiding a type hides its hidden entities too; the sort order applies inside the group.
    model.setTypeVisible(EntityType::Person, false);
    QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), u"Hidden (1)"_qs);
    model.setTypeVisible(EntityType::Person, true);
    model.setSortOrder(EntityListModel::SortOrder::Name);
    QCOMPARE(model.index(0, 0, model.index(2, 0)).data().toString(), u"Moscow"_qs);
}

QTEST_APPLESS_MAIN(TestEntityListModel)
#include "tst_entitylistmodel.moc"
