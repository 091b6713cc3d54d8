#include "articleloader.h"

#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>

namespace {

constexpr QStringView BuiltinName = u"ceasefire-talks";

QString humanSize(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
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
    return title.isEmpty() ? QStringLiteral("Untitled article") : title;
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

} // namespace

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

QString ArticleLoader::builtinSource()
{
    return QStringLiteral("builtin:") + BuiltinName.toString();
}

LoadResult ArticleLoader::loadBuiltin()
{
    QFile file(QStringLiteral(":/articles/ceasefire-talks.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, QStringLiteral("The built-in article is missing from this build.")};
    return fromBytes(file.readAll(), builtinSource(), BuiltinName.toString());
}

LoadResult ArticleLoader::loadFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, QStringLiteral("Cannot open \u201c%1\u201d: no such file.").arg(path)};
    if (info.isDir())
        return {std::nullopt,
                QStringLiteral("Cannot open \u201c%1\u201d: it is a folder, not a file.").arg(path)};
    if (info.isFile() && info.size() > MaxBytes)
        return {std::nullopt,
                QStringLiteral("Cannot open \u201c%1\u201d: it is %2, larger than the %3 "
                               "an article may have.")
                    .arg(path, humanSize(info.size()), humanSize(MaxBytes))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                QStringLiteral("Cannot open \u201c%1\u201d: %2.").arg(path, file.errorString())};
    // Read at most one byte past the limit, so that a device without a size (a FIFO, /dev/zero)
    // cannot make us read forever.
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes)
        return {std::nullopt,
                QStringLiteral("Cannot open \u201c%1\u201d: it is larger than the %2 an "
                               "article may have.")
                    .arg(path, humanSize(MaxBytes))};
    return fromBytes(bytes, info.absoluteFilePath(), info.fileName());
}

LoadResult ArticleLoader::loadStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {std::nullopt, QStringLiteral("Cannot read standard input.")};
    const QByteArray bytes = in.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes)
        return {std::nullopt,
                QStringLiteral("Standard input is larger than the %1 an article may have.")
                    .arg(humanSize(MaxBytes))};
    return fromBytes(bytes, QStringLiteral("stdin"), QStringLiteral("stdin"));
}

LoadResult ArticleLoader::fromBytes(const QByteArray &bytes, const QString &source,
                                    const QString &name)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        return {std::nullopt,
                QStringLiteral("\u201c%1\u201d is not a text file: found binary data at "
                               "byte %2.")
                    .arg(name)
                    .arg(nul + (bytes.size() - data.size()))};
    if (const qsizetype bad = firstInvalidUtf8(data); bad >= 0)
        return {std::nullopt,
                QStringLiteral("\u201c%1\u201d is not valid UTF-8 text (first bad byte at "
                               "%2). Save it as UTF-8 and open it again.")
                    .arg(name)
                    .arg(bad + (bytes.size() - data.size()))};
    QString text = QString::fromUtf8(data);
    Article article;
    article.paragraphs = splitParagraphs(text);
    article.title = titleFor(text, article.paragraphs, name);
    article.source = source;
    article.text = std::move(text);
    spdlog::info("loaded {}: {} characters, {} paragraphs", source.toStdString(),
                 article.text.size(), article.paragraphs.size());
    return {std::move(article), {}};
}
