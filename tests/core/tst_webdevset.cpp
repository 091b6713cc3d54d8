// The reader view on 78 pages of the web development set (tests/data/web, Mozilla Readability's
// test pages), scored as tools/score_web.py scores the whole set: 4-word shingles, each page
// weighted alike. Floors sit just under what the reader view reaches, so that a change that
// loses article text, keeps boilerplate or misses metadata fails here.
#include "core/document/articleloader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

using Shingles = QHash<QStringList, int>;

Shingles shingles(const QString &text)
{
    QStringList words;
    QString word;
    for (QChar c : text) {
        if (c.isLetterOrNumber() || c == u'_') {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    Shingles result;
    if (words.size() < 4) {
        if (!words.isEmpty())
            ++result[words];
        return result;
    }
    for (qsizetype i = 0; i + 4 <= words.size(); ++i)
        ++result[words.mid(i, 4)];
    return result;
}

QString norm(const QString &s)
{
    return s.simplified().toCaseFolded();
}

} // namespace

class TestWebDevSet : public QObject
{
    Q_OBJECT
private slots:
    void readerViewStaysAboveItsFloors();
};

void TestWebDevSet::readerViewStaysAboveItsFloors()
{
    const QDir pages(QStringLiteral(ARTICLE_READER_TEST_DATA "/web/pages"));
    const QStringList names = pages.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(names.size(), 78);
    double precisionSum = 0, recallSum = 0;
    int precisionPages = 0, recallPages = 0;
    int titles = 0, titleHits = 0, bylines = 0, bylineHits = 0, dates = 0, dateHits = 0;
    for (const QString &name : names) {
        const LoadResult r = ArticleLoader::loadFile(pages.filePath(name + u"/source.html"_qs));
        QVERIFY2(r.ok(), qPrintable(name + u": "_qs + r.error));
        QFile expectedFile(pages.filePath(name + u"/expected.txt"_qs));
        QFile metaFile(pages.filePath(name + u"/expected.json"_qs));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly) && metaFile.open(QIODevice::ReadOnly));
        const Shingles expected = shingles(QString::fromUtf8(expectedFile.readAll()));
        const Shingles got = shingles(r.article->text);
        int tp = 0, fp = 0, fn = 0;
        for (auto it = got.cbegin(); it != got.cend(); ++it) {
            const int both = std::min(it.value(), expected.value(it.key()));
            tp += both;
            fp += it.value() - both;
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            fn += it.value() - std::min(it.value(), got.value(it.key()));
        const double sum = tp + fp + fn;
        if (sum > 0) {
            const double t = tp / sum, f = fp / sum, n = fn / sum;
            if (t + f > 0) {
                precisionSum += (f == 0 && n == 0) ? 1.0 : t / (t + f);
                ++precisionPages;
            }
            if (t + n > 0) {
                recallSum += (f == 0 && n == 0) ? 1.0 : t / (t + n);
                ++recallPages;
            }
        }
        const QJsonObject want = QJsonDocument::fromJson(metaFile.readAll()).object();
        const auto check = [](const QJsonValue &w, const QString &g, int &total, int &hits,
                              qsizetype length) {
            if (!w.isString() || w.toString().isEmpty())
                return;
            ++total;
            hits += norm(w.toString()).left(length) == norm(g).left(length);
        };
        check(want.value(u"title"), r.article->title, titles, titleHits, -1);
        check(want.value(u"byline"), r.article->byline, bylines, bylineHits, -1);
        check(want.value(u"publishedTime"), r.article->published, dates, dateHits, 10);
    }
    const double p = precisionSum / precisionPages, rc = recallSum / recallPages;
    const double f1 = 2 * p * rc / (p + rc);
    qInfo("body precision %.3f recall %.3f F1 %.3f; title %d/%d, byline %d/%d, date %d/%d", p, rc,
          f1, titleHits, titles, bylineHits, bylines, dateHits, dates);
    QVERIFY2(f1 >= 0.98, qPrintable(QString::number(f1)));
    QVERIFY2(double(titleHits) / titles >= 0.98, qPrintable(QString::number(titleHits)));
    QVERIFY2(double(bylineHits) / bylines >= 0.85, qPrintable(QString::number(bylineHits)));
    QVERIFY2(double(dateHits) / dates >= 0.95, qPrintable(QString::number(dateHits)));
}

QTEST_APPLESS_MAIN(TestWebDevSet)
#include "tst_webdevset.moc"
