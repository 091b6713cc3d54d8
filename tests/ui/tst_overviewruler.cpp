#include "overviewruler.h"

#include <QSignalSpy>
#include <QTest>

class TestOverviewRuler : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void marksPaintInTheirColourAtTheirRow_data();
    void marksPaintInTheirColourAtTheirRow();
    void theLastMarkInARowGivesItsColour();
    void aHundredThousandMarksFillOneBucketPerRow();
    void theCurrentMarkSpansTheFullWidth();
    void theVisibleRangeIsABandOnLightAndDarkPalettes_data();
    void theVisibleRangeIsABandOnLightAndDarkPalettes();
    void clickingAsksForThatPosition();
    void draggingFollowsThePointer();
    void resizingKeepsMarksAtTheirRows();
    void clearRemovesTheMarks();

private:
    QColor pixel(int x, int row) const { return m_ruler->grab().toImage().pixelColor(x, row); }
    int middle() const { return m_ruler->width() / 2; }

    std::unique_ptr<OverviewRuler> m_ruler;
};

namespace {

const QColor Paper(255, 255, 255);
const QColor Red(200, 20, 20);
const QColor Blue(20, 20, 200);

} // namespace

void TestOverviewRuler::init()
{
    m_ruler = std::make_unique<OverviewRuler>();
    QPalette palette;
    palette.setColor(QPalette::Base, Paper);
    m_ruler->setPalette(palette);
    m_ruler->resize(m_ruler->sizeHint().width(), 200);
    m_ruler->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_ruler.get()));
    QCOMPARE(m_ruler->height(), 200);
}

void TestOverviewRuler::cleanup()
{
    m_ruler.reset();
}

void TestOverviewRuler::marksPaintInTheirColourAtTheirRow_data()
{
    QTest::addColumn<double>("position");
    QTest::addColumn<int>("row");

    QTest::newRow("the start of the text is the top row") << 0.0 << 0;
    QTest::newRow("the middle of the text is the middle row") << 0.5 << 100;
    QTest::newRow("a third of the way down is a third of the height") << 1.0 / 3 << 66;
    QTest::newRow("the end of the text is the bottom row") << 1.0 << 199;
}

void TestOverviewRuler::marksPaintInTheirColourAtTheirRow()
{
    QFETCH(double, position);
    QFETCH(int, row);

    m_ruler->setMarks({{position, Red}});
    QCOMPARE(pixel(middle(), row), Red);
    // Nowhere else: the rows well away from it show the paper.
    QCOMPARE(pixel(middle(), row < 100 ? row + 10 : row - 10), Paper);
}

void TestOverviewRuler::theLastMarkInARowGivesItsColour()
{
    m_ruler->setMarks({{0.5, Red}, {0.501, Blue}});
    QCOMPARE(pixel(middle(), 100), Blue);
}

void TestOverviewRuler::aHundredThousandMarksFillOneBucketPerRow()
{
    QList<OverviewRuler::Mark> marks;
    const int count = 100000;
    marks.reserve(count);
    for (int i = 0; i < count; ++i)
        marks.append({double(i) / count, i % 2 ? Red : Blue});
    m_ruler->setMarks(marks);

    QCOMPARE(m_ruler->markCount(), count);
    QCOMPARE(m_ruler->rows().size(), m_ruler->height());
    QVERIFY(std::all_of(m_ruler->rows().cbegin(), m_ruler->rows().cend(),
                        [](const QColor &c) { return c.isValid(); }));
    const QImage image = m_ruler->grab().toImage();
    QVERIFY(image.pixelColor(middle(), 0) != Paper);
    QVERIFY(image.pixelColor(middle(), 199) != Paper);
}

void TestOverviewRuler::theCurrentMarkSpansTheFullWidth()
{
    m_ruler->setMarks({{0.5, Red}});
    QCOMPARE(pixel(1, 100), Paper); // ordinary marks leave a margin
    m_ruler->setCurrent(0.5);
    QCOMPARE(pixel(1, 100), Red);
    QCOMPARE(pixel(m_ruler->width() - 2, 100), Red);
    m_ruler->setCurrent(-1);
    QCOMPARE(pixel(1, 100), Paper);
}

void TestOverviewRuler::theVisibleRangeIsABandOnLightAndDarkPalettes_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("highlight");

    QTest::newRow("light palette") << QColor(255, 255, 255) << QColor(48, 140, 198);
    QTest::newRow("dark palette") << QColor(35, 38, 41) << QColor(61, 174, 233);
}

void TestOverviewRuler::theVisibleRangeIsABandOnLightAndDarkPalettes()
{
    QFETCH(QColor, base);
    QFETCH(QColor, highlight);

    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Highlight, highlight);
    m_ruler->setPalette(palette);
    m_ruler->setVisibleRange(0.25, 0.5);

    const QImage image = m_ruler->grab().toImage();
    const QColor inside = image.pixelColor(middle(), 75);
    QCOMPARE(image.pixelColor(middle(), 150), base);
    QCOMPARE(image.pixelColor(middle(), 20), base);
    // The band leans towards the highlight colour, far enough to see, and stays translucent.
    const auto towards = [&](int b, int h, int i) {
        return h > b ? i > b : i < b;
    };
    QVERIFY(towards(base.red(), highlight.red(), inside.red()));
    QVERIFY(towards(base.blue(), highlight.blue(), inside.blue()));
    QVERIFY(qAbs(inside.blue() - base.blue()) >= 15);
    QVERIFY(inside != highlight);
}

void TestOverviewRuler::clickingAsksForThatPosition()
{
    QSignalSpy spy(m_ruler.get(), &OverviewRuler::positionRequested);
    QTest::mouseClick(m_ruler.get(), Qt::LeftButton, {}, QPoint(middle(), 150));
    QCOMPARE(spy.count(), 1);
    QVERIFY(qAbs(spy.at(0).at(0).toDouble() - 0.75) < 0.01);
}

void TestOverviewRuler::draggingFollowsThePointer()
{
    QSignalSpy spy(m_ruler.get(), &OverviewRuler::positionRequested);
    QTest::mousePress(m_ruler.get(), Qt::LeftButton, {}, QPoint(middle(), 50));
    QTest::mouseMove(m_ruler.get(), QPoint(middle(), 100));
    QTest::mouseMove(m_ruler.get(), QPoint(middle(), 400)); // past the end: clamped
    QTest::mouseRelease(m_ruler.get(), Qt::LeftButton, {}, QPoint(middle(), 400));
    QCOMPARE(spy.count(), 3);
    QVERIFY(qAbs(spy.at(0).at(0).toDouble() - 0.25) < 0.01);
    QVERIFY(qAbs(spy.at(1).at(0).toDouble() - 0.5) < 0.01);
    QCOMPARE(spy.at(2).at(0).toDouble(), 1.0);
}

void TestOverviewRuler::resizingKeepsMarksAtTheirRows()
{
    m_ruler->setMarks({{0.5, Red}, {0.25, Blue}});
    m_ruler->resize(m_ruler->width(), 400);
    QTRY_COMPARE(m_ruler->rows().size(), 400);
    QCOMPARE(pixel(middle(), 200), Red);
    QCOMPARE(pixel(middle(), 100), Blue);
    QCOMPARE(pixel(middle(), 50), Paper);
}

void TestOverviewRuler::clearRemovesTheMarks()
{
    m_ruler->setMarks({{0.5, Red}});
    m_ruler->setCurrent(0.5);
    m_ruler->clear();
    QCOMPARE(m_ruler->markCount(), 0);
    QCOMPARE(pixel(middle(), 100), Paper);
    QCOMPARE(pixel(1, 100), Paper);
}

QTEST_MAIN(TestOverviewRuler)
#include "tst_overviewruler.moc"
