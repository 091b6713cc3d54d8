#include "core/web/htmlparser.h"

#include "core/web/htmlentities.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isAlnum(char c)
{
    return isAlpha(c) || isDigit(c);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// HTML5 reads numeric references to 0x80-0x9F as Windows-1252 ("&#150;" is an en dash).
constexpr std::array<char32_t, 32> Windows1252 = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026,
                                                  0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
                                                  0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018,
                                                  0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D,
                                                  0x017E, 0x0178};

void appendNumeric(QByteArray &out, char32_t c)
{
    char buffer[16];
    const int n = std::snprintf(buffer, sizeof(buffer), "&#x%X;", unsigned(c));
    out.append(buffer, n);
}

constexpr QByteArrayView Ampersand = "&#x26;";

// The pass before libxml2 (see HtmlParser). Each byte is looked at a bounded number of times.
class Preparer
{
public:
    explicit Preparer(QByteArrayView in)
        : m_in(in)
    {
        m_out.reserve(in.size() + in.size() / 16);
        // Fixed ids for the names the model treats specially.
        for (const char *name : {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
                                 "thead", "tbody", "tfoot", "h1", "h2", "h3", "h4", "h5", "h6"})
            intern(name);
    }

    QByteArray run()
    {
        const qsizetype n = m_in.size();
        qsizetype i = 0;
        while (i < n) {
            const char c = m_in[i];
            if (c == '&') {
                i += reference(i, false);
            } else if (c == '<') {
                i = markup(i);
            } else {
                // Runs of plain text are copied whole.
                qsizetype k = i + 1;
                while (k < n && m_in[k] != '&' && m_in[k] != '<')
                    ++k;
                m_out.append(m_in.sliced(i, k - i));
                i = k;
            }
        }
        return std::move(m_out);
    }

private:
    enum Fixed {
        P,
        Li,
        Dt,
        Dd,
        Option,
        Optgroup,
        Tr,
        Td,
        Th,
        Thead,
        Tbody,
        Tfoot,
        H1,
        H6 = H1 + 5
    };

    int intern(std::string_view name)
    {
        m_key.assign(name);
        const auto [it, added] = m_ids.try_emplace(m_key, int(m_open.size()));
        if (added) {
            m_open.push_back(0);
            m_dropped.push_back(0);
        }
        return it->second;
    }

    // At '&': writes HTML5's reading of the reference as a numeric one libxml2 reads alike, or
    // a literal ampersand; returns the bytes used.
    qsizetype reference(qsizetype i, bool inAttribute)
    {
        const qsizetype n = m_in.size();
        if (i + 1 < n && m_in[i + 1] == '#') {
            qsizetype k = i + 2;
            const bool hex = k < n && (m_in[k] == 'x' || m_in[k] == 'X');
            if (hex)
                ++k;
            const qsizetype digits = k;
            char32_t value = 0;
            while (k < n && (hex ? isHexDigit(m_in[k]) : isDigit(m_in[k]))) {
                const char d = lower(m_in[k]);
                value = std::min<char32_t>(0x110000,
                                           value * (hex ? 16 : 10)
                                               + char32_t(isDigit(d) ? d - '0' : d - 'a' + 10));
                ++k;
            }
            if (k == digits) {
                m_out.append(Ampersand);
                return 1;
            }
            if (k < n && m_in[k] == ';')
                ++k;
            if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                value = 0xFFFD;
            else if (value >= 0x80 && value <= 0x9F)
                value = Windows1252[value - 0x80];
            appendNumeric(m_out, value);
            return k - i;
        }
        const std::string_view rest(m_in.data() + i + 1,
                                    std::size_t(std::min<qsizetype>(n - i - 1, 40)));
        if (const auto match = HtmlEntities::longestPrefix(rest)) {
            const qsizetype after = i + 1 + qsizetype(match->length);
            // In an attribute, "&copy=" of a query string stays as written.
            if (rest[match->length - 1] != ';' && inAttribute && after < n
                && (m_in[after] == '=' || isAlnum(m_in[after]))) {
                m_out.append(Ampersand);
                return 1;
            }
            appendNumeric(m_out, match->first);
            if (match->second != 0)
                appendNumeric(m_out, match->second);
            return after - i;
        }
        m_out.append(Ampersand);
        return 1;
    }

    // At '<': a tag, a comment, a declaration, or a literal "<". Returns where to go on.
    qsizetype markup(qsizetype i)
    {
        const qsizetype n = m_in.size();
        const char next = i + 1 < n ? m_in[i + 1] : '\0';
        if (isAlpha(next))
            return startTag(i);
        if (next == '/' && i + 2 < n && isAlpha(m_in[i + 2]))
            return endTag(i);
        if (next == '!') {
            if (m_in.sliced(i).startsWith("<!--"))
                return comment(i);
            const qsizetype end = m_in.indexOf('>', i);
            if (m_in.sliced(i + 2)
                        .first(std::min<qsizetype>(7, n - i - 2))
                        .compare("DOCTYPE", Qt::CaseInsensitive)
                    == 0
                && end > 0)
                m_out.append(m_in.sliced(i, end + 1 - i));
            return end < 0 ? n : end + 1; // other declarations and CDATA outside SVG: dropped
        }
        if (next == '?' || next == '/') {
            // A processing instruction or "</3>": a bogus comment to the next '>'.
            const qsizetype end = m_in.indexOf('>', i);
            return end < 0 ? n : end + 1;
        }
        m_out.append("&#x3C;");
        return i + 1;
    }

    qsizetype comment(qsizetype i)
    {
        const qsizetype n = m_in.size();
        qsizetype k = i + 4;
        if (k < n && m_in[k] == '>')
            return k + 1; // "<!-->"
        if (k + 1 < n && m_in[k] == '-' && m_in[k + 1] == '>')
            return k + 2; // "<!--->"
        for (; k + 2 < n; ++k) {
            if (m_in[k] == '-' && m_in[k + 1] == '-') {
                if (m_in[k + 2] == '>')
                    return k + 3;
                if (m_in[k + 2] == '!' && k + 3 < n && m_in[k + 3] == '>')
                    return k + 4;
            }
        }
        return n; // an unterminated comment runs to the end
    }

    // Reads a tag name at `k` (lower-cased into m_name); returns where it ends.
    qsizetype tagName(qsizetype k)
    {
        const qsizetype n = m_in.size();
        m_name.clear();
        while (k < n && !isSpace(m_in[k]) && m_in[k] != '/' && m_in[k] != '>') {
            m_name.push_back(lower(m_in[k]));
            ++k;
        }
        return k;
    }

    static bool isVoid(std::string_view name)
    {
        static constexpr std::array<std::string_view, 18> names = {"area",    "base",   "basefont",
                                                                   "bgsound", "br",     "col",
                                                                   "embed",   "frame",  "hr",
                                                                   "image",   "img",    "input",
                                                                   "keygen",  "link",   "meta",
                                                                   "param",   "source", "track"};
        return name == "wbr" || std::find(names.begin(), names.end(), name) != names.end();
    }

    static bool closesParagraph(std::string_view name)
    {
        static constexpr std::array<std::string_view, 30> names
            = {"address", "article", "aside",    "blockquote", "center", "details", "dialog", "dir",
               "div",     "dl",      "fieldset", "figcaption", "figure", "footer",  "form",   "h1",
               "h2",      "h3",      "h4",       "h5",         "h6",     "header",  "hgroup", "hr",
               "main",    "menu",    "nav",      "ol",         "p",      "section"};
        return name == "pre" || name == "table" || name == "ul" || name == "li"
               || std::find(names.begin(), names.end(), name) != names.end();
    }

    int top() const { return m_stack.empty() ? -1 : m_stack.back(); }

    void pop()
    {
        --m_open[std::size_t(m_stack.back())];
        m_stack.pop_back();
        if (m_anyDropped) {
            // What was dropped lay inside the element just closed: its end tags close nothing.
            std::fill(m_dropped.begin(), m_dropped.end(), 0);
            m_anyDropped = false;
        }
    }

    // The end tags a browser implies before this start tag, as far as they keep the model
    // close to libxml2's stack of open elements.
    void impliedEnds(int id)
    {
        const auto popIf = [this](std::initializer_list<int> ids) {
            if (!m_stack.empty() && std::find(ids.begin(), ids.end(), top()) != ids.end()) {
                pop();
                return true;
            }
            return false;
        };
        if (closesParagraph(m_name))
            popIf({P});
        if (id == Li)
            popIf({Li});
        else if (id == Dt || id == Dd)
            popIf({Dt, Dd});
        else if (id == Option || id == Optgroup)
            popIf({Option}), (id == Optgroup && popIf({Optgroup}));
        else if (id == Td || id == Th)
            popIf({Td, Th});
        else if (id == Tr)
            popIf({Td, Th}), popIf({Tr});
        else if (id == Thead || id == Tbody || id == Tfoot)
            popIf({Td, Th}), popIf({Tr}), popIf({Thead, Tbody, Tfoot});
        else if (id >= H1 && id <= H6)
            popIf({H1, H1 + 1, H1 + 2, H1 + 3, H1 + 4, H6});
    }

    qsizetype startTag(qsizetype i)
    {
        const qsizetype n = m_in.size();
        const qsizetype mark = m_out.size();
        qsizetype k = tagName(i + 1);
        m_out.append('<');
        m_out.append(m_name.data(), qsizetype(m_name.size()));
        bool selfClosing = false;
        // Attributes, as the HTML tokenizer reads them; references in values are rewritten.
        for (;;) {
            while (k < n && (isSpace(m_in[k]) || m_in[k] == '/')) {
                selfClosing = m_in[k] == '/';
                m_out.append(m_in[k++]);
            }
            if (k >= n) {
                m_out.truncate(mark); // a tag cut off by the end of the page is dropped
                return n;
            }
            if (m_in[k] == '>')
                break;
            selfClosing = false;
            const qsizetype nameStart = k++;
            while (k < n && !isSpace(m_in[k]) && m_in[k] != '/' && m_in[k] != '>' && m_in[k] != '=')
                ++k;
            m_out.append(m_in.sliced(nameStart, k - nameStart));
            qsizetype s = k;
            while (s < n && isSpace(m_in[s]))
                ++s;
            if (s >= n || m_in[s] != '=')
                continue;
            k = s + 1;
            m_out.append('=');
            while (k < n && isSpace(m_in[k]))
                ++k;
            if (k < n && (m_in[k] == '"' || m_in[k] == '\'')) {
                const char quote = m_in[k++];
                m_out.append(quote);
                while (k < n && m_in[k] != quote) {
                    if (m_in[k] == '&')
                        k += reference(k, true);
                    else if (m_in[k] == '<')
                        m_out.append("&#x3C;"), ++k;
                    else
                        m_out.append(m_in[k++]);
                }
                if (k >= n) {
                    m_out.truncate(mark);
                    return n;
                }
                m_out.append(quote);
                ++k;
            } else {
                while (k < n && !isSpace(m_in[k]) && m_in[k] != '>') {
                    if (m_in[k] == '&')
                        k += reference(k, true);
                    else if (m_in[k] == '<' || m_in[k] == '"' || m_in[k] == '\'')
                        appendNumeric(m_out, char32_t(m_in[k++]));
                    else
                        m_out.append(m_in[k++]);
                }
            }
        }
        const std::string_view name(m_name);
        // A void element closes at once: libxml2 would let some ("<embed>") hold what follows.
        if (isVoid(name) && !selfClosing)
            m_out.append('/');
        m_out.append('>');
        ++k; // past '>'

        const bool raw = name == "script" || name == "style" || name == "xmp" || name == "iframe"
                         || name == "noembed" || name == "noframes";
        const bool rcdata = name == "title" || name == "textarea";
        bool dropped = false;
        if (name == "html" || name == "head" || name == "body" || isVoid(name)) {
            // libxml2 places these itself; they are never nested.
        } else if (selfClosing && !raw && !rcdata) {
            // libxml2 closes "<x/>" at once, as HTML does in SVG and MathML.
        } else {
            const int id = intern(name);
            impliedEnds(id);
            if (m_stack.size() >= std::size_t(HtmlParser::MaxDepth)) {
                m_out.truncate(mark); // as browsers do, nothing nests deeper
                ++m_dropped[std::size_t(id)];
                m_anyDropped = true;
                dropped = true;
            } else {
                m_stack.push_back(id);
                ++m_open[std::size_t(id)];
            }
        }
        if (raw || rcdata)
            k = rawText(k, rcdata, dropped);
        return k;
    }

    // The content of a raw-text element up to its end tag, which is then read as usual.
    qsizetype rawText(qsizetype k, bool rcdata, bool dropped)
    {
        const qsizetype n = m_in.size();
        const std::string closing = "</" + m_name;
        qsizetype end = k;
        for (;;) {
            end = m_in.indexOf('<', end);
            if (end < 0) {
                end = n;
                break;
            }
            if (end + qsizetype(closing.size()) <= n
                && m_in.sliced(end, qsizetype(closing.size()))
                           .compare(QByteArrayView(closing.data(), qsizetype(closing.size())),
                                    Qt::CaseInsensitive)
                       == 0) {
                const qsizetype after = end + qsizetype(closing.size());
                if (after >= n || isSpace(m_in[after]) || m_in[after] == '/' || m_in[after] == '>')
                    break;
            }
            ++end;
        }
        if (!dropped) {
            if (!rcdata) {
                m_out.append(m_in.sliced(k, end - k));
            } else {
                for (qsizetype j = k; j < end;) {
                    if (m_in[j] == '&')
                        j += reference(j, false);
                    else if (m_in[j] == '<')
                        m_out.append("&#x3C;"), ++j;
                    else
                        m_out.append(m_in[j++]);
                }
            }
        }
        return end;
    }

    qsizetype endTag(qsizetype i)
    {
        const qsizetype n = m_in.size();
        qsizetype k = tagName(i + 2);
        k = m_in.indexOf('>', k);
        if (k < 0)
            return n;
        ++k;
        const std::string_view name(m_name);
        if (name == "br") {
            m_out.append("<br>"); // as HTML reads "</br>"
            return k;
        }
        if (name == "html" || name == "head" || name == "body" || isVoid(name))
            return k;
        const int id = intern(name);
        if (m_dropped[std::size_t(id)] > 0) {
            --m_dropped[std::size_t(id)];
            return k;
        }
        if (m_open[std::size_t(id)] == 0)
            return k; // nothing to close: libxml2 would look for it through its whole stack
        while (top() != id)
            pop();
        pop();
        m_out.append("</");
        m_out.append(m_name.data(), qsizetype(m_name.size()));
        m_out.append('>');
        return k;
    }

    QByteArrayView m_in;
    QByteArray m_out;
    std::string m_name;
    std::string m_key;
    std::unordered_map<std::string, int> m_ids;
    std::vector<int> m_open;    // per name: how many the model has open
    std::vector<int> m_dropped; // per name: start tags dropped past MaxDepth, not yet closed
    std::vector<int> m_stack;
    bool m_anyDropped = false;
};

// Builds the HtmlTree from libxml2's SAX events (no libxml2 tree is ever built).
class TreeBuilder
{
public:
    HtmlTree tree;

    static void startElement(void *context, const xmlChar *name, const xmlChar **attributes)
    {
        auto *self = static_cast<TreeBuilder *>(context);
        const auto *n = reinterpret_cast<const char *>(name);
        const QLatin1StringView lowerName(n, qsizetype(std::strlen(n)));
        const HtmlTree::Tag tag = HtmlTree::tagFor(lowerName);
        const int element = self->tree.appendElement(self->m_current, tag,
                                                     tag == HtmlTree::Tag::Other
                                                         ? QString::fromUtf8(n)
                                                         : QString());
        for (const xmlChar **a = attributes; a && a[0]; a += 2) {
            const auto *value = reinterpret_cast<const char *>(a[1]);
            self->tree.addAttribute(element,
                                    QString::fromUtf8(reinterpret_cast<const char *>(a[0])),
                                    value ? QString::fromUtf8(value) : QStringLiteral(""));
        }
        self->m_current = element;
        if (tag == HtmlTree::Tag::Script) {
            // Only JSON-LD (the page's metadata) is kept of scripts.
            const QStringView type = self->tree.attribute(element, QLatin1StringView("type"));
            self->m_skipText = !type.trimmed().startsWith(u"application/ld+json",
                                                          Qt::CaseInsensitive);
        } else {
            self->m_skipText = tag == HtmlTree::Tag::Style;
        }
    }

    static void endElement(void *context, const xmlChar *)
    {
        auto *self = static_cast<TreeBuilder *>(context);
        if (self->m_current > 0)
            self->m_current = self->tree.node(self->m_current).parent;
        self->m_skipText = false;
    }

    static void characters(void *context, const xmlChar *text, int length)
    {
        auto *self = static_cast<TreeBuilder *>(context);
        if (self->m_skipText || length <= 0)
            return;
        self->tree.appendText(self->m_current,
                              QString::fromUtf8(reinterpret_cast<const char *>(text), length));
    }

    static void ignore(void *, const char *, ...) {}

private:
    int m_current = 0;
    bool m_skipText = false;
};

} // namespace

QByteArray HtmlParser::prepare(QByteArrayView utf8)
{
    return Preparer(utf8).run();
}

HtmlTree HtmlParser::parse(QByteArrayView utf8)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });

    const QByteArray prepared = prepare(utf8);
    TreeBuilder builder;
    htmlSAXHandler sax;
    std::memset(&sax, 0, sizeof(sax));
    sax.startElement = &TreeBuilder::startElement;
    sax.endElement = &TreeBuilder::endElement;
    sax.characters = &TreeBuilder::characters;
    sax.ignorableWhitespace = &TreeBuilder::characters;
    sax.cdataBlock = &TreeBuilder::characters;
    sax.warning = &TreeBuilder::ignore;
    sax.error = &TreeBuilder::ignore;
    sax.fatalError = &TreeBuilder::ignore;
    htmlParserCtxtPtr context = htmlCreatePushParserCtxt(&sax, &builder, nullptr, 0, nullptr,
                                                         XML_CHAR_ENCODING_UTF8);
    if (!context)
        return std::move(builder.tree);
    htmlCtxtUseOptions(context, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                    | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
    // In chunks: libxml2 takes an int length.
    constexpr qsizetype Chunk = 1 << 20;
    for (qsizetype at = 0; at < prepared.size(); at += Chunk) {
        const qsizetype length = std::min(Chunk, prepared.size() - at);
        htmlParseChunk(context, prepared.constData() + at, int(length), 0);
    }
    htmlParseChunk(context, nullptr, 0, 1);
    htmlFreeParserCtxt(context);
    return std::move(builder.tree);
}
