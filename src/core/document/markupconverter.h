#pragma once

#include "core/document/article.h"

#include <QString>
#include <QStringView>

// Turns HTML and Markdown into the plain reading text the reader shows, one paragraph a line,
// with headings and list items marked. Nothing a page refers to is ever fetched: scripts, styles,
// frames and images are dropped, links keep only their text. Linear in the input, iterative (no
// recursion), so deep nesting and huge pages cost no stack.
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
