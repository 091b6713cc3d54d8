#include "core/web/pagemetadata.h"

#include "core/web/htmltree.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

using Tag = HtmlTree::Tag;

namespace {

QString collapse(QStringView s)
{
    return s.toString().simplified();
}

int wordCount(const QString &s)
{
    return int(s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

bool isUrl(const QString &s)
{
    return s.startsWith(u"http://") || s.startsWith(u"https://");
}

// The schema.org types of an article (Readability's list).
bool isArticleType(const QString &type)
{
    static const QStringList types = {u"Article"_qs,
                                      u"AdvertiserContentArticle"_qs,
                                      u"NewsArticle"_qs,
                                      u"AnalysisNewsArticle"_qs,
                                      u"AskPublicNewsArticle"_qs,
                                      u"BackgroundNewsArticle"_qs,
                                      u"OpinionNewsArticle"_qs,
                                      u"ReportageNewsArticle"_qs,
                                      u"ReviewNewsArticle"_qs,
                                      u"Report"_qs,
                                      u"SatiricalArticle"_qs,
                                      u"ScholarlyArticle"_qs,
                                      u"MedicalScholarlyArticle"_qs,
                                      u"SocialMediaPosting"_qs,
                                      u"BlogPosting"_qs,
                                      u"LiveBlogPosting"_qs,
                                      u"DiscussionForumPosting"_qs,
                                      u"TechArticle"_qs,
                                      u"APIReference"_qs,
                                      u"WebPage"_qs};
    return types.contains(type);
}

bool typeMatches(const QJsonValue &type)
{
    if (type.isString())
        return isArticleType(type.toString());
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (t.isString() && isArticleType(t.toString()))
                return true;
        }
    }
    return false;
}

bool contextIsSchemaOrg(const QJsonValue &context)
{
    static const QRegularExpression schema(QStringLiteral("^https?://schema\\.org/?$"));
    if (context.isString())
        return schema.match(context.toString()).hasMatch();
    if (context.isObject())
        return schema.match(context.toObject().value(u"@vocab").toString()).hasMatch();
    return false;
}

QString nameOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject())
        return v.toObject().value(u"name").toString().trimmed();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &item : v.toArray()) {
            const QString name = nameOf(item);
            if (!name.isEmpty())
                names.append(name);
        }
        return names.join(u", ");
    }
    return {};
}

struct JsonLd
{
    QString title, byline, site, published;
};

// The first schema.org article in a JSON-LD script, as Readability reads it.
JsonLd readJsonLd(const QString &script, const QString &documentTitle)
{
    QString content = script.trimmed();
    if (content.startsWith(u"<![CDATA["))
        content = content.sliced(9);
    if (content.endsWith(u"]]>"))
        content.chop(3);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(content.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    QJsonObject article;
    QList<QJsonValue> items;
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            items.append(v);
    } else {
        items.append(doc.object());
    }
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject o = item.toObject();
        if (!contextIsSchemaOrg(o.value(u"@context")) && !doc.isArray())
            return {};
        if (typeMatches(o.value(u"@type"))) {
            article = o;
            break;
        }
        if (o.value(u"@graph").isArray()) {
            for (const QJsonValue &g : o.value(u"@graph").toArray()) {
                if (typeMatches(g.toObject().value(u"@type"))) {
                    article = g.toObject();
                    break;
                }
            }
            if (!article.isEmpty())
                break;
        }
    }
    if (article.isEmpty())
        return {};
    JsonLd result;
    const QJsonValue name = article.value(u"name"), headline = article.value(u"headline");
    if (name.isString() && headline.isString() && name.toString() != headline.toString()) {
        // Some pages give the site's name as "name": the one like <title> is the headline.
        const bool nameMatches = PageMetadata::similarity(name.toString(), documentTitle) > 0.75;
        const bool headlineMatches = PageMetadata::similarity(headline.toString(), documentTitle)
                                     > 0.75;
        result.title = (headlineMatches && !nameMatches ? headline : name).toString().trimmed();
    } else if (name.isString()) {
        result.title = name.toString().trimmed();
    } else if (headline.isString()) {
        result.title = headline.toString().trimmed();
    }
    result.byline = nameOf(article.value(u"author"));
    result.site = article.value(u"publisher").toObject().value(u"name").toString().trimmed();
    if (article.value(u"datePublished").isString())
        result.published = article.value(u"datePublished").toString().trimmed();
    return result;
}

bool isRtlLanguage(QStringView language)
{
    const QStringView primary = language.left(language.indexOf(u'-') < 0 ? language.size()
                                                                         : language.indexOf(u'-'));
    for (QStringView rtl :
         {u"ar", u"he", u"iw", u"fa", u"ur", u"ps", u"sd", u"ug", u"yi", u"dv", u"ckb", u"syr"}) {
        if (primary.compare(rtl, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

double PageMetadata::similarity(const QString &a, const QString &b)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QStringList tokensA = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList tokensB = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (tokensA.isEmpty() || tokensB.isEmpty())
        return 0;
    QStringList uniqueB;
    for (const QString &t : tokensB) {
        if (!tokensA.contains(t))
            uniqueB.append(t);
    }
    return 1.0 - double(uniqueB.join(u' ').size()) / double(tokensB.join(u' ').size());
}

QString PageMetadata::cleanTitle(const QString &original, const QStringList &headings,
                                 const QStringList &h1s)
{
    static const QRegularExpression separator(QStringLiteral(" [\\|\\-\u2013\u2014\\\\/>\u00bb] "));
    static const QRegularExpression hierarchical(QStringLiteral(" [\\\\/>\u00bb] "));
    static const QRegularExpression separators(QStringLiteral("[\\|\\-\u2013\u2014\\\\/>\u00bb]+"));
    const QString orig = original.trimmed();
    QString title = orig;
    bool hadHierarchicalSeparators = false;
    if (separator.match(title).hasMatch()) {
        hadHierarchicalSeparators = hierarchical.match(title).hasMatch();
        qsizetype last = -1;
        for (auto it = separator.globalMatch(orig); it.hasNext();)
            last = it.next().capturedStart();
        title = orig.first(last);
        if (wordCount(title) < 3) {
            // The site's name came first: keep what follows the first separator.
            const auto first = separator.match(orig);
            title = orig.sliced(first.capturedStart() + 2);
        }
    } else if (title.contains(u": ")) {
        if (!headings.contains(title.trimmed())) {
            title = orig.sliced(orig.lastIndexOf(u':') + 1);
            if (wordCount(title) < 3)
                title = orig.sliced(orig.indexOf(u':') + 1);
            else if (wordCount(orig.first(orig.indexOf(u':'))) > 5)
                title = orig;
        }
    } else if ((title.size() > 150 || title.size() < 15) && h1s.size() == 1) {
        title = h1s.first();
    }
    title = title.simplified();
    const int words = wordCount(title);
    if (words <= 4
        && (!hadHierarchicalSeparators
            || words != wordCount(QString(orig).replace(separators, QString())) - 1))
        title = orig;
    return title;
}

PageMetadata PageMetadata::read(const HtmlTree &tree)
{
    PageMetadata meta;
    QHash<QString, QString> values;
    QStringList jsonLdScripts;
    QStringList headings, h1s;
    QString timeDatetime, itempropDate;
    static const QRegularExpression
        propertyPattern(QStringLiteral(
                            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*"
                            "(author|creator|description|published_time|title|site_name)\\s*"),
                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namePattern(
        QStringLiteral(
            "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?"
            "(author|creator|pub-date|description|title|site_name)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(QStringLiteral("\\s"));

    for (int n = 1; n < tree.size(); ++n) {
        switch (tree.tag(n)) {
        case Tag::Html:
            if (meta.language.isEmpty())
                meta.language = tree.attribute(n, QLatin1StringView("lang")).trimmed().toString();
            if (const QStringView dir = tree.attribute(n, QLatin1StringView("dir")); !dir.isNull()) {
                meta.directionGiven = true;
                meta.direction = dir.compare(u"rtl", Qt::CaseInsensitive) == 0 ? Qt::RightToLeft
                                                                               : Qt::LeftToRight;
            }
            break;
        case Tag::Title:
            if (meta.documentTitle.isEmpty())
                meta.documentTitle = collapse(tree.textContent(n));
            break;
        case Tag::H1:
            h1s.append(collapse(tree.textContent(n)));
            headings.append(h1s.last());
            break;
        case Tag::H2:
            headings.append(collapse(tree.textContent(n)));
            break;
        case Tag::Script:
            if (tree.attribute(n, QLatin1StringView("type"))
                    .trimmed()
                    .startsWith(u"application/ld+json", Qt::CaseInsensitive))
                jsonLdScripts.append(tree.textContent(n));
            break;
        case Tag::Time:
            if (timeDatetime.isEmpty())
                timeDatetime = tree.attribute(n, QLatin1StringView("datetime")).trimmed().toString();
            break;
        case Tag::Meta: {
            const QString content
                = tree.attribute(n, QLatin1StringView("content")).trimmed().toString();
            if (content.isEmpty())
                break;
            const QString property = tree.attribute(n, QLatin1StringView("property")).toString();
            const QString name = tree.attribute(n, QLatin1StringView("name")).toString();
            bool matched = false;
            if (!property.isEmpty()) {
                for (auto it = propertyPattern.globalMatch(property); it.hasNext();) {
                    const auto m = it.next();
                    values.insert(m.captured(0).toLower().remove(spaces), content);
                    matched = true;
                }
            }
            if (!matched && !name.isEmpty() && namePattern.match(name).hasMatch())
                values.insert(name.toLower().remove(spaces).replace(u'.', u':'), content);
            if (tree.attribute(n, QLatin1StringView("itemprop")) == u"datePublished"
                && itempropDate.isEmpty())
                itempropDate = content;
            break;
        }
        default:
            if (itempropDate.isEmpty() && tree.isElement(n)
                && tree.attribute(n, QLatin1StringView("itemprop")) == u"datePublished")
                itempropDate = tree.attribute(n, QLatin1StringView("datetime")).toString();
            break;
        }
    }

    JsonLd jsonLd;
    for (const QString &script : std::as_const(jsonLdScripts)) {
        jsonLd = readJsonLd(script, meta.documentTitle);
        if (!jsonLd.title.isEmpty() || !jsonLd.byline.isEmpty() || !jsonLd.published.isEmpty())
            break;
    }
    const auto first = [&](std::initializer_list<QString> candidates) {
        for (const QString &c : candidates) {
            if (!c.isEmpty())
                return c;
        }
        return QString();
    };
    const auto value = [&](const char16_t *key) {
        return values.value(QString::fromUtf16(key));
    };
    meta.title = first({jsonLd.title, value(u"dc:title"), value(u"dcterm:title"), value(u"og:title"),
                        value(u"weibo:article:title"), value(u"weibo:webpage:title"),
                        value(u"title"), value(u"twitter:title"), value(u"parsely-title")});
    if (meta.title.isEmpty())
        meta.title = cleanTitle(meta.documentTitle, headings, h1s);
    const QString articleAuthor = value(u"article:author");
    meta.byline = first({jsonLd.byline, value(u"dc:creator"), value(u"dcterm:creator"),
                         value(u"author"), value(u"parsely-author"),
                         isUrl(articleAuthor) ? QString() : articleAuthor});
    meta.site = first({jsonLd.site, value(u"og:site_name")});
    meta.published = first({jsonLd.published, value(u"article:published_time"),
                            value(u"parsely-pub-date"), itempropDate, timeDatetime});
    meta.title = meta.title.simplified();
    meta.byline = meta.byline.simplified();
    meta.site = meta.site.simplified();
    if (!meta.directionGiven && isRtlLanguage(meta.language))
        meta.direction = Qt::RightToLeft;
    return meta;
}
