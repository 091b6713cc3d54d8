// ReaderStyle draws the tool bar and the scroll bars from a pixmap cache: exactly what the style
// underneath draws, in every state that changes the drawing, and the second paint from the cache.
#include "ui/style/readerstyle.h"

#include <QMainWindow>
#include <QPixmapCache>
#include <QProxyStyle>
#include <QScrollBar>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>

class TestReaderStyle : public QObject
{
    Q_OBJECT
private slots:
    void scrollBarsLookAsTheStyleDrawsThem_data();
    void scrollBarsLookAsTheStyleDrawsThem();
    void theToolBarLooksAsTheStyleDrawsIt();
    void aSecondPaintComesFromTheCache();
    void extensionButtonsGetGlyphsUnderFusionOnly();
};

namespace {

QImage render(QWidget &widget, QStyle *style)
{
    widget.setStyle(style);
    for (QWidget *child : widget.findChildren<QWidget *>())
        child->setStyle(style);
    return widget.grab().toImage();
}

// The largest difference in opacity between two pictures of one size.
int alphaDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 256;
    int most = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            most = std::max(most, std::abs(qAlpha(a.pixel(x, y)) - qAlpha(b.pixel(x, y))));
    }
    return most;
}

} // namespace

void TestReaderStyle::scrollBarsLookAsTheStyleDrawsThem_data()
{
    QTest::addColumn<Qt::Orientation>("orientation");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<bool>("enabled");

    QTest::newRow("vertical, top") << Qt::Vertical << 0 << 1000 << true;
    QTest::newRow("vertical, middle") << Qt::Vertical << 420 << 1000 << true;
    QTest::newRow("vertical, end") << Qt::Vertical << 1000 << 1000 << true;
    QTest::newRow("horizontal, middle") << Qt::Horizontal << 300 << 600 << true;
    QTest::newRow("disabled") << Qt::Vertical << 10 << 100 << false;
}

void TestReaderStyle::scrollBarsLookAsTheStyleDrawsThem()
{
    QFETCH(Qt::Orientation, orientation);
    QFETCH(int, value);
    QFETCH(int, maximum);
    QFETCH(bool, enabled);

    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ReaderStyle reader(QStyleFactory::create(QStringLiteral("Fusion")));
    QScrollBar bar(orientation);
    bar.resize(orientation == Qt::Vertical ? QSize(16, 400) : QSize(400, 16));
    bar.setRange(0, maximum);
    bar.setPageStep(100);
    bar.setValue(value);
    bar.setEnabled(enabled);
    const QImage expected = render(bar, fusion.get());
    QCOMPARE(render(bar, &reader), expected);
    QCOMPARE(render(bar, &reader), expected); // from the cache
    // Another position draws another picture, not the cached one.
    bar.setValue(value == maximum ? 0 : maximum);
    QVERIFY(render(bar, &reader) != expected);
    QCOMPARE(render(bar, &reader), render(bar, fusion.get()));
}

void TestReaderStyle::theToolBarLooksAsTheStyleDrawsIt()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ReaderStyle reader(QStyleFactory::create(QStringLiteral("Fusion")));
    QMainWindow window;
    QToolBar *bar = window.addToolBar(QStringLiteral("Tools"));
    bar->addAction(QStringLiteral("Open"));
    bar->addAction(QStringLiteral("Back"));
    window.resize(600, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage expected = render(*bar, fusion.get());
    QCOMPARE(render(*bar, &reader), expected);
    QCOMPARE(render(*bar, &reader), expected);
}

void TestReaderStyle::aSecondPaintComesFromTheCache()
{
    // The style underneath counts how often it is asked to draw a scroll bar.
    class Counting final : public QProxyStyle
    {
    public:
        using QProxyStyle::QProxyStyle;
        mutable int scrollBars = 0;
        void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                QPainter *painter, const QWidget *widget) const override
        {
            if (control == CC_ScrollBar)
                ++scrollBars;
            QProxyStyle::drawComplexControl(control, option, painter, widget);
        }
    };
    auto *counting = new Counting(QStyleFactory::create(QStringLiteral("Fusion")));
    ReaderStyle reader(counting); // takes ownership
    QPixmapCache::clear();
    QScrollBar bar(Qt::Vertical);
    bar.resize(16, 300);
    bar.setRange(0, 500);
    bar.setValue(250);
    render(bar, &reader);
    QCOMPARE(counting->scrollBars, 1);
    render(bar, &reader);
    QCOMPARE(counting->scrollBars, 1); // the same scroll bar: from the cache
    bar.setValue(260);
    render(bar, &reader);
    QCOMPARE(counting->scrollBars, 2); // moved: drawn again
    bar.resize(16, 310);
    render(bar, &reader);
    QCOMPARE(counting->scrollBars, 3); // resized: drawn again
}

// The extension buttons of tool bars and menu bars are made with the window: under Fusion they get
// line glyphs (nothing to decode), mirrored right to left; other styles keep their own icons.
void TestReaderStyle::extensionButtonsGetGlyphsUnderFusionOnly()
{
    ReaderStyle reader(QStyleFactory::create(QStringLiteral("Fusion")));
    const QIcon more = reader.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QVERIFY(!more.isNull());
    QVERIFY(more.name().isEmpty()); // not a theme's
    const QImage ltr = more.pixmap(QSize(16, 16)).toImage();
    QVERIFY(ltr != QImage(16, 16, ltr.format())); // something is drawn

    QStyleOption rtlOption;
    rtlOption.direction = Qt::RightToLeft;
    const QImage rtl = reader.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &rtlOption)
                           .pixmap(QSize(16, 16))
                           .toImage();
    QVERIFY(rtl != ltr);
    QVERIFY(alphaDifference(rtl, ltr.mirrored(true, false)) <= 8); // antialiasing may differ

    const QImage down = reader.standardIcon(QStyle::SP_ToolBarVerticalExtensionButton)
                            .pixmap(QSize(16, 16))
                            .toImage();
    QVERIFY(alphaDifference(down, ltr.transformed(QTransform().rotate(90))) <= 8);

    // Under another style, the style's own icon.
    std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
    QVERIFY(windows);
    ReaderStyle other(QStyleFactory::create(QStringLiteral("Windows")));
    QCOMPARE(other.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)
                 .pixmap(QSize(16, 16))
                 .toImage(),
             windows->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)
                 .pixmap(QSize(16, 16))
                 .toImage());
}

QTEST_MAIN(TestReaderStyle)
#include "tst_readerstyle.moc"
