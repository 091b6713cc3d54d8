#include "core/web/htmltree.h"

#include <algorithm>
#include <array>
#include <utility>

namespace {

struct TagName
{
    QLatin1StringView name;
    HtmlTree::Tag tag;
};

// Sorted by name once, for binary search.
const std::vector<TagName> &tagNames()
{
    static const std::vector<TagName> names = [] {
        std::vector<TagName> list = {
#define ARTICLE_READER_TAG_ENTRY(name, string) {QLatin1StringView(string), HtmlTree::Tag::name},
            ARTICLE_READER_HTML_TAGS(ARTICLE_READER_TAG_ENTRY)
#undef ARTICLE_READER_TAG_ENTRY
        };
        std::sort(list.begin(), list.end(),
                  [](const TagName &a, const TagName &b) { return a.name < b.name; });
        return list;
    }();
    return names;
}

} // namespace

HtmlTree::HtmlTree()
{
    Node document;
    document.tag = Tag::Document;
    m_nodes.push_back(std::move(document));
}

HtmlTree::Tag HtmlTree::tagFor(QLatin1StringView lowerCaseName)
{
    const auto &names = tagNames();
    const auto it = std::lower_bound(names.begin(), names.end(), lowerCaseName,
                                     [](const TagName &t, QLatin1StringView n) {
                                         return t.name < n;
                                     });
    return it != names.end() && it->name == lowerCaseName ? it->tag : Tag::Other;
}

QLatin1StringView HtmlTree::nameOf(Tag tag)
{
    switch (tag) {
    case Tag::Document:
        return QLatin1StringView("#document");
    case Tag::Text:
        return QLatin1StringView("#text");
    case Tag::Other:
        return QLatin1StringView("#other");
#define ARTICLE_READER_TAG_CASE(name, string) \
    case Tag::name: \
        return QLatin1StringView(string);
        ARTICLE_READER_HTML_TAGS(ARTICLE_READER_TAG_CASE)
#undef ARTICLE_READER_TAG_CASE
    }
    return {};
}

QStringView HtmlTree::attribute(int element, QLatin1StringView name) const
{
    const Node &n = node(element);
    for (int i = n.firstAttribute; i < n.firstAttribute + n.attributeCount; ++i) {
        const Attribute &a = m_attributes[std::size_t(i)];
        if (a.name == name)
            return a.value.isNull() ? QStringView(u"") : QStringView(a.value);
    }
    return {};
}

bool HtmlTree::hasAttribute(int element, QLatin1StringView name) const
{
    return !attribute(element, name).isNull();
}

int HtmlTree::following(int index, int within) const
{
    if (node(index).firstChild >= 0)
        return node(index).firstChild;
    return followingSkippingChildren(index, within);
}

int HtmlTree::followingSkippingChildren(int index, int within) const
{
    for (int n = index; n >= 0 && n != within; n = node(n).parent) {
        if (node(n).next >= 0)
            return node(n).next;
    }
    return -1;
}

int HtmlTree::firstOf(Tag tag, int within) const
{
    for (int n = following(within, within); n >= 0; n = following(n, within)) {
        if (node(n).tag == tag)
            return n;
    }
    return -1;
}

QString HtmlTree::textContent(int index) const
{
    if (node(index).tag == Tag::Text)
        return node(index).text;
    QString text;
    for (int n = following(index, index); n >= 0; n = following(n, index)) {
        if (node(n).tag == Tag::Text)
            text += node(n).text;
    }
    return text;
}

int HtmlTree::appendElement(int parent, Tag tag, QString otherName)
{
    const int index = size();
    Node n;
    n.tag = tag;
    n.parent = parent;
    n.firstAttribute = int(m_attributes.size());
    n.text = std::move(otherName);
    Node &p = m_nodes[std::size_t(parent)];
    n.previous = p.lastChild;
    if (p.lastChild >= 0)
        m_nodes[std::size_t(p.lastChild)].next = index;
    else
        p.firstChild = index;
    p.lastChild = index;
    m_nodes.push_back(std::move(n));
    return index;
}

void HtmlTree::appendText(int parent, QStringView text)
{
    if (text.isEmpty())
        return;
    const int last = node(parent).lastChild;
    if (last >= 0 && node(last).tag == Tag::Text) {
        m_nodes[std::size_t(last)].text += text;
        return;
    }
    const int index = appendElement(parent, Tag::Text);
    m_nodes[std::size_t(index)].text = text.toString();
}

void HtmlTree::addAttribute(int element, QString name, QString value)
{
    // Attributes are added right after their element, before any other node.
    m_attributes.push_back({std::move(name), std::move(value)});
    ++m_nodes[std::size_t(element)].attributeCount;
}
