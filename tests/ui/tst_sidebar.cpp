// The sidebar as a reader uses it: the list grouped by type with roles, swatches in the
// palette's colours and sparklines of where each entity appears; the filter; keyboard selection;
// sorting and showing or hiding a type; and what an empty list says.
#include "core/document/articleloader.h"
#include "core/models/entitylistmodel.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/style/entitycolors.h"
#include "ui/text/articleview.h"
#include "ui/window/mainwindow.h"
#include "windowtest.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

class TestSidebar : public WindowTestCase
{
    Q_OBJECT
private slots:
    void initTestCase() { initCase(); }
    void init() { openBuiltinWindow(); }
    void cleanup() { closeWindow(); }
    void sidebarSwatchesTakeTheTypeColoursOfThePalette();
    void anEmptySidebarSaysWhy();
    void keyboardSelectionInTheSidebarHighlightsToo();
    void theFilterNarrowsTheList();
    void rolesAreShownUnderTheName();
    void sidebarRowsCarryADistribution();
    void sortAndTypeFilters();
};

// The swatch beside each name is drawn once per colour and size: a new palette must still give
// swatches in its own colours, not the ones drawn first.
void TestSidebar::sidebarSwatchesTakeTheTypeColoursOfThePalette()
{
    QTreeView *tree = m_window->sidebar()->view();
    const auto swatchPixels = [this, tree](const QString &name, const QColor &fill) {
        const QModelIndex index = WindowTest::entityIndex(*m_window, name);
        const QRect row = tree->visualRect(index);
        const QImage image = tree->viewport()->grab(row).toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y).rgb() == fill.rgb();
        }
        return count;
    };
    const QPalette light = tree->palette();
    const QColor lightPerson = EntityColors::forType(EntityType::Person, light).fill;
    const QColor lightPlace = EntityColors::forType(EntityType::Place, light).fill;
    QVERIFY(swatchPixels(u"Marco Rubio"_qs, lightPerson) >= 16);
    QVERIFY(swatchPixels(u"Jeddah"_qs, lightPlace) >= 16);
    QCOMPARE(swatchPixels(u"Jeddah"_qs, lightPerson), 0);

    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    m_window->setPalette(dark);
    const QColor darkPerson = EntityColors::forType(EntityType::Person, tree->palette()).fill;
    QVERIFY(darkPerson != lightPerson);
    QVERIFY(swatchPixels(u"Marco Rubio"_qs, darkPerson) >= 16);
    QCOMPARE(swatchPixels(u"Marco Rubio"_qs, lightPerson), 0);
}

// An empty list is never blank: a filter that matches nothing, and an article without names, say
// so in the list itself.
void TestSidebar::anEmptySidebarSaysWhy()
{
    EntitySidebar *sidebar = m_window->sidebar();
    QVERIFY(sidebar->placeholderText().isEmpty());
    QTest::keyClicks(sidebar->filterEdit(), u"zzzz"_qs);
    QTRY_COMPARE(sidebar->placeholderText(), u"No names match \u201czzzz\u201d"_qs);
    const int drawn = WindowTest::inkOn(sidebar->view()->viewport());
    QVERIFY2(drawn > 30, qPrintable(QString::number(drawn))); // the words, not a blank list
    sidebar->filterEdit()->clear();
    QTRY_VERIFY(sidebar->placeholderText().isEmpty());

    // Every kind hidden from the View menu: the list says so, not that nothing was found.
    auto *model = qobject_cast<EntityListModel *>(
        qobject_cast<QSortFilterProxyModel *>(sidebar->view()->model())->sourceModel());
    QVERIFY(model);
    for (EntityType type : {EntityType::Person, EntityType::Place, EntityType::Organization})
        model->setTypeVisible(type, false);
    QVERIFY(sidebar->placeholderText().contains(u"View menu"));
    for (EntityType type : {EntityType::Person, EntityType::Place, EntityType::Organization})
        model->setTypeVisible(type, true);
    QVERIFY(sidebar->placeholderText().isEmpty());

    m_window->showArticle(
        *ArticleLoader::fromBytes("it rained all day.\n", u"t"_qs, u"none.txt"_qs).article);
    QTRY_VERIFY(!m_window->isExtracting());
    QCOMPARE(sidebar->placeholderText(), u"No people, places or organizations found"_qs);
}

void TestSidebar::keyboardSelectionInTheSidebarHighlightsToo()
{
    QTreeView *tree = m_window->sidebar()->view();
    tree->setFocus();
    tree->setCurrentIndex(indexOf(u"Donald Trump"_qs));
    QTRY_COMPARE(m_window->articleView()->highlights().size(), 9);
    QTest::keyClick(tree, Qt::Key_Down);
    QTRY_COMPARE(m_window->selectedEntityId(), u"person:Vladimir Putin"_qs);
    QCOMPARE(m_window->articleView()->highlights().size(), 4);
}

void TestSidebar::theFilterNarrowsTheList()
{
    QLineEdit *filter = m_window->sidebar()->filterEdit();
    QTreeView *tree = m_window->sidebar()->view();
    QTest::keyClicks(filter, u"pes"_qs);
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 1);
    QCOMPARE(tree->model()->index(0, 0, tree->model()->index(0, 0)).data().toString(),
             u"Dmitry Peskov"_qs);
    // Enter takes the first match.
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(m_window->selectedEntityId(), u"person:Dmitry Peskov"_qs);
    filter->clear();
    QCOMPARE(tree->model()->rowCount(), 3);
}

void TestSidebar::rolesAreShownUnderTheName()
{
    const QModelIndex rubio = indexOf(u"Marco Rubio"_qs);
    QCOMPARE(rubio.data(EntityListModel::EntityRoleTextRole).toString(), u"Secretary of State"_qs);
    QTreeView *tree = m_window->sidebar()->view();
    // A row with a role is taller than one without.
    QVERIFY(tree->visualRect(rubio).height() > tree->visualRect(indexOf(u"Kursk"_qs)).height());
}

void TestSidebar::sidebarRowsCarryADistribution()
{
    const QModelIndex trump = indexOf(u"Donald Trump"_qs);
    const auto bins
        = trump.siblingAtColumn(2).data(EntityListModel::DistributionRole).value<QList<int>>();
    QCOMPARE(bins.size(), EntityListModel::DistributionBins);
    int total = 0;
    for (int b : bins)
        total += b;
    QCOMPARE(total, 9);
    // Trump is named in the opening line.
    QVERIFY(bins.first() > 0);
}

void TestSidebar::sortAndTypeFilters()
{
    QTreeView *tree = m_window->sidebar()->view();
    QVERIFY2(action(u"Show Places (15)"_qs), "the places action names its count");
    action(u"Show Places (15)"_qs)->trigger();
    QCOMPARE(tree->model()->rowCount(), 2); // people, organizations
    action(u"Show Places (15)"_qs)->trigger();
    QCOMPARE(tree->model()->rowCount(), 3);
    QAction *byName = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == u"Name")
            byName = a;
    }
    QVERIFY(byName);
    byName->trigger();
    // People by surname.
    const QModelIndex people = tree->model()->index(0, 0);
    QCOMPARE(tree->model()->index(0, 0, people).data().toString(), u"Valery Gerasimov"_qs);
    QCOMPARE(tree->model()->index(1, 0, people).data().toString(), u"Karoline Leavitt"_qs);
}

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
