// Extraction quality on the two development sets, scored as their score.py scores mention/exact:
// a predicted mention counts only if a required gold mention has the same type, start and end;
// mentions of optional gold entities are neither rewarded nor penalised. tests/data/eval/dev is
// one news feed; tests/data/eval/genres is other writing (biographies, interviews, travel guides)
// that the rules must hold on too. The floors sit a little under the measured figures so that a
// regression fails the suite.
#include "core/document/textoffsets.h"
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

class TestDevSet : public QObject
{
    Q_OBJECT
private slots:
    void mentionExactF1StaysAboveTheFloor_data();
    void mentionExactF1StaysAboveTheFloor();
};

namespace {

struct Counts
{
    int tp = 0, fp = 0, fn = 0;
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
    double f1() const
    {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

using Span = std::pair<qint64, qint64>;

Counts score(const QString &set, const QString &type)
{
    const QDir dir(QStringLiteral(ARTICLE_READER_TEST_DATA "/eval/") + set);
    const EntityExtractor extractor(Knowledge::load());
    Counts c;
    const QStringList texts = dir.entryList({u"*.txt"_qs}, QDir::Files, QDir::Name);
    for (const QString &name : texts) {
        QFile textFile(dir.filePath(name));
        QFile goldFile(dir.filePath(QString(name).replace(u".txt"_qs, u".gold.json"_qs)));
        if (!textFile.open(QIODevice::ReadOnly) || !goldFile.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(textFile.readAll());
        QSet<Span> required, optional;
        const auto gold = QJsonDocument::fromJson(goldFile.readAll()).object();
        for (const auto &value : gold[u"entities"_qs].toArray()) {
            const QJsonObject e = value.toObject();
            if (e[u"type"_qs].toString() != type)
                continue;
            const bool isRequired = e[u"required"_qs].toBool(true);
            for (const auto &m : e[u"mentions"_qs].toArray()) {
                const Span s{m[u"start"_qs].toInteger(), m[u"end"_qs].toInteger()};
                (isRequired ? required : optional).insert(s);
            }
        }
        const TextOffsets offsets(text);
        QSet<Span> predicted;
        for (const auto &e : extractor.extract(text).entities()) {
            if (entityTypeName(e.type) != type)
                continue;
            for (const auto &m : e.mentions)
                predicted.insert({offsets.toCodePoint(m.start), offsets.toCodePoint(m.end)});
        }
        for (const Span &p : std::as_const(predicted)) {
            if (required.contains(p))
                ++c.tp;
            else if (!optional.contains(p))
                ++c.fp;
        }
        for (const Span &g : std::as_const(required))
            c.fn += predicted.contains(g) ? 0 : 1;
    }
    return c;
}

} // namespace

void TestDevSet::mentionExactF1StaysAboveTheFloor_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("type");
    QTest::addColumn<double>("floor");
    QTest::newRow("people in the news") << u"dev"_qs << u"person"_qs << 0.92;
    QTest::newRow("places in the news") << u"dev"_qs << u"place"_qs << 0.95;
    QTest::newRow("organisations in the news") << u"dev"_qs << u"organization"_qs << 0.61;
    QTest::newRow("people in other writing") << u"genres"_qs << u"person"_qs << 0.75;
    QTest::newRow("places in other writing") << u"genres"_qs << u"place"_qs << 0.78;
    QTest::newRow("organisations in other writing") << u"genres"_qs << u"organization"_qs << 0.48;
}

void TestDevSet::mentionExactF1StaysAboveTheFloor()
{
    QFETCH(QString, set);
    QFETCH(QString, type);
    QFETCH(double, floor);
    const Counts c = score(set, type);
    QVERIFY2(c.tp > 100, "the development set was not found or not read");
    qInfo("%s %s mention/exact: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", qPrintable(set),
          qPrintable(type), c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn);
    QVERIFY2(c.f1() >= floor, qPrintable(u"F1 %1 fell below %2"_qs.arg(c.f1()).arg(floor)));
}

QTEST_APPLESS_MAIN(TestDevSet)
#include "tst_devset.moc"
