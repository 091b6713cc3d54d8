#include "core/entities/entityexport.h"

#include "core/document/article.h"
#include "core/document/textoffsets.h"
#include "core/entities/entitylist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace {

// RFC 4180 quoting (a bare "\r" ends a row as "\n" does); and a field a spreadsheet would run
// as a formula (one that starts with =, +, -, @, a tab or a carriage return: OWASP's CSV
// injection) gets a single quote before it, inside the quotes, so that it shows as text.
QString csvField(const QString &value)
{
    const bool formula = !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front());
    if (!formula && !value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    QString quoted = formula ? u'\'' + value : value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString formatName(Article::Format format)
{
    switch (format) {
    case Article::Format::Html:
        return QStringLiteral("html");
    case Article::Format::Markdown:
        return QStringLiteral("markdown");
    case Article::Format::PlainText:
        break;
    }
    return QStringLiteral("text");
}

} // namespace

QByteArray EntityExport::toJson(const Article &article, const EntityList &entities)
{
    const TextOffsets offsets(article.text);
    QJsonArray list;
    for (const auto &e : entities.entities()) {
        if (e.hidden)
            continue;
        QJsonArray mentions;
        for (const auto &m : e.mentions) {
            mentions.append(QJsonObject{
                {QStringLiteral("start"), offsets.toCodePoint(m.start)},
                {QStringLiteral("end"), offsets.toCodePoint(m.end)},
                {QStringLiteral("text"), article.text.sliced(m.start, m.length())},
            });
        }
        QJsonObject entity{
            {QStringLiteral("name"), e.name},
            {QStringLiteral("type"), entityTypeName(e.type)},
            {QStringLiteral("mentions"), mentions},
        };
        if (!e.role.isEmpty())
            entity.insert(QStringLiteral("role"), e.role);
        list.append(entity);
    }
    QJsonObject articleObject{
        {QStringLiteral("source"), article.source},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("characters"), offsets.toCodePoint(article.text.size())},
        {QStringLiteral("format"), formatName(article.format)},
    };
    if (article.format != Article::Format::PlainText) {
        articleObject.insert(QStringLiteral("offsets"),
                             QStringLiteral("code points into the plain text the reader shows, "
                                            "converted from %1")
                                 .arg(formatName(article.format)));
    }
    const QJsonObject root{{QStringLiteral("article"), articleObject},
                           {QStringLiteral("entities"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray EntityExport::toCsv(const Article &article, const EntityList &entities)
{
    const TextOffsets offsets(article.text);
    QString out = QStringLiteral("name,type,role,mentions,first_start\n");
    for (const auto &e : entities.entities()) {
        if (e.hidden)
            continue;
        out += csvField(e.name) + u',' + entityTypeName(e.type) + u',' + csvField(e.role) + u','
               + QString::number(e.mentions.size()) + u','
               + QString::number(
                   e.mentions.isEmpty() ? 0 : offsets.toCodePoint(e.mentions.first().start))
               + u'\n';
    }
    return out.toUtf8();
}

namespace {

QString mentionsText(qsizetype count)
{
    return count == 1 ? QStringLiteral("1 mention") : QStringLiteral("%1 mentions").arg(count);
}

// Text for HTML content: escaped, with the line breaks inside a paragraph kept.
QString htmlText(QStringView text)
{
    QString escaped = text.toString().toHtmlEscaped();
    escaped.remove(u'\r');
    escaped.replace(u'\n', QStringLiteral("<br>\n"));
    return escaped;
}

// A colour is written into a style attribute: anything but a plain CSS colour value is replaced.
QString safeColour(const QString &colour)
{
    const bool plain = !colour.isEmpty() && colour.size() <= 40
                       && std::all_of(colour.cbegin(), colour.cend(), [](QChar c) {
                              return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'#'
                                     || c == u'(' || c == u')' || c == u',' || c == u'.'
                                     || c == u'%' || c == u' ';
                          });
    return plain ? colour : QStringLiteral("#ffe082");
}

constexpr QStringView HtmlStyle
    = u"body{font:18px/1.6 Georgia,'DejaVu Serif',serif;max-width:38em;margin:2em auto;"
      u"padding:0 1em;color:#222;background:#fdfdfb}"
      u"h1,h2,h3,h4,h5,h6{font-family:sans-serif;line-height:1.25}"
      u"mark{color:inherit;padding:0 .1em;border-radius:.2em}"
      u".legend{font:14px/1.5 sans-serif;border:1px solid #ccc;border-radius:.4em;"
      u"padding:.5em 1em;margin:1em 0 2em}"
      u".legend ul{list-style:none;margin:0;padding:0}"
      u"footer{font:13px/1.4 sans-serif;color:#666;margin-top:3em;border-top:1px solid #ccc;"
      u"padding-top:.5em}"
      u"@media (prefers-color-scheme:dark){body{color:#ddd;background:#1e1e1e}"
      u"mark{color:#111}footer{color:#aaa}}";

} // namespace

QByteArray EntityExport::toHtml(const Article &article, const EntityList &entities,
                                const QList<std::pair<QString, QString>> &highlights)
{
    const QString &text = article.text;
    struct Lit
    {
        const Entity *entity;
        QString colour;
        QString title;
    };
    struct Mark
    {
        qsizetype start;
        qsizetype end;
        qsizetype lit;
    };
    QList<Lit> lit;
    QList<Mark> marks;
    for (const auto &[id, colour] : highlights) {
        const Entity *e = entities.find(id);
        if (!e || e->hidden
            || std::any_of(lit.cbegin(), lit.cend(), [e](const Lit &l) { return l.entity == e; }))
            continue;
        lit.append({e, safeColour(colour),
                    QString(e->name + QStringLiteral(" (") + entityTypeName(e->type) + u')')
                        .toHtmlEscaped()});
        for (const Mention &m : e->mentions) {
            if (m.start >= 0 && m.start < m.end && m.end <= text.size())
                marks.append({m.start, m.end, lit.size() - 1});
        }
    }
    std::sort(marks.begin(), marks.end(),
              [](const Mark &a, const Mark &b) { return a.start < b.start; });
    // Marks cannot nest: of two overlapping mentions the earlier one is shown.
    QList<Mark> shown;
    for (const Mark &m : std::as_const(marks)) {
        if (shown.isEmpty() || shown.constLast().end <= m.start)
            shown.append(m);
    }

    qsizetype next = 0; // the first mark that may still reach into the paragraph
    const auto render = [&](qsizetype from, qsizetype to) -> QString {
        while (next < shown.size() && shown[next].end <= from)
            ++next;
        QString out;
        qsizetype pos = from;
        for (qsizetype k = next; k < shown.size() && shown[k].start < to; ++k) {
            const qsizetype start = std::max(shown[k].start, from);
            const qsizetype end = std::min(shown[k].end, to);
            const Lit &l = lit[shown[k].lit];
            out += htmlText(QStringView(text).sliced(pos, start - pos))
                   + QStringLiteral("<mark style=\"background:%1\" title=\"%2\">")
                         .arg(l.colour, l.title)
                   + htmlText(QStringView(text).sliced(start, end - start))
                   + QStringLiteral("</mark>");
            pos = end;
        }
        return out + htmlText(QStringView(text).sliced(pos, to - pos));
    };

    QList<Article::Paragraph> paragraphs;
    for (const auto &p : article.paragraphs) {
        if (p.start >= 0 && p.start <= p.end && p.end <= text.size())
            paragraphs.append(p);
    }
    if (article.paragraphs.isEmpty() && !text.trimmed().isEmpty())
        paragraphs.append({0, text.size()});
    // A title taken from the first line is shown once, as that line.
    bool titleIsFirst = false;
    if (!paragraphs.isEmpty()) {
        const auto &first = paragraphs.first();
        titleIsFirst = !article.title.trimmed().isEmpty()
                       && QStringView(text).sliced(first.start, first.end - first.start).trimmed()
                              == article.title.trimmed();
        if (titleIsFirst)
            paragraphs.first().heading = 1;
    }

    const QString title = article.title.trimmed().isEmpty() ? QStringLiteral("Article")
                                                            : article.title.trimmed();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, "
                                  "initial-scale=1\">\n<title>%1</title>\n<style>%2</style>\n"
                                  "</head>\n<body>\n")
                       .arg(title.toHtmlEscaped(), HtmlStyle);
    if (!titleIsFirst)
        html += QStringLiteral("<h1>%1</h1>\n").arg(title.toHtmlEscaped());

    QString legend;
    for (const Lit &l : std::as_const(lit)) {
        legend += QStringLiteral("<li><mark style=\"background:%1\">%2</mark> %3 \u2014 %4</li>\n")
                      .arg(l.colour, l.entity->name.toHtmlEscaped(), entityTypeName(l.entity->type),
                           mentionsText(l.entity->mentions.size()));
    }
    const auto legendBlock = [&legend]() {
        return legend.isEmpty() ? QString()
                                : QStringLiteral("<aside class=\"legend\">\n<ul>\n%1</ul>\n"
                                                 "</aside>\n")
                                      .arg(legend);
    };
    if (!titleIsFirst)
        html += legendBlock();

    bool inList = false;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const auto &p = paragraphs[i];
        if (p.listItem != inList) {
            html += p.listItem ? QStringLiteral("<ul>\n") : QStringLiteral("</ul>\n");
            inList = p.listItem;
        }
        const QString content = render(p.start, p.end);
        if (p.heading >= 1 && p.heading <= 6)
            html += QStringLiteral("<h%1>%2</h%1>\n").arg(p.heading).arg(content);
        else if (p.listItem)
            html += QStringLiteral("<li>%1</li>\n").arg(content);
        else
            html += QStringLiteral("<p>%1</p>\n").arg(content);
        if (i == 0 && titleIsFirst)
            html += legendBlock();
    }
    if (inList)
        html += QStringLiteral("</ul>\n");
    html += QStringLiteral("<footer>%1 \u2014 exported by Article Reader</footer>\n</body>\n"
                           "</html>\n")
                .arg(article.source.toHtmlEscaped());
    return html.toUtf8();
}

QString EntityExport::toPlainList(const EntityList &entities)
{
    QString out;
    for (const auto &e : entities.entities()) {
        if (e.hidden)
            continue;
        out += e.name + QStringLiteral(" \u2014 ") + entityTypeName(e.type)
               + QStringLiteral(" \u2014 ") + mentionsText(e.mentions.size()) + u'\n';
    }
    return out;
}

bool EntityExport::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}
