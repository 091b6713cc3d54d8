// The headless contract (README, "Headless"), checked on the real executable.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void entitiesWorkWithoutAnyDisplay();
    void offsetsAreCodePointsIntoTheTextAsRead();
    void standardInputIsRead();
    void csvFormat();
    void unreadableFilesFailWithAMessageAndNoOutput_data();
    void unreadableFilesFailWithAMessageAndNoOutput();
    void helpVersionAndLogLevel();
    void headlessCommandsTakeOneFile();
    void screenshotWritesAPngWithTheSelection();
    void screenshotAppliesTheCorrectionsBesideTheFile();
    void screenshotNeverWaitsOnADialog();
    void textPrintsTheReaderViewBodyOneBlockALine();
    void textAsJsonGivesTheHeaderAndBlocksInCodePoints();
    void webAddressFailuresAreOneLineOnStderr_data();
    void webAddressFailuresAreOneLineOnStderr();
    void libraryAddSearchAndEntityPrintJson();
    void libraryFailuresSayWhy();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &arguments, const QByteArray &input = {}, bool withDisplay = false,
               const QString &home = QDir::tempPath()) const;
};

TestCli::Result TestCli::run(const QStringList &arguments, const QByteArray &input,
                             bool withDisplay, const QString &home) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_qs, home); // settings of the test stay out of the user's
    env.remove(u"XDG_DATA_HOME"_qs);
    env.remove(u"XDG_CONFIG_HOME"_qs);
    if (!withDisplay) {
        env.remove(u"DISPLAY"_qs);
        env.remove(u"WAYLAND_DISPLAY"_qs);
        env.remove(u"QT_QPA_PLATFORM"_qs);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ARTICLE_READER_BIN), arguments);
    if (!input.isNull())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCli::entitiesWorkWithoutAnyDisplay()
{
    const Result r = run({u"--entities"_qs});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root[u"article"_qs][u"source"_qs].toString(), u"builtin:ceasefire-talks"_qs);
    QVERIFY(!root[u"article"_qs][u"title"_qs].toString().isEmpty());
    const QJsonArray entities = root[u"entities"_qs].toArray();
    QVERIFY(entities.size() >= 27);
    QStringList types;
    for (const auto &e : entities)
        types.append(e[u"type"_qs].toString());
    QVERIFY(types.contains(u"person"_qs) && types.contains(u"place"_qs));
    for (const auto &t : types)
        QVERIFY(t == u"person" || t == u"place" || t == u"organization");
}

void TestCli::offsetsAreCodePointsIntoTheTextAsRead()
{
    // An emoji (outside the Basic Multilingual Plane) before the names shifts UTF-16 offsets but
    // not code point offsets.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"emoji.txt"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray text = "\xF0\x9F\x98\x80 President Vladimir Putin met officials in Moscow.\n";
    f.write(text);
    f.close();
    const Result r = run({u"--entities"_qs, path});
    QCOMPARE(r.exitCode, 0);
    const QString decoded = QString::fromUtf8(text);
    const QList<uint> codePoints = decoded.toUcs4();
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root[u"article"_qs][u"characters"_qs].toInt(), codePoints.size());
    int checked = 0;
    for (const auto &e : root[u"entities"_qs].toArray()) {
        for (const auto &m : e[u"mentions"_qs].toArray()) {
            const int start = m[u"start"_qs].toInt();
            const int end = m[u"end"_qs].toInt();
            const QString slice = QString::fromUcs4(reinterpret_cast<const char32_t *>(
                                                        codePoints.constData() + start),
                                                    end - start);
            QCOMPARE(slice, m[u"text"_qs].toString());
            ++checked;
        }
    }
    QCOMPARE(checked, 2);
}

void TestCli::standardInputIsRead()
{
    const Result r = run({u"--entities"_qs, u"-"_qs}, "Officials in Kyiv met Dmitry Peskov.\n");
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root[u"article"_qs][u"source"_qs].toString(), u"stdin"_qs);
    QCOMPARE(root[u"entities"_qs].toArray().size(), 2);
}

void TestCli::csvFormat()
{
    const Result r = run({u"--entities"_qs, u"--format"_qs, u"csv"_qs});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("name,type,role,mentions,first_start"));
    QVERIFY(lines.contains("Donald Trump,person,President,9,101"));
    const Result bad = run({u"--entities"_qs, u"--format"_qs, u"xml"_qs});
    QVERIFY(bad.exitCode != 0);
    QVERIFY(bad.out.isEmpty());
    QVERIFY(bad.err.contains("use json or csv"));
}

void TestCli::unreadableFilesFailWithAMessageAndNoOutput_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("a missing file") << u"missing"_qs << QByteArray("no such file");
    QTest::newRow("a folder") << u"folder"_qs << QByteArray("folder");
    QTest::newRow("binary data") << u"binary"_qs << QByteArray("not a text file");
}

void TestCli::unreadableFilesFailWithAMessageAndNoOutput()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    QString path = dir.filePath(u"x"_qs);
    if (kind == u"folder") {
        path = dir.path();
    } else if (kind == u"binary") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x7f"
                           "ELF\x02\x01\x01\0\0\0",
                           10));
    }
    const Result r = run({u"--entities"_qs, path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestCli::helpVersionAndLogLevel()
{
    const Result help = run({u"--help"_qs});
    QCOMPARE(help.exitCode, 0);
    for (const char *option :
         {"--entities", "--format", "--screenshot", "--select", "--log-level", "--version"})
        QVERIFY2(help.out.contains(option), option);
    QVERIFY(help.out.startsWith("Usage: article-reader"));
    QVERIFY(!help.out.contains("help-all"));
    const Result version = run({u"--version"_qs});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("article-reader "));
    const Result level = run({u"--entities"_qs, u"--log-level"_qs, u"loud"_qs});
    QCOMPARE(level.exitCode, 2);
    QVERIFY(level.err.contains("unknown log level"));
    const Result info = run({u"--entities"_qs, u"--log-level"_qs, u"info"_qs});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.err.contains("extracted"));
    QVERIFY(QJsonDocument::fromJson(info.out).isObject()); // logs never reach stdout
}

void TestCli::headlessCommandsTakeOneFile()
{
    // Several FILEs open a window each; --entities and --screenshot have one article.
    const Result entities = run({u"--entities"_qs, u"a.txt"_qs, u"b.txt"_qs});
    QCOMPARE(entities.exitCode, 2);
    QVERIFY2(entities.err.contains("--entities takes at most one FILE, got 2"),
             entities.err.constData());
    QVERIFY(entities.out.isEmpty());
    QTemporaryDir dir;
    const Result screenshot = run(
        {u"--screenshot"_qs, dir.filePath(u"x.png"_qs), u"a.txt"_qs, u"b.txt"_qs});
    QCOMPARE(screenshot.exitCode, 2);
    QVERIFY2(screenshot.err.contains("--screenshot takes at most one FILE"),
             screenshot.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(u"x.png"_qs)));
}

void TestCli::screenshotWritesAPngWithTheSelection()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"shot.png"_qs);
    // No display at all: the screenshot falls back to the offscreen platform.
    const Result r = run({u"--screenshot"_qs, png, u"--select"_qs, u"Dmitry Peskov"_qs});
    QCOMPARE(r.exitCode, 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 600);
    const Result unknown = run({u"--screenshot"_qs, png, u"--select"_qs, u"Nobody Atall"_qs});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("no entity named"));
}

// --screenshot FILE shows what --entities FILE lists: the corrections beside the file applied.
void TestCli::screenshotAppliesTheCorrectionsBesideTheFile()
{
    QTemporaryDir dir;
    const QByteArray text = "President Vladimir Putin met officials in Moscow.\n";
    const QString article = dir.filePath(u"a.txt"_qs);
    QFile a(article);
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write(text);
    a.close();
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
    QFile c(article + u".entities.json"_qs);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write(QJsonDocument(QJsonObject{
                              {u"version"_qs, 1},
                              {u"article"_qs, QJsonObject{{u"sha256"_qs, sha}}},
                              {u"corrections"_qs,
                               QJsonArray{QJsonObject{{u"op"_qs, u"rename"_qs},
                                                      {u"entity"_qs, u"person:Vladimir Putin"_qs},
                                                      {u"name"_qs, u"V. V. Putin"_qs}}}},
                          })
                .toJson());
    c.close();
    const Result entities = run({u"--entities"_qs, article});
    QCOMPARE(entities.exitCode, 0);
    QVERIFY2(entities.out.contains("V. V. Putin"), entities.out.constData());
    const QString png = dir.filePath(u"shot.png"_qs);
    const Result r = run({u"--screenshot"_qs, png, u"--select"_qs, u"V. V. Putin"_qs, article});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QImage(png).isNull());
}

// Stored corrections that do not fit the article warn on stderr; nothing waits for a dialog
// nobody can see.
void TestCli::screenshotNeverWaitsOnADialog()
{
    QTemporaryDir home;
    const QString data = home.filePath(u".local/share/ArticleReader/article-reader/corrections"_qs);
    QVERIFY(QDir().mkpath(data));
    const QByteArray key
        = QCryptographicHash::hash("builtin:ceasefire-talks", QCryptographicHash::Sha1).toHex();
    QFile c(data + u'/' + QString::fromLatin1(key) + u".json"_qs);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write("{\"version\": 1, \"article\": {\"sha256\": \"00\"}, \"corrections\": []}");
    c.close();
    const QString png = home.filePath(u"shot.png"_qs);
    const Result r = run({u"--screenshot"_qs, png}, {}, false, home.path());
    QVERIFY2(r.exitCode == 0, "the screenshot did not finish");
    QVERIFY2(r.err.contains("different version of the article"), r.err.constData());
    QVERIFY(!QImage(png).isNull());
}

namespace {

QByteArray webPage()
{
    QByteArray article;
    for (int i = 0; i < 4; ++i)
        article += "<p>The talks in Geneva resumed on Monday, after a pause of three weeks, and "
                   "the delegations said that progress, however slow, was being made \xf0\x9f\x98"
                   "\x80.</p>";
    return "<!DOCTYPE html><html lang=en><head><title>Talks resume in Geneva today | The "
           "Paper</title>"
           "<meta name=author content='Jane Doe'><meta property='og:site_name' content='The "
           "Paper'><meta property='article:published_time' content='2024-03-05'></head><body>"
           "<nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Talks resume</h1>"
           + article + "</article><footer>Copyright The Paper</footer></body></html>";
}

} // namespace

void TestCli::textPrintsTheReaderViewBodyOneBlockALine()
{
    const Result r = run({u"--text"_qs, u"-"_qs}, webPage());
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.first().startsWith("The talks in Geneva resumed"));
    QVERIFY(!r.out.contains("Copyright") && !r.out.contains("World") && !r.out.contains("Jane"));
    const Result whole = run({u"--text"_qs, u"--whole-page"_qs, u"-"_qs}, webPage());
    QCOMPARE(whole.exitCode, 0);
    QVERIFY(whole.out.startsWith("Home World\nTalks resume\nThe talks in Geneva"));
    QVERIFY(whole.out.trimmed().endsWith("Copyright The Paper"));
}

void TestCli::textAsJsonGivesTheHeaderAndBlocksInCodePoints()
{
    const Result r = run({u"--text"_qs, u"--format"_qs, u"json"_qs, u"-"_qs}, webPage());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[u"title"_qs].toString(), u"Talks resume in Geneva today"_qs);
    QCOMPARE(o[u"byline"_qs].toString(), u"Jane Doe"_qs);
    QCOMPARE(o[u"site"_qs].toString(), u"The Paper"_qs);
    QCOMPARE(o[u"published"_qs].toString(), u"2024-03-05"_qs);
    QCOMPARE(o[u"language"_qs].toString(), u"en"_qs);
    QCOMPARE(o[u"direction"_qs].toString(), u"ltr"_qs);
    const QString text = o[u"text"_qs].toString();
    const QList<uint> codePoints = text.toUcs4();
    const QJsonArray blocks = o[u"blocks"_qs].toArray();
    QCOMPARE(blocks.size(), 4);
    // The last block begins after three emoji: code points, not UTF-16 units.
    const QJsonObject last = blocks.last().toObject();
    QCOMPARE(last[u"kind"_qs].toString(), u"paragraph"_qs);
    const QList<uint> part = codePoints.mid(last[u"start"_qs].toInt(),
                                            last[u"end"_qs].toInt() - last[u"start"_qs].toInt());
    const QString slice = QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()),
                                            part.size());
    QVERIFY2(slice.startsWith(u"The talks in Geneva") && slice.endsWith(u"\U0001F600."),
             qPrintable(slice));
    const Result bad = run({u"--text"_qs, u"--format"_qs, u"csv"_qs, u"-"_qs}, webPage());
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.isEmpty());
}

void TestCli::webAddressFailuresAreOneLineOnStderr_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--text of an address that refuses") << u"--text"_qs;
    QTest::newRow("--entities of an address that refuses") << u"--entities"_qs;
}

void TestCli::webAddressFailuresAreOneLineOnStderr()
{
    QFETCH(QString, option);
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    const Result r = run({option, u"http://127.0.0.1:%1/story"_qs.arg(port)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("article-reader: ") && r.err.count('\n') == 1, r.err.constData());
    QVERIFY2(r.err.contains("the connection was refused"), r.err.constData());
}

void TestCli::libraryAddSearchAndEntityPrintJson()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"lib.sqlite"_qs);
    QDir().mkpath(dir.filePath(u"folder"_qs));
    const auto write = [](const QString &path, const QByteArray &text) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    QVERIFY(write(dir.filePath(u"one.txt"_qs),
                  "Talks in Doha\n\nAngela Merkel arrived in Doha on Monday. Merkel met Olaf "
                  "Scholz.\n"));
    QVERIFY(write(dir.filePath(u"folder/two.md"_qs),
                  "# Floods\n\nChancellor Merkel visited the flooded towns near Cologne.\n"));
    QVERIFY(write(dir.filePath(u"folder/skip.pdf"_qs), "not read"));
    Result r = run({u"--library"_qs, library, u"--library-add"_qs, dir.filePath(u"one.txt"_qs),
                    dir.filePath(u"folder"_qs)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root[u"library"_qs].toString(), library);
    QJsonArray added = root[u"added"_qs].toArray();
    QCOMPARE(added.size(), 2);
    QCOMPARE(added[0][u"title"_qs].toString(), u"Talks in Doha"_qs);
    QCOMPARE(added[0][u"people"_qs].toInt(), 2);
    QCOMPARE(added[1][u"source"_qs].toString(), dir.filePath(u"folder/two.md"_qs));
    // Adding again updates: still two articles.
    r = run({u"--library"_qs, library, u"--library-add"_qs, dir.filePath(u"one.txt"_qs)});
    QCOMPARE(r.exitCode, 0);

    r = run({u"--library"_qs, library, u"--library-search"_qs, u"doha"_qs});
    QCOMPARE(r.exitCode, 0);
    root = QJsonDocument::fromJson(r.out).object();
    const QJsonArray hits = root[u"articles"_qs].toArray();
    QCOMPARE(hits.size(), 1);
    const QString snippet = hits[0][u"snippet"_qs].toString();
    const QJsonArray mark = hits[0][u"highlights"_qs].toArray()[0].toArray();
    QCOMPARE(snippet.mid(mark[0].toInt(), mark[1].toInt() - mark[0].toInt()), u"Doha"_qs);

    r = run({u"--library"_qs, library, u"--library-entity"_qs, u"Angela Merkel"_qs});
    QCOMPARE(r.exitCode, 0);
    root = QJsonDocument::fromJson(r.out).object();
    const QJsonArray articles = root[u"articles"_qs].toArray();
    QCOMPARE(articles.size(), 2); // "Merkel" alone in the second article is the same person
    QCOMPARE(articles[0][u"mentions"_qs].toInt(), 2);
    QCOMPARE(articles[0][u"firstSentence"_qs].toString(),
             u"Angela Merkel arrived in Doha on Monday."_qs);
    QCOMPARE(articles[1][u"name"_qs].toString(), u"Merkel"_qs);
    QStringList alongside;
    for (const QJsonValue &v : root[u"alongside"_qs].toArray())
        alongside.append(v[u"name"_qs].toString());
    QCOMPARE(alongside.first(), u"Doha"_qs); // one article each; the most mentions first
    QVERIFY(alongside.contains(u"Olaf Scholz"_qs));
    QVERIFY(alongside.contains(u"Cologne"_qs));
    QVERIFY(!alongside.contains(u"Angela Merkel"_qs));
}

void TestCli::libraryFailuresSayWhy()
{
    QTemporaryDir dir;
    const QString library = dir.filePath(u"lib.sqlite"_qs);
    // A file that cannot be read: one line on stderr, the others still added, exit code 1.
    QFile ok(dir.filePath(u"ok.txt"_qs));
    QVERIFY(ok.open(QIODevice::WriteOnly));
    ok.write("Olaf Scholz spoke in Hamburg.\n");
    ok.close();
    Result r = run({u"--library"_qs, library, u"--library-add"_qs, dir.filePath(u"missing.txt"_qs),
                    ok.fileName()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("missing.txt"));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"added"_qs].toArray().size(), 1);
    // Nothing to add.
    r = run({u"--library"_qs, library, u"--library-add"_qs});
    QCOMPARE(r.exitCode, 2);
    // A damaged library: kept aside, said so, a new one used.
    const QString damaged = dir.filePath(u"damaged.sqlite"_qs);
    QFile bad(damaged);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("garbage, not a library");
    bad.close();
    r = run({u"--library"_qs, damaged, u"--library-search"_qs, u"anything"_qs});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("damaged"));
    QVERIFY(QFile::exists(dir.filePath(u"damaged.damaged.sqlite"_qs)));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"articles"_qs].toArray().size(), 0);
    // A library that is a folder cannot be used.
    r = run({u"--library"_qs, dir.path(), u"--library-search"_qs, u"x"_qs});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("not a file"));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
