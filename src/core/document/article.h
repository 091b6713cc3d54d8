#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QtGlobal>

// One article as the reader shows it: the text exactly as read, plus where it came from.
struct Article
{
    enum class Format { PlainText, Markdown, Html };

    // What a block of a Markdown or HTML article is; plain text has only paragraphs.
    enum class BlockKind : unsigned char {
        Paragraph,
        Heading,
        ListItem,
        Quote,
        Caption, // of a figure or a table
        TableCell,
        Preformatted,
    };

    struct Paragraph
    {
        qsizetype start = 0; // UTF-16 index into text
        qsizetype end = 0;   // exclusive
        int heading = 0;     // 1-6 for a heading of a Markdown or HTML article
        bool listItem = false;
        BlockKind kind = BlockKind::Paragraph; // Heading when heading > 0, ListItem when listItem
    };

    // "paragraph", "heading", "list-item", "quote", "caption", "table-cell", "preformatted".
    static QLatin1StringView kindName(BlockKind kind);

    QString text;
    QString title;
    QString source; // "builtin:ceasefire-talks", a file path, a web address, or "stdin"
    // What the document says of itself, where it says it (a web page's metadata; empty otherwise).
    QString byline;    // "By Jane Doe"-style author line, without the "By"
    QString site;      // the publication ("The Guardian")
    QString published; // ISO 8601 date or date-time, as the page gives it
    QString language;  // BCP 47 ("en", "ar-EG")
    Qt::LayoutDirection direction = Qt::LeftToRight;
    Format format = Format::PlainText;
    QString note; // what the loader assumed, for the user ("converted from HTML")
    QList<Paragraph> paragraphs;
    // A web page: whether the body is the reader view's article (or the whole page), and the
    // words kept of the page's words, for "Reader view: 1,240 of 4,900 words".
    bool readerView = false;
    qsizetype keptWords = 0;
    qsizetype pageWords = 0;

    // The paragraph (0-based) that holds a UTF-16 position, or -1.
    qsizetype paragraphAt(qsizetype position) const;

    // The text for a QTextDocument, position for position: QTextDocument reads "\r\n" as one
    // paragraph break and a lone "\r" as another, which would shift every later position, so
    // "\r" before "\n" becomes a space and a lone "\r" a "\n"; its frame markers (U+FDD0,
    // U+FDD1) become U+FFFD. A line over 10,000 characters is broken at white space, and a run of
    // 2,000 without any (CJK, a blob) at a character that is then not shown, punctuation where
    // there is some: no line is long enough for the text layout to stall on it.
    static QString displayText(const QString &text);
};
