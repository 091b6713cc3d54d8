// The window opens every hostile file of tst_hostileinput in turn, one after another: each is
// shown or refused with a message, the window stays usable, and a good article opens afterwards
// with its entities in the sidebar. All files are generated here; none is committed.
#include "core/document/articleloader.h"
#include "core/extraction/knowledge.h"
#include "tripwire.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/text/articleview.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <sys/stat.h>

namespace {

// Extraction of the largest files below takes seconds under the sanitizers; opening never blocks
// the window for more than what reading and laying out the text costs.
constexpr int ExtractionTimeoutMs = 120000;

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(n, Qt::Uninitialized);
    for (auto &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

QByteArray capitalisedWords(qsizetype count)
{
    static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "te", "sa",
                                      "vo", "bi", "du", "ga", "ze", "po", "hu"};
    QRandomGenerator random(42);
    QByteArray text;
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray w;
        for (int s = 0, n = 2 + int(random.bounded(2)); s < n; ++s)
            w += syllables[random.bounded(14)];
        w[0] = char(w[0] - 'a' + 'A');
        text += w + ' ';
    }
    return text;
}

const QByteArray GoodArticle = "Talks in Jeddah\n\nVladimir Putin met Donald Trump in Jeddah on "
                               "Tuesday. Putin said Russia wants peace.\n";

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void theWindowSurvivesEachFileInTurn_data();
    void theWindowSurvivesEachFileInTurn();
    void aGoodFileOpensAfterwardsAndItsEntitiesAppear();
    void aFileChangedOrDeletedWhileOpenKeepsTheLastTextRead();
    void aHostilePageOpensWithoutTouchingWhatItReferences();

private:
    QString write(const QString &name, const QByteArray &bytes);
    bool open(const QString &path);
    bool sidebarHas(const QString &name) const;

    std::shared_ptr<const Knowledge> m_knowledge;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_message; // the text of the last message box, accepted by a timer
};

void TestHostileFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_knowledge = Knowledge::load();
    m_window = std::make_unique<MainWindow>(m_knowledge);
    m_window->showArticle(*ArticleLoader::loadBuiltin().article);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isExtracting(), ExtractionTimeoutMs);
}

void TestHostileFiles::cleanupTestCase()
{
    m_window.reset();
}

QString TestHostileFiles::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Opens a file as the user would; a message box it shows is read and accepted.
bool TestHostileFiles::open(const QString &path)
{
    m_message.clear();
    QTimer::singleShot(0, this, [this] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            m_message = box->text();
            box->accept();
        }
    });
    return m_window->openFile(path);
}

bool TestHostileFiles::sidebarHas(const QString &name) const
{
    const QAbstractItemModel *model = m_window->sidebar()->view()->model();
    return !model
                ->match(model->index(0, 0), Qt::DisplayRole, name, 1,
                        Qt::MatchExactly | Qt::MatchRecursive)
                .isEmpty();
}

void TestHostileFiles::theWindowSurvivesEachFileInTurn_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("refusal"); // the message box says this; empty: the file is shown
    QTest::addColumn<qsizetype>("characters"); // when shown: the article's length; -1: any

    QTest::newRow("an empty file is shown, empty")
        << write(u"empty.txt"_qs, {}) << QString() << qsizetype(0);
    QTest::newRow("a file of only whitespace is shown")
        << write(u"blank.txt"_qs, " \n\t\n  \n") << QString() << qsizetype(7);
    QTest::newRow("a file with no names is shown")
        << write(u"quiet.txt"_qs, QByteArray("nothing happened today.\n").repeated(100))
        << QString() << qsizetype(2400);
    QTest::newRow("a png image is refused as binary")
        << write(u"photo.txt"_qs,
                 QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + randomBytes(4096, 1))
        << u"not a text file"_qs << qsizetype(-1);
    QTest::newRow("an executable is refused as binary")
        << write(u"a.out"_qs, QByteArray("\x7f"
                                         "ELF\x02\x01\x01\0\0\0",
                                         10)
                                  + randomBytes(8192, 2))
        << u"not a text file"_qs << qsizetype(-1);
    QTest::newRow("random bytes are refused as binary")
        << write(u"random.bin"_qs, randomBytes(1 << 20, 3)) << u"not a text file"_qs
        << qsizetype(-1);
    QTest::newRow("a nul byte inside text is refused")
        << write(u"nul.txt"_qs, QByteArray("Putin met\0Trump", 15)) << u"binary data at byte 9"_qs
        << qsizetype(-1);
    QTest::newRow("utf-16 without a byte order mark is refused with the reason")
        << write(u"wide.txt"_qs, QByteArray("K\0y\0i\0v\0 \0i\0s\0", 14))
        << u"UTF-16 text without a byte order mark"_qs << qsizetype(-1);
    QTest::newRow("latin-1 text is shown")
        << write(u"latin1.txt"_qs, "Mich\xe9l Martin visited Dublin.\n") << QString()
        << qsizetype(30);
    QTest::newRow("utf-16 with a byte order mark is shown")
        << write(u"utf16.txt"_qs, QByteArray("\xff\xfeK\0y\0i\0v\0", 10)) << QString()
        << qsizetype(4);
    QTest::newRow("a 200 MB file is refused by its size") << [this] {
        const QString path = m_dir.filePath(u"huge.txt"_qs);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || !f.resize(200 * 1024 * 1024)) // sparse
            qFatal("cannot make %s", qPrintable(path));
        return path;
    }() << u"larger than the 64.0 MB"_qs << qsizetype(-1);
    QTest::newRow("a 10 MB single line is shown")
        << write(u"line.txt"_qs, QByteArray("the talks in Kyiv went on, ").repeated(370000))
        << QString() << qsizetype(9990000);
    QTest::newRow("100,000 capitalised words in a row are shown")
        << write(u"caps.txt"_qs, capitalisedWords(100000)) << QString() << qsizetype(-1);
    QTest::newRow("/dev/zero is refused")
        << u"/dev/zero"_qs << u"not a regular file"_qs << qsizetype(-1);
    QTest::newRow("a fifo is refused without blocking") << [this] {
        const QString path = m_dir.filePath(u"fifo"_qs);
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            qFatal("mkfifo failed");
        return path;
    }() << u"not a regular file"_qs << qsizetype(-1);
    QTest::newRow("a folder is refused") << m_dir.path() << u"it is a folder"_qs << qsizetype(-1);
    QTest::newRow("a dangling symlink is refused with where it points") << [this] {
        const QString path = m_dir.filePath(u"dangling.txt"_qs);
        QFile::link(m_dir.filePath(u"gone.txt"_qs), path);
        return path;
    }() << u"is a link to"_qs << qsizetype(-1);
    QTest::newRow("a missing file is refused")
        << m_dir.filePath(u"missing.txt"_qs) << u"no such file"_qs << qsizetype(-1);
    QTest::newRow("html nested 100,000 deep is shown as its text")
        << write(u"deep.html"_qs, QByteArray("<div><b>").repeated(100000) + "Kyiv"
                                      + QByteArray("</b></div>").repeated(100000))
        << QString() << qsizetype(4);
    QTest::newRow("html with 100,000 links is shown as their text")
        << write(u"links.html"_qs,
                 "<p>" + QByteArray("<a href='http://127.0.0.1:9/'>Kyiv</a> ").repeated(100000))
        << QString() << qsizetype(499999);
    QTest::newRow("markdown nested 100,000 deep is shown as its text")
        << write(u"deep.md"_qs,
                 QByteArray(">").repeated(100000) + " " + QByteArray("[").repeated(100000) + "Kyiv")
        << QString() << qsizetype(-1);
    QTest::newRow("emoji and right-to-left text are shown")
        << write(u"emoji.txt"_qs, QString(u"\U0001F600 Putin \u05e9\u05dc\u05d5\u05dd "
                                          "Kyiv \u202eOdesa\u202c e\u0301\n"_qs)
                                      .toUtf8())
        << QString() << qsizetype(-1);
}

void TestHostileFiles::theWindowSurvivesEachFileInTurn()
{
    QFETCH(QString, path);
    QFETCH(QString, refusal);
    QFETCH(qsizetype, characters);
    const QString before = m_window->article().text;
    QElapsedTimer timer;
    timer.start();
    const bool opened = open(path);
    qInfo("openFile took %lld ms", qlonglong(timer.elapsed()));
    if (!refusal.isEmpty()) {
        QVERIFY2(!opened, qPrintable(path));
        QVERIFY2(m_message.contains(refusal), qPrintable(m_message));
        QCOMPARE(m_window->article().text, before); // the article read before is kept
        return;
    }
    QVERIFY2(opened, qPrintable(m_message));
    QVERIFY2(m_message.isEmpty(), qPrintable(m_message));
    if (characters >= 0)
        QCOMPARE(m_window->article().text.size(), characters);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isExtracting(), ExtractionTimeoutMs);
    QCOMPARE(m_window->articleView()->toPlainText().size(), m_window->article().text.size());
    QVERIFY(m_window->isVisible());
}

void TestHostileFiles::aGoodFileOpensAfterwardsAndItsEntitiesAppear()
{
    QVERIFY(open(write(u"good.txt"_qs, GoodArticle)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isExtracting(), ExtractionTimeoutMs);
    QCOMPARE(m_window->article().text, QString::fromUtf8(GoodArticle));
    QVERIFY(sidebarHas(u"Vladimir Putin"_qs));
    QVERIFY(sidebarHas(u"Donald Trump"_qs));
    QVERIFY(sidebarHas(u"Jeddah"_qs));
    QVERIFY(m_window->selectEntityByName(u"Vladimir Putin"_qs));
    QTRY_COMPARE(m_window->articleView()->highlights().size(), 2);
}

void TestHostileFiles::aFileChangedOrDeletedWhileOpenKeepsTheLastTextRead()
{
    const QString path = write(u"changing.txt"_qs, GoodArticle);
    QVERIFY(open(path));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isExtracting(), ExtractionTimeoutMs);
    const QString good = m_window->article().text;

    // Overwritten with binary data: the reload is refused, the text read before stays.
    m_window->statusBar()->clearMessage();
    write(u"changing.txt"_qs, QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->statusBar()->currentMessage().isEmpty(), 10000);
    QCOMPARE(m_window->article().text, good);

    // Rewritten as an article: it is read again.
    write(u"changing.txt"_qs, "Olaf Scholz visited Kyiv.\n");
    QTRY_COMPARE_WITH_TIMEOUT(m_window->article().text, u"Olaf Scholz visited Kyiv.\n"_qs, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isExtracting(), ExtractionTimeoutMs);

    // Deleted: the text stays, and the window says what happened.
    m_window->statusBar()->clearMessage();
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->statusBar()->currentMessage().isEmpty(), 10000);
    QCOMPARE(m_window->article().text, u"Olaf Scholz visited Kyiv.\n"_qs);
    QVERIFY(sidebarHas(u"Olaf Scholz"_qs));
}

// The page references a local file and a local server in every way HTML can; the window opens
// it and neither is touched (inotify would see the file opened, the socket a connection).
void TestHostileFiles::aHostilePageOpensWithoutTouchingWhatItReferences()
{
    const QString secret = write(u"secret.txt"_qs, "Olaf Scholz secret\n");
    const Tripwire tripwire(secret);
    QVERIFY2(tripwire.error().isEmpty(), qPrintable(tripwire.error()));
    const QString server = tripwire.server();

    const QString file = u"file://"_qs + secret;
    const QString page = u"<html><head><link rel=stylesheet href='%1s.css'><script src='%1a.js'>"
                         "</script></head><body><h1>Talks</h1><img src='file:///etc/passwd'>"
                         "<img src='%2'><iframe src='%2'></iframe><embed src='%1e'>"
                         "<video src='%2'></video><p style=\"background:url('%2')\">Vladimir "
                         "Putin met <a href='%1'>Donald Trump</a> in Jeddah.</p></body></html>"_qs
                             .arg(server, file);
    QVERIFY(open(write(u"page.html"_qs, page.toUtf8())));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isExtracting(), ExtractionTimeoutMs);
    QCOMPARE(m_window->articleView()->toPlainText(),
             u"Talks\nVladimir Putin met Donald Trump in Jeddah."_qs);
    QVERIFY(sidebarHas(u"Donald Trump"_qs));
    QTest::qWait(0); // let anything the view might have queued run before looking
    const QString sprung = tripwire.sprung();
    QVERIFY2(sprung.isEmpty(), qPrintable(sprung));
}

QTEST_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
