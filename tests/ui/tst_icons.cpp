#include "ui/style/icons.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>

class TestIcons : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void glyphsDrawAtEverySizeAndScale_data();
    void glyphsDrawAtEverySizeAndScale();
    void glyphsTakeTheModesColour_data();
    void glyphsTakeTheModesColour();
    void glyphsFollowAPaletteChange();
    void aThemeIconWinsOverTheGlyph();

private:
    QPalette m_saved;
};

namespace {

const QColor Ink(10, 90, 30);
const QColor Grey(150, 150, 150);
const QColor Light(250, 240, 200);

constexpr auto NoSuchName = "article-reader-test-no-such-icon";

// The colour of the most opaque pixel, un-premultiplied, and how many pixels show at all.
std::pair<QColor, int> ink(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QColor strongest(Qt::transparent);
    int shown = 0;
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QColor c = argb.pixelColor(x, y);
            shown += c.alpha() > 0;
            if (c.alpha() > strongest.alpha())
                strongest = c;
        }
    }
    return {strongest, shown};
}

} // namespace

void TestIcons::init()
{
    m_saved = QApplication::palette();
    QPalette palette;
    palette.setColor(QPalette::Active, QPalette::WindowText, Ink);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, Ink);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, Grey);
    palette.setColor(QPalette::Active, QPalette::HighlightedText, Light);
    QApplication::setPalette(palette);
}

void TestIcons::cleanup()
{
    QApplication::setPalette(m_saved);
    QIcon::setThemeName(QString());
}

void TestIcons::glyphsDrawAtEverySizeAndScale_data()
{
    QTest::addColumn<Icons::Glyph>("glyph");
    QTest::addColumn<int>("size");
    QTest::addColumn<qreal>("scale");
    const std::pair<const char *, Icons::Glyph> glyphs[] = {
        {"open", Icons::Glyph::Open},       {"up", Icons::Glyph::Up},
        {"down", Icons::Glyph::Down},       {"back", Icons::Glyph::Back},
        {"forward", Icons::Glyph::Forward}, {"clear", Icons::Glyph::Clear},
        {"filter", Icons::Glyph::Filter},   {"close", Icons::Glyph::Close},
    };
    for (const auto &[name, glyph] : glyphs) {
        for (const int size : {16, 24, 48}) {
            for (const qreal scale : {1.0, 2.0})
                QTest::addRow("%s-%d@%gx", name, size, scale) << glyph << size << scale;
        }
    }
}

void TestIcons::glyphsDrawAtEverySizeAndScale()
{
    QFETCH(Icons::Glyph, glyph);
    QFETCH(int, size);
    QFETCH(qreal, scale);
    const QIcon icon = Icons::themed(QString::fromLatin1(NoSuchName), glyph);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.actualSize(QSize(size, size)), QSize(size, size));
    const QPixmap pixmap = icon.pixmap(QSize(size, size), scale);
    QCOMPARE(pixmap.size(), QSize(size, size) * scale);
    const auto [color, shown] = ink(pixmap.toImage());
    // A line drawing: some of the square, never all of it, with full-strength strokes.
    const int area = pixmap.width() * pixmap.height();
    QVERIFY2(shown > area / 20 && shown < area * 3 / 4,
             qPrintable(QStringLiteral("%1 of %2 pixels drawn").arg(shown).arg(area)));
    QCOMPARE(color.alpha(), 255);
    QCOMPARE(color.rgb(), Ink.rgb());
}

void TestIcons::glyphsTakeTheModesColour_data()
{
    QTest::addColumn<QIcon::Mode>("mode");
    QTest::addColumn<QColor>("expected");
    QTest::newRow("normal") << QIcon::Normal << Ink;
    QTest::newRow("active") << QIcon::Active << Ink;
    QTest::newRow("disabled") << QIcon::Disabled << Grey;
    QTest::newRow("selected") << QIcon::Selected << Light;
}

void TestIcons::glyphsTakeTheModesColour()
{
    QFETCH(QIcon::Mode, mode);
    QFETCH(QColor, expected);
    const QIcon icon = Icons::themed(QString::fromLatin1(NoSuchName), Icons::Glyph::Up);
    QCOMPARE(ink(icon.pixmap(QSize(24, 24), 1.0, mode).toImage()).first.rgb(), expected.rgb());
}

void TestIcons::glyphsFollowAPaletteChange()
{
    const QIcon icon = Icons::themed(QString::fromLatin1(NoSuchName), Icons::Glyph::Clear);
    QCOMPARE(ink(icon.pixmap(QSize(24, 24)).toImage()).first.rgb(), Ink.rgb());
    QPalette dark = QApplication::palette();
    dark.setColor(QPalette::Active, QPalette::WindowText, Light);
    QApplication::setPalette(dark);
    QCOMPARE(ink(icon.pixmap(QSize(24, 24)).toImage()).first.rgb(), Light.rgb());
}

void TestIcons::aThemeIconWinsOverTheGlyph()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    QVERIFY(root.mkpath(u"testtheme/16x16/actions"_qs));
    QFile index(root.filePath(u"testtheme/index.theme"_qs));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=Test\nDirectories=16x16/actions\n\n"
                "[16x16/actions]\nSize=16\nType=Fixed\n");
    index.close();
    QImage red(16, 16, QImage::Format_ARGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(root.filePath(u"testtheme/16x16/actions/go-up.png"_qs)));
    QIcon::setThemeSearchPaths({dir.path()});
    QIcon::setThemeName(u"testtheme"_qs);

    const QIcon themed = Icons::themed(u"go-up"_qs, Icons::Glyph::Up);
    QCOMPARE(themed.name(), u"go-up"_qs);
    const auto [color, shown] = ink(themed.pixmap(QSize(16, 16)).toImage());
    QCOMPARE(color.rgb(), QColor(Qt::red).rgb());
    QCOMPARE(shown, 16 * 16);

    // A name the theme lacks still gets the glyph.
    const QIcon glyph = Icons::themed(u"go-down"_qs, Icons::Glyph::Down);
    QVERIFY(glyph.name().isEmpty());
    QCOMPARE(ink(glyph.pixmap(QSize(16, 16)).toImage()).first.rgb(), Ink.rgb());
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
