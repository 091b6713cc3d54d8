// Hostile input: every file below gives a correct reading or a message a user can act on, in
// bounded time, from the loader, the markup converter, the extractor and the headless command.
// All inputs are generated here; none is committed.
#include "core/document/article.h"
#include "core/document/articleloader.h"
#include "core/document/markupconverter.h"
#include "core/entities/corrections.h"
#include "core/entities/entityexport.h"
#include "core/entities/entitylist.h"
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"
#include "tripwire.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

Q_DECLARE_METATYPE(Corrections)

using namespace std::chrono_literals;

namespace {

// Quadratic work on these inputs takes minutes to hours; linear work takes at most 4 s in a
// release build.
constexpr qint64 TimeBudgetMs = 30000;

// Under AddressSanitizer (the "asan" preset: Debug, ASan + UBSan) code runs 30-50 times slower;
// there the largest inputs are cut tenfold, which is still far more than any memory error needs.
#if defined(__SANITIZE_ADDRESS__)
constexpr int SanitizerDivisor = 10;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int SanitizerDivisor = 10;
#else
constexpr int SanitizerDivisor = 1;
#endif
#else
constexpr int SanitizerDivisor = 1;
#endif

constexpr int big(int n)
{
    return n / SanitizerDivisor;
}

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(n, Qt::Uninitialized);
    for (auto &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

// A minimal ELF header, then code-like bytes.
QByteArray elfExecutable()
{
    QByteArray bytes("\x7f"
                     "ELF\x02\x01\x01",
                     7);
    bytes += QByteArray(9, '\0');
    bytes += randomBytes(4096, 7);
    return bytes;
}

QByteArray utf16(const QString &text, QSysInfo::Endian endian)
{
    QByteArray bytes;
    for (QChar c : text) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xff);
        bytes.append(endian == QSysInfo::LittleEndian ? low : high);
        bytes.append(endian == QSysInfo::LittleEndian ? high : low);
    }
    return bytes;
}

QByteArray utf32(const QString &text, QSysInfo::Endian endian)
{
    QByteArray bytes;
    for (const char32_t c : text.toUcs4()) {
        char b[4] = {char(c & 0xff), char((c >> 8) & 0xff), char((c >> 16) & 0xff), char(c >> 24)};
        if (endian == QSysInfo::BigEndian)
            std::reverse(std::begin(b), std::end(b));
        bytes.append(b, 4);
    }
    return bytes;
}

QByteArray pngImage()
{
    return QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29)
           + randomBytes(2048, 3);
}

// Capitalised made-up words ("Kalomi Rutesa ..."), none of them a known name.
QString capitalisedWords(qsizetype count)
{
    static const char16_t *syllables[] = {u"ka", u"lo", u"mi", u"ne", u"ru", u"te", u"sa",
                                          u"vo", u"bi", u"du", u"ga", u"ze", u"po", u"hu"};
    QRandomGenerator random(42);
    QString text;
    text.reserve(count * 8);
    for (qsizetype i = 0; i < count; ++i) {
        QString w;
        for (int s = 0, n = 2 + int(random.bounded(2)); s < n; ++s)
            w += QString::fromUtf16(syllables[random.bounded(14)]);
        w[0] = w[0].toUpper();
        text += w;
        text += u' ';
    }
    return text;
}

QString repeated(QStringView s, qsizetype times)
{
    return s.toString().repeated(times);
}

// What is wrong with the mentions of an extraction, or nothing.
QString mentionProblem(const QString &text, const EntityList &list)
{
    for (const Entity &e : list.entities()) {
        for (const Mention &m : e.mentions) {
            if (m.start < 0 || m.start >= m.end || m.end > text.size())
                return QStringLiteral("mention [%1, %2) outside the text").arg(m.start).arg(m.end);
            if ((m.start > 0 && text[m.start].isLowSurrogate())
                || (m.end < text.size() && text[m.end].isLowSurrogate()))
                return QStringLiteral("mention [%1, %2) splits a surrogate pair")
                    .arg(m.start)
                    .arg(m.end);
            if (m.end < text.size() && text[m.end].isMark())
                return QStringLiteral("mention [%1, %2) cuts a combining mark off")
                    .arg(m.start)
                    .arg(m.end);
        }
    }
    return {};
}

// Code point offsets as Python counts them: text[start:end] over the decoded code points.
QString codePointSlice(const QList<uint> &codePoints, qsizetype start, qsizetype end)
{
    const QList<uint> part = codePoints.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bytesAreReadOrRefusedWithAReason_data();
    void bytesAreReadOrRefusedWithAReason();
    void filesThatAreNotArticlesAreRefusedBeforeTheyAreRead_data();
    void filesThatAreNotArticlesAreRefusedBeforeTheyAreRead();
    void markupStaysLinearAndLoadsNothing_data();
    void markupStaysLinearAndLoadsNothing();
    void pageReferencesAreNeverOpenedOrConnectedTo();
    void aTenMegabyteTitleIsCutShort();
    void correctionsBesideTheArticleNeverHangTheCommandNorLeadOutOfItsFolder_data();
    void correctionsBesideTheArticleNeverHangTheCommandNorLeadOutOfItsFolder();
    void twoArticlesFromStandardInputNeverShareCorrections();
    void twoWritersOfOneCorrectionsFileLoseNothing();
    void extractorStaysBoundedOnPathologicalText_data();
    void extractorStaysBoundedOnPathologicalText();
    void jsonOffsetsStayCodePointsOutsideTheBmp();
    void correctionsFilesOfTheLargestSizeApplyInBoundedTime_data();
    void correctionsFilesOfTheLargestSizeApplyInBoundedTime();
    void headlessCommandFailsWithAMessageAndExitCode_data();
    void headlessCommandFailsWithAMessageAndExitCode();

private:
    std::shared_ptr<const Knowledge> m_knowledge;
};

void TestHostileInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // corrections in a data directory of the tests'
    m_knowledge = Knowledge::load();
    QVERIFY(m_knowledge->placeCount() > 1000);
}

void TestHostileInput::bytesAreReadOrRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("says");      // in the error, or in the note when read
    QTest::addColumn<QString>("textStart"); // when read: how the text begins
    QTest::addColumn<int>("entities");      // when read: how many entities it names; -1: any

    QTest::newRow("an empty file is an empty article that names nobody")
        << QByteArray() << u"empty.txt"_qs << true << QString() << QString() << 0;
    QTest::newRow("a file of only whitespace is read and names nobody")
        << QByteArray(" \t\n\r\n   \n\f\n") << u"blank.txt"_qs << true << QString() << u" "_qs << 0;
    QTest::newRow("a file with no names at all is read and names nobody")
        << QByteArray("it was a quiet day. nothing happened, and nobody said anything.\n")
               .repeated(1000)
        << u"quiet.txt"_qs << true << QString() << u"it was"_qs << 0;
    QTest::newRow("a png image is not a text file")
        << pngImage() << u"photo.txt"_qs << false << u"not a text file: found binary data at"_qs
        << QString() << 0;
    QTest::newRow("an executable is not a text file")
        << elfExecutable() << u"a.out"_qs << false << u"not a text file: found binary data at"_qs
        << QString() << 0;
    QTest::newRow("random bytes are not a text file")
        << randomBytes(1 << 20, 1) << u"random.txt"_qs << false << u"not a text file"_qs
        << QString() << 0;
    QTest::newRow("random bytes without a nul byte are not a text file either")
        << randomBytes(1 << 20, 2).replace('\0', '\x01') << u"random.txt"_qs << false
        << u"not a text file"_qs << QString() << 0;
    QTest::newRow("a nul byte inside text is binary data at its position")
        << QByteArray("Vladimir Putin met\0Donald Trump", 31) << u"nul.txt"_qs << false
        << u"found binary data at byte 18"_qs << QString() << 0;
    QTest::newRow("utf-16 without a byte order mark is recognised as such")
        << utf16(u"Kyiv and Odesa"_qs, QSysInfo::LittleEndian) << u"wide.txt"_qs << false
        << u"looks like UTF-16 text without a byte order mark"_qs << QString() << 0;
    QTest::newRow("invalid utf-8 is read as latin-1 and says where it failed")
        << QByteArray("Mich\xe9l Martin visited Dublin.") << u"latin1.txt"_qs << true
        << u"Not valid UTF-8 (first bad byte at 4); read as Latin-1"_qs << u"Mich\u00e9l"_qs << -1;
    QTest::newRow("windows-1252 quotes are read as windows-1252 and says so")
        << QByteArray("\x93Kyiv,\x94 said Zelensky \x96 again.") << u"cp1252.txt"_qs << true
        << u"read as Windows-1252"_qs << u"\u201cKyiv,\u201d said Zelensky \u2013"_qs << -1;
    QTest::newRow("a truncated utf-8 sequence at the end is read as latin-1")
        << QByteArray("Kyiv \xe2\x80") << u"cut.txt"_qs << true << u"first bad byte at 5"_qs
        << u"Kyiv "_qs << -1;
    QTest::newRow("utf-8 with a byte order mark loses only the mark")
        << QByteArray("\xef\xbb\xbfKyiv is in Ukraine.") << u"bom.txt"_qs << true << QString()
        << u"Kyiv is"_qs << 2;
    QTest::newRow("utf-16 little-endian with a byte order mark is read and says so")
        << utf16(u"\uFEFFKyiv is in Ukraine. \U0001F600"_qs, QSysInfo::LittleEndian) << u"le.txt"_qs
        << true << u"Read as UTF-16 (little-endian)"_qs << u"Kyiv is in Ukraine. \U0001F600"_qs
        << 2;
    QTest::newRow("utf-16 big-endian with a byte order mark is read and says so")
        << utf16(u"\uFEFFKyiv is in Ukraine. \U0001F600"_qs, QSysInfo::BigEndian) << u"be.txt"_qs
        << true << u"Read as UTF-16 (big-endian)"_qs << u"Kyiv is in Ukraine. \U0001F600"_qs << 2;
    QTest::newRow("utf-16 with an odd number of bytes is refused")
        << QByteArray("\xff\xfeK\0y\0i", 7) << u"odd.txt"_qs << false << u"not valid UTF-16"_qs
        << QString() << 0;
    QTest::newRow("utf-16 with a lone surrogate is refused")
        << QByteArray("\xff\xfeK\0\x00\xd8y\0", 8) << u"lone.txt"_qs << false
        << u"not valid UTF-16"_qs << QString() << 0;
    QTest::newRow("utf-32 little-endian with a byte order mark is read and says so")
        << utf32(u"\uFEFFKyiv is in Ukraine. \U0001F600"_qs, QSysInfo::LittleEndian)
        << u"le32.txt"_qs << true << u"Read as UTF-32 (little-endian)"_qs
        << u"Kyiv is in Ukraine. \U0001F600"_qs << 2;
    QTest::newRow("utf-32 big-endian with a byte order mark is read and says so")
        << utf32(u"\uFEFFKyiv is in Ukraine."_qs, QSysInfo::BigEndian) << u"be32.txt"_qs << true
        << u"Read as UTF-32 (big-endian)"_qs << u"Kyiv is in Ukraine."_qs << 2;
    QTest::newRow("utf-32 cut off in a character is refused by name")
        << utf32(u"\uFEFFKyiv"_qs, QSysInfo::LittleEndian).chopped(1) << u"cut32.txt"_qs << false
        << u"starts like UTF-32 text but is not valid UTF-32"_qs << QString() << 0;
    QTest::newRow("utf-32 beyond the last code point is refused by name")
        << QByteArray("\xFF\xFE\0\0K\0\0\0\0\0\x11\0", 12) << u"big32.txt"_qs << false
        << u"not valid UTF-32"_qs << QString() << 0;
    QTest::newRow("a nul character in utf-16 is binary data at its byte")
        << utf16(u"\uFEFFKyiv\u0000Odesa"_qs, QSysInfo::LittleEndian) << u"nul16.txt"_qs << false
        << u"found binary data at byte 10"_qs << QString() << 0;
    QTest::newRow("utf-16 full of control characters is binary data")
        << utf16(u"\uFEFF"_qs + u"Kyiv\u0001\u0002\u0003\u0004"_qs.repeated(40), QSysInfo::BigEndian)
        << u"control16.txt"_qs << false << u"found binary data at byte 10"_qs << QString() << 0;
    QTest::newRow("a nul character in utf-32 is binary data at its byte")
        << utf32(u"\uFEFF\U0001F600\u0000"_qs, QSysInfo::LittleEndian) << u"nul32.txt"_qs << false
        << u"found binary data at byte 8"_qs << QString() << 0;
    QTest::newRow("a 10 MB single line is read as one paragraph")
        << QByteArray("the talks went on and on, ").repeated(400000) << u"line.txt"_qs << true
        << QString() << u"the talks"_qs << 0;
    QTest::newRow("html with scripts, frames and images keeps only its text")
        << QByteArray("<html><head><script>document.write('Boris Johnson')</script>"
                      "<style>p{}</style></head><body><iframe src='http://127.0.0.1:9/'>"
                      "Emmanuel Macron</iframe><img src='file:///etc/passwd' alt='x'>"
                      "<p>Kyiv is in Ukraine.</p></body></html>")
        << u"page.html"_qs << true << u"nothing the page refers to was loaded"_qs
        << u"Kyiv is in Ukraine."_qs << 2;
}

void TestHostileInput::bytesAreReadOrRefusedWithAReason()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(bool, readable);
    QFETCH(QString, says);
    QFETCH(QString, textStart);
    QFETCH(int, entities);
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = ArticleLoader::fromBytes(bytes, name, name);
    QVERIFY2(r.ok() == readable, qPrintable(r.error));
    if (!readable) {
        QVERIFY2(r.error.contains(says), qPrintable(r.error));
        QVERIFY(r.error.contains(name));
        return;
    }
    QVERIFY(!r.article->title.isEmpty());
    if (!says.isEmpty())
        QVERIFY2(r.article->note.contains(says), qPrintable(r.article->note));
    QVERIFY2(r.article->text.startsWith(textStart),
             qPrintable(r.article->text.first(std::min<qsizetype>(80, r.article->text.size()))));
    const EntityExtractor extractor(m_knowledge);
    const EntityList list = extractor.extract(r.article->text);
    const QString problem = mentionProblem(r.article->text, list);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (entities >= 0)
        QCOMPARE(list.size(), entities);
    QVERIFY2(timer.elapsed() < TimeBudgetMs, qPrintable(QString::number(timer.elapsed())));
}

void TestHostileInput::filesThatAreNotArticlesAreRefusedBeforeTheyAreRead_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("a fifo is refused without blocking")
        << u"fifo"_qs << u"not a regular file (a device, pipe or socket)"_qs;
    QTest::newRow("a socket is refused") << u"socket"_qs << u"not a regular file"_qs;
    QTest::newRow("/dev/zero is refused rather than read forever")
        << u"/dev/zero"_qs << u"not a regular file"_qs;
    QTest::newRow("/dev/urandom is refused") << u"/dev/urandom"_qs << u"not a regular file"_qs;
    QTest::newRow("a folder is refused") << u"folder"_qs << u"it is a folder, not a file"_qs;
    QTest::newRow("a missing file is named as missing") << u"missing"_qs << u"no such file"_qs;
    QTest::newRow("a dangling symlink says where it points")
        << u"dangling"_qs << u"is a link to"_qs;
    QTest::newRow("a file without read permission says so")
        << u"unreadable"_qs << u"you do not have permission to read it"_qs;
    QTest::newRow("a 200 MB file is refused by its size before it is read")
        << u"200 MB"_qs << u"it is 200.0 MB, larger than the 64.0 MB an article may have"_qs;
    QTest::newRow("a loop of links is named as a loop, not as missing")
        << u"loop"_qs << u"a link that leads back to itself (a loop of links)"_qs;
    QTest::newRow("a file one byte over the limit gives both sizes exactly")
        << u"limit"_qs << u"it is 67108865 bytes, larger than the 67108864 bytes an article"_qs;
    QTest::newRow("a file whose read fails is an error, not an empty article")
        << u"/proc/self/mem"_qs << u"Cannot read \u201c/proc/self/mem\u201d: "_qs;
    QTest::newRow("escape sequences in a file name are shown, not sent to the terminal")
        << u"escapes"_qs << u"\\x1B]0;pwned\\x07\\x1B[2J"_qs;
    QTest::newRow("a symlink to a good file is read") << u"link"_qs << QString();
}

void TestHostileInput::filesThatAreNotArticlesAreRefusedBeforeTheyAreRead()
{
    QFETCH(QString, kind);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(u"article.txt"_qs);
    const QByteArray native = QFile::encodeName(path);
    int socketFd = -1;
    auto closeSocket = qScopeGuard([&socketFd] {
        if (socketFd >= 0)
            ::close(socketFd);
    });
    if (kind == u"fifo") {
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
    } else if (kind == u"socket") {
        socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(native.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    } else if (kind.startsWith(u"/dev/") || kind.startsWith(u"/proc/")) {
        path = kind;
    } else if (kind == u"folder") {
        QVERIFY(QDir(dir.path()).mkdir(u"article.txt"_qs));
    } else if (kind == u"dangling") {
        QVERIFY(QFile::link(dir.filePath(u"gone.txt"_qs), path));
    } else if (kind == u"unreadable") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Kyiv is in Ukraine.\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::WriteOwner));
    } else if (kind == u"200 MB") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(200 * 1024 * 1024)); // sparse: costs no disk
    } else if (kind == u"loop") {
        QVERIFY(QFile::link(dir.filePath(u"other.txt"_qs), path));
        QVERIFY(QFile::link(path, dir.filePath(u"other.txt"_qs)));
    } else if (kind == u"limit") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ArticleLoader::MaxBytes + 1));
    } else if (kind == u"escapes") {
        path = dir.filePath(u"a\x1b]0;pwned\x07\x1b[2J.txt"_qs); // a missing file of that name
    } else if (kind == u"link") {
        QFile f(dir.filePath(u"real.txt"_qs));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Kyiv is in Ukraine.\n");
        f.close();
        QVERIFY(QFile::link(f.fileName(), path));
    }
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = ArticleLoader::loadFile(path);
    QVERIFY(timer.elapsed() < 5000);
    if (says.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.article->text, u"Kyiv is in Ukraine.\n"_qs);
        return;
    }
    if (kind == u"unreadable" && isRoot() && r.ok())
        QSKIP("root may read any file");
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(says), qPrintable(r.error));
    QVERIFY2(r.error.contains(ArticleLoader::printable(path)), qPrintable(r.error));
    for (const QChar c : r.error)
        QVERIFY2(c.unicode() >= 0x20, qPrintable(r.error));
}

void TestHostileInput::markupStaysLinearAndLoadsNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QString>("contains"); // in the reading text
    QTest::addColumn<QString>("absent");   // never in the reading text

    QTest::newRow("100,000 nested tags cost no stack")
        << u"a.html"_qs
        << repeated(u"<div><span><b>", 100000) + u"Kyiv"_qs + repeated(u"</b></span></div>", 100000)
        << u"Kyiv"_qs << u"<"_qs;
    QTest::newRow("100,000 unclosed tags")
        << u"a.html"_qs << repeated(u"<p><i>x", 100000) << u"x"_qs << u"<"_qs;
    QTest::newRow("100,000 links keep only their text")
        << u"a.html"_qs
        << u"<p>"_qs + repeated(u"<a href=\"http://127.0.0.1:9/x\">Kyiv</a> ", 100000)
        << u"Kyiv Kyiv"_qs << u"127.0.0.1"_qs;
    QTest::newRow("an unterminated comment swallows the rest, not the time")
        << u"a.html"_qs << u"<p>Kyiv</p><!--"_qs + repeated(u"-- -> <p>x</p>", 100000) << u"Kyiv"_qs
        << u"x"_qs;
    QTest::newRow("an unterminated attribute quote")
        << u"a.html"_qs << u"<p>Kyiv</p><a href=\""_qs + repeated(u"> x ", 100000) << u"Kyiv"_qs
        << u"x"_qs;
    QTest::newRow("100,000 lone less-than signs are text")
        << u"a.html"_qs << repeated(u"< ", 100000) << u"< <"_qs << QString();
    QTest::newRow("100,000 entities, known, numeric, unknown and unterminated")
        << u"a.html"_qs << repeated(u"&amp;&#x41;&#1114112;&bogus;&", 100000) << u"&A\uFFFD"_qs
        << u"&amp;"_qs;
    QTest::newRow("markdown quotes nested 100,000 deep")
        << u"a.md"_qs << repeated(u">", 100000) + u" Kyiv"_qs << u"Kyiv"_qs << u">"_qs;
    QTest::newRow("markdown brackets nested 100,000 deep")
        << u"a.md"_qs << repeated(u"[", 100000) + u"Kyiv"_qs + repeated(u"](x)", 100000)
        << u"Kyiv"_qs << QString();
    QTest::newRow("markdown with a million unclosed less-than signs on one line")
        << u"a.md"_qs << u"Kyiv "_qs + repeated(u"<a ", 1000000) << u"Kyiv"_qs << QString();
    QTest::newRow("markdown with a million unclosed links on one line")
        << u"a.md"_qs << u"Kyiv "_qs + repeated(u"[a](", 1000000) << u"Kyiv"_qs << QString();
    QTest::newRow("markdown with 100,000 emphasis markers and backticks")
        << u"a.md"_qs << u"Kyiv "_qs + repeated(u"**_`", 100000) << u"Kyiv"_qs << QString();
    QTest::newRow("markdown with 100,000 list levels and headings")
        << u"a.md"_qs << repeated(u"    - # ", 100000) + u"Kyiv\n"_qs << u"Kyiv"_qs << QString();
    QTest::newRow("markdown with 100,000 setext underlines")
        << u"a.md"_qs << repeated(u"Kyiv\n===\n", big(100000)) << u"Kyiv"_qs << u"="_qs;
    QTest::newRow("markdown with an unclosed fence keeps its lines")
        << u"a.md"_qs << u"```\n"_qs + repeated(u"Kyiv\n", big(100000)) << u"Kyiv"_qs << u"`"_qs;
}

void TestHostileInput::markupStaysLinearAndLoadsNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, markup);
    QFETCH(QString, contains);
    QFETCH(QString, absent);
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = ArticleLoader::fromBytes(markup.toUtf8(), name, name);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Article &a = *r.article;
    QVERIFY2(a.text.contains(contains),
             qPrintable(a.text.first(std::min<qsizetype>(80, a.text.size()))));
    if (!absent.isEmpty())
        QVERIFY2(!a.text.contains(absent),
                 qPrintable(a.text.first(std::min<qsizetype>(80, a.text.size()))));
    qsizetype previousEnd = -1;
    for (const auto &p : a.paragraphs) {
        QVERIFY(p.start > previousEnd && p.start < p.end && p.end <= a.text.size());
        previousEnd = p.end;
    }
    const EntityList list = EntityExtractor(m_knowledge).extract(a.text);
    const QString problem = mentionProblem(a.text, list);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(timer.elapsed() < TimeBudgetMs, qPrintable(QString::number(timer.elapsed())));
}

// A page that references a local file and a local server, in every way HTML can: neither is
// opened. inotify sees any open of the file; a listening socket sees any connection.
void TestHostileInput::pageReferencesAreNeverOpenedOrConnectedTo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile secret(dir.filePath(u"secret.txt"_qs));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("Olaf Scholz secret\n");
    secret.close();

    const Tripwire tripwire(secret.fileName());
    QVERIFY2(tripwire.error().isEmpty(), qPrintable(tripwire.error()));
    const QString server = tripwire.server();

    const QString file = u"file://"_qs + secret.fileName();
    QString page
        = u"<!DOCTYPE html><html><head><base href='%1'><link rel=stylesheet href='%1s.css'>"
          "<script src='%1a.js'></script><meta http-equiv=refresh content='0;url=%2'>"
          "<style>@import url('%2'); body{background:url(file:///etc/passwd)}</style>"
          "</head><body><h1>Talks in Kyiv</h1>"
          "<img src='file:///etc/passwd'><img src='%2' srcset='%1i.png 2x'>"
          "<iframe src='%2'></iframe><object data='%1o'></object><embed src='%2'>"
          "<video src='%1v.mp4' poster='%2'></video><audio src='%1a.ogg'></audio>"
          "<picture><source srcset='%2'></picture><svg><image href='%2'/></svg>"
          "<p style=\"background:url('%2')\">Vladimir Putin met Donald Trump in "
          "<a href='%2'>Jeddah</a> and <a href='http://127.0.0.1:9/'>Riyadh</a>.</p>"
          "</body></html>"_qs.arg(server, file);
    QFile html(dir.filePath(u"page.html"_qs));
    QVERIFY(html.open(QIODevice::WriteOnly));
    html.write(page.toUtf8());
    html.close();

    const LoadResult r = ArticleLoader::loadFile(html.fileName());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article->text,
             u"Talks in Kyiv\nVladimir Putin met Donald Trump in Jeddah and Riyadh."_qs);
    QVERIFY(!r.article->text.contains(u"secret"));
    const auto json = EntityExport::toJson(*r.article,
                                           EntityExtractor(m_knowledge).extract(r.article->text));
    QVERIFY(!json.contains("secret") && !json.contains("root:"));

    const QString sprung = tripwire.sprung();
    QVERIFY2(sprung.isEmpty(), qPrintable(sprung));
}

void TestHostileInput::aTenMegabyteTitleIsCutShort()
{
    const QByteArray page = "<html><head><title>" + QByteArray("Kyiv talks ").repeated(1000000)
                            + "</title></head><body><p>Kyiv is in Ukraine.</p></body></html>";
    const LoadResult r = ArticleLoader::fromBytes(page, u"page.html"_qs, u"page.html"_qs);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article->title.size(), ArticleLoader::MaxTitleLength);
    QVERIFY(r.article->title.startsWith(u"Kyiv talks Kyiv"));
    QVERIFY(r.article->title.endsWith(u'\u2026'));
    // A pair is never cut in half.
    const QString emoji = u"\U0001F600"_qs.repeated(300);
    const LoadResult e = ArticleLoader::fromBytes("<title>" + emoji.toUtf8() + "</title><p>Kyiv</p>",
                                                  u"e.html"_qs, u"e.html"_qs);
    QVERIFY(e.ok());
    QVERIFY(e.article->title.size() <= ArticleLoader::MaxTitleLength);
    QVERIFY(!e.article->title.chopped(1).back().isHighSurrogate());
}

// The corrections file beside an article is a name anyone who can write the folder controls:
// `--entities` reads only a regular file there, without blocking, writes nothing, and reads a
// good one even where it cannot write.
void TestHostileInput::correctionsBesideTheArticleNeverHangTheCommandNorLeadOutOfItsFolder_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("besideSetting"); // corrections kept beside the article
    QTest::addColumn<QString>("warns");      // on stderr; empty: no warning
    QTest::addColumn<bool>("applied");       // the corrections (Odesa hidden) were applied
    // Beside the article (the setting on), what is there is opened, without blocking; in the
    // data directory (the default) only a regular file there is read (an older version's).
    struct Row
    {
        const char *name;
        QString kind;
        QString warns;
        bool applied;
    };
    const Row rows[] = {
        {"a fifo in its place", u"fifo"_qs, u"not a regular file"_qs, false},
        {"a link to a fifo", u"link to fifo"_qs, u"not a regular file"_qs, false},
        {"a folder in its place", u"folder"_qs, u"not a regular file"_qs, false},
        {"a socket in its place", u"socket"_qs, u"not a regular file"_qs, false},
        {"a link to a device", u"device"_qs, u"not a regular file"_qs, false},
        {"a dangling link out of the folder", u"dangling"_qs, QString(), false},
        {"a good file in a folder the reader cannot write", u"read-only"_qs, QString(), true},
    };
    for (const Row &row : rows) {
        QTest::addRow("%s, kept beside", row.name) << row.kind << true << row.warns << row.applied;
        QTest::addRow("%s, kept in the data folder", row.name)
            << row.kind << false << QString() << row.applied;
    }
}

void TestHostileInput::correctionsBesideTheArticleNeverHangTheCommandNorLeadOutOfItsFolder()
{
    QFETCH(QString, kind);
    QFETCH(bool, besideSetting);
    QFETCH(QString, warns);
    QFETCH(bool, applied);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"articles"_qs) && QDir(dir.path()).mkpath(u"data"_qs));
    const QString article = dir.filePath(u"articles/talks.txt"_qs);
    const QByteArray text = "Vladimir Putin met officials in Odesa and Kyiv.\n";
    QFile a(article);
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write(text);
    a.close();
    const QString beside = article + u".entities.json"_qs;
    const QString outside = dir.filePath(u"outside.json"_qs);
    int socketFd = -1;
    auto closeSocket = qScopeGuard([&socketFd] {
        if (socketFd >= 0)
            ::close(socketFd);
    });
    QString program = QStringLiteral(ARTICLE_READER_BIN);
    QStringList arguments{u"--entities"_qs, article};
    if (kind == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(beside).constData(), 0600), 0);
    } else if (kind == u"link to fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(outside).constData(), 0600), 0);
        QVERIFY(QFile::link(outside, beside));
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkpath(beside));
    } else if (kind == u"socket") {
        socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(beside);
        QVERIFY(size_t(native.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
        QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    } else if (kind == u"device") {
        QVERIFY(QFile::link(u"/dev/zero"_qs, beside));
    } else if (kind == u"dangling") {
        QVERIFY(QFile::link(outside, beside));
    } else {
        Corrections c(article, Corrections::fingerprint(QString::fromUtf8(text)));
        c.append(Correction::hide(u"place:Odesa"_qs));
        QVERIFY(c.save(beside));
        QVERIFY(QFile::setPermissions(dir.filePath(u"articles"_qs),
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther
                                          | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner
                                                      | QFile::ExeOwner | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(article, QFile::ReadOwner | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(beside, QFile::ReadOwner | QFile::ReadOther));
        if (isRoot()) {
            // Root writes any folder: read it as nobody, who may read but not write there.
            QVERIFY(!QStandardPaths::findExecutable(u"setpriv"_qs).isEmpty());
            arguments = QStringList{u"--reuid=nobody"_qs, u"--regid=nogroup"_qs,
                                    u"--clear-groups"_qs, program}
                        + arguments;
            program = u"setpriv"_qs;
        }
    }
    auto restore = qScopeGuard([&dir] {
        QFile::setPermissions(dir.filePath(u"articles"_qs),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    // Corrections kept beside the article (the reader's setting): what is there is read.
    QVERIFY(QDir(dir.path()).mkpath(u"config/ArticleReader"_qs));
    QFile conf(dir.filePath(u"config/ArticleReader/article-reader.conf"_qs));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write(besideSetting ? "[corrections]\nbesideArticle=true\n" : "");
    conf.close();
    QVERIFY(QFile::setPermissions(dir.filePath(u"config"_qs),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(dir.filePath(u"config/ArticleReader"_qs),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(conf.fileName(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_qs, dir.filePath(u"data"_qs));
    env.insert(u"XDG_CONFIG_HOME"_qs, dir.filePath(u"config"_qs));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    QVERIFY(p.waitForStarted());
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(30000);
    if (!finished)
        p.kill();
    QVERIFY2(finished, "the command hung");
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 0);
    const QJsonDocument json = QJsonDocument::fromJson(p.readAllStandardOutput());
    QStringList names;
    for (const auto &e : json.object().value(u"entities").toArray())
        names.append(e.toObject().value(u"name").toString());
    QVERIFY2(names.contains(u"Kyiv"_qs), qPrintable(names.join(u", ")));
    QCOMPARE(!names.contains(u"Odesa"_qs), applied);
    if (warns.isEmpty())
        QVERIFY2(!err.contains(u"warning"_qs), qPrintable(err));
    else
        QVERIFY2(err.contains(u"article-reader: warning: "_qs) && err.contains(warns),
                 qPrintable(err));
    // Nothing was written anywhere: not through the link, not in the data folder.
    QVERIFY(!QFileInfo(outside).isFile());
    QCOMPARE(QDir(dir.filePath(u"data"_qs)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList());
}

// Correcting one article piped in once moved the corrections of the one before aside: both were
// "stdin". They are known by their text now.
void TestHostileInput::twoArticlesFromStandardInputNeverShareCorrections()
{
    const QString first = Corrections::fingerprint(u"Kyiv is in Ukraine."_qs);
    const QString second = Corrections::fingerprint(u"Odesa is in Ukraine."_qs);
    const CorrectionsLocation a = Corrections::locate(u"-"_qs, u"stdin"_qs, first);
    const CorrectionsLocation b = Corrections::locate(u"-"_qs, u"stdin"_qs, second);
    QVERIFY(!a.writePath.isEmpty() && a.writePath != b.writePath);
    Corrections mine(u"stdin"_qs, first);
    mine.append(Correction::hide(u"place:Kyiv"_qs));
    QVERIFY(mine.save(a.writePath));
    auto remove = qScopeGuard([&a] { QFile::remove(a.writePath); });
    // The second article finds no corrections, and no warning about the first one's.
    const CorrectionsLoad other = Corrections::load(b.readPath, second);
    QVERIFY2(other.ok(), qPrintable(other.warning));
    QVERIFY(other.corrections.isEmpty());
    QVERIFY(Corrections::load(a.readPath, first).corrections == mine);
}

// Two windows on one article each saved their whole list: the last writer dropped the other's.
void TestHostileInput::twoWritersOfOneCorrectionsFileLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.txt.entities.json"_qs);
    const QString sha = Corrections::fingerprint(u"text"_qs);
    const Corrections base(u"a.txt"_qs, sha);
    Corrections one = base, two = base;
    for (int i = 0; i < 50; ++i) {
        // They take turns, each merging what the other saved since it last looked.
        Corrections &writer = i % 2 ? two : one;
        const Corrections before = Corrections::load(path, sha).corrections;
        const Corrections seen = writer;
        writer.append(Correction::rename(u"person:X"_qs, u"Name %1"_qs.arg(i)));
        writer = Corrections::merged(seen, writer, before);
        QVERIFY(writer.save(path));
    }
    const Corrections last = Corrections::load(path, sha).corrections;
    QCOMPARE(last.size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(last.operations()[i].name, u"Name %1"_qs.arg(i));
}

void TestHostileInput::extractorStaysBoundedOnPathologicalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");    // an entity that must be found, if any
    QTest::addColumn<int>("mentions");    // how many mentions it has; -1: any
    QTest::addColumn<int>("maxEntities"); // at most this many entities; -1: any

    QTest::newRow("100,000 capitalised words in a row")
        << capitalisedWords(100000) << QString() << -1 << -1;
    QTest::newRow("100,000 capitalised words joined by particles")
        << repeated(u"Bank of Kalomi de la Rutesa ", 20000) << QString() << -1 << -1;
    QTest::newRow("100,000 country names in a row")
        << repeated(u"France ", big(100000)) << u"France"_qs << big(100000) << 1;
    QTest::newRow("100,000 calendar words in a row")
        << repeated(u"Monday ", 100000) << QString() << -1 << 0;
    QTest::newRow("100,000 titles in a row")
        << repeated(u"President ", 100000) << QString() << -1 << -1;
    QTest::newRow("one name repeated 1,000,000 times")
        << repeated(u"Putin said. ", big(1000000)) << u"Putin"_qs << big(1000000) << 1;
    QTest::newRow("a full name and its surname 500,000 times each")
        << repeated(u"Vladimir Putin spoke. Putin left. ", big(500000)) << u"Vladimir Putin"_qs
        << big(1000000) << 1;
    QTest::newRow("a 10 MB single word")
        << u"A"_qs + repeated(u"a", 10000000) << QString() << -1 << -1;
    QTest::newRow("a 10 MB line of ordinary words")
        << repeated(u"the talks in Kyiv went on, ", big(370000)) << u"Kyiv"_qs << big(370000) << 1;
    QTest::newRow("every apostrophe and dash variant")
        << u"Russia's Russia\u2019s Russia\u02bcs Russia\u2018s Russia\uff07s O'Brien O\u2019Brien "
           "Kyiv-based Kyiv\u2010based Kyiv\u2011Odesa Kyiv\u2012Odesa Kyiv\u2013Odesa "
           "Kyiv\u2014Odesa Kyiv\u2212Odesa Kyiv\u00adOdesa Kyiv\ufe63Odesa Kyiv\uff0dOdesa "
           "' \u2019 - \u2013 \u2014 's \u2019s --- ''' "_qs.repeated(1000)
        << u"Russia"_qs << -1 << -1;
    QTest::newRow("combining characters stay with their letters")
        << u"Zo\u0065\u0308 Kravitz met Cafe\u0301 Owner Jose\u0301 Marti\u0301 in Kyiv. "
           "Z\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308a\u0301\u0302\u0303lgo. "_qs
               + u"X"_qs + repeated(u"\u0301", 100000)
        << u"Kyiv"_qs << 1 << -1;
    QTest::newRow("right-to-left text around and inside names")
        << u"\u05e9\u05dc\u05d5\u05dd Vladimir Putin \u0645\u0631\u062d\u0628\u0627 \u202eKyiv"
           "\u202c met \u200fDonald Trump\u200f in \u202bJeddah\u202c. \u0627\u0644\u0642\u0627"
           "\u0647\u0631\u0629 Cairo."_qs
        << u"Vladimir Putin"_qs << 1 << -1;
    QTest::newRow("emoji and characters outside the bmp around names")
        << u"\U0001F600 Vladimir Putin \U0001F1FA\U0001F1E6 met \U0001D400\U0001D401 Donald "
           "Trump in Kyiv\U0001F600. \U00020000 Putin said."_qs
        << u"Vladimir Putin"_qs << 2 << -1;
    QTest::newRow("lone surrogates are characters like any other")
        << u"Putin \xd800 met Trump \xdc00 in Kyiv \xdbff"_qs << u"Kyiv"_qs << 1 << -1;
    QTest::newRow("a million sentence ends and quotes")
        << repeated(u".\u201c\"(['", 200000) + u" Kyiv"_qs << QString() << -1 << -1;
}

void TestHostileInput::extractorStaysBoundedOnPathologicalText()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(int, mentions);
    QFETCH(int, maxEntities);
    QElapsedTimer timer;
    timer.start();
    const EntityList list = EntityExtractor(m_knowledge).extract(text);
    const qint64 elapsed = timer.elapsed();
    qInfo("%s: %lld characters, %lld entities, %lld mentions in %lld ms", QTest::currentDataTag(),
          qlonglong(text.size()), qlonglong(list.size()), qlonglong(list.mentionCount()),
          qlonglong(elapsed));
    QVERIFY2(elapsed < TimeBudgetMs, qPrintable(QString::number(elapsed)));
    const QString problem = mentionProblem(text, list);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (maxEntities >= 0)
        QVERIFY2(list.size() <= maxEntities, qPrintable(QString::number(list.size())));
    if (!name.isEmpty()) {
        const Entity *e = list.findByName(name);
        QVERIFY2(e, qPrintable(name));
        if (mentions >= 0)
            QCOMPARE(e->mentions.size(), mentions);
        for (const Mention &m : e->mentions)
            QVERIFY2(name.endsWith(text.sliced(m.start, m.length())),
                     qPrintable(text.sliced(m.start, m.length())));
    }
}

// The headless contract counts code points: text[start:end] over the decoded code points is the
// mention, with emoji, flags, mathematical letters and CJK extension B before it.
void TestHostileInput::jsonOffsetsStayCodePointsOutsideTheBmp()
{
    const QString text = u"\U0001F600\U0001F1FA\U0001F1E6 Vladimir Putin met \U0001D400 Donald "
                         "Trump in Kyiv. \U00020000\U0001F600 Putin and Trump left Kyiv.\n"_qs;
    const LoadResult r = ArticleLoader::fromBytes(text.toUtf8(), u"emoji.txt"_qs, u"emoji.txt"_qs);
    QVERIFY(r.ok());
    const EntityList list = EntityExtractor(m_knowledge).extract(r.article->text);
    const QJsonDocument json = QJsonDocument::fromJson(EntityExport::toJson(*r.article, list));
    const QList<uint> codePoints = text.toUcs4();
    QCOMPARE(json.object().value(u"article").toObject().value(u"characters").toInteger(),
             codePoints.size());
    int checked = 0;
    QStringList names;
    for (const auto &e : json.object().value(u"entities").toArray()) {
        names.append(e.toObject().value(u"name").toString());
        for (const auto &m : e.toObject().value(u"mentions").toArray()) {
            const QJsonObject mention = m.toObject();
            QCOMPARE(codePointSlice(codePoints, mention.value(u"start").toInteger(),
                                    mention.value(u"end").toInteger()),
                     mention.value(u"text").toString());
            ++checked;
        }
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"Donald Trump"_qs, u"Kyiv"_qs, u"Vladimir Putin"_qs}));
    QCOMPARE(checked, 6);
}

// A corrections file may hold 8 MiB: some 140,000 add-entity operations. Each once searched the
// whole text and looked at every mention (12 s for 1,000 on a 1 MB article, hours for 140,000).
void TestHostileInput::correctionsFilesOfTheLargestSizeApplyInBoundedTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Corrections>("corrections");
    QTest::addColumn<QString>("added"); // an entity that must be there after, with...
    QTest::addColumn<QString>("name");  // ... this name and...
    QTest::addColumn<int>("mentions");  // ... this many mentions; -1: any

    // 1 MB of sentences naming 2,000 people, each 10 times.
    const int people = big(2000);
    QString text;
    for (int round = 0; round < 10; ++round) {
        for (int i = 0; i < people; ++i)
            text += u"Today Kalomi%1 Rutesa met the minister in Odesa. "_qs.arg(i);
    }
    Corrections distinct;
    for (int i = 0; distinct.size() < big(140000); ++i) {
        // Each person's names, as three types in turn; then names that do not occur.
        const EntityType type = EntityType(i / people % 3);
        distinct.append(Correction::addEntity(i < 3 * people ? u"Kalomi%1 Rutesa"_qs.arg(i % people)
                                                             : u"Absent%1"_qs.arg(i),
                                              type));
    }
    QTest::newRow("140,000 add-entity operations of names on a 1 MB article")
        << text << distinct << u"organization:Kalomi7 Rutesa"_qs << u"Kalomi7 Rutesa"_qs << 10;
    Corrections repeated;
    for (int i = 0; repeated.size() < big(140000); ++i)
        repeated.append(Correction::addEntity(i % 2 ? u"the"_qs : u"Odesa"_qs, EntityType(i % 3)));
    repeated.append(Correction::rename(u"person:Kalomi7 Rutesa"_qs, u"Kalomi Rutesa"_qs));
    // The work is capped: operations that move mentions are skipped past the cap, the others
    // (the rename at the end) still apply.
    QTest::newRow("the commonest words added 140,000 times, each time as another type")
        << text << repeated << u"person:Kalomi7 Rutesa"_qs << u"Kalomi Rutesa"_qs << 10;
}

void TestHostileInput::correctionsFilesOfTheLargestSizeApplyInBoundedTime()
{
    QFETCH(QString, text);
    QFETCH(Corrections, corrections);
    QFETCH(QString, added);
    QFETCH(QString, name);
    QFETCH(int, mentions);
    const EntityList extracted = EntityExtractor(m_knowledge).extract(text);
    QElapsedTimer timer;
    timer.start();
    qsizetype skipped = 0;
    const EntityList list = corrections.apply(extracted, text, &skipped);
    const qint64 elapsed = timer.elapsed();
    qInfo("%s: %lld operations in %lld ms, %lld skipped", QTest::currentDataTag(),
          qlonglong(corrections.size()), qlonglong(elapsed), qlonglong(skipped));
    QVERIFY2(elapsed < TimeBudgetMs, qPrintable(QString::number(elapsed)));
    const QString problem = mentionProblem(text, list);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Entity *e = list.find(added);
    QVERIFY2(e, qPrintable(added));
    QCOMPARE(e->name, name);
    if (mentions >= 0)
        QCOMPARE(e->mentions.size(), mentions);
}

void TestHostileInput::headlessCommandFailsWithAMessageAndExitCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("says");
    QTest::newRow("--entities on /dev/zero") << QStringList{u"--entities"_qs, u"/dev/zero"_qs}
                                             << QByteArray() << u"not a regular file"_qs;
    QTest::newRow("--entities on a fifo")
        << QStringList{u"--entities"_qs, u"FIFO"_qs} << QByteArray() << u"not a regular file"_qs;
    QTest::newRow("--entities on a folder")
        << QStringList{u"--entities"_qs, u"DIR"_qs} << QByteArray() << u"it is a folder"_qs;
    QTest::newRow("--entities on a dangling symlink")
        << QStringList{u"--entities"_qs, u"DANGLING"_qs} << QByteArray() << u"is a link to"_qs;
    QTest::newRow("--entities on a file without read permission")
        << QStringList{u"--entities"_qs, u"UNREADABLE"_qs} << QByteArray()
        << u"you do not have permission to read it"_qs;
    QTest::newRow("--entities on an executable")
        << QStringList{u"--entities"_qs, u"BINARY"_qs} << QByteArray() << u"not a text file"_qs;
    QTest::newRow("--entities on /proc/self/mem reports the read error")
        << QStringList{u"--entities"_qs, u"/proc/self/mem"_qs} << QByteArray() << u"Cannot read"_qs;
    QTest::newRow("--entities never echoes escape sequences in a file name")
        << QStringList{u"--entities"_qs, u"ESCAPES"_qs} << QByteArray() << u"\\x1B[2J"_qs;
    QTest::newRow("--entities on 100 MB of text from standard input")
        << QStringList{u"--entities"_qs, u"-"_qs} << QByteArray(100 * 1024 * 1024, 'x')
        << u"Standard input is larger than the 64.0 MB"_qs;
    QTest::newRow("--entities reads a pipe to its end, not one buffer of it")
        << QStringList{u"--entities"_qs, u"-"_qs}
        << QByteArray("Kyiv is in Ukraine. ").repeated(100000) + QByteArray(100, '\0')
        << u"found binary data at byte 2000000."_qs;
    QTest::newRow("--entities on random bytes from standard input")
        << QStringList{u"--entities"_qs, u"-"_qs} << randomBytes(65536, 9) << u"not a text file"_qs;
}

void TestHostileInput::headlessCommandFailsWithAMessageAndExitCode()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, says);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString program = QStringLiteral(ARTICLE_READER_BIN);
    QString &file = arguments.last();
    if (file == u"FIFO") {
        file = dir.filePath(u"fifo"_qs);
        QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
    } else if (file == u"DIR") {
        file = dir.path();
    } else if (file == u"DANGLING") {
        file = dir.filePath(u"link.txt"_qs);
        QVERIFY(QFile::link(dir.filePath(u"gone.txt"_qs), file));
    } else if (file == u"UNREADABLE") {
        file = dir.filePath(u"secret.txt"_qs);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Kyiv is in Ukraine.\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::WriteOwner));
        if (isRoot()) {
            // Root reads every file: ask as nobody, who may enter the folder but not read the file.
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner
                                                          | QFile::ExeOwner | QFile::ExeOther));
            if (QStandardPaths::findExecutable(u"setpriv"_qs).isEmpty())
                QSKIP("root reads every file, and setpriv is missing to ask as nobody");
            arguments.prepend(QStringLiteral(ARTICLE_READER_BIN));
            arguments = QStringList{u"--reuid=nobody"_qs, u"--regid=nogroup"_qs,
                                    u"--clear-groups"_qs}
                        + arguments;
            program = u"setpriv"_qs;
        }
    } else if (file == u"ESCAPES") {
        file = dir.filePath(u"a\x1b[2J\x1b]0;title\x07.txt"_qs);
    } else if (file == u"BINARY") {
        file = dir.filePath(u"a.out"_qs);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(elfExecutable());
    }
    QProcess p;
    p.start(program, arguments);
    QVERIFY(p.waitForStarted());
    if (!input.isEmpty()) {
        p.write(input);
        // The reader stops at the limit and exits; the rest of the pipe is never read.
        while (p.bytesToWrite() > 0 && p.state() == QProcess::Running)
            p.waitForBytesWritten(1000);
    }
    p.closeWriteChannel();
    QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.startsWith(u"article-reader: ") && err.contains(says), qPrintable(err));
    QVERIFY2(!err.contains(u'\x1b') && !err.contains(u'\x07'), qPrintable(err));
}

QTEST_APPLESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
