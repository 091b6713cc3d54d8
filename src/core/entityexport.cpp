#include "entityexport.h"

#include "article.h"
#include "entitylist.h"
#include "textoffsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
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
        out += csvField(e.name) + u',' + entityTypeName(e.type) + u',' + csvField(e.role) + u','
               + QString::number(e.mentions.size()) + u','
               + QString::number(
                   e.mentions.isEmpty() ? 0 : offsets.toCodePoint(e.mentions.first().start))
               + u'\n';
    }
    return out.toUtf8();
}
