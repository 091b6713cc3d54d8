#pragma once

#include "core/document/article.h"
#include "core/web/pagemetadata.h"

class HtmlTree;

// Finds the article in a web page, and only the article: what Firefox's reader view (Mozilla
// Readability) and the extractors after it (boilerpipe, jusText, trafilatura) teach, in general
// rules. Hidden elements, navigation, banners, share bars, comments, "related" lists and forms go
// first (by element, ARIA role and class and id words); blocks of text are then scored by their
// length and commas, the score going to their containers; the container with the best score,
// less its share of link text, is the article, joined by the siblings that read like it; inside
// it, what reads as boilerplate (link lists, image galleries, short link-heavy boxes) is
// dropped. When that keeps too little, the steps run again with fewer rules. Linear in the page
// for each of at most four passes; no recursion.
class ReaderView
{
public:
    struct Result
    {
        QString text;
        QList<Article::Paragraph> paragraphs;
        PageMetadata metadata;     // byline filled from the page when its metadata has none
        bool articleFound = false; // false: the page has no article-like content
        qsizetype keptWords = 0;
        qsizetype pageWords = 0;
    };

    static Result extract(const HtmlTree &tree);
    // The whole page as text (the body and all it shows), with the page's metadata.
    static Result wholePage(const HtmlTree &tree);
};
