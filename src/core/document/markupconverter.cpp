#include "core/document/markupconverter.h"

#include <array>

namespace {

// Collects paragraphs of reading text: one line each, spaces collapsed.
class TextBuilder
{
public:
    void append(QStringView s)
    {
        for (QChar c : s)
            appendChar(c);
    }
    void appendChar(QChar c)
    {
        if (c.isSpace() || c == u'\u00a0') {
            m_pendingSpace = m_current.size() > 0;
            return;
        }
        if (c.unicode() < 0x20 || c == u'\u2028' || c == u'\u2029')
            return; // control characters and separators have no place in reading text
        if (m_pendingSpace) {
            m_current.append(u' ');
            m_pendingSpace = false;
        }
        m_current.append(c);
    }
    // Text as is, spaces kept (preformatted); newlines end paragraphs.
    void appendVerbatim(QStringView s)
    {
        for (QChar c : s) {
            if (c == u'\n') {
                endParagraph();
            } else if (c == u'\t') {
                m_current.append(u' ');
            } else if (c.unicode() >= 0x20 && c != u'\u2028' && c != u'\u2029') {
                m_current.append(c); // as in append(): no control characters or separators
            }
        }
    }
    void setHeading(int level) { m_heading = level; }
    void setListItem(bool item) { m_listItem = item; }
    void endParagraph()
    {
        while (!m_current.isEmpty() && m_current.back().isSpace())
            m_current.chop(1);
        if (!m_current.isEmpty()) {
            if (!m_result.text.isEmpty())
                m_result.text.append(u'\n');
            const qsizetype start = m_result.text.size();
            m_result.text.append(m_current);
            m_result.paragraphs.append({start, m_result.text.size(), m_heading, m_listItem});
            if (m_heading == 1 && m_firstH1.isEmpty())
                m_firstH1 = m_current;
        }
        m_current.clear();
        m_pendingSpace = false;
        m_heading = 0;
        m_listItem = false;
    }
    MarkupConverter::Result finish(const QString &title)
    {
        endParagraph();
        m_result.title = title.simplified().isEmpty() ? m_firstH1 : title.simplified();
        return std::move(m_result);
    }

private:
    MarkupConverter::Result m_result;
    QString m_current;
    QString m_firstH1;
    bool m_pendingSpace = false;
    int m_heading = 0;
    bool m_listItem = false;
};

struct NamedEntity
{
    std::u16string_view name;
    char16_t value;
};

// The entities news pages use; anything else numeric is decoded, unknown names stay as written.
constexpr std::array<NamedEntity, 40> Entities = {{
    {u"amp", u'&'},         {u"lt", u'<'},          {u"gt", u'>'},          {u"quot", u'"'},
    {u"apos", u'\''},       {u"nbsp", u'\u00a0'},   {u"ndash", u'\u2013'},  {u"mdash", u'\u2014'},
    {u"lsquo", u'\u2018'},  {u"rsquo", u'\u2019'},  {u"ldquo", u'\u201c'},  {u"rdquo", u'\u201d'},
    {u"hellip", u'\u2026'}, {u"copy", u'\u00a9'},   {u"reg", u'\u00ae'},    {u"trade", u'\u2122'},
    {u"laquo", u'\u00ab'},  {u"raquo", u'\u00bb'},  {u"bull", u'\u2022'},   {u"middot", u'\u00b7'},
    {u"eacute", u'\u00e9'}, {u"egrave", u'\u00e8'}, {u"aacute", u'\u00e1'}, {u"agrave", u'\u00e0'},
    {u"iacute", u'\u00ed'}, {u"oacute", u'\u00f3'}, {u"uacute", u'\u00fa'}, {u"ntilde", u'\u00f1'},
    {u"ouml", u'\u00f6'},   {u"uuml", u'\u00fc'},   {u"auml", u'\u00e4'},   {u"ccedil", u'\u00e7'},
    {u"szlig", u'\u00df'},  {u"euro", u'\u20ac'},   {u"pound", u'\u00a3'},  {u"deg", u'\u00b0'},
    {u"shy", u'\u00ad'},    {u"zwnj", u'\u200c'},   {u"thinsp", u'\u2009'}, {u"times", u'\u00d7'},
}};

// Decodes the entity at s[i] == '&'; returns the characters and how many input units it used.
std::pair<QString, qsizetype> decodeEntity(QStringView s, qsizetype i)
{
    const qsizetype limit = std::min<qsizetype>(s.size(), i + 12);
    qsizetype semi = -1;
    for (qsizetype k = i + 1; k < limit; ++k) {
        if (s[k] == u';') {
            semi = k;
            break;
        }
        if (!s[k].isLetterOrNumber() && s[k] != u'#')
            break;
    }
    if (semi < 0)
        return {QStringLiteral("&"), 1};
    const QStringView body = s.sliced(i + 1, semi - i - 1);
    if (body.startsWith(u'#')) {
        bool ok = false;
        const uint code = (body.size() > 1 && (body[1] == u'x' || body[1] == u'X'))
                              ? body.sliced(2).toUInt(&ok, 16)
                              : body.sliced(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = code;
            return {QString::fromUcs4(&c, 1), semi - i + 1};
        }
        return {QString(QChar::ReplacementCharacter), semi - i + 1};
    }
    for (const auto &e : Entities) {
        if (body == QStringView(e.name.data(), qsizetype(e.name.size())))
            return {QString(QChar(e.value)), semi - i + 1};
    }
    return {QStringLiteral("&"), 1};
}

QString decodeEntities(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size();) {
        if (s[i] == u'&') {
            const auto [text, used] = decodeEntity(s, i);
            out += text;
            i += used;
        } else {
            out += s[i++];
        }
    }
    return out;
}

template<std::size_t N>
bool oneOf(QStringView name, const std::array<std::u16string_view, N> &list)
{
    for (auto w : list) {
        if (name.compare(QStringView(w.data(), qsizetype(w.size())), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Elements whose content is never reading text, and is never loaded.
// (Void elements such as <embed> have no content and no end tag: they are never skipped to one.)
constexpr std::array<std::u16string_view, 11> SkippedElements = {u"script",   u"style",
                                                                 u"noscript", u"template",
                                                                 u"iframe",   u"object",
                                                                 u"svg",      u"math",
                                                                 u"canvas",   u"video",
                                                                 u"audio"};

constexpr std::array<std::u16string_view, 34> BlockElements
    = {u"p",     u"div",     u"br",         u"li",     u"ul",      u"ol",   u"dl",
       u"dt",    u"dd",      u"blockquote", u"pre",    u"table",   u"tr",   u"td",
       u"th",    u"section", u"article",    u"header", u"footer",  u"main", u"nav",
       u"aside", u"figure",  u"figcaption", u"hr",     u"h1",      u"h2",   u"h3",
       u"h4",    u"h5",      u"h6",         u"title",  u"address", u"form"};

} // namespace

MarkupConverter::Result MarkupConverter::fromHtml(QStringView html)
{
    TextBuilder out;
    QString title;
    QString skipping; // the element whose content is being skipped, lower case
    bool inTitle = false;
    bool inHead = false;
    int preDepth = 0;
    const qsizetype n = html.size();
    qsizetype i = 0;
    qsizetype textStart = 0;

    auto flushText = [&](qsizetype end) {
        if (end <= textStart || !skipping.isEmpty())
            return;
        const QString text = decodeEntities(html.sliced(textStart, end - textStart));
        if (inTitle)
            title += text;
        else if (inHead)
            return;
        else if (preDepth > 0)
            out.appendVerbatim(text);
        else
            out.append(text);
    };

    while (i < n) {
        if (html[i] != u'<') {
            ++i;
            continue;
        }
        // Comments, doctype, CDATA, processing instructions.
        if (html.sliced(i).startsWith(u"<!--")) {
            flushText(i);
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            textStart = i;
            continue;
        }
        if (i + 1 < n && (html[i + 1] == u'!' || html[i + 1] == u'?')) {
            flushText(i);
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            textStart = i;
            continue;
        }
        const bool closing = i + 1 < n && html[i + 1] == u'/';
        qsizetype k = i + (closing ? 2 : 1);
        const qsizetype nameStart = k;
        while (k < n && (html[k].isLetterOrNumber() || html[k] == u'-' || html[k] == u':'))
            ++k;
        if (k == nameStart) {
            ++i; // a lone '<' is text
            continue;
        }
        flushText(i);
        const QString name = html.sliced(nameStart, k - nameStart).toString().toLower();
        // Find the end of the tag, skipping quoted attribute values.
        QChar quote;
        while (k < n) {
            const QChar c = html[k];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                break;
            }
            ++k;
        }
        i = k < n ? k + 1 : n;
        textStart = i;

        if (!skipping.isEmpty()) {
            if (closing && name == skipping)
                skipping.clear();
            continue;
        }
        if (!closing && oneOf(name, SkippedElements)) {
            const bool selfClosing = k > 0 && k <= n && html[k - 1] == u'/';
            if (!selfClosing)
                skipping = name;
            continue;
        }
        if (name == u"head") {
            inHead = !closing;
            continue;
        }
        if (name == u"title") {
            inTitle = !closing;
            continue;
        }
        if (name == u"pre")
            preDepth = std::max(0, preDepth + (closing ? -1 : 1));
        if (name == u"img" || name == u"link" || name == u"meta" || name == u"base")
            continue; // nothing is loaded, nothing is shown
        if (oneOf(name, BlockElements)) {
            out.endParagraph();
            if (!closing && name.size() == 2 && name[0] == u'h' && name[1] >= u'1'
                && name[1] <= u'6')
                out.setHeading(name[1].unicode() - u'0');
            if (!closing && name == u"li")
                out.setListItem(true);
        }
    }
    flushText(n);
    return out.finish(title);
}

namespace {

// The next c at or after a position, remembered: positions only grow along a line, so a line of
// ten million unclosed "<" or "[x](" is scanned once, not once for each of them.
class NextOf
{
public:
    explicit NextOf(QChar c)
        : m_c(c)
    {}
    qsizetype find(QStringView s, qsizetype from)
    {
        if (m_at == NotSearched || (m_at >= 0 && m_at < from))
            m_at = s.indexOf(m_c, from);
        return m_at;
    }

private:
    static constexpr qsizetype NotSearched = -2;
    QChar m_c;
    qsizetype m_at = NotSearched; // the first m_c at or after the last search start; -1: none
};

// Inline Markdown: emphasis markers, code spans, links and images reduced to their text.
QString markdownInline(QStringView s)
{
    NextOf nextParen(u')'), nextBracket(u']'), nextAngle(u'>');
    QString out;
    out.reserve(s.size());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < n && s[i + 1].isPunct()) {
            out += s[++i];
            continue;
        }
        if (c == u'`') {
            const qsizetype end = s.indexOf(u'`', i + 1);
            if (end > i) {
                out += s.sliced(i + 1, end - i - 1);
                i = end;
                continue;
            }
        }
        if (c == u'*'
            || (c == u'_'
                && (i == 0 || !s[i - 1].isLetterOrNumber() || i + 1 >= n
                    || !s[i + 1].isLetterOrNumber()))) {
            continue; // emphasis marker
        }
        if (c == u'~' && i + 1 < n && s[i + 1] == u'~') {
            ++i;
            continue;
        }
        // [text](url), ![alt](url), [text][ref]: keep the text. The closing bracket is looked
        // for in a bounded window, so that "[[[[..." stays linear.
        const bool image = c == u'!' && i + 1 < n && s[i + 1] == u'[';
        if (c == u'[' || image) {
            const qsizetype open = image ? i + 1 : i;
            const qsizetype limit = std::min(n, open + 500);
            qsizetype close = -1;
            for (qsizetype k = open + 1; k < limit; ++k) {
                if (s[k] == u']') {
                    close = k;
                    break;
                }
                if (s[k] == u'[')
                    break;
            }
            if (close > 0 && close + 1 < n && (s[close + 1] == u'(' || s[close + 1] == u'[')) {
                const QChar endChar = s[close + 1] == u'(' ? u')' : u']';
                const qsizetype end = (endChar == u')' ? nextParen : nextBracket).find(s, close + 2);
                if (end > 0 && end - close < 2000) {
                    out += markdownInline(s.sliced(open + 1, close - open - 1));
                    i = end;
                    continue;
                }
            }
        }
        // <https://...> autolinks keep their text; inline HTML tags are dropped.
        if (c == u'<') {
            const qsizetype end = nextAngle.find(s, i + 1);
            if (end > i && end - i < 500) {
                const QStringView inner = s.sliced(i + 1, end - i - 1);
                if (inner.contains(u"://") || inner.contains(u'@'))
                    out += inner;
                else if (!inner.isEmpty() && (inner[0].isLetter() || inner[0] == u'/'))
                    ; // a tag
                else
                    out += s.sliced(i, end - i + 1);
                i = end;
                continue;
            }
        }
        if (c == u'&') {
            const auto [text, used] = decodeEntity(s, i);
            out += text;
            i += used - 1;
            continue;
        }
        out += c;
    }
    return out;
}

bool isRule(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 3)
        return false;
    const QChar m = t[0];
    if (m != u'-' && m != u'*' && m != u'_')
        return false;
    for (QChar c : t) {
        if (c != m && c != u' ')
            return false;
    }
    return true;
}

} // namespace

MarkupConverter::Result MarkupConverter::fromMarkdown(QStringView markdown)
{
    TextBuilder out;
    QString title;
    bool fenced = false;
    QStringView fence;
    const QList<QStringView> lines = markdown.split(u'\n');
    for (qsizetype li = 0; li < lines.size(); ++li) {
        QStringView line = lines[li];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (fenced) {
            if (trimmed.startsWith(fence)) {
                fenced = false;
                out.endParagraph();
            } else {
                out.appendVerbatim(line);
                out.appendVerbatim(u"\n");
            }
            continue;
        }
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            out.endParagraph();
            fenced = true;
            fence = trimmed.first(3);
            continue;
        }
        if (trimmed.isEmpty()) {
            out.endParagraph();
            continue;
        }
        // Setext heading: the underline follows the text.
        if (li + 1 < lines.size()) {
            const QStringView next = lines[li + 1].trimmed();
            if (!next.isEmpty()
                && (next.count(u'=') == next.size() || next.count(u'-') == next.size())
                && next.size() >= 2 && !trimmed.startsWith(u'#')) {
                out.endParagraph();
                const int level = next[0] == u'=' ? 1 : 2;
                out.setHeading(level);
                const QString text = markdownInline(trimmed);
                out.append(text);
                if (level == 1 && title.isEmpty())
                    title = text;
                out.endParagraph();
                ++li;
                continue;
            }
        }
        if (isRule(line)) {
            out.endParagraph();
            continue;
        }
        // Link reference definitions are not text.
        if (trimmed.startsWith(u'[') && trimmed.contains(u"]:"))
            continue;
        QStringView body = trimmed;
        // Block quotes, however deep.
        while (body.startsWith(u'>'))
            body = body.sliced(1).trimmed();
        if (body.startsWith(u'#')) {
            qsizetype level = 0;
            while (level < body.size() && body[level] == u'#')
                ++level;
            if (level <= 6 && (level == body.size() || body[level] == u' ')) {
                out.endParagraph();
                out.setHeading(int(level));
                QStringView text = body.sliced(level).trimmed();
                while (text.endsWith(u'#'))
                    text.chop(1);
                const QString inlineText = markdownInline(text.trimmed());
                out.append(inlineText);
                if (level == 1 && title.isEmpty())
                    title = inlineText;
                out.endParagraph();
                continue;
            }
        }
        // List items: "- ", "* ", "+ ", "1. ", "1) ".
        qsizetype marker = 0;
        if (body.size() > 1 && (body[0] == u'-' || body[0] == u'*' || body[0] == u'+')
            && body[1] == u' ') {
            marker = 2;
        } else {
            qsizetype d = 0;
            while (d < body.size() && d < 9 && body[d].isDigit())
                ++d;
            if (d > 0 && d + 1 < body.size() && (body[d] == u'.' || body[d] == u')')
                && body[d + 1] == u' ')
                marker = d + 2;
        }
        if (marker > 0) {
            out.endParagraph();
            out.setListItem(true);
            body = body.sliced(marker);
        }
        out.append(markdownInline(body));
        out.appendChar(u' ');
    }
    return out.finish(title);
}
