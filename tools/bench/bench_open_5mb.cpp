// Opening a large article in the window: how soon the text shows, how long the event loop stalls
// while the entities are found on the worker thread (with a simulated reader scrolling every
// 20 ms), how soon the sidebar fills, and the peak memory; then how soon a 5 MB line with
// nowhere to break (letters alone, NBSP-joined words, CJK) shows.
//
//   QT_QPA_PLATFORM=offscreen build/tools/bench_open_5mb build/bench/article-5mb.txt
//
// Prints figures; never fails on timing.
#include "core/entities/entitylist.h"
#include "ui/text/articleview.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns on every window shown that it cannot propagate size hints.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.contains(QStringLiteral("propagateSizeHints")))
        previousHandler(type, context, message);
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

// Notes when a widget starts its first paint after `since`.
class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget *widget, const QElapsedTimer &since)
        : QObject(widget)
        , m_since(since)
    {
        widget->installEventFilter(this);
    }
    double ms = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && ms < 0 && m_since.isValid())
            ms = double(m_since.nsecsElapsed()) / 1e6;
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_since;
};

} // namespace

int main(int argc, char *argv[])
{
    // Keep the reader's own settings (recent files, last article) out of the benchmark.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArticleReaderBench"));
    spdlog::set_level(spdlog::level::warn);
    previousHandler = qInstallMessageHandler(quietHandler);
    QApplication app(argc, argv);

    const QStringList args = QCoreApplication::arguments();
    const QString path = args.value(1);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        std::fprintf(stderr,
                     "usage: bench_open_5mb ARTICLE.txt\n"
                     "No article at \"%s\": generate one with\n"
                     "  tools/bench/make_article.py build/bench/article-5mb.txt\n",
                     qUtf8Printable(path));
        return 2;
    }

    // As the application starts: a window with a null knowledge (loaded on the worker thread).
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const double rssBefore = peakRssMb();

    QElapsedTimer clock;
    FirstPaint firstPaint(window.articleView()->viewport(), clock);
    bool ready = false;
    double readyMs = -1;
    QObject::connect(&window, &MainWindow::entitiesReady, &window, [&] {
        ready = true;
        readyMs = double(clock.nsecsElapsed()) / 1e6;
    });

    clock.start();
    if (!window.openFile(path)) {
        std::fprintf(stderr, "bench_open_5mb: cannot open %s\n", qUtf8Printable(path));
        return 1;
    }
    const double openFileMs = double(clock.nsecsElapsed()) / 1e6;
    const bool extracting = window.isExtracting();

    // The event loop's heartbeat: a 5 ms timer; a gap much longer than 5 ms is a stall.
    std::vector<double> gaps;
    double worstGap = 0, worstAt = 0;
    QElapsedTimer beat;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &window, [&] {
        const double gap = double(beat.nsecsElapsed()) / 1e6;
        beat.restart();
        gaps.push_back(gap);
        if (gap > worstGap) {
            worstGap = gap;
            worstAt = double(clock.nsecsElapsed()) / 1e6;
        }
    });
    // A reader scrolling a few lines every 20 ms, down and then back up.
    QScrollBar *bar = window.articleView()->verticalScrollBar();
    int step = 3;
    int scrolls = 0;
    QTimer reader;
    reader.setInterval(20);
    QObject::connect(&reader, &QTimer::timeout, &window, [&] {
        if (bar->value() + step * bar->singleStep() > bar->maximum() || bar->value() + step < 0)
            step = -step;
        bar->setValue(bar->value() + step * bar->singleStep());
        ++scrolls;
    });
    beat.start();
    heartbeat.start();
    reader.start();

    // Until the entities are in, then half a second more for what their arrival sets off.
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!ready || !extracting)
            return;
        poll.stop();
        timeout.start(500);
    });
    poll.start(1);
    if (!extracting)
        timeout.start(500);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit); // never wait for ever
    loop.exec();
    heartbeat.stop();
    reader.stop();

    std::sort(gaps.begin(), gaps.end());
    const double p99 = gaps.empty() ? 0 : gaps[std::min(gaps.size() - 1, gaps.size() * 99 / 100)];
    const double median = gaps.empty() ? 0 : gaps[gaps.size() / 2];
    const auto over = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 50; });

    std::printf("open_5mb: %s, %lld entities\n", qUtf8Printable(QFileInfo(path).fileName()),
                static_cast<long long>(window.entities().size()));
    std::printf("open_5mb_open_file_call: %.0f ms (MainWindow::openFile on the GUI thread: read, "
                "decode, set the text)\n",
                openFileMs);
    std::printf("open_5mb_text_shown: %.0f ms (first paint of the text after opening)\n",
                firstPaint.ms);
    std::printf("open_5mb_max_stall: %.1f ms at %.0f ms after opening (target <= 50) [%s]; "
                "p99 %.1f ms, median %.1f ms, %lld of %zu heartbeats over 50 ms, %d scrolls\n",
                worstGap, worstAt, worstGap <= 50 ? "met" : "MISSED", p99, median,
                static_cast<long long>(over), gaps.size(), scrolls);
    std::printf("open_5mb_entities_ready: %.0f ms\n", readyMs);
    const double peak = peakRssMb();
    std::printf("open_5mb_peak_rss: %.1f MB (target < 150) [%s]; %.1f MB before opening\n", peak,
                peak < 150 ? "met" : "MISSED", rssBefore);

    // Lines with nowhere to break: Qt's line layout took 17 s for 200 KB of them, minutes for
    // 1 MB. Each 5 MB line opens in a new window; the first screen must show within a second.
    QTemporaryDir dir;
    const struct
    {
        const char *name;
        QString text;
    } lines[] = {
        {"line_without_spaces", QStringLiteral("a").repeated(5 * 1024 * 1024)},
        {"line_of_nbsp_joined_words",
         QStringLiteral("Kyiv\u00a0talks\u00a0").repeated(5 * 1024 * 1024 / 12)},
        {"line_of_cjk", QStringLiteral("\u4e2d\u6587\u5b57").repeated(5 * 1024 * 1024 / 9)},
    };
    for (const auto &line : lines) {
        const QString file = dir.filePath(QString::fromLatin1(line.name) + QStringLiteral(".txt"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(line.text.toUtf8()) < 0)
            return 1;
        out.close();
        // A window of its own, as the application starts with the file.
        MainWindow lineWindow;
        lineWindow.resize(1280, 800);
        lineWindow.show();
        for (int i = 0; i < 10; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        // openFile paints the window while it reads (the "Opening ..." status), so the first
        // paint of the text is the one asked for once it returns.
        QElapsedTimer lineClock;
        lineClock.start();
        if (!lineWindow.openFile(file))
            return 1;
        const double callMs = double(lineClock.nsecsElapsed()) / 1e6;
        lineWindow.articleView()->viewport()->repaint();
        const double shownMs = double(lineClock.nsecsElapsed()) / 1e6;
        // The heartbeat again, for a second after opening.
        double worst = 0;
        QElapsedTimer gap;
        QTimer beat5;
        beat5.setTimerType(Qt::PreciseTimer);
        beat5.setInterval(5);
        QObject::connect(&beat5, &QTimer::timeout, &lineWindow, [&] {
            worst = std::max(worst, double(gap.nsecsElapsed()) / 1e6);
            gap.restart();
        });
        gap.start();
        beat5.start();
        QEventLoop wait;
        QTimer::singleShot(1000, &wait, &QEventLoop::quit);
        wait.exec();
        beat5.stop();
        std::printf("open_5mb_%s: %.1f MB, text shown %.0f ms (target < 1000) [%s], "
                    "openFile %.0f ms, max stall in the next second %.1f ms\n",
                    line.name, double(line.text.toUtf8().size()) / (1024.0 * 1024.0), shownMs,
                    shownMs < 1000 ? "met" : "MISSED", callMs, worst);
    }
    return 0;
}
