#include "core/web/htmltext.h"

#include "core/document/blockwriter.h"

using Tag = HtmlTree::Tag;
using Kind = Article::BlockKind;

bool HtmlText::isBlock(Tag tag)
{
    switch (tag) {
    case Tag::Address:
    case Tag::Article:
    case Tag::Aside:
    case Tag::Blockquote:
    case Tag::Body:
    case Tag::Br:
    case Tag::Caption:
    case Tag::Center:
    case Tag::Dd:
    case Tag::Details:
    case Tag::Dialog:
    case Tag::Div:
    case Tag::Dl:
    case Tag::Dt:
    case Tag::Fieldset:
    case Tag::Figcaption:
    case Tag::Figure:
    case Tag::Footer:
    case Tag::Form:
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
    case Tag::Header:
    case Tag::Hgroup:
    case Tag::Hr:
    case Tag::Legend:
    case Tag::Li:
    case Tag::Main:
    case Tag::Menu:
    case Tag::Nav:
    case Tag::Ol:
    case Tag::P:
    case Tag::Pre:
    case Tag::Section:
    case Tag::Summary:
    case Tag::Table:
    case Tag::Tbody:
    case Tag::Td:
    case Tag::Tfoot:
    case Tag::Th:
    case Tag::Thead:
    case Tag::Tr:
    case Tag::Ul:
    case Tag::Html:
    case Tag::Title:
        return true;
    default:
        return false;
    }
}

bool HtmlText::isNeverText(Tag tag)
{
    switch (tag) {
    case Tag::Script:
    case Tag::Style:
    case Tag::Noscript:
    case Tag::Template:
    case Tag::Iframe:
    case Tag::Frame:
    case Tag::Frameset:
    case Tag::Object:
    case Tag::Embed:
    case Tag::Applet:
    case Tag::Svg:
    case Tag::Math:
    case Tag::Canvas:
    case Tag::Video:
    case Tag::Audio:
    case Tag::Select:
    case Tag::Option:
    case Tag::Optgroup:
    case Tag::Textarea:
    case Tag::Button:
    case Tag::Input:
    case Tag::Head:
    case Tag::Title:
    case Tag::Map:
    case Tag::Picture:
    case Tag::Img:
    case Tag::Source:
    case Tag::Track:
    case Tag::Param:
    case Tag::Link:
    case Tag::Meta:
    case Tag::Base:
    case Tag::Dialog:
        return true;
    default:
        return false;
    }
}

namespace {

// The kind a block element gives the text inside it; Paragraph when it gives none.
Kind kindOf(Tag tag, int &headingLevel)
{
    switch (tag) {
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
        headingLevel = int(tag) - int(Tag::H1) + 1;
        return Kind::Heading;
    case Tag::Li:
    case Tag::Dt:
    case Tag::Dd:
        return Kind::ListItem;
    case Tag::Blockquote:
        return Kind::Quote;
    case Tag::Figcaption:
    case Tag::Caption:
        return Kind::Caption;
    case Tag::Td:
    case Tag::Th:
        return Kind::TableCell;
    case Tag::Pre:
        return Kind::Preformatted;
    default:
        return Kind::Paragraph;
    }
}

struct Context
{
    Kind kind;
    int heading;
};

} // namespace

void HtmlText::write(const HtmlTree &tree, int root, BlockWriter &out,
                     const std::vector<bool> *removed)
{
    // The kinds of the blocks open around the walk; the innermost that gives one wins.
    std::vector<Context> open;
    open.push_back({Kind::Paragraph, 0});
    int pre = 0;
    const auto leave = [&](int n) {
        const Tag tag = tree.tag(n);
        if (isBlock(tag)) {
            out.endBlock();
            open.pop_back();
        }
        if (tag == Tag::Pre)
            --pre;
    };
    int n = root;
    while (n >= 0) {
        const HtmlTree::Node &node = tree.node(n);
        const bool skip = (removed && (*removed)[std::size_t(n)])
                          || (n != root && isNeverText(node.tag));
        bool descended = false;
        if (!skip) {
            if (node.tag == Tag::Text) {
                if (out.blockIsEmpty())
                    out.setKind(open.back().kind, open.back().heading);
                if (pre > 0)
                    out.appendVerbatim(node.text);
                else
                    out.append(node.text);
            } else if (node.tag == Tag::Br || node.tag == Tag::Hr) {
                const Context c = open.back();
                out.endBlock();
                out.setKind(c.kind, c.heading);
            } else if (node.tag != Tag::Document && node.tag != Tag::Text) {
                if (isBlock(node.tag)) {
                    out.endBlock();
                    int level = 0;
                    const Kind kind = kindOf(node.tag, level);
                    // A paragraph inside a quote or a cell is still the quote or the cell.
                    open.push_back(kind == Kind::Paragraph ? open.back() : Context{kind, level});
                }
                if (node.tag == Tag::Pre)
                    ++pre;
                if (node.firstChild >= 0) {
                    n = node.firstChild;
                    descended = true;
                } else {
                    leave(n);
                }
            }
            if (node.tag == Tag::Document && node.firstChild >= 0) {
                n = node.firstChild;
                descended = true;
            }
        }
        if (descended)
            continue;
        // Up to the next sibling, leaving each element whose children are done.
        while (n >= 0 && n != root && tree.node(n).next < 0) {
            n = tree.node(n).parent;
            if (n >= 0 && n != root)
                leave(n);
            else if (n == root && tree.isElement(root))
                leave(root);
        }
        if (n < 0 || n == root)
            break;
        n = tree.node(n).next;
    }
    out.endBlock();
}
