#pragma once

#include "core/web/htmltree.h"

#include <vector>

class BlockWriter;

// Writes the reading text of a part of an HtmlTree into a BlockWriter: blocks (paragraphs,
// headings, list items, quotes, captions, table cells, preformatted text) in document order,
// one a line; what is never text (scripts, styles, forms' controls, media, frames, SVG) left
// out, and links reduced to their words. One iterative walk, linear in the part.
class HtmlText
{
public:
    // `removed`, when given, marks nodes (by index) left out with all they hold.
    static void write(const HtmlTree &tree, int root, BlockWriter &out,
                      const std::vector<bool> *removed = nullptr);

    // Whether a tag starts a block of its own (a line of the reading text).
    static bool isBlock(HtmlTree::Tag tag);
    // Whether what an element holds is never reading text.
    static bool isNeverText(HtmlTree::Tag tag);
};
