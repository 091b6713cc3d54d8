// Article Reader: arguments, logging, then either a headless command or the main window.
#include "cli.h"
#include "core/document/articleloader.h"
#include "core/extraction/knowledge.h"
#include "librarycommand.h"
#include "logging.h"
#include "textcommand.h"
#include "ui/style/readerstyle.h"
#include "ui/window/mainwindow.h"
#include "ui/window/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QLayout>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QStyle>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "article-reader: %s\n", qUtf8Printable(message));
    return code;
}

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
           || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// Runs the event loop until the window's entities are in (extraction runs on a worker thread).
void waitForEntities(MainWindow &window)
{
    if (!window.isExtracting())
        return;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::entitiesReady, &loop, &QEventLoop::quit);
    loop.exec();
}

// Opens FILE ("-": standard input; a web address is fetched) in the window; on failure tells the
// user what is wrong.
bool openArticle(MainWindow &window, const QString &file)
{
    if (file != QStringLiteral("-"))
        return window.openSource(file);
    const LoadResult loaded = ArticleLoader::loadStdin();
    if (loaded.ok())
        window.showArticle(*loaded.article);
    else
        QMessageBox::warning(&window, QStringLiteral("Article Reader"), loaded.error);
    return loaded.ok();
}

// The window as a reader sees it once the entities are in, written to `path`. The extraction (a
// millisecond or two on a news article) runs before the window first shows, so that it paints once,
// complete, rather than once without its sidebar and again with it; the layout is settled at the
// screenshot's size first, so that the text is laid out once, at its width.
int takeScreenshot(const Article &article, const QString &articleFile, const QString &path,
                   const QStringList &select)
{
    MainWindow window;
    window.setInteractive(false); // nobody could answer a dialog
    window.resize(1280, 800);
    window.layout()->activate();
    if (articleFile.isEmpty() || articleFile == QStringLiteral("-"))
        window.showArticle(article);
    else
        window.showFile(article, articleFile); // with the corrections --entities FILE applies too
    waitForEntities(window);
    window.show();
    QApplication::processEvents();
    // Selecting scrolls to the first mention, which needs the view at its shown size.
    if (!select.isEmpty()) {
        if (const QString missing = window.selectEntitiesByName(select); !missing.isEmpty())
            return fail(QStringLiteral("no entity named \"%1\" in this article; "
                                       "`--entities` lists them.")
                            .arg(missing));
        QApplication::processEvents();
    }
    const QImage image = window.grab().toImage();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return fail(QStringLiteral("cannot write the screenshot to \"%1\": %2")
                        .arg(path, file.errorString()));
    spdlog::info("screenshot written to {}", path.toStdString());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("ArticleReader"));
    QCoreApplication::setApplicationName(QStringLiteral("article-reader"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARTICLE_READER_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Read a news article by its people and places. Without options, opens each FILE (or the "
        "built-in article) in a window."));
    // Declared by hand: addHelpOption() also adds --help-all (Qt's own options), which means
    // nothing before an application object exists.
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help and exit."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Show the version and exit."));
    parser.addOptions({helpOption, versionOption});
    const QCommandLineOption
        entitiesOption(QStringLiteral("entities"),
                       QStringLiteral(
                           "Print the article's people, places and organizations and exit, without "
                           "opening a window. FILE \"-\" reads standard input."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Output format of --entities: json "
                                                         "(default) or csv; of --text: text "
                                                         "(default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption
        textOption(QStringLiteral("text"),
                   QStringLiteral(
                       "Print the article's body as the reader shows it, one block a line, and "
                       "exit. FILE may be a web address; \"-\" reads standard input."));
    const QCommandLineOption
        wholePageOption(QStringLiteral("whole-page"),
                        QStringLiteral(
                            "Read a web page whole, not the article its reader view finds."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral(
                                                  "Render the main window to a PNG file and exit."),
                                              QStringLiteral("FILE.png"));
    const QCommandLineOption
        selectOption(QStringLiteral("select"),
                     QStringLiteral("Select the entity NAME; repeat to follow several at once."),
                     QStringLiteral("NAME"));
    const QCommandLineOption
        logLevelOption(QStringLiteral("log-level"),
                       QStringLiteral(
                           "Log level on stderr: trace, debug, info, warn, error, critical or off "
                           "(default warn)."),
                       QStringLiteral("LEVEL"), QStringLiteral("warn"));
    const QCommandLineOption
        libraryAddOption(QStringLiteral("library-add"),
                         QStringLiteral("Add each FILE, web address or folder (its .txt, .md and "
                                        ".html files) to the library, print them as JSON and "
                                        "exit."));
    const QCommandLineOption
        librarySearchOption(QStringLiteral("library-search"),
                            QStringLiteral("Search the library's titles and text for QUERY, print "
                                           "the articles found as JSON and exit."),
                            QStringLiteral("QUERY"));
    const QCommandLineOption
        libraryEntityOption(QStringLiteral("library-entity"),
                            QStringLiteral("Print the library's articles that mention NAME (and "
                                           "who appears alongside) as JSON and exit."),
                            QStringLiteral("NAME"));
    const QCommandLineOption
        libraryOption(QStringLiteral("library"),
                      QStringLiteral("Use the library file PATH (default: library.sqlite in the "
                                     "data directory)."),
                      QStringLiteral("PATH"));
    parser.addOptions({entitiesOption, textOption, wholePageOption, formatOption, screenshotOption,
                       selectOption, logLevelOption, libraryAddOption, librarySearchOption,
                       libraryEntityOption, libraryOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A UTF-8 text article; \"-\" for standard input. "
                                                "Each further FILE opens in a window of its own."),
                                 QStringLiteral("[FILE...]"));

    if (!parser.parse(arguments))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"), 2);
    if (parser.isSet(helpOption)) {
        // Without an application object the parser cannot know the program's name.
        QString help = parser.helpText();
        help.replace(QStringLiteral("<executable_name>"), QStringLiteral("article-reader"));
        std::fputs(qUtf8Printable(help), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("article-reader %s\n", ARTICLE_READER_VERSION);
        return 0;
    }
    if (!Logging::setUp(parser.value(logLevelOption)))
        return fail(QStringLiteral("unknown log level \"%1\"; use trace, debug, info, warn, error, "
                                   "critical or off.")
                        .arg(parser.value(logLevelOption)),
                    2);
    const QStringList files = parser.positionalArguments();
    const QString file = files.value(0);
    for (const QCommandLineOption &option : {entitiesOption, textOption, screenshotOption}) {
        if (files.size() > 1 && parser.isSet(option))
            return fail(QStringLiteral("--%1 takes at most one FILE, got %2 (see --help).")
                            .arg(option.names().constFirst())
                            .arg(files.size()),
                        2);
    }

    // The library's commands: no window, no display.
    const QString libraryPath = parser.value(libraryOption);
    if (parser.isSet(libraryAddOption)) {
        QCoreApplication app(argc, argv);
        return LibraryCommand::add(libraryPath, files);
    }
    if (parser.isSet(librarySearchOption)) {
        QCoreApplication app(argc, argv);
        return LibraryCommand::search(libraryPath, parser.value(librarySearchOption));
    }
    if (parser.isSet(libraryEntityOption)) {
        QCoreApplication app(argc, argv);
        return LibraryCommand::entity(libraryPath, parser.value(libraryEntityOption));
    }
    if (parser.isSet(textOption)) {
        QCoreApplication app(argc, argv);
        return TextCommand::run(file,
                                parser.isSet(formatOption) ? parser.value(formatOption)
                                                           : QStringLiteral("text"),
                                parser.isSet(wholePageOption));
    }
    if (parser.isSet(entitiesOption)) {
        // No window, no display: QtCore only.
        QCoreApplication app(argc, argv);
        return Cli::printEntities(file, parser.value(formatOption));
    }

    const bool screenshot = parser.isSet(screenshotOption);
    if (!haveDisplay()) {
        if (!screenshot)
            return fail(QStringLiteral("no display to open a window on (DISPLAY is not set). Use "
                                       "--entities to list entities without a window."));
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setStyle(new ReaderStyle); // the platform's style, its tool bar and scroll
                                             // bars drawn from a cache
    app.setApplicationDisplayName(QStringLiteral("Article Reader"));
    // Lets Wayland desktops tie the window to its launcher and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.articlereader.ArticleReader"));
    Translations::install(QLocale::system()); // LANGUAGE, LC_ALL, LC_MESSAGES, LANG

    if (screenshot) {
        const LoadResult loaded = file == QStringLiteral("-") ? ArticleLoader::loadStdin()
                                  : file.isEmpty()            ? ArticleLoader::loadBuiltin()
                                                              : ArticleLoader::loadFile(file);
        if (!loaded.ok())
            return fail(loaded.error);
        return takeScreenshot(*loaded.article, file, parser.value(screenshotOption),
                              parser.values(selectOption));
    }

    // The gazetteers load on the worker thread, after the text is on screen.
    MainWindow window;
    window.show();
    bool opened = !file.isEmpty() && openArticle(window, file);
    if (!opened && file.isEmpty())
        opened = window.reopenLastArticle(); // where the reader left off
    if (!opened)
        window.showArticle(*ArticleLoader::loadBuiltin().article);
    // Each further FILE in a window of its own, cascaded down and to the right, so that a
    // launcher's "Exec=article-reader %F" opens every file chosen.
    const int step = window.style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, &window);
    for (qsizetype i = 1; i < files.size(); ++i) {
        auto *other = new MainWindow;
        other->setAttribute(Qt::WA_DeleteOnClose);
        other->resize(window.size());
        other->move(window.pos() + QPoint(step, step) * int(i));
        other->show();
        if (!openArticle(*other, files[i]))
            other->close();
    }
    if (parser.isSet(selectOption)) {
        const QStringList names = parser.values(selectOption);
        QObject::connect(
            &window, &MainWindow::entitiesReady, &window,
            [&window, names] { window.selectEntitiesByName(names); }, Qt::SingleShotConnection);
    }
    return app.exec();
}
