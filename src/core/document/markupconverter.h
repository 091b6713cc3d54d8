#pragma once

#include "core/document/article.h"

#include <QString>
#include <QStringView>

// Turns HTML and Markdown into the plain reading text the reader shows, one block a line, with
// each block's kind (heading, list item, quote...) marked. HTML goes through HtmlParser (libxml2)
// as the whole page (ReaderView finds the article in it); Markdown through md4c, the CommonMark
// parser inside Qt. Nothing a page refers to is ever fetched: scripts, styles, frames and images
// are dropped, links keep only their text. Linear in the input and iterative, so deep nesting and
// huge pages cost no stack.
class MarkupConverter
{
public:
    struct Result
    {
        QString text;
        QList<Article::Paragraph> paragraphs;
        QString title; // <title>, the first <h1> or "# heading"; may be empty
    };

    static Result fromHtml(QStringView html);
    static Result fromMarkdown(QStringView markdown);
};
