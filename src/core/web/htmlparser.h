#pragma once

#include "core/web/htmltree.h"

#include <QByteArrayView>

// Parses HTML into an HtmlTree with libxml2's HTML parser (the one lxml, and so trafilatura and
// readability-lxml, stand on), so that the rest of the core sees a plain tree and never libxml2.
// Before libxml2 sees the page, one linear pass gives it HTML5's reading of character references
// (all 2,231 named ones, numeric ones with the Windows-1252 quirks) and keeps the nesting within
// what browsers build (512 deep): libxml2 looks end tags up in its stack of open elements, which
// made deep nesting with stray end tags quadratic. Nothing the page refers to is loaded (libxml2
// is given the page as bytes, with no network and no file access). About 30 MB/s; the tree costs
// about 3 times the page in memory. Thread-safe: each call parses on its own.
class HtmlParser
{
public:
    static constexpr int MaxDepth = 512;

    // `utf8` is the page, already decoded (ArticleLoader does that) and encoded as UTF-8.
    static HtmlTree parse(QByteArrayView utf8);

    // The pass before libxml2, exposed for tests: character references rewritten as numeric
    // ones HTML5 would read, nesting kept within MaxDepth, stray end tags dropped.
    static QByteArray prepare(QByteArrayView utf8);
};
