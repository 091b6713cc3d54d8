#include "core/document/markupconverter.h"

#include "core/document/blockwriter.h"
#include "core/web/htmlentities.h"
#include "core/web/htmlparser.h"
#include "core/web/readerview.h"

#include <md4c.h>

#include <string_view>

MarkupConverter::Result MarkupConverter::fromHtml(QStringView html)
{
    const HtmlTree tree = HtmlParser::parse(html.toUtf8());
    ReaderView::Result page = ReaderView::wholePage(tree);
    Result result;
    result.text = std::move(page.text);
    result.paragraphs = std::move(page.paragraphs);
    result.title = page.metadata.documentTitle;
    if (result.title.isEmpty()) {
        for (const Article::Paragraph &p : std::as_const(result.paragraphs)) {
            if (p.heading == 1) {
                result.title = result.text.sliced(p.start, p.end - p.start);
                break;
            }
        }
    }
    return result;
}

namespace {

// md4c's callbacks, writing blocks as the HTML side does.
struct MarkdownWriter
{
    BlockWriter out;
    int code = 0; // inside a code block: text is verbatim
    int html = 0; // inside a raw HTML block: not text
    Article::BlockKind kind = Article::BlockKind::Paragraph;
    int heading = 0;
    std::vector<std::pair<Article::BlockKind, int>> open; // kinds of the blocks around

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *context)
    {
        auto *self = static_cast<MarkdownWriter *>(context);
        self->out.endBlock();
        auto current = self->open.empty() ? std::pair{Article::BlockKind::Paragraph, 0}
                                          : self->open.back();
        switch (type) {
        case MD_BLOCK_H:
            current = {Article::BlockKind::Heading,
                       int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level)};
            break;
        case MD_BLOCK_LI:
            current = {Article::BlockKind::ListItem, 0};
            break;
        case MD_BLOCK_QUOTE:
            current = {Article::BlockKind::Quote, 0};
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            current = {Article::BlockKind::TableCell, 0};
            break;
        case MD_BLOCK_CODE:
            current = {Article::BlockKind::Preformatted, 0};
            ++self->code;
            break;
        case MD_BLOCK_HTML:
            ++self->html;
            break;
        default:
            break;
        }
        self->open.push_back(current);
        return 0;
    }

    static int leaveBlock(MD_BLOCKTYPE type, void *, void *context)
    {
        auto *self = static_cast<MarkdownWriter *>(context);
        self->out.endBlock();
        if (!self->open.empty())
            self->open.pop_back();
        if (type == MD_BLOCK_CODE)
            --self->code;
        else if (type == MD_BLOCK_HTML)
            --self->html;
        return 0;
    }

    static int span(MD_SPANTYPE, void *, void *) { return 0; }

    static int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size, void *context)
    {
        auto *self = static_cast<MarkdownWriter *>(context);
        if (self->html > 0 || type == MD_TEXT_HTML)
            return 0;
        if (self->out.blockIsEmpty() && !self->open.empty())
            self->out.setKind(self->open.back().first, self->open.back().second);
        const QString s = QString::fromUtf8(data, qsizetype(size));
        switch (type) {
        case MD_TEXT_NULLCHAR:
            self->out.appendChar(QChar::ReplacementCharacter);
            break;
        case MD_TEXT_BR:
            self->out.endBlock();
            break;
        case MD_TEXT_SOFTBR:
            self->out.appendChar(u' ');
            break;
        case MD_TEXT_ENTITY: {
            // "&amp;", "&#8212;": md4c leaves references to the renderer.
            const std::string_view ref(data, size);
            char32_t c = 0;
            if (ref.size() > 3 && ref[1] == '#') {
                const bool hex = ref[2] == 'x' || ref[2] == 'X';
                bool ok = false;
                c = char32_t(QByteArrayView(ref.data() + (hex ? 3 : 2),
                                            qsizetype(ref.size()) - (hex ? 4 : 3))
                                 .toUInt(&ok, hex ? 16 : 10));
                if (!ok || c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
                    c = 0xFFFD;
                self->out.append(QString::fromUcs4(&c, 1));
            } else if (const auto m = HtmlEntities::longestPrefix(ref.substr(1));
                       m && m->length == ref.size() - 1) {
                self->out.append(QString::fromUcs4(&m->first, 1));
                if (m->second)
                    self->out.append(QString::fromUcs4(&m->second, 1));
            } else {
                self->out.append(s);
            }
            break;
        }
        default:
            if (self->code > 0)
                self->out.appendVerbatim(s);
            else
                self->out.append(s);
            break;
        }
        return 0;
    }
};

} // namespace

MarkupConverter::Result MarkupConverter::fromMarkdown(QStringView markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    MarkdownWriter writer;
    MD_PARSER parser = {};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS
                   | MD_FLAG_NOHTMLBLOCKS;
    parser.enter_block = &MarkdownWriter::enterBlock;
    parser.leave_block = &MarkdownWriter::leaveBlock;
    parser.enter_span = &MarkdownWriter::span;
    parser.leave_span = &MarkdownWriter::span;
    parser.text = &MarkdownWriter::text;
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &writer);
    Result result;
    result.title = writer.out.firstHeading();
    writer.out.finish(result.text, result.paragraphs);
    return result;
}
