#include "core/document/textoffsets.h"

#include <QTest>

class TestTextOffsets : public QObject
{
    Q_OBJECT
private slots:
    void basicPlaneTextHasEqualOffsets();
    void charactersOutsideTheBasicPlaneCountOnce();
};

void TestTextOffsets::basicPlaneTextHasEqualOffsets()
{
    const TextOffsets o(u"Russia\u2019s Kursk");
    for (qsizetype i = 0; i <= 15; ++i) {
        QCOMPARE(o.toCodePoint(i), i);
        QCOMPARE(o.toUtf16(i), i);
    }
}

void TestTextOffsets::charactersOutsideTheBasicPlaneCountOnce()
{
    // "😀 Kyiv 😀 Odesa": each emoji is two UTF-16 units but one code point.
    const QString text = QString::fromUtf8("\xF0\x9F\x98\x80 Kyiv \xF0\x9F\x98\x80 Odesa");
    const TextOffsets o(text);
    QCOMPARE(o.toCodePoint(3), 2);  // "K"
    QCOMPARE(o.toCodePoint(11), 9); // "O"
    QCOMPARE(o.toCodePoint(text.size()), 14);
    QCOMPARE(o.toUtf16(2), 3);
    QCOMPARE(o.toUtf16(9), 11);
    QCOMPARE(o.toUtf16(14), text.size());
}

QTEST_APPLESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"
