// The reader view's speed over the web dev pages: per page, the median and worst time for
// parsing alone (HtmlParser) and for the whole path to the article (ArticleLoader::fromBytes:
// decoding, parsing, the reader view), and the throughput in MB/s of HTML. When node and
// tools/bench/readability/node_modules are there, Mozilla Readability with jsdom runs on the same
// pages as an anchor. Prints figures; never fails on timing.
//   bench_web [PAGES_DIR]   (default: ../shared/eval/web/pages beside the repository)
#include "core/document/articleloader.h"
#include "core/web/htmlparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty()      ? 0
           : v.size() % 2 ? v[v.size() / 2]
                          : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

template<typename F>
double bestOf(int rounds, F &&f)
{
    double best = 1e18;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::off); // figures only
    const QString root = QStringLiteral(ARTICLE_READER_SOURCE_DIR);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                 : root + u"/../shared/eval/web/pages"_qs;
    const QDir pages(dir);
    QStringList files;
    for (const QString &name : pages.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        files.append(pages.filePath(name + u"/source.html"_qs));
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_web: no pages in %s\n", qUtf8Printable(dir));
        return 1;
    }
    std::vector<double> parse, whole;
    qint64 bytes = 0;
    double parseTotal = 0, wholeTotal = 0;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray html = f.readAll();
        bytes += html.size();
        const double p = bestOf(3, [&] { HtmlParser::parse(html); });
        const double w = bestOf(3, [&] { ArticleLoader::fromBytes(html, path, u"source.html"_qs); });
        parse.push_back(p);
        whole.push_back(w);
        parseTotal += p;
        wholeTotal += w;
    }
    const double mb = double(bytes) / (1024.0 * 1024.0);
    std::printf("%zu pages, %.1f MB of HTML\n", parse.size(), mb);
    std::printf("parse alone       median %7.2f ms  worst %7.2f ms  %6.1f MB/s\n", median(parse),
                *std::max_element(parse.begin(), parse.end()), mb / (parseTotal / 1000));
    std::printf("whole path        median %7.2f ms  worst %7.2f ms  %6.1f MB/s\n", median(whole),
                *std::max_element(whole.begin(), whole.end()), mb / (wholeTotal / 1000));
    std::printf("whole / parse     median %7.2f     total %7.2f\n", median(whole) / median(parse),
                wholeTotal / parseTotal);

    const QString node = QStandardPaths::findExecutable(u"node"_qs);
    const QString script = root + u"/tools/bench/readability/readability-times.js"_qs;
    if (node.isEmpty() || !QDir(root + u"/tools/bench/readability/node_modules/jsdom"_qs).exists()) {
        std::printf("Readability.js anchor: skipped (needs node and `npm install` in "
                    "tools/bench/readability)\n");
        return 0;
    }
    QProcess p;
    p.start(node, QStringList{script} + files);
    p.waitForFinished(-1);
    std::vector<double> js;
    double jsTotal = 0;
    std::vector<double> ratios;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (qsizetype i = 0; i < lines.size() && std::size_t(js.size()) < whole.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(' ');
        if (fields.size() < 3)
            continue;
        const double t = fields[1].toDouble();
        ratios.push_back(t / whole[js.size()]);
        js.push_back(t);
        jsTotal += t;
    }
    if (js.empty()) {
        std::printf("Readability.js anchor: no figures (%s)\n",
                    p.readAllStandardError().constData());
        return 0;
    }
    std::printf("Readability+jsdom median %7.2f ms  worst %7.2f ms  %6.1f MB/s\n", median(js),
                *std::max_element(js.begin(), js.end()), mb / (jsTotal / 1000));
    std::printf("Article Reader is faster: %.1fx on the median page, %.1fx in total, %.1fx on "
                "the median of per-page ratios\n",
                median(js) / median(whole), jsTotal / wholeTotal, median(ratios));
    return 0;
}
