// Replays the fuzzers' seed corpus and every crasher they found (tests/fuzz/regressions/<target>/,
// kept once fixed) through the same checks as the fuzz targets, in every build and under the
// sanitizer preset. The fuzz targets themselves need clang; this needs nothing more than CTest.
#include "../fuzz/harness.h"
#include "core/extraction/knowledge.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyKeptInputReplaysCleanly_data();
    void everyKeptInputReplaysCleanly();

private:
    std::unique_ptr<EntityExtractor> m_extractor;
};

void TestFuzzRegressions::initTestCase()
{
    m_extractor = std::make_unique<EntityExtractor>(Knowledge::load());
}

void TestFuzzRegressions::everyKeptInputReplaysCleanly_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    int regressions = 0;
    for (const QString &kind : {u"regressions"_qs, u"corpus"_qs}) {
        for (const QString &target : {u"loader"_qs, u"markup"_qs, u"extractor"_qs}) {
            const QDir dir(QStringLiteral(ARTICLE_READER_FUZZ_DIR) + u'/' + kind + u'/' + target);
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                const QString tag = u"%1 %2 %3 replays cleanly"_qs.arg(target, kind, file);
                QTest::newRow(qPrintable(tag)) << target << dir.filePath(file);
                regressions += kind == u"regressions";
            }
        }
    }
    qInfo("%d kept crashers", regressions);
}

void TestFuzzRegressions::everyKeptInputReplaysCleanly()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto *data = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    const auto size = std::size_t(bytes.size());
    const QString problem = target == u"loader" ? FuzzHarness::loader(data, size)
                            : target == u"markup"
                                ? FuzzHarness::markup(data, size)
                                : FuzzHarness::extractor(*m_extractor, data, size);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_APPLESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
