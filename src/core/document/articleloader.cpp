#include "core/document/articleloader.h"

#include "core/document/markupconverter.h"
#include "core/web/htmlparser.h"
#include "core/web/pagefetcher.h"
#include "core/web/readerview.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

constexpr QStringView BuiltinName = u"ceasefire-talks";

QString humanSize(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

// "it is 200.0 MB, larger than the 64.0 MB": in bytes where the rounded sizes would read alike.
std::pair<QString, QString> sizesToCompare(qint64 size, qint64 limit)
{
    if (humanSize(size) != humanSize(limit))
        return {humanSize(size), humanSize(limit)};
    const auto bytes = [](qint64 n) {
        return QCoreApplication::translate("ArticleLoader", "%1 bytes").arg(n);
    };
    return {bytes(size), bytes(limit)};
}

// A title for a window's title bar: at most ArticleLoader::MaxTitleLength, never cutting a
// surrogate pair.
QString shortTitle(QString title)
{
    if (title.size() <= ArticleLoader::MaxTitleLength)
        return title;
    qsizetype cut = ArticleLoader::MaxTitleLength - 1;
    if (title[cut - 1].isHighSurrogate())
        --cut;
    title.truncate(cut);
    return title + u'\u2026';
}

QList<Article::Paragraph> splitParagraphs(const QString &text)
{
    QList<Article::Paragraph> paragraphs;
    qsizetype start = 0;
    const qsizetype size = text.size();
    while (start <= size) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = size;
        qsizetype contentEnd = end;
        if (contentEnd > start && text[contentEnd - 1] == u'\r')
            --contentEnd;
        if (!QStringView(text).sliced(start, contentEnd - start).trimmed().isEmpty())
            paragraphs.append({start, contentEnd});
        start = end + 1;
    }
    return paragraphs;
}

// Hard-wrapped plain text (an e-mail, a Project Gutenberg book, a mailing-list post: lines broken
// near one width, paragraphs split by blank lines) read as one paragraph a line would cut names
// at line ends ("United" / "Nations") and number lines as paragraphs. Such text is recognised by
// its lines, not by a fixed width: within blocks of lines, most breaks fall where the next word
// would not have fitted on the line at the width the lines come close to, and blank lines
// separate the blocks. Then each such break becomes a space ("\r\n" two), so that the text keeps
// its length and every position; a short line (a heading, an address, a line of verse) or a line
// before a list item keeps its break. Text with one paragraph a line stays as it is.
QString reflowHardWrapped(QString text, bool *reflowed)
{
    *reflowed = false;
    struct Line
    {
        qsizetype start, end; // content, without "\r"
        qsizetype breakAt;    // the "\r\n" or "\n" after it, or -1 at the end of the text
    };
    QList<Line> lines;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        const qsizetype next = end < 0 ? text.size() + 1 : end + 1;
        if (end < 0)
            end = text.size();
        qsizetype content = end;
        if (content > start && text[content - 1] == u'\r')
            --content;
        lines.append({start, content, end < text.size() ? content : -1});
        start = next;
    }
    const auto blank = [&](const Line &l) {
        return QStringView(text).sliced(l.start, l.end - l.start).trimmed().isEmpty();
    };
    const auto length = [](const Line &l) {
        return l.end - l.start;
    };
    const auto firstWord = [&](const Line &l) {
        const QStringView content = QStringView(text).sliced(l.start, l.end - l.start).trimmed();
        const qsizetype space = content.indexOf(u' ');
        return space < 0 ? content.size() : space;
    };
    const auto startsItem = [&](const Line &l) {
        const QStringView c = QStringView(text).sliced(l.start, l.end - l.start).trimmed();
        if (c.startsWith(u"- ") || c.startsWith(u"* ") || c.startsWith(u"\u2022 "))
            return true;
        qsizetype digits = 0;
        while (digits < c.size() && c[digits].isDigit())
            ++digits;
        return digits > 0 && digits + 1 < c.size() && (c[digits] == u'.' || c[digits] == u')')
               && c[digits + 1] == u' ';
    };
    // The lines followed by another line of their block, and whether any blank line parts two.
    QList<qsizetype> inner;
    bool separated = false;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (blank(lines[i]))
            separated = separated || (i > 0 && !blank(lines[i - 1]));
        else if (!blank(lines[i + 1]))
            inner.append(i);
    }
    if (!separated || inner.size() < 3)
        return text;
    // The width the lines come close to: the longest but for a few.
    QList<qsizetype> lengths;
    for (const qsizetype i : std::as_const(inner))
        lengths.append(length(lines[i]));
    std::sort(lengths.begin(), lengths.end());
    const qsizetype width = lengths[(lengths.size() - 1) * 9 / 10];
    if (width < 20)
        return text;
    const auto wrapped = [&](qsizetype i) {
        const Line &l = lines[i];
        return length(l) * 2 > width && length(l) + 1 + firstWord(lines[i + 1]) > width
               && !startsItem(lines[i + 1]);
    };
    const auto breaks = std::count_if(inner.cbegin(), inner.cend(), wrapped);
    if (breaks * 10 < qsizetype(inner.size()) * 8)
        return text;
    for (const qsizetype i : std::as_const(inner)) {
        if (!wrapped(i))
            continue;
        for (qsizetype k = lines[i].breakAt; k < lines[i + 1].start; ++k)
            text[k] = u' ';
    }
    *reflowed = true;
    return text;
}

// A headline is a short first line that does not read as a sentence; otherwise the file name says it.
QString titleFor(const QString &text, const QList<Article::Paragraph> &paragraphs,
                 const QString &name)
{
    if (!paragraphs.isEmpty()) {
        const auto first = QStringView(text)
                               .sliced(paragraphs.first().start,
                                       paragraphs.first().end - paragraphs.first().start)
                               .trimmed();
        const bool sentence = first.endsWith(u'.') || first.endsWith(u'!') || first.endsWith(u'?')
                              || first.endsWith(u'"') || first.endsWith(u'\u201d');
        if (!first.isEmpty() && first.size() <= 120 && !sentence)
            return first.toString();
    }
    QString title = QFileInfo(name).completeBaseName();
    title.replace(u'-', u' ').replace(u'_', u' ');
    title = title.simplified();
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title.isEmpty() ? QCoreApplication::translate("ArticleLoader", "Untitled article")
                           : title;
}

// The index of the first byte that does not belong to well-formed UTF-8, or -1.
qsizetype firstInvalidUtf8(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// The first byte that text does not contain (C0 controls other than tab, newlines and form
// feed, and DEL), when there are enough of them to call the data binary; -1 otherwise.
qsizetype firstBinaryByte(QByteArrayView data)
{
    qsizetype first = -1;
    qsizetype count = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
            if (first < 0)
                first = i;
            ++count;
        }
    }
    return count * 100 > data.size() || count > 64 ? first : -1;
}

// The same for decoded text (UTF-16 or UTF-32): the index of the first NUL, or of the first
// control character when there are enough of them to call it binary; -1 otherwise.
qsizetype firstBinaryCharacter(QStringView text)
{
    qsizetype first = -1;
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == 0)
            return i;
        if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') || c == 0x7f) {
            if (first < 0)
                first = i;
            ++count;
        }
    }
    return count * 100 > text.size() || count > 64 ? first : -1;
}

// UTF-16 text without a byte order mark: mostly ASCII, so one byte in two is NUL, always on the
// same side.
bool looksLikeUtf16(QByteArrayView data)
{
    const qsizetype n = std::min<qsizetype>(data.size(), 4096) & ~qsizetype(1);
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        even += data[i] == '\0';
        odd += data[i + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    return pairs >= 2
           && ((odd * 10 >= pairs * 9 && even == 0) || (even * 10 >= pairs * 9 && odd == 0));
}

// The first UTF-16 code unit that is half of a surrogate pair without its other half, or -1.
qsizetype firstLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return i;
    }
    return -1;
}

// Windows-1252 where it differs from Latin-1 (0x80-0x9F); the five unassigned bytes stay as
// their C1 controls, as Windows maps them.
QString fromWindows1252(QByteArrayView data)
{
    static constexpr char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020,
                                          0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
                                          0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D,
                                          0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
                                          0x0153, 0x009D, 0x017E, 0x0178};
    QString text(data.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        text[i] = QChar(c >= 0x80 && c < 0xA0 ? high[c - 0x80] : char16_t(c));
    }
    return text;
}

Article::Format formatFor(const QString &name, QStringView text, const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    if (type == "text/html" || type == "application/xhtml+xml")
        return Article::Format::Html;
    if (type == "text/markdown")
        return Article::Format::Markdown;
    if (!type.isEmpty() && type != "application/octet-stream") {
        // Plain text, unless it says at its start that it is a page.
        const QStringView start = text.first(std::min<qsizetype>(text.size(), 512)).trimmed();
        return start.startsWith(u"<!doctype html", Qt::CaseInsensitive)
                       || start.startsWith(u"<html", Qt::CaseInsensitive)
                   ? Article::Format::Html
                   : Article::Format::PlainText;
    }
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return Article::Format::Html;
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown")
        return Article::Format::Markdown;
    if (suffix.isEmpty() || suffix == u"txt" || !type.isEmpty()) {
        // Standard input and files without a suffix: a page says what it is at its start.
        const QStringView start = text.first(std::min<qsizetype>(text.size(), 512)).trimmed();
        if (start.startsWith(u"<!doctype html", Qt::CaseInsensitive)
            || start.startsWith(u"<html", Qt::CaseInsensitive))
            return Article::Format::Html;
    }
    return Article::Format::PlainText;
}

} // namespace

QString ArticleLoader::openRegularFile(QFile &file, const QString &path)
{
#ifdef Q_OS_UNIX
    // Looked at first, so that a socket (which cannot be opened at all) is named as what it is;
    // and again on what was opened, for a path swapped in between.
    const QByteArray native = QFile::encodeName(path);
    if (struct stat st = {}; ::stat(native.constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return QCoreApplication::translate("ArticleLoader", "it is not a regular file");
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return QCoreApplication::translate("ArticleLoader", "it is not a regular file");
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
        return {};
    ::close(fd);
    return file.errorString();
#else
    return file.open(QIODevice::ReadOnly) ? QString() : file.errorString();
#endif
}

namespace {

// The charset a page names in a <meta> near its start ("<meta charset=windows-1251>", or the
// http-equiv form), lower case; empty when it names none.
QByteArray metaCharset(QByteArrayView data)
{
    static const QRegularExpression
        meta(QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)"),
             QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(data.first(std::min<qsizetype>(data.size(), 4096)));
    return meta.match(head).captured(1).toLatin1().toLower();
}

bool looksLikeHtml(const QString &name, QByteArrayView data, const QByteArray &contentType)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return true;
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    if (type == "text/html" || type == "application/xhtml+xml")
        return true;
    const QByteArray start
        = data.first(std::min<qsizetype>(data.size(), 512)).trimmed().toByteArray().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

} // namespace

QString ArticleLoader::printable(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        // C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates.
        const bool control = u < 0x20 || (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e)
                             || (u >= 0x2066 && u <= 0x2069);
        if (control)
            out += QStringLiteral("\\x")
                   + QString::number(u, 16).toUpper().rightJustified(u < 0x100 ? 2 : 4, u'0');
        else
            out += c;
    }
    return out;
}

QLatin1StringView Article::kindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Paragraph:
        break;
    case BlockKind::Heading:
        return QLatin1StringView("heading");
    case BlockKind::ListItem:
        return QLatin1StringView("list-item");
    case BlockKind::Quote:
        return QLatin1StringView("quote");
    case BlockKind::Caption:
        return QLatin1StringView("caption");
    case BlockKind::TableCell:
        return QLatin1StringView("table-cell");
    case BlockKind::Preformatted:
        return QLatin1StringView("preformatted");
    }
    return QLatin1StringView("paragraph");
}

qsizetype Article::paragraphAt(qsizetype position) const
{
    const auto it = std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), position,
                                     [](qsizetype pos, const Paragraph &p) {
                                         return pos < p.start;
                                     });
    if (it == paragraphs.cbegin())
        return -1;
    const auto &p = *(it - 1);
    return position <= p.end ? (it - 1 - paragraphs.cbegin()) : -1;
}

QString Article::displayText(const QString &text)
{
    // QTextDocument lays a paragraph out as a whole, again at every resize, and a line with
    // nowhere to break costs it time that grows faster than the line: a line of megabytes froze
    // the window for minutes. Past LongLine characters a space (any white space: NBSP too)
    // becomes a line break, which keeps every position and only changes where the line wraps.
    // A run of ForcedLine characters without white space (a line of CJK, a blob of letters;
    // no prose) is broken at a character that is not a letter, digit or mark if one comes
    // soon (CJK punctuation), else at the next one; that one character is not shown (it stays in
    // the text: copy, find and export have it). Short, because a CJK character costs the layout
    // a font fallback: 2,000 of them lay out in about 100 ms. A pair of surrogates is never cut:
    // a character outside the BMP is replaced whole.
    constexpr qsizetype LongLine = 10000;
    constexpr qsizetype ForcedLine = 2000;
    constexpr qsizetype Patience = 500; // how far past ForcedLine to look for punctuation
    QString out = text;
    const qsizetype n = out.size();
    qsizetype lineLength = 0;
    qsizetype run = 0; // characters since the last white space or break
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = out[i];
        if (c == u'\r') {
            out[i] = (i + 1 < n && out[i + 1] == u'\n') ? u' ' : u'\n';
        } else if (c.unicode() == 0xFDD0 || c.unicode() == 0xFDD1) {
            out[i] = QChar::ReplacementCharacter;
        } else if (lineLength >= LongLine && c.isSpace()) {
            out[i] = u'\n';
        } else if (run >= ForcedLine && !c.isSurrogate()
                   && (run >= ForcedLine + Patience || !(c.isLetterOrNumber() || c.isMark()))) {
            out[i] = u'\n';
        } else if (run >= ForcedLine + Patience && c.isHighSurrogate() && i + 1 < n
                   && out[i + 1].isLowSurrogate()) {
            // A character outside the BMP is two code units: the break and a zero-width space.
            out[i] = u'\n';
            out[i + 1] = QChar(0x200B);
        }
        lineLength = out[i] == u'\n' ? 0 : lineLength + 1;
        run = out[i] == u'\n' || out[i].isSpace() ? 0 : run + 1;
    }
    return out;
}

QString ArticleLoader::builtinSource()
{
    return QStringLiteral("builtin:") + BuiltinName.toString();
}

LoadResult ArticleLoader::loadBuiltin()
{
    QFile file(QStringLiteral(":/articles/ceasefire-talks.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                QCoreApplication::translate("ArticleLoader",
                                            "The built-in article is missing from this build.")};
    return fromBytes(file.readAll(), builtinSource(), BuiltinName.toString());
}

namespace {

// What `in` holds, read to its end or to one byte past `limit`, whichever comes first; `expected`
// (a file's size) is read in one go, the rest by the megabyte. QIODevice::read(n) allocates n bytes before it reads: asking
// for the limit itself (64 MB) for a 3 KB file cost a mapping and its page faults a file, more
// than extracting the article did. A read error stops the reading (the caller asks the device).
QByteArray readAtMost(QFileDevice &in, qint64 expected, qint64 limit)
{
    QByteArray bytes;
    qint64 want = expected > 0 ? expected + 1 : qint64(1) << 20;
    while (bytes.size() <= limit) {
        const QByteArray chunk = in.read(std::min<qint64>(want, limit + 1 - bytes.size()));
        if (chunk.isEmpty() || in.error() != QFileDevice::NoError)
            break;
        bytes += chunk;
        want = 1 << 20;
    }
    return bytes;
}

} // namespace

LoadResult ArticleLoader::loadFile(const QString &path, const LoadOptions &options)
{
    const QFileInfo info(path);
    const QString shown = printable(path);
    const auto fail = [](const QString &message) {
        return LoadResult{std::nullopt, message};
    };
    if (info.isSymLink() && !info.exists()) {
#ifdef Q_OS_UNIX
        // A link that leads back to itself, however many links round, is no file at all.
        struct stat st = {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0 && errno == ELOOP)
            return fail(QCoreApplication::translate(
                            "ArticleLoader",
                            "Cannot open \u201c%1\u201d: it is a link that leads back to itself "
                            "(a loop of links).")
                            .arg(shown));
#endif
        return fail(QCoreApplication::translate(
                        "ArticleLoader",
                        "Cannot open \u201c%1\u201d: it is a link to \u201c%2\u201d, "
                        "which does not exist.")
                        .arg(shown, printable(info.symLinkTarget())));
    }
    if (!info.exists())
        return fail(QCoreApplication::translate("ArticleLoader",
                                                "Cannot open \u201c%1\u201d: no such file.")
                        .arg(shown));
    if (info.isDir())
        return fail(
            QCoreApplication::translate("ArticleLoader",
                                        "Cannot open \u201c%1\u201d: it is a folder, not a file.")
                .arg(shown));
    // A FIFO or a socket would block the reader in open() or read(), and a device such as
    // /dev/zero never ends: only regular files are articles. Standard input is read with "-".
    if (!info.isFile())
        return fail(QCoreApplication::translate(
                        "ArticleLoader",
                        "Cannot open \u201c%1\u201d: it is not a regular file (a device, "
                        "pipe or socket). Save the article to a file and open that.")
                        .arg(shown));
    if (info.size() > MaxBytes) {
        const auto [size, limit] = sizesToCompare(info.size(), MaxBytes);
        return fail(
            QCoreApplication::translate("ArticleLoader",
                                        "Cannot open \u201c%1\u201d: it is %2, larger than the %3 "
                                        "an article may have.")
                .arg(shown, size, limit));
    }
    if (!info.isReadable())
        return fail(QCoreApplication::translate(
                        "ArticleLoader",
                        "Cannot open \u201c%1\u201d: you do not have permission to read "
                        "it.")
                        .arg(shown));
    QFile file(path);
    if (const QString why = openRegularFile(file, path); !why.isEmpty())
        return fail(QCoreApplication::translate("ArticleLoader", "Cannot open \u201c%1\u201d: %2.")
                        .arg(shown, why));
    // Read at most one byte past the limit: the file may have grown since it was looked at.
    const QByteArray bytes = readAtMost(file, info.size(), MaxBytes);
    // A read that fails (an I/O error, /proc/self/mem) is not an empty article.
    if (file.error() != QFileDevice::NoError)
        return fail(QCoreApplication::translate("ArticleLoader", "Cannot read \u201c%1\u201d: %2.")
                        .arg(shown, file.errorString()));
    if (bytes.size() > MaxBytes)
        return fail(
            QCoreApplication::translate("ArticleLoader",
                                        "Cannot open \u201c%1\u201d: it is larger than the %2 an "
                                        "article may have.")
                .arg(shown, humanSize(MaxBytes)));
    return fromBytes(bytes, info.absoluteFilePath(), info.fileName(), options);
}

LoadResult ArticleLoader::loadStdin(const LoadOptions &options)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {std::nullopt,
                QCoreApplication::translate("ArticleLoader", "Cannot read standard input.")};
    // A pipe gives what it has at each read: read to its end, or one byte past the limit.
    const QByteArray bytes = readAtMost(in, 0, MaxBytes);
    if (in.error() != QFileDevice::NoError)
        return {std::nullopt,
                QCoreApplication::translate("ArticleLoader", "Cannot read standard input: %1.")
                    .arg(in.errorString())};
    if (bytes.size() > MaxBytes)
        return {std::nullopt,
                QCoreApplication::translate(
                    "ArticleLoader", "Standard input is larger than the %1 an article may have.")
                    .arg(humanSize(MaxBytes))};
    return fromBytes(bytes, QStringLiteral("stdin"), QStringLiteral("stdin"), options);
}

LoadResult ArticleLoader::fromBytes(const QByteArray &bytes, const QString &source,
                                    const QString &name, const LoadOptions &options)
{
    QString text;
    QString note;
    QByteArrayView data(bytes);
    const QString shown = printable(name);
    const auto binaryAt = [&shown](qsizetype byte) {
        return LoadResult{std::nullopt, QCoreApplication::translate(
                                            "ArticleLoader",
                                            "\u201c%1\u201d is not a text file: found binary data "
                                            "at byte %2.")
                                            .arg(shown)
                                            .arg(byte)};
    };
    // UTF-32's byte order marks first: the little-endian one starts like UTF-16's.
    const bool utf32le = data.startsWith(QByteArrayView("\xFF\xFE\0\0", 4));
    const bool utf32 = utf32le || data.startsWith(QByteArrayView("\0\0\xFE\xFF", 4));
    const bool utf16le = !utf32 && data.startsWith("\xFF\xFE");
    const bool utf16 = utf16le || data.startsWith("\xFE\xFF");
    if (utf32 || utf16) {
        const int unit = utf32 ? 4 : 2;
        const bool little = utf32 ? utf32le : utf16le;
        QStringDecoder decoder(utf32 ? (little ? QStringDecoder::Utf32LE : QStringDecoder::Utf32BE)
                                     : (little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE),
                               QStringDecoder::Flag::Stateless);
        text = decoder.decode(data.sliced(unit));
        const QString encoding = utf32 ? QStringLiteral("UTF-32") : QStringLiteral("UTF-16");
        if (decoder.hasError() || data.size() % unit != 0 || firstLoneSurrogate(text) >= 0)
            return {std::nullopt,
                    QCoreApplication::translate("ArticleLoader",
                                                "\u201c%1\u201d starts like %2 text but is not "
                                                "valid %2. Save it as UTF-8 and open it again.")
                        .arg(shown, encoding)};
        // NUL and control characters are binary data here as they are in UTF-8.
        if (const qsizetype at = firstBinaryCharacter(text); at >= 0) {
            const qsizetype codePoints = utf32 ? QStringView(text).first(at).toUcs4().size() : at;
            return binaryAt(unit + codePoints * unit);
        }
        note = QCoreApplication::translate("ArticleLoader",
                                           "Read as %1 (%2), as its byte order mark says.")
                   .arg(encoding,
                        little ? QCoreApplication::translate("ArticleLoader", "little-endian")
                               : QCoreApplication::translate("ArticleLoader", "big-endian"));
    } else {
        if (data.startsWith("\xEF\xBB\xBF"))
            data = data.sliced(3);
        const qsizetype skipped = bytes.size() - data.size();
        if (looksLikeUtf16(data))
            return {std::nullopt, QCoreApplication::translate(
                                      "ArticleLoader",
                                      "\u201c%1\u201d looks like UTF-16 text without a byte order "
                                      "mark. Save it as UTF-8 and open it again.")
                                      .arg(shown)};
        if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
            return binaryAt(nul + skipped);
        // A page says which charset it is in (or the server does): followed unless it names a
        // Latin one for bytes that are valid UTF-8, which is how such pages are mislabelled.
        QByteArray charset;
        if (looksLikeHtml(name, data, options.contentType)) {
            charset = metaCharset(data);
            if (charset.isEmpty())
                charset = options.charset.trimmed().toLower();
        } else {
            charset = options.charset.trimmed().toLower();
        }
        const bool latin = charset.isEmpty() || charset == "utf-8" || charset == "utf8"
                           || charset == "iso-8859-1" || charset == "windows-1252"
                           || charset == "us-ascii" || charset == "latin1" || charset == "ascii";
        const qsizetype bad = firstInvalidUtf8(data);
        // Labels as browsers read them (the WHATWG Encoding standard): GB2312 and GBK pages
        // are GB18030, EUC-KR pages Windows-949.
        if (charset == "gb2312" || charset == "gbk" || charset == "x-gbk" || charset == "gb_2312-80")
            charset = "gb18030";
        else if (charset == "euc-kr" || charset == "ks_c_5601-1987")
            charset = "windows-949";
        QStringDecoder named(latin ? "" : charset.constData());
        if (!latin && named.isValid()) {
            // As a browser does: a byte the charset does not have reads as U+FFFD.
            text = named.decode(data);
            note = QCoreApplication::translate("ArticleLoader", "Read as %1, as the page says.")
                       .arg(QString::fromLatin1(charset));
        } else if (bad < 0) {
            text = QString::fromUtf8(data);
        } else if (const qsizetype control = firstBinaryByte(data); control >= 0) {
            return binaryAt(control + skipped);
        } else {
            // Not UTF-8 but made of printable characters: an older 8-bit encoding. Latin-1 maps
            // every byte, so nothing is lost; bytes 0x80-0x9F are C1 controls there, never text,
            // so their presence means Windows-1252 ("smart quotes"). The note says which.
            const bool windows = std::any_of(data.begin(), data.end(), [](char c) {
                return static_cast<unsigned char>(c) >= 0x80
                       && static_cast<unsigned char>(c) < 0xA0;
            });
            text = windows ? fromWindows1252(data) : QString::fromLatin1(data);
            note
                = QCoreApplication::translate("ArticleLoader",
                                              "Not valid UTF-8 (first bad byte at %1); read as %2.")
                      .arg(bad + skipped)
                      .arg(windows ? QStringLiteral("Windows-1252")
                                   : QStringLiteral("Latin-1 (ISO 8859-1)"));
        }
    }
    Article article;
    article.format = formatFor(name, text, options.contentType);
    if (article.format == Article::Format::PlainText) {
        bool reflowed = false;
        text = reflowHardWrapped(std::move(text), &reflowed);
        if (reflowed)
            note += (note.isEmpty() ? QString() : QStringLiteral(" "))
                    + QCoreApplication::translate("ArticleLoader",
                                                  "Hard-wrapped lines were joined into "
                                                  "paragraphs.");
        article.paragraphs = splitParagraphs(text);
        article.title = titleFor(text, article.paragraphs, name);
        article.text = std::move(text);
    } else if (article.format == Article::Format::Html) {
        const HtmlTree tree = HtmlParser::parse(text.toUtf8());
        ReaderView::Result page = options.wholePage ? ReaderView::wholePage(tree)
                                                    : ReaderView::extract(tree);
        const bool reader = !options.wholePage && page.articleFound;
        if (!options.wholePage && !page.articleFound)
            page = ReaderView::wholePage(tree);
        article.text = std::move(page.text);
        article.paragraphs = std::move(page.paragraphs);
        article.title = page.metadata.title.isEmpty()
                            ? titleFor(article.text, article.paragraphs, name)
                            : page.metadata.title;
        article.byline = page.metadata.byline;
        article.site = page.metadata.site;
        article.published = page.metadata.published;
        article.language = page.metadata.language;
        article.direction = page.metadata.direction;
        article.readerView = reader;
        article.keptWords = page.keptWords;
        article.pageWords = page.pageWords;
        QString what;
        if (reader)
            what = QCoreApplication::translate("ArticleLoader",
                                               "Reader view: %L1 of %L2 words; nothing the page "
                                               "refers to was loaded.")
                       .arg(page.keptWords)
                       .arg(page.pageWords);
        else if (options.wholePage)
            what = QCoreApplication::translate(
                "ArticleLoader", "Converted from HTML; nothing the page refers to was loaded.");
        else
            what = QCoreApplication::translate(
                "ArticleLoader", "No article found in this page, so it shows whole; nothing the "
                                 "page refers to was loaded.");
        note = note.isEmpty() ? what : note + u' ' + what;
    } else {
        auto converted = MarkupConverter::fromMarkdown(text);
        article.text = std::move(converted.text);
        article.paragraphs = std::move(converted.paragraphs);
        article.title = converted.title.isEmpty() ? titleFor(article.text, article.paragraphs, name)
                                                  : converted.title;
        if (note.isEmpty())
            note = QCoreApplication::translate("ArticleLoader", "Converted from Markdown.");
    }
    article.title = shortTitle(std::move(article.title));
    article.source = source;
    article.note = note;
    spdlog::info("loaded {}: {} characters, {} paragraphs", source.toStdString(),
                 article.text.size(), article.paragraphs.size());
    return {std::move(article), {}};
}

LoadResult ArticleLoader::fromPage(const FetchedPage &page, const LoadOptions &options)
{
    LoadOptions o = options;
    if (o.charset.isEmpty())
        o.charset = page.charset;
    if (o.contentType.isEmpty())
        o.contentType = page.contentType.isEmpty() ? QByteArray("text/html") : page.contentType;
    const QString address = page.url.toString();
    return fromBytes(page.body, address, page.url.toDisplayString(), o);
}
