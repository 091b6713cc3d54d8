#include "core/web/readerview.h"

#include "core/document/blockwriter.h"
#include "core/web/htmltext.h"
#include "core/web/htmltree.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

using Tag = HtmlTree::Tag;

namespace {

enum Flag { StripUnlikely = 1, WeightClasses = 2, CleanConditionally = 4 };

// Words of class and id attributes, as the public extractors list them (Readability, boilerpipe,
// trafilatura): what a page's own names say of a block, never one site's names.
constexpr std::array<std::u16string_view, 38> UnlikelyWords
    = {u"-ad-",         u"ai2html",    u"banner",  u"breadcrumbs", u"combx",   u"comment",
       u"community",    u"cover-wrap", u"disqus",  u"extra",       u"footer",  u"gdpr",
       u"header",       u"legends",    u"menu",    u"related",     u"remark",  u"replies",
       u"rss",          u"shoutbox",   u"sidebar", u"skyscraper",  u"social",  u"sponsor",
       u"supplemental", u"ad-break",   u"agegate", u"pagination",  u"pager",   u"popup",
       u"yom-remote",   u"cookie",     u"consent", u"newsletter",  u"taboola", u"outbrain",
       u"most-read",    u"mostread"};
constexpr std::array<std::u16string_view, 8> MaybeWords = {u"and",     u"article", u"body",
                                                           u"column",  u"content", u"main",
                                                           u"mathjax", u"shadow"};
constexpr std::array<std::u16string_view, 13> PositiveWords = {u"article", u"body",   u"content",
                                                               u"entry",   u"hentry", u"h-entry",
                                                               u"main",    u"page",   u"pagination",
                                                               u"post",    u"text",   u"blog",
                                                               u"story"};
constexpr std::array<std::u16string_view, 29> NegativeWords
    = {u"-ad-",     u"hidden",     u"banner",     u"combx",    u"comment",  u"com-",
       u"contact",  u"footer",     u"gdpr",       u"masthead", u"media",    u"meta",
       u"outbrain", u"promo",      u"related",    u"scroll",   u"share",    u"shoutbox",
       u"sidebar",  u"skyscraper", u"sponsor",    u"shopping", u"tags",     u"widget",
       u"cookie",   u"consent",    u"newsletter", u"taboola",  u"most-read"};
constexpr std::array<std::u16string_view, 5> BylineWords = {u"byline", u"author", u"dateline",
                                                            u"writtenby", u"p-author"};
constexpr std::array<std::u16string_view, 7> UnlikelyRoles = {u"menu",          u"menubar",
                                                              u"complementary", u"navigation",
                                                              u"alert",         u"alertdialog",
                                                              u"dialog"};

template<std::size_t N>
bool containsAny(QStringView text, const std::array<std::u16string_view, N> &words)
{
    for (auto w : words) {
        if (text.contains(QStringView(w.data(), qsizetype(w.size()))))
            return true;
    }
    return false;
}

// "hid" as a whole word, as Readability's negative pattern has it.
bool hasWord(QStringView text, QStringView word)
{
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const bool startOk = at == 0 || text[at - 1] == u' ';
        const qsizetype end = at + word.size();
        if (startOk && (end == text.size() || text[end] == u' '))
            return true;
    }
    return false;
}

// "share" between word boundaries or underscores.
bool hasShareWord(QStringView text)
{
    for (qsizetype at = text.indexOf(u"share"); at >= 0; at = text.indexOf(u"share", at + 1)) {
        const bool startOk = at == 0 || !text[at - 1].isLetterOrNumber();
        qsizetype end = at + 5;
        if (text.sliced(end).startsWith(u"daddy"))
            end += 5;
        if (startOk && (end == text.size() || !text[end].isLetterOrNumber()))
            return true;
    }
    return false;
}

// The length of text with white space runs counted as one, as Readability's getInnerText.
int collapsedLength(QStringView text)
{
    int length = 0;
    bool space = true;
    for (QChar c : text) {
        const bool s = c.isSpace();
        if (!s || !space)
            ++length;
        space = s;
    }
    return length;
}

int commaCount(QStringView text)
{
    int count = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        count += u == u',' || u == 0x060C || u == 0xFE50 || u == 0xFE10 || u == 0xFE11
                 || u == 0x2E41 || u == 0x2E34 || u == 0x2E32 || u == 0xFF0C;
    }
    return count;
}

bool isHeading(Tag t)
{
    return t >= Tag::H1 && t <= Tag::H6;
}

// Readability's DIV_TO_P_ELEMS: a div holding none of these reads as a paragraph.
bool isDivBlock(Tag t)
{
    switch (t) {
    case Tag::Blockquote:
    case Tag::Dl:
    case Tag::Div:
    case Tag::Img:
    case Tag::Ol:
    case Tag::P:
    case Tag::Pre:
    case Tag::Table:
    case Tag::Ul:
    case Tag::Section:
    case Tag::Article:
    case Tag::Figure:
    case Tag::Header:
    case Tag::Footer:
    case Tag::Aside:
    case Tag::Nav:
    case Tag::Main:
    case Tag::Form:
    case Tag::Fieldset:
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
    case Tag::Hr:
    case Tag::Li:
    case Tag::Address:
    case Tag::Details:
    case Tag::Center:
        return true;
    default:
        return false;
    }
}

class Extraction
{
public:
    Extraction(const HtmlTree &tree, const PageMetadata &metadata, int flags, QString &byline)
        : m_tree(tree)
        , m_meta(metadata)
        , m_flags(flags)
        , m_byline(byline)
        , m_n(std::size_t(tree.size()))
    {
        m_removed.assign(m_n, false);
        m_score.assign(m_n, 0.0);
        m_initialised.assign(m_n, 0);
        m_text.assign(m_n, 0);
        m_link.assign(m_n, 0);
        m_commas.assign(m_n, 0);
        m_blockInside.assign(m_n, 0);
        m_transparent.assign(m_n, 0);
    }

    // The nodes of the article, in order; empty when the page has none.
    std::vector<int> run()
    {
        removeBoilerplate();
        measure();
        score();
        const int top = topCandidate();
        if (top < 0)
            return {};
        std::vector<int> article = joinSiblings(top);
        clean(article);
        return article;
    }

    const std::vector<bool> &removed() const { return m_removed; }
    int textLength(const std::vector<int> &nodes) const
    {
        int length = 0;
        for (int n : nodes)
            length += m_text[std::size_t(n)];
        return length;
    }
    int body() const { return m_body; }
    int topNode() const { return m_top; }

private:
    QString matchString(int n) const
    {
        const QStringView cls = m_tree.attribute(n, QLatin1StringView("class"));
        const QStringView id = m_tree.attribute(n, QLatin1StringView("id"));
        if (cls.isEmpty() && id.isEmpty())
            return {};
        return (cls.toString() + u' ' + id.toString()).toLower();
    }

    bool visible(int n) const
    {
        if (m_tree.hasAttribute(n, QLatin1StringView("hidden")))
            return false;
        const QStringView aria = m_tree.attribute(n, QLatin1StringView("aria-hidden"));
        if (aria == u"true"
            && !m_tree.attribute(n, QLatin1StringView("class")).contains(u"fallback-image"))
            return false;
        const QStringView style = m_tree.attribute(n, QLatin1StringView("style"));
        if (style.isEmpty())
            return true;
        for (QStringView declaration : style.tokenize(u';')) {
            const qsizetype colon = declaration.indexOf(u':');
            if (colon < 0)
                continue;
            const QStringView property = declaration.first(colon).trimmed();
            const QStringView value = declaration.sliced(colon + 1).trimmed();
            if (property.compare(u"display", Qt::CaseInsensitive) == 0
                && value.startsWith(u"none", Qt::CaseInsensitive))
                return false;
            if (property.compare(u"visibility", Qt::CaseInsensitive) == 0
                && value.startsWith(u"hidden", Qt::CaseInsensitive))
                return false;
        }
        return true;
    }

    double classWeight(int n) const
    {
        if (!(m_flags & WeightClasses))
            return 0;
        double weight = 0;
        for (const char *name : {"class", "id"}) {
            const QString value = m_tree.attribute(n, QLatin1StringView(name)).toString().toLower();
            if (value.isEmpty())
                continue;
            if (containsAny(value, NegativeWords) || hasWord(value, u"hid"))
                weight -= 25;
            if (containsAny(value, PositiveWords))
                weight += 25;
        }
        return weight;
    }

    bool isByline(int n, const QString &match) const
    {
        const QStringView rel = m_tree.attribute(n, QLatin1StringView("rel"));
        const QStringView itemprop = m_tree.attribute(n, QLatin1StringView("itemprop"));
        return rel == u"author" || itemprop.contains(u"author") || containsAny(match, BylineWords);
    }

    // Hidden elements, what is never text, and (first pass) what names itself boilerplate.
    void removeBoilerplate()
    {
        bool titleHeadingLeft = true;
        std::vector<char> inTable(m_n, 0), inCode(m_n, 0);
        for (int n = 1; n < m_tree.size(); ++n) {
            const std::size_t i = std::size_t(n);
            const int parent = m_tree.node(n).parent;
            const std::size_t pi = std::size_t(parent);
            if (m_removed[pi]) {
                m_removed[i] = true;
                continue;
            }
            const Tag tag = m_tree.tag(n);
            inTable[i] = inTable[pi] || m_tree.tag(parent) == Tag::Table;
            inCode[i] = inCode[pi] || m_tree.tag(parent) == Tag::Code;
            if (tag == Tag::Text)
                continue;
            if (tag == Tag::Body && m_body < 0)
                m_body = n;
            if (HtmlText::isNeverText(tag) || !visible(n)) {
                m_removed[i] = true;
                continue;
            }
            const QString match = matchString(n);
            if (m_byline.isEmpty() && isByline(n, match)) {
                const QString text = m_tree.textContent(n).simplified();
                if (!text.isEmpty() && text.size() < 100) {
                    m_byline = text;
                    m_removed[i] = true;
                    continue;
                }
            }
            if (m_flags & StripUnlikely) {
                const bool unlikely = !match.isEmpty() && containsAny(match, UnlikelyWords)
                                      && !containsAny(match, MaybeWords);
                if (unlikely && !inTable[i] && !inCode[i] && tag != Tag::Body && tag != Tag::A) {
                    m_removed[i] = true;
                    continue;
                }
                const QString role = m_tree.attribute(n, QLatin1StringView("role")).toString();
                if (!role.isEmpty() && containsAny(role.toLower(), UnlikelyRoles)) {
                    m_removed[i] = true;
                    continue;
                }
                if (tag == Tag::Nav) {
                    m_removed[i] = true;
                    continue;
                }
            }
            if (titleHeadingLeft && (tag == Tag::H1 || tag == Tag::H2) && !m_meta.title.isEmpty()
                && PageMetadata::similarity(m_meta.title, m_tree.textContent(n).simplified())
                       > 0.75) {
                titleHeadingLeft = false;
                m_removed[i] = true;
                continue;
            }
        }
    }

    // Text, link text and commas under each node, and whether a block is inside: children come
    // after their parents, so one pass from the end adds each into its parent.
    void measure()
    {
        for (int n = m_tree.size() - 1; n >= 1; --n) {
            const std::size_t i = std::size_t(n);
            if (m_removed[i])
                continue;
            const HtmlTree::Node &node = m_tree.node(n);
            if (node.tag == Tag::Text) {
                m_text[i] = collapsedLength(node.text);
                m_commas[i] = commaCount(node.text);
            } else if (node.tag == Tag::A) {
                const QStringView href = m_tree.attribute(n, QLatin1StringView("href"));
                // Links within the page weigh less than links away from it.
                m_link[i] = href.startsWith(u'#') ? int(m_text[i] * 0.3) : m_text[i];
            }
            const std::size_t pi = std::size_t(node.parent);
            m_text[pi] += m_text[i];
            m_link[pi] += m_link[i];
            m_commas[pi] += m_commas[i];
            if (node.tag != Tag::Text && (isDivBlock(node.tag) || m_blockInside[i]))
                m_blockInside[pi] = 1;
        }
    }

    double linkDensity(int n) const
    {
        const int text = m_text[std::size_t(n)];
        return text > 0 ? double(m_link[std::size_t(n)]) / text : 0.0;
    }

    // A div without blocks inside reads as a paragraph (Readability turns it into one).
    bool readsAsParagraph(int n) const
    {
        const Tag t = m_tree.tag(n);
        return t == Tag::P || (t == Tag::Div && !m_blockInside[std::size_t(n)]);
    }

    void initialise(int n)
    {
        const std::size_t i = std::size_t(n);
        if (m_initialised[i])
            return;
        m_initialised[i] = 1;
        m_candidates.push_back(n);
        double s = 0;
        switch (m_tree.tag(n)) {
        case Tag::Div:
            s = 5;
            break;
        case Tag::Pre:
        case Tag::Td:
        case Tag::Blockquote:
            s = 3;
            break;
        case Tag::Address:
        case Tag::Ol:
        case Tag::Ul:
        case Tag::Dl:
        case Tag::Dd:
        case Tag::Dt:
        case Tag::Li:
        case Tag::Form:
            s = -3;
            break;
        case Tag::H1:
        case Tag::H2:
        case Tag::H3:
        case Tag::H4:
        case Tag::H5:
        case Tag::H6:
        case Tag::Th:
            s = -5;
            break;
        default:
            break;
        }
        m_score[i] = s + classWeight(n);
    }

    // A paragraph of `length` characters and `commas` commas gives its score to the containers
    // above `first` (the paragraph's parent), less with each level.
    void scoreParagraph(int first, int length, int commas)
    {
        if (length < 25)
            return;
        const double content = 1 + (commas + 1) + std::min(length / 100, 3);
        int level = 0;
        for (int a = first; a > 0 && level < 5; a = m_tree.node(a).parent) {
            if (m_transparent[std::size_t(a)])
                continue;
            if (m_tree.tag(a) == Tag::Html || m_tree.node(a).parent <= 0)
                break;
            initialise(a);
            const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            m_score[std::size_t(a)] += content / divider;
            ++level;
        }
    }

    bool isPhrasing(int n) const
    {
        const Tag t = m_tree.tag(n);
        return t == Tag::Text || (!isDivBlock(t) && !HtmlText::isBlock(t)) || t == Tag::Br;
    }

    void score()
    {
        for (int n = 1; n < m_tree.size(); ++n) {
            const std::size_t i = std::size_t(n);
            if (m_removed[i])
                continue;
            const Tag tag = m_tree.tag(n);
            const int parent = m_tree.node(n).parent;
            switch (tag) {
            case Tag::Section:
            case Tag::H2:
            case Tag::H3:
            case Tag::H4:
            case Tag::H5:
            case Tag::H6:
            case Tag::P:
            case Tag::Td:
            case Tag::Pre:
                scoreParagraph(parent, m_text[i], m_commas[i]);
                break;
            case Tag::Div:
                if (!m_blockInside[i]) {
                    scoreParagraph(parent, m_text[i], m_commas[i]);
                } else if (singleParagraphChild(n) && linkDensity(n) < 0.25) {
                    m_transparent[i] = 1; // Readability replaces it by its paragraph
                } else {
                    scorePhrasingRuns(n);
                }
                break;
            default:
                break;
            }
        }
    }

    bool singleParagraphChild(int n) const
    {
        int elements = 0;
        bool paragraph = false;
        for (int c = m_tree.node(n).firstChild; c >= 0; c = m_tree.node(c).next) {
            if (m_removed[std::size_t(c)])
                continue;
            if (m_tree.tag(c) == Tag::Text) {
                if (!m_tree.node(c).text.trimmed().isEmpty())
                    return false;
                continue;
            }
            ++elements;
            paragraph = m_tree.tag(c) == Tag::P;
        }
        return elements == 1 && paragraph;
    }

    // Runs of text and inline elements directly in a div with blocks read as paragraphs of
    // their own; two line breaks in a row end one.
    void scorePhrasingRuns(int div)
    {
        int length = 0, commas = 0, breaks = 0;
        const auto flush = [&] {
            scoreParagraph(div, length, commas);
            length = commas = 0;
        };
        for (int c = m_tree.node(div).firstChild; c >= 0; c = m_tree.node(c).next) {
            const std::size_t ci = std::size_t(c);
            if (m_removed[ci])
                continue;
            if (m_tree.tag(c) == Tag::Br) {
                if (++breaks >= 2)
                    flush();
                continue;
            }
            if (m_tree.tag(c) == Tag::Text && m_tree.node(c).text.trimmed().isEmpty())
                continue;
            breaks = 0;
            if (isPhrasing(c)) {
                length += m_text[ci];
                commas += m_commas[ci];
            } else {
                flush();
            }
        }
        flush();
    }

    std::vector<int> ancestors(int n) const
    {
        std::vector<int> list;
        for (int a = m_tree.node(n).parent; a > 0; a = m_tree.node(a).parent)
            list.push_back(a);
        return list;
    }

    int elementChildren(int n) const
    {
        int count = 0;
        for (int c = m_tree.node(n).firstChild; c >= 0; c = m_tree.node(c).next)
            count += m_tree.isElement(c) && !m_removed[std::size_t(c)];
        return count;
    }

    int topCandidate()
    {
        // Each candidate's score, less its share of link text; the five best, best first.
        std::vector<int> top;
        for (int c : m_candidates) {
            const std::size_t i = std::size_t(c);
            m_score[i] *= 1.0 - linkDensity(c);
            auto at = std::find_if(top.begin(), top.end(),
                                   [&](int t) { return m_score[i] > m_score[std::size_t(t)]; });
            if (at - top.begin() < 5) {
                top.insert(at, c);
                if (top.size() > 5)
                    top.pop_back();
            }
        }
        if (top.empty() || m_tree.tag(top.front()) == Tag::Body)
            return -1;
        int best = top.front();
        // When three or more near-best candidates share an ancestor, the article is there.
        std::vector<std::vector<int>> alternatives;
        for (std::size_t k = 1; k < top.size(); ++k) {
            if (m_score[std::size_t(top[k])] / m_score[std::size_t(best)] >= 0.75)
                alternatives.push_back(ancestors(top[k]));
        }
        if (alternatives.size() >= 3) {
            for (int p = m_tree.node(best).parent; p > 0 && m_tree.tag(p) != Tag::Body;
                 p = m_tree.node(p).parent) {
                int containing = 0;
                for (const auto &list : alternatives)
                    containing += std::find(list.begin(), list.end(), p) != list.end();
                if (containing >= 3) {
                    best = p;
                    break;
                }
            }
        }
        initialise(best);
        // Up while the parents score as well: the article's text may be split among them.
        double lastScore = m_score[std::size_t(best)];
        const double threshold = lastScore / 3;
        for (int p = m_tree.node(best).parent; p > 0 && m_tree.tag(p) != Tag::Body;
             p = m_tree.node(p).parent) {
            if (!m_initialised[std::size_t(p)])
                continue;
            const double s = m_score[std::size_t(p)];
            if (s < threshold)
                break;
            if (s > lastScore) {
                best = p;
                break;
            }
            lastScore = s;
        }
        // An only child stands for its parent.
        for (int p = m_tree.node(best).parent;
             p > 0 && m_tree.tag(p) != Tag::Body && m_tree.tag(p) != Tag::Html
             && elementChildren(p) == 1;
             p = m_tree.node(p).parent)
            best = p;
        initialise(best);
        m_top = best;
        return best;
    }

    std::vector<int> joinSiblings(int top)
    {
        const std::size_t ti = std::size_t(top);
        const double threshold = std::max(10.0, m_score[ti] * 0.2);
        const QStringView topClass = m_tree.attribute(top, QLatin1StringView("class"));
        std::vector<int> article;
        const int parent = m_tree.node(top).parent;
        if (parent <= 0)
            return {top};
        for (int s = m_tree.node(parent).firstChild; s >= 0; s = m_tree.node(s).next) {
            const std::size_t si = std::size_t(s);
            if (m_removed[si] || !m_tree.isElement(s))
                continue;
            bool append = s == top;
            if (!append) {
                double bonus = 0;
                if (!topClass.isEmpty()
                    && m_tree.attribute(s, QLatin1StringView("class")) == topClass)
                    bonus += m_score[ti] * 0.2;
                if (m_initialised[si] && m_score[si] + bonus >= threshold) {
                    append = true;
                } else if (readsAsParagraph(s)) {
                    const int length = m_text[si];
                    const double density = linkDensity(s);
                    if (length > 80 && density < 0.25) {
                        append = true;
                    } else if (length < 80 && length > 0 && density == 0) {
                        const QString text = m_tree.textContent(s).simplified();
                        append = text.contains(u". ") || text.endsWith(u'.');
                    }
                }
            }
            if (append)
                article.push_back(s);
        }
        return article;
    }

    void remove(int n)
    {
        const std::size_t i = std::size_t(n);
        if (m_removed[i])
            return;
        for (int a = m_tree.node(n).parent; a >= 0; a = m_tree.node(a).parent) {
            const std::size_t ai = std::size_t(a);
            m_text[ai] -= m_text[i];
            m_link[ai] -= m_link[i];
            m_commas[ai] -= m_commas[i];
        }
        for (int d = n; d >= 0; d = m_tree.following(d, n))
            m_removed[std::size_t(d)] = true;
    }

    struct Counts
    {
        int p = 0, img = 0, li = 0, input = 0, embeds = 0, headingText = 0, listText = 0,
            textishText = 0;
        bool dataTable = false;
    };

    // What cleanConditionally weighs, counted under one node (its removed parts left out).
    Counts count(int node) const
    {
        Counts c;
        for (int n = m_tree.following(node, node); n >= 0;) {
            const std::size_t i = std::size_t(n);
            if (m_removed[i]) {
                n = m_tree.followingSkippingChildren(n, node);
                continue;
            }
            const Tag t = m_tree.tag(n);
            if (readsAsParagraph(n))
                ++c.p;
            switch (t) {
            case Tag::Img:
                ++c.img;
                break;
            case Tag::Li:
                ++c.li;
                break;
            case Tag::Input:
                ++c.input;
                break;
            case Tag::Object:
            case Tag::Embed:
            case Tag::Iframe:
                ++c.embeds;
                break;
            case Tag::Table:
                c.dataTable = c.dataTable || m_dataTable[i];
                break;
            default:
                break;
            }
            // Text inside headings, lists and text-holding elements, counted once at the
            // outermost such element.
            if (isHeading(t)) {
                c.headingText += m_text[i];
            }
            if (t == Tag::Ul || t == Tag::Ol) {
                c.listText += m_text[i];
            }
            if (t == Tag::Span || t == Tag::Li || t == Tag::Td || isDivBlock(t)) {
                c.textishText += m_text[i];
            }
            n = m_tree.following(n, node);
        }
        return c;
    }

    bool isDataTable(int table) const
    {
        if (m_tree.attribute(table, QLatin1StringView("role")) == u"presentation")
            return false;
        if (m_tree.attribute(table, QLatin1StringView("datatable")) == u"0")
            return false;
        if (m_tree.hasAttribute(table, QLatin1StringView("summary")))
            return true;
        int rows = 0, columns = 0, cells = 0;
        for (int n = m_tree.following(table, table); n >= 0; n = m_tree.following(n, table)) {
            switch (m_tree.tag(n)) {
            case Tag::Caption:
                if (m_tree.node(n).firstChild >= 0)
                    return true;
                break;
            case Tag::Col:
            case Tag::Colgroup:
            case Tag::Tfoot:
            case Tag::Thead:
            case Tag::Th:
                return true;
            case Tag::Table:
                return false;
            case Tag::Tr:
                ++rows;
                cells = 0;
                break;
            case Tag::Td:
                columns = std::max(columns, ++cells);
                break;
            default:
                break;
            }
        }
        return rows >= 10 || columns > 4 || rows * columns > 10;
    }

    bool hasAncestor(int n, Tag tag, int within, bool dataTableOnly = false) const
    {
        for (int a = m_tree.node(n).parent; a >= 0 && a != m_tree.node(within).parent;
             a = m_tree.node(a).parent) {
            if (m_tree.tag(a) == tag && (!dataTableOnly || m_dataTable[std::size_t(a)]))
                return true;
        }
        return false;
    }

    bool shouldRemoveConditionally(int n, Tag tag, int root)
    {
        const std::size_t i = std::size_t(n);
        if (tag == Tag::Table && m_dataTable[i])
            return false;
        if (hasAncestor(n, Tag::Table, root, true) || hasAncestor(n, Tag::Code, root))
            return false;
        const Counts c = count(n);
        if (c.dataTable)
            return false;
        const int text = m_text[i];
        const bool isList = tag == Tag::Ul || tag == Tag::Ol
                            || (text > 0 && double(c.listText) / text > 0.9);
        const double weight = classWeight(n);
        if (weight < 0)
            return true;
        if (m_commas[i] >= 10)
            return false;
        const QString inner = m_tree.textContent(n).simplified();
        static const QRegularExpression
            adWords(QStringLiteral(
                        "^(ad(vertising|vertisement)?|pub(licit\u00e9)?|werb(ung)?|\u5e7f\u544a|"
                        "\u0420\u0435\u043a\u043b\u0430\u043c\u0430|anuncio)$"),
                    QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression loadingWords(
            QStringLiteral(
                "^((loading|\u6b63\u5728\u52a0\u8f7d|\u0417\u0430\u0433\u0440\u0443\u0437"
                "\u043a\u0430|chargement|cargando)(\u2026|\\.\\.\\.)?)$"),
            QRegularExpression::CaseInsensitiveOption);
        if (inner.size() < 30
            && (adWords.match(inner).hasMatch() || loadingWords.match(inner).hasMatch()))
            return true;
        const double links = linkDensity(n);
        const double headingDensity = text > 0 ? double(c.headingText) / text : 0;
        const double textDensity = text > 0 ? double(c.textishText) / text : 0;
        const bool inFigure = hasAncestor(n, Tag::Figure, root);
        const int li = c.li - 100;
        bool remove = (!inFigure && c.img > 1 && double(c.p) / c.img < 0.5) || (!isList && li > c.p)
                      || (c.input > c.p / 3)
                      || (!isList && !inFigure && headingDensity < 0.9 && text < 25
                          && (c.img == 0 || c.img > 2) && links > 0)
                      || (!isList && weight < 25 && links > 0.2) || (weight >= 25 && links > 0.5)
                      || (c.embeds == 1 && text < 75) || c.embeds > 1
                      || (c.img == 0 && textDensity == 0);
        if (isList && remove) {
            // A simple list of images stays.
            for (int child = m_tree.node(n).firstChild; child >= 0;
                 child = m_tree.node(child).next) {
                if (!m_removed[std::size_t(child)] && elementChildren(child) > 1)
                    return remove;
            }
            if (c.img == c.li)
                return false;
        }
        return remove;
    }

    // Inside the article: what no article holds, share bars, and boxes that read as
    // boilerplate.
    void clean(const std::vector<int> &article)
    {
        m_dataTable.assign(m_n, 0);
        for (int root : article) {
            for (int n = root; n >= 0; n = m_tree.following(n, root)) {
                if (m_tree.tag(n) == Tag::Table && !m_removed[std::size_t(n)])
                    m_dataTable[std::size_t(n)] = isDataTable(n);
            }
        }
        const auto conditionally = [&](std::initializer_list<Tag> tags) {
            if (!(m_flags & CleanConditionally))
                return;
            for (Tag tag : tags) {
                for (int root : article) {
                    // From the last to the first, as Readability removes them.
                    std::vector<int> nodes;
                    for (int n = root; n >= 0; n = m_tree.following(n, root)) {
                        if (m_removed[std::size_t(n)]) {
                            n = m_tree.followingSkippingChildren(n, root);
                            if (n < 0)
                                break;
                            if (m_tree.tag(n) == tag && !m_removed[std::size_t(n)])
                                nodes.push_back(n);
                            continue;
                        }
                        if (m_tree.tag(n) == tag && !(tag == Tag::Div && readsAsParagraph(n)))
                            nodes.push_back(n);
                    }
                    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
                        if (!m_removed[std::size_t(*it)]
                            && shouldRemoveConditionally(*it, tag, root))
                            remove(*it);
                    }
                }
            }
        };
        conditionally({Tag::Form, Tag::Fieldset});
        for (int root : article) {
            const bool topLevel = true;
            for (int n = root; n >= 0; n = m_tree.following(n, root)) {
                if (m_removed[std::size_t(n)] || !m_tree.isElement(n))
                    continue;
                const Tag t = m_tree.tag(n);
                if (t == Tag::Footer || t == Tag::Aside || t == Tag::Object || t == Tag::Embed
                    || t == Tag::Link || t == Tag::Iframe || t == Tag::Input || t == Tag::Textarea
                    || t == Tag::Select || t == Tag::Button) {
                    remove(n);
                    continue;
                }
                if (n != root && topLevel && m_text[std::size_t(n)] < 500) {
                    const QString match = matchString(n);
                    if (!match.isEmpty() && hasShareWord(match)) {
                        remove(n);
                        continue;
                    }
                }
                if ((t == Tag::H1 || t == Tag::H2) && classWeight(n) < 0)
                    remove(n);
            }
        }
        conditionally({Tag::Table, Tag::Ul, Tag::Div});
        // A lone h2 that says the title again is the page's headline, shown in the header.
        int h2 = -1, h2s = 0;
        for (int root : article) {
            for (int n = root; n >= 0; n = m_tree.following(n, root)) {
                if (m_tree.tag(n) == Tag::H2 && !m_removed[std::size_t(n)]) {
                    h2 = n;
                    ++h2s;
                }
            }
        }
        if (h2s == 1 && !m_meta.title.isEmpty()) {
            const QString heading = m_tree.textContent(h2).simplified();
            const double rate = std::abs(double(heading.size()) - double(m_meta.title.size()))
                                / double(m_meta.title.size());
            if (rate < 0.5 && (heading.contains(m_meta.title) || m_meta.title.contains(heading)))
                remove(h2);
        }
    }

    const HtmlTree &m_tree;
    const PageMetadata &m_meta;
    const int m_flags;
    QString &m_byline;
    const std::size_t m_n;
    std::vector<bool> m_removed;
    std::vector<double> m_score;
    std::vector<char> m_initialised;
    std::vector<int> m_text; // characters, white space runs counted once
    std::vector<int> m_link; // of them inside links
    std::vector<int> m_commas;
    std::vector<char> m_blockInside;
    std::vector<char> m_transparent;
    std::vector<char> m_dataTable;
    std::vector<int> m_candidates; // in the order first scored
    int m_body = -1;
    int m_top = -1;
};

Qt::LayoutDirection directionAround(const HtmlTree &tree, int node, const PageMetadata &meta)
{
    for (int a = node; a > 0; a = tree.node(a).parent) {
        const QStringView dir = tree.attribute(a, QLatin1StringView("dir"));
        if (!dir.isNull() && !dir.isEmpty())
            return dir.compare(u"rtl", Qt::CaseInsensitive) == 0 ? Qt::RightToLeft
                                                                 : Qt::LeftToRight;
    }
    return meta.direction;
}

// Right to left when most letters of the text are of a right-to-left script.
Qt::LayoutDirection directionOfText(const QString &text, Qt::LayoutDirection given)
{
    qsizetype rtl = 0, ltr = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(text.size(), 20000); ++i) {
        switch (text[i].direction()) {
        case QChar::DirR:
        case QChar::DirAL:
            ++rtl;
            break;
        case QChar::DirL:
            ++ltr;
            break;
        default:
            break;
        }
    }
    if (rtl > ltr * 2)
        return Qt::RightToLeft;
    if (ltr > rtl * 2)
        return Qt::LeftToRight;
    return given;
}

int bodyOf(const HtmlTree &tree)
{
    const int body = tree.firstOf(Tag::Body);
    return body >= 0 ? body : 0;
}

} // namespace

ReaderView::Result ReaderView::wholePage(const HtmlTree &tree)
{
    Result result;
    result.metadata = PageMetadata::read(tree);
    BlockWriter out;
    HtmlText::write(tree, bodyOf(tree), out);
    result.keptWords = result.pageWords = out.wordCount();
    out.finish(result.text, result.paragraphs);
    result.metadata.direction = directionOfText(result.text, result.metadata.direction);
    return result;
}

ReaderView::Result ReaderView::extract(const HtmlTree &tree)
{
    Result result;
    result.metadata = PageMetadata::read(tree);
    BlockWriter page;
    HtmlText::write(tree, bodyOf(tree), page);
    result.pageWords = page.wordCount();

    // With every rule first; when that keeps under 500 characters, again with fewer.
    constexpr int MinimumLength = 500;
    QString pageByline;
    std::optional<Extraction> best;
    std::vector<int> bestNodes;
    int bestLength = -1;
    for (const int flags : {int(StripUnlikely | WeightClasses | CleanConditionally),
                            int(WeightClasses | CleanConditionally), int(CleanConditionally), 0}) {
        Extraction attempt(tree, result.metadata, flags, pageByline);
        std::vector<int> nodes = attempt.run();
        const int length = attempt.textLength(nodes);
        if (length > bestLength) {
            bestLength = length;
            bestNodes = std::move(nodes);
            best.emplace(std::move(attempt));
        }
        if (length >= MinimumLength)
            break;
    }
    if (result.metadata.byline.isEmpty())
        result.metadata.byline = pageByline;

    if (!best || bestNodes.empty() || bestLength <= 0) {
        // No block reads as an article: the whole page, and the loader says so.
        page.finish(result.text, result.paragraphs);
        result.keptWords = result.pageWords;
        result.articleFound = false;
        result.metadata.direction = directionOfText(result.text, result.metadata.direction);
        return result;
    }
    BlockWriter out;
    for (int n : bestNodes) {
        out.endBlock();
        HtmlText::write(tree, n, out, &best->removed());
    }
    result.keptWords = out.wordCount();
    out.finish(result.text, result.paragraphs);
    result.articleFound = true;
    result.metadata.direction = directionOfText(result.text, directionAround(tree, best->topNode(),
                                                                             result.metadata));
    return result;
}
