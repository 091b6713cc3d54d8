#include "ui/text/overviewruler.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

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
    void gallopingFindsExactlyTheRowsOfEveryMention_data();
    void gallopingFindsExactlyTheRowsOfEveryMention();
    void knownListsFollowResizesAndOnlyTheirOwnData();
    void aPaletteChangeRepaintsTheMarks();
    void theCurrentMarkSpansTheFullWidth();
    void theVisibleRangeIsABandOnLightAndDarkPalettes_data();
    void theVisibleRangeIsABandOnLightAndDarkPalettes();
    void clickingAsksForThatPosition();
    void draggingFollowsThePointer();
    void resizingKeepsMarksAtTheirRows();
    void clearRemovesTheMarks();
    void newMarksLookAsOnAFreshRuler();

private:
    // One layer per mark, of a one-character mention at its position, in a text of TextLength.
    static QList<OverviewRuler::Layer> layersOf(const QList<std::pair<qsizetype, QColor>> &marks);
    void setMarks(const QList<std::pair<qsizetype, QColor>> &marks);
    // Whether the ruler's rows and picture are those a new ruler of its size and palette shows for
    // these layers.
    bool looksAsOnAFreshRuler(const QList<OverviewRuler::Layer> &layers, qsizetype length) const;
    QColor pixel(int x, int row) const { return m_ruler->grab().toImage().pixelColor(x, row); }
    int middle() const { return m_ruler->width() / 2; }

    std::unique_ptr<OverviewRuler> m_ruler;
};

namespace {

const QColor Paper(255, 255, 255);
const QColor Red(200, 20, 20);
const QColor Blue(20, 20, 200);
constexpr qsizetype TextLength = 1000;

Mention at(qsizetype position)
{
    return {position, position + 1};
}

} // namespace

QList<OverviewRuler::Layer> TestOverviewRuler::layersOf(
    const QList<std::pair<qsizetype, QColor>> &marks)
{
    QList<OverviewRuler::Layer> layers;
    for (const auto &[position, color] : marks)
        layers.append({{at(position)}, color});
    return layers;
}

void TestOverviewRuler::setMarks(const QList<std::pair<qsizetype, QColor>> &marks)
{
    m_ruler->setLayers(layersOf(marks), TextLength);
}

bool TestOverviewRuler::looksAsOnAFreshRuler(const QList<OverviewRuler::Layer> &layers,
                                             qsizetype length) const
{
    OverviewRuler fresh;
    fresh.setPalette(m_ruler->palette());
    fresh.resize(m_ruler->size());
    fresh.setLayers(layers, length);
    return m_ruler->rows() == fresh.rows() && m_ruler->grab().toImage() == fresh.grab().toImage();
}

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
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<int>("row");

    QTest::newRow("the start of the text is the top row") << qsizetype(0) << 0;
    QTest::newRow("the middle of the text is the middle row") << qsizetype(500) << 100;
    QTest::newRow("a third of the way down is a third of the height") << qsizetype(333) << 66;
    QTest::newRow("the end of the text is the bottom row") << TextLength << 199;
    QTest::newRow("past the end is the bottom row") << TextLength * 2 << 199;
}

void TestOverviewRuler::marksPaintInTheirColourAtTheirRow()
{
    QFETCH(qsizetype, position);
    QFETCH(int, row);

    setMarks({{position, Red}});
    QCOMPARE(m_ruler->rowOf(position), row);
    QCOMPARE(pixel(middle(), row), Red);
    // Nowhere else: the rows well away from it show the paper.
    QCOMPARE(pixel(middle(), row < 100 ? row + 10 : row - 10), Paper);
}

void TestOverviewRuler::theLastMarkInARowGivesItsColour()
{
    setMarks({{500, Red}, {501, Blue}});
    QCOMPARE(pixel(middle(), 100), Blue);
    setMarks({{501, Blue}, {500, Red}});
    QCOMPARE(pixel(middle(), 100), Red);
}

void TestOverviewRuler::aHundredThousandMarksFillOneBucketPerRow()
{
    QList<Mention> even;
    QList<Mention> odd;
    const int count = 100000;
    for (int i = 0; i < count; ++i)
        (i % 2 ? odd : even).append(at(i));
    m_ruler->setLayers({{even, Blue}, {odd, Red}}, count);

    QCOMPARE(m_ruler->markCount(), count);
    QCOMPARE(m_ruler->rows().size(), m_ruler->height());
    QVERIFY(std::all_of(m_ruler->rows().cbegin(), m_ruler->rows().cend(),
                        [](const QColor &c) { return c.isValid(); }));
    const QImage image = m_ruler->grab().toImage();
    QVERIFY(image.pixelColor(middle(), 0) != Paper);
    QVERIFY(image.pixelColor(middle(), 199) != Paper);
}

// The rows the ruler finds by galloping through sorted mentions are exactly those a plain walk
// over every mention finds, whatever the spacing, the text length and the height.
void TestOverviewRuler::gallopingFindsExactlyTheRowsOfEveryMention_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<qsizetype>("textLength");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("clusters");

    QTest::newRow("dense: 21,000 mentions in 5 MB, 800 rows")
        << 800 << qsizetype(5'000'000) << 21000 << 1;
    QTest::newRow("sparse: 30 mentions, 800 rows") << 800 << qsizetype(5'000'000) << 30 << 1;
    QTest::newRow("clustered: bursts with long gaps") << 613 << qsizetype(1'234'567) << 5000 << 9;
    QTest::newRow("more rows than characters") << 900 << qsizetype(100) << 60 << 1;
    QTest::newRow("one row") << 1 << qsizetype(1000) << 50 << 1;
}

void TestOverviewRuler::gallopingFindsExactlyTheRowsOfEveryMention()
{
    QFETCH(int, height);
    QFETCH(qsizetype, textLength);
    QFETCH(int, count);
    QFETCH(int, clusters);

    QRandomGenerator random(20261125);
    QList<Mention> mentions;
    for (int i = 0; i < count; ++i) {
        // Clusters: each mention lies near one of a few centres.
        const qsizetype centre = textLength * (i % clusters + 1) / (clusters + 1);
        const qsizetype spread = clusters > 1 ? textLength / 200 : textLength;
        const qsizetype p = clusters > 1 ? centre + qsizetype(random.bounded(int(spread)))
                                         : qsizetype(random.bounded(int(textLength)));
        mentions.append(at(std::min(p, textLength - 1)));
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention &a, const Mention &b) { return a.start < b.start; });

    m_ruler->resize(m_ruler->width(), height);
    QList<bool> expected(height, false);
    for (const Mention &m : std::as_const(mentions))
        expected[qsizetype(m.start) * height / textLength] = true;
    // Both ways to the rows: found when the layer is set, and looked up from the known lists.
    for (const bool known : {false, true}) {
        if (known)
            m_ruler->setKnownMentions({mentions}, textLength);
        m_ruler->setLayers({{mentions, Red}}, textLength);
        QCOMPARE(m_ruler->isKnown(mentions, textLength), known);
        const QList<QColor> &rows = m_ruler->rows();
        QCOMPARE(rows.size(), height);
        for (int row = 0; row < height; ++row) {
            if (rows[row].isValid() != expected[row])
                QFAIL(qPrintable(QStringLiteral("%1 list, row %2: marked %3, expected %4")
                                     .arg(known ? QStringLiteral("known") : QStringLiteral("new"))
                                     .arg(row)
                                     .arg(rows[row].isValid())
                                     .arg(expected[row])));
        }
    }
}

// The rows of the known lists are found ahead of time; they must follow a change of height, and a
// list that only looks like a known one (another list, or the same for another text) must have its
// own rows found.
void TestOverviewRuler::knownListsFollowResizesAndOnlyTheirOwnData()
{
    QList<Mention> first;
    QList<Mention> second;
    for (qsizetype p = 0; p < TextLength; p += 7)
        (p % 3 ? first : second).append(at(p));
    m_ruler->setKnownMentions({first, second, {}}, TextLength);
    QVERIFY(m_ruler->isKnown(first, TextLength));
    QVERIFY(m_ruler->isKnown(second, TextLength));
    QVERIFY(!m_ruler->isKnown(first, TextLength + 1));
    QVERIFY(!m_ruler->isKnown({}, TextLength));

    const QList<OverviewRuler::Layer> both{{first, Red}, {second, Blue}};
    for (const int height : {200, 37, 333, 1}) {
        m_ruler->resize(m_ruler->width(), height);
        m_ruler->setLayers(both, TextLength);
        QVERIFY2(looksAsOnAFreshRuler(both, TextLength), qPrintable(QString::number(height)));
    }
    m_ruler->resize(m_ruler->width(), 200);

    // The same list changed is another list: its own rows, not the known ones.
    QList<Mention> changed = first;
    changed.removeFirst();
    changed.append(at(TextLength - 1));
    QVERIFY(!m_ruler->isKnown(changed, TextLength));
    m_ruler->setLayers({{changed, Red}}, TextLength);
    QVERIFY(looksAsOnAFreshRuler({{changed, Red}}, TextLength));
    QVERIFY(m_ruler->rows().constLast().isValid());
    QVERIFY(!m_ruler->rows().constFirst().isValid()); // position 0 was in `second`, 1..6 in none

    // A known list for a text of another length: its rows are found for that length.
    m_ruler->setLayers({{first, Red}}, TextLength * 2);
    QVERIFY(looksAsOnAFreshRuler({{first, Red}}, TextLength * 2));
    QVERIFY(!m_ruler->rows()[150].isValid());

    // New known lists replace the old.
    m_ruler->setKnownMentions({second}, TextLength);
    QVERIFY(!m_ruler->isKnown(first, TextLength));
    QVERIFY(m_ruler->isKnown(second, TextLength));
}

void TestOverviewRuler::aPaletteChangeRepaintsTheMarks()
{
    setMarks({{500, Red}});
    QCOMPARE(pixel(middle(), 20), Paper);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(35, 38, 41));
    m_ruler->setPalette(dark);
    QCOMPARE(pixel(middle(), 20), QColor(35, 38, 41));
    QCOMPARE(pixel(middle(), 100), Red);
}

void TestOverviewRuler::theCurrentMarkSpansTheFullWidth()
{
    setMarks({{500, Red}});
    QCOMPARE(pixel(1, 100), Paper); // ordinary marks leave a margin
    m_ruler->setCurrent(500);
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
    setMarks({{500, Red}, {250, Blue}});
    m_ruler->resize(m_ruler->width(), 400);
    QTRY_COMPARE(m_ruler->rows().size(), 400);
    QCOMPARE(pixel(middle(), 200), Red);
    QCOMPARE(pixel(middle(), 100), Blue);
    QCOMPARE(pixel(middle(), 50), Paper);
}

void TestOverviewRuler::clearRemovesTheMarks()
{
    setMarks({{500, Red}});
    m_ruler->setCurrent(500);
    m_ruler->clear();
    QCOMPARE(m_ruler->markCount(), 0);
    QCOMPARE(pixel(middle(), 100), Paper);
    QCOMPARE(pixel(1, 100), Paper);

    // Without marks the ruler shows its blank picture, which follows the palette too.
    QPalette dark = m_ruler->palette();
    dark.setColor(QPalette::Base, QColor(35, 38, 41));
    m_ruler->setPalette(dark);
    QCOMPARE(pixel(middle(), 100), QColor(35, 38, 41));
    // ... and marks set again show over the new background.
    setMarks({{250, Blue}});
    QCOMPARE(pixel(middle(), 50), Blue);
    QCOMPARE(pixel(middle(), 100), QColor(35, 38, 41));
}

// The ruler rewrites only the rows whose mark changed: after any sequence of layers the picture
// must be the one a new ruler draws for the last of them.
void TestOverviewRuler::newMarksLookAsOnAFreshRuler()
{
    const QList<QList<std::pair<qsizetype, QColor>>> sequence{
        {{0, Red}, {100, Red}, {500, Blue}, {995, Red}},
        {{5, Blue}, {500, Blue}, {510, Red}},
        {{100, Red}, {101, Red}, {102, Red}, {990, Blue}},
        {},
        {{250, Blue}, {255, Blue}, {999, Red}},
    };
    for (const auto &marks : sequence) {
        setMarks(marks);
        QVERIFY(looksAsOnAFreshRuler(layersOf(marks), TextLength));
    }
    // A change of palette redraws the background too.
    QPalette dark = m_ruler->palette();
    dark.setColor(QPalette::Base, QColor(35, 38, 41));
    m_ruler->setPalette(dark);
    QCOMPARE(pixel(middle(), 100), QColor(35, 38, 41));
    QCOMPARE(pixel(middle(), 50), Blue); // position 250 of 1000, on 200 rows
}

QTEST_MAIN(TestOverviewRuler)
#include "tst_overviewruler.moc"
