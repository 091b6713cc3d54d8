// The baseline for start-up time and memory: the least a Qt Widgets program does to show an
// article as the reader does (a list beside a text view, 1280x800) and grab it to a PNG.
// Qt Widgets only, nothing of the reader. tools/bench/startup.py runs it against the reader.
//
//   bench_minimal_viewer resources/ceasefire-talks.txt out.png
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMainWindow>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSplitter>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // as article-reader --screenshot does
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_minimal_viewer ARTICLE.txt OUT.png\n");
        return 2;
    }
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_minimal_viewer: cannot read %s\n", qUtf8Printable(args[1]));
        return 1;
    }

    QMainWindow window;
    auto *splitter = new QSplitter(&window);
    auto *list = new QListWidget(splitter);
    list->addItems({QStringLiteral("Russia"), QStringLiteral("Donald Trump"),
                    QStringLiteral("Ukraine"), QStringLiteral("Vladimir Putin"),
                    QStringLiteral("Moscow"), QStringLiteral("Kremlin")});
    auto *text = new QPlainTextEdit(splitter);
    text->setReadOnly(true);
    text->setPlainText(QString::fromUtf8(in.readAll()));
    splitter->setSizes({300, 980});
    window.setCentralWidget(splitter);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();

    const QImage image = window.grab().toImage();
    QSaveFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        std::fprintf(stderr, "bench_minimal_viewer: cannot write %s\n", qUtf8Printable(args[2]));
        return 1;
    }
    return 0;
}
