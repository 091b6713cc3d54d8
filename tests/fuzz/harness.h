#pragma once

// The checks of the three fuzz targets, shared with tests/core/tst_fuzzregressions.cpp, which
// replays the seed corpus and every kept crasher in each normal build. Each returns what went
// wrong (a violated invariant), or nothing; a crash or a sanitizer report is a finding too.

#include "core/document/article.h"
#include "core/document/articleloader.h"
#include "core/document/markupconverter.h"
#include "core/document/textoffsets.h"
#include "core/entities/entityexport.h"
#include "core/extraction/entityextractor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cstddef>
#include <cstdint>

#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) \
            return QStringLiteral("invariant failed: " #condition); \
    } while (false)

namespace FuzzHarness {

// ArticleLoader::fromBytes: the first byte chooses the name the bytes come under (and so the
// format), the rest is the file.
inline QString loader(const std::uint8_t *data, std::size_t size)
{
    static const std::array<QString, 4> names = {QStringLiteral("a.txt"), QStringLiteral("a.html"),
                                                 QStringLiteral("a.md"), QStringLiteral("stdin")};
    if (size == 0)
        return {};
    const QString &name = names[data[0] % names.size()];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const LoadResult r = ArticleLoader::fromBytes(bytes, QStringLiteral("fuzz"), name);
    if (!r.ok()) {
        FUZZ_CHECK(!r.error.isEmpty());
        return {};
    }
    const Article &a = *r.article;
    FUZZ_CHECK(r.error.isEmpty());
    FUZZ_CHECK(!a.title.isEmpty());
    qsizetype previousEnd = -1;
    for (const auto &p : a.paragraphs) {
        FUZZ_CHECK(p.start > previousEnd && p.start <= p.end && p.end <= a.text.size());
        previousEnd = p.end;
    }
    FUZZ_CHECK(Article::displayText(a.text).size() == a.text.size());
    if (!a.paragraphs.isEmpty()) {
        FUZZ_CHECK(a.paragraphAt(a.paragraphs.first().start) == 0);
        FUZZ_CHECK(a.paragraphAt(a.paragraphs.last().end) == a.paragraphs.size() - 1);
    }
    return {};
}

// MarkupConverter: the first byte chooses HTML (odd) or Markdown (even); the rest is read as
// UTF-8, invalid sequences becoming U+FFFD as in the loader.
inline QString markup(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return {};
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data + 1),
                                            qsizetype(size - 1));
    const MarkupConverter::Result r = (data[0] & 1) ? MarkupConverter::fromHtml(input)
                                                    : MarkupConverter::fromMarkdown(input);
    // One paragraph a line, in order, covering the whole text but for the newlines between.
    qsizetype expectedStart = 0;
    for (const auto &p : r.paragraphs) {
        FUZZ_CHECK(p.start == expectedStart);
        FUZZ_CHECK(p.end > p.start && p.end <= r.text.size());
        FUZZ_CHECK(p.heading >= 0 && p.heading <= 6);
        FUZZ_CHECK(p.end == r.text.size() || r.text[p.end] == u'\n');
        expectedStart = p.end + 1;
    }
    FUZZ_CHECK(r.paragraphs.isEmpty() ? r.text.isEmpty() : r.paragraphs.last().end == r.text.size());
    // Reading text has no control characters but the newlines between paragraphs.
    for (QChar c : r.text)
        FUZZ_CHECK(c.unicode() >= 0x20 || c == u'\n');
    return {};
}

// EntityExtractor and the JSON export of its offsets: the first byte chooses how the rest becomes
// text, UTF-8 (even) or raw UTF-16 code units (odd), which may hold lone surrogates.
inline QString extractor(const EntityExtractor &extractor, const std::uint8_t *data,
                         std::size_t size)
{
    if (size == 0)
        return {};
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const qsizetype n = qsizetype(size - 1);
    QString text;
    if (data[0] & 1) {
        text.resize(n / 2);
        for (qsizetype i = 0; i < n / 2; ++i)
            text[i] = QChar(char16_t(quint8(bytes[2 * i]) | quint8(bytes[2 * i + 1]) << 8));
    } else {
        text = QString::fromUtf8(bytes, n);
    }
    const auto insidePair = [&text](qsizetype i) {
        return i > 0 && i < text.size() && text[i].isLowSurrogate()
               && text[i - 1].isHighSurrogate();
    };
    const EntityList list = extractor.extract(text);
    for (const Entity &e : list.entities()) {
        FUZZ_CHECK(!e.id.isEmpty() && !e.name.isEmpty() && !e.mentions.isEmpty());
        for (const Mention &m : e.mentions) {
            FUZZ_CHECK(m.start >= 0 && m.start < m.end && m.end <= text.size());
            FUZZ_CHECK(!insidePair(m.start) && !insidePair(m.end));
            FUZZ_CHECK(list.entityAt(m.start) != nullptr);
        }
    }
    // The headless contract: code point offsets that map back to the same characters.
    Article article;
    article.text = text;
    article.source = QStringLiteral("fuzz");
    const QJsonDocument json = QJsonDocument::fromJson(EntityExport::toJson(article, list));
    FUZZ_CHECK(json.isObject());
    const TextOffsets offsets(text);
    const QJsonArray entities = json.object().value(u"entities").toArray();
    FUZZ_CHECK(entities.size() == list.size());
    for (const auto &e : entities) {
        for (const auto &m : e.toObject().value(u"mentions").toArray()) {
            const QJsonObject mention = m.toObject();
            const qsizetype start = offsets.toUtf16(mention.value(u"start").toInteger());
            const qsizetype end = offsets.toUtf16(mention.value(u"end").toInteger());
            FUZZ_CHECK(start >= 0 && start <= end && end <= text.size());
            // JSON carries text as UTF-8, where a lone surrogate cannot be: compare what it can.
            FUZZ_CHECK(QString::fromUtf8(text.sliced(start, end - start).toUtf8())
                       == mention.value(u"text").toString());
        }
    }
    return {};
}

} // namespace FuzzHarness
