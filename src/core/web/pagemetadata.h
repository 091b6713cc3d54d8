#pragma once

#include <QString>
#include <QtGlobal>

class HtmlTree;

// What a web page says of itself: title, byline, site, date, language and direction, read from
// its JSON-LD (schema.org Article types), Open Graph and Dublin Core properties, <meta name>
// (author, parsely-*), <time datetime> and <title>. Where several say it, the order is that of
// Mozilla Readability (JSON-LD, then Dublin Core, Open Graph, the rest), so that a page reads as
// Firefox's reader view shows it. One pass over the page's head and its meta-like elements.
class PageMetadata
{
public:
    QString title;     // the headline: metadata's, else <title> without its site suffix
    QString byline;    // the authors, as the page names them
    QString site;      // the publication
    QString published; // ISO 8601 date or date-time
    QString language;  // <html lang>
    Qt::LayoutDirection direction = Qt::LeftToRight;
    bool directionGiven = false; // a dir attribute said it
    QString documentTitle;       // <title> as written

    static PageMetadata read(const HtmlTree &tree);

    // <title> without the site's name after a separator ("Talks resume | The Paper"), as
    // Readability reads it; `headings` are the page's h1 and h2 texts.
    static QString cleanTitle(const QString &title, const QStringList &headings,
                              const QStringList &h1s);
    // How much of b's words a also has, 0-1 (Readability's textSimilarity).
    static double similarity(const QString &a, const QString &b);
};
