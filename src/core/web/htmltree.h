#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <vector>

// The elements HTML gives meaning to, as the reader view needs them; every other element is
// Tag::Other and keeps its name.
// clang-format off
#define ARTICLE_READER_HTML_TAGS(X) \
    X(A, "a") X(Abbr, "abbr") X(Address, "address") X(Applet, "applet") X(Area, "area") \
    X(Article, "article") X(Aside, "aside") X(Audio, "audio") X(B, "b") X(Base, "base") \
    X(Bdi, "bdi") X(Bdo, "bdo") X(Big, "big") X(Blockquote, "blockquote") X(Body, "body") \
    X(Br, "br") X(Button, "button") X(Canvas, "canvas") X(Caption, "caption") \
    X(Center, "center") X(Cite, "cite") X(Code, "code") X(Col, "col") X(Colgroup, "colgroup") \
    X(Dd, "dd") X(Del, "del") X(Details, "details") X(Dfn, "dfn") X(Dialog, "dialog") \
    X(Div, "div") X(Dl, "dl") X(Dt, "dt") X(Em, "em") X(Embed, "embed") X(Fieldset, "fieldset") \
    X(Figcaption, "figcaption") X(Figure, "figure") X(Font, "font") X(Footer, "footer") \
    X(Form, "form") X(Frame, "frame") X(Frameset, "frameset") X(H1, "h1") X(H2, "h2") \
    X(H3, "h3") X(H4, "h4") X(H5, "h5") X(H6, "h6") X(Head, "head") X(Header, "header") \
    X(Hgroup, "hgroup") X(Hr, "hr") X(Html, "html") X(I, "i") X(Iframe, "iframe") X(Img, "img") \
    X(Input, "input") X(Ins, "ins") X(Kbd, "kbd") X(Label, "label") X(Legend, "legend") \
    X(Li, "li") X(Link, "link") X(Main, "main") X(Map, "map") X(Mark, "mark") X(Math, "math") \
    X(Menu, "menu") X(Meta, "meta") X(Nav, "nav") X(Noscript, "noscript") X(Object, "object") \
    X(Ol, "ol") X(Optgroup, "optgroup") X(Option, "option") X(Output, "output") X(P, "p") \
    X(Param, "param") X(Picture, "picture") X(Pre, "pre") X(Q, "q") X(Rp, "rp") X(Rt, "rt") \
    X(Ruby, "ruby") X(S, "s") X(Samp, "samp") X(Script, "script") X(Section, "section") \
    X(Select, "select") X(Small, "small") X(Source, "source") X(Span, "span") \
    X(Strike, "strike") X(Strong, "strong") X(Style, "style") X(Sub, "sub") \
    X(Summary, "summary") X(Sup, "sup") X(Svg, "svg") X(Table, "table") X(Tbody, "tbody") \
    X(Td, "td") X(Template, "template") X(Textarea, "textarea") X(Tfoot, "tfoot") X(Th, "th") \
    X(Thead, "thead") X(Time, "time") X(Title, "title") X(Tr, "tr") X(Track, "track") \
    X(Tt, "tt") X(U, "u") X(Ul, "ul") X(Var, "var") X(Video, "video") X(Wbr, "wbr")
// clang-format on

// A parsed HTML page as a plain tree, the one shape the rest of the core sees of HTML (HtmlParser
// builds it). Nodes live in one array in document order and name each other by index, so that
// walking the tree needs no recursion however deep it is; a node costs about 60 bytes plus its
// text or attributes.
class HtmlTree
{
public:
    enum class Tag : unsigned char {
        Document, // the root, node 0
        Text,
        Other,
#define ARTICLE_READER_TAG_ENUM(name, string) name,
        ARTICLE_READER_HTML_TAGS(ARTICLE_READER_TAG_ENUM)
#undef ARTICLE_READER_TAG_ENUM
    };

    struct Attribute
    {
        QString name; // lower case
        QString value;
    };

    struct Node
    {
        Tag tag = Tag::Other;
        int parent = -1;
        int firstChild = -1;
        int lastChild = -1;
        int next = -1; // the next sibling
        int previous = -1;
        int firstAttribute = 0;
        int attributeCount = 0;
        QString text; // a text node's characters; an Other element's name
    };

    HtmlTree();

    static Tag tagFor(QLatin1StringView lowerCaseName);
    static QLatin1StringView nameOf(Tag tag);

    int size() const
    {
        return int(m_nodes.size());
    }
    const Node &node(int index) const
    {
        return m_nodes[std::size_t(index)];
    }
    Tag tag(int index) const
    {
        return m_nodes[std::size_t(index)].tag;
    }
    bool isElement(int index) const
    {
        return tag(index) > Tag::Text;
    }
    // The value of an attribute, or a null view when the element has none of that name.
    QStringView attribute(int element, QLatin1StringView name) const;
    bool hasAttribute(int element, QLatin1StringView name) const;
    // The next node in document order inside `within` (which is never left), or -1.
    int following(int index, int within) const;
    // As following(), but skips the children of `index`.
    int followingSkippingChildren(int index, int within) const;
    // The first element below `within` with this tag, in document order, or -1.
    int firstOf(Tag tag, int within = 0) const;
    // Every character under a node, as written (no spaces added between blocks).
    QString textContent(int index) const;

    // Building (HtmlParser): a new last child of `parent`.
    int appendElement(int parent, Tag tag, QString otherName = {});
    void appendText(int parent, QStringView text);
    void addAttribute(int element, QString name, QString value);

private:
    std::vector<Node> m_nodes;
    std::vector<Attribute> m_attributes;
};
