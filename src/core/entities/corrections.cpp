#include "core/entities/corrections.h"

#include "core/document/textfinder.h"
#include "core/entities/entitylist.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <limits>

namespace {

// A corrections file holds a few hundred operations at most; anything far larger is not ours.
constexpr qint64 MaxFileSize = 8 * 1024 * 1024;

bool byStart(const Mention &a, const Mention &b)
{
    return a.start < b.start || (a.start == b.start && a.end < b.end);
}

bool validRange(Mention m, qsizetype textSize)
{
    return m.start >= 0 && m.start < m.end && m.end <= textSize;
}

// The entities being corrected, with removal by tombstone so that indices stay valid.
class Work
{
public:
    explicit Work(const QList<Entity> &entities)
        : m_entities(entities)
        , m_alive(entities.size(), true)
    {
        m_byId.reserve(entities.size());
        for (qsizetype i = 0; i < m_entities.size(); ++i)
            m_byId.insert(m_entities[i].id, i); // ids are unique; should they not be, last wins
    }

    Entity *find(const QString &id)
    {
        const auto it = m_byId.constFind(id);
        return it == m_byId.cend() ? nullptr : &m_entities[*it];
    }
    void add(Entity entity)
    {
        m_byId.insert(entity.id, m_entities.size());
        m_entities.append(std::move(entity));
        m_alive.append(true);
    }
    void remove(const QString &id)
    {
        const auto it = m_byId.constFind(id);
        if (it == m_byId.cend())
            return;
        m_alive[*it] = false;
        m_byId.erase(it);
    }
    // Every live entity, for passes over all mentions.
    template<typename F>
    void forEach(F f)
    {
        for (qsizetype i = 0; i < m_entities.size(); ++i) {
            if (m_alive[i])
                f(m_entities[i]);
        }
    }
    QList<Entity> take()
    {
        QList<Entity> result;
        result.reserve(m_byId.size());
        for (qsizetype i = 0; i < m_entities.size(); ++i) {
            if (m_alive[i] && !m_entities[i].mentions.isEmpty())
                result.append(std::move(m_entities[i]));
        }
        return result;
    }

    QSet<QString> renamed; // ids the reader named: a merge keeps their name

private:
    QList<Entity> m_entities;
    QList<bool> m_alive;
    QHash<QString, qsizetype> m_byId;
};

bool applyMerge(Work &work, const Correction &op)
{
    Entity *target = work.find(op.entityId);
    if (!target)
        return false;
    QString fullest = target->name;
    bool merged = false;
    for (const QString &id : op.mergedIds) {
        if (id == op.entityId)
            continue;
        Entity *other = work.find(id);
        if (!other)
            continue;
        merged = true;
        target->mentions.append(other->mentions);
        if (target->role.isEmpty())
            target->role = other->role;
        if (other->name.size() > fullest.size())
            fullest = other->name;
        work.remove(id);
    }
    if (!merged)
        return false;
    std::sort(target->mentions.begin(), target->mentions.end(), byStart);
    target->mentions.erase(std::unique(target->mentions.begin(), target->mentions.end()),
                           target->mentions.end());
    if (!work.renamed.contains(op.entityId))
        target->name = fullest;
    return true;
}

bool applySplit(Work &work, const Correction &op, QStringView text)
{
    Entity *source = work.find(op.entityId);
    if (!source || source->mentions.size() < 2 || !validRange(op.mention, text.size()))
        return false;
    const qsizetype at = source->mentions.indexOf(op.mention);
    const QString id = op.resultId();
    if (at < 0 || work.find(id))
        return false;
    source->mentions.removeAt(at);
    Entity split;
    split.id = id;
    split.name = text.sliced(op.mention.start, op.mention.length()).toString();
    split.type = source->type;
    split.mentions = {op.mention};
    work.add(std::move(split)); // invalidates `source`
    return true;
}

// Whether a mention other than [span] itself covers it: "Putin" inside "Vladimir Putin".
class Coverage
{
public:
    explicit Coverage(Work &work)
    {
        work.forEach([this](const Entity &e) { m_mentions.append(e.mentions); });
        std::sort(m_mentions.begin(), m_mentions.end(), byStart);
        m_maxEnd.reserve(m_mentions.size());
        qsizetype maxEnd = -1;
        for (const Mention &m : std::as_const(m_mentions)) {
            maxEnd = std::max(maxEnd, m.end);
            m_maxEnd.append(maxEnd);
        }
    }
    bool insideLonger(Mention span) const
    {
        // Mentions that start before the span cover it if one reaches its end...
        auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), span.start,
                                   [](const Mention &m, qsizetype pos) { return m.start < pos; });
        const qsizetype firstAtStart = it - m_mentions.cbegin();
        if (firstAtStart > 0 && m_maxEnd[firstAtStart - 1] >= span.end)
            return true;
        // ... and those that start with it if one goes further.
        for (; it != m_mentions.cend() && it->start == span.start; ++it) {
            if (it->end > span.end)
                return true;
        }
        return false;
    }

private:
    QList<Mention> m_mentions;
    QList<qsizetype> m_maxEnd; // the furthest end among m_mentions[0..i]
};

bool applyAdd(Work &work, const Correction &op, QStringView text)
{
    if (op.text.isEmpty())
        return false;
    const QList<Mention> found = TextFinder::findAll(text, op.text,
                                                     FindOptions{/*caseSensitive*/ true,
                                                                 /*wholeWords*/ true});
    const bool hasSelection = validRange(op.mention, text.size())
                              && text.sliced(op.mention.start, op.mention.length()) == op.text;
    QList<Mention> spans;
    spans.reserve(found.size() + 1);
    {
        const Coverage coverage(work);
        for (const Mention &m : found) {
            const bool overlapsSelection = hasSelection && m.start < op.mention.end
                                           && op.mention.start < m.end;
            if (!overlapsSelection && !coverage.insideLonger(m))
                spans.append(m);
        }
    }
    if (hasSelection) {
        spans.insert(std::upper_bound(spans.begin(), spans.end(), op.mention, byStart), op.mention);
    }
    if (spans.isEmpty())
        return false;

    // A mention belongs to one entity: the new spans take over whatever they overlap.
    work.forEach([&spans](Entity &e) {
        e.mentions.removeIf([&spans](const Mention &m) {
            const auto it = std::upper_bound(spans.cbegin(), spans.cend(), m.start,
                                             [](qsizetype pos, const Mention &s) {
                                                 return pos < s.end;
                                             });
            return it != spans.cend() && it->start < m.end;
        });
    });
    const QString id = op.resultId();
    if (Entity *existing = work.find(id)) {
        existing->mentions.append(spans);
        std::sort(existing->mentions.begin(), existing->mentions.end(), byStart);
        existing->hidden = false;
    } else {
        Entity added;
        added.id = id;
        added.name = op.text;
        added.type = op.type;
        added.mentions = spans;
        work.add(std::move(added));
    }
    return true;
}

bool applyOne(Work &work, const Correction &op, QStringView text)
{
    switch (op.kind) {
    case Correction::Kind::Rename:
        if (Entity *e = work.find(op.entityId); e && !op.name.trimmed().isEmpty()) {
            e->name = op.name.trimmed();
            work.renamed.insert(op.entityId);
            return true;
        }
        return false;
    case Correction::Kind::ChangeType:
        if (Entity *e = work.find(op.entityId)) {
            e->type = op.type;
            return true;
        }
        return false;
    case Correction::Kind::Hide:
    case Correction::Kind::Unhide:
        if (Entity *e = work.find(op.entityId)) {
            e->hidden = op.kind == Correction::Kind::Hide;
            return true;
        }
        return false;
    case Correction::Kind::Merge:
        return applyMerge(work, op);
    case Correction::Kind::SplitMention:
        return applySplit(work, op, text);
    case Correction::Kind::AddEntity:
        return applyAdd(work, op, text);
    }
    return false;
}

// The stable names in the file.
struct KindName
{
    Correction::Kind kind;
    QStringView name;
};
constexpr KindName KindNames[] = {
    {Correction::Kind::Rename, u"rename"},
    {Correction::Kind::ChangeType, u"change-type"},
    {Correction::Kind::Merge, u"merge"},
    {Correction::Kind::SplitMention, u"split-mention"},
    {Correction::Kind::Hide, u"hide"},
    {Correction::Kind::Unhide, u"unhide"},
    {Correction::Kind::AddEntity, u"add-entity"},
};

QString kindName(Correction::Kind kind)
{
    for (const auto &k : KindNames) {
        if (k.kind == kind)
            return k.name.toString();
    }
    return {};
}

QJsonObject toObject(const Correction &op)
{
    QJsonObject o{{QStringLiteral("op"), kindName(op.kind)}};
    const auto putMention = [&o](Mention m) {
        o.insert(QStringLiteral("start"), qint64(m.start));
        o.insert(QStringLiteral("end"), qint64(m.end));
    };
    if (op.kind != Correction::Kind::AddEntity)
        o.insert(QStringLiteral("entity"), op.entityId);
    switch (op.kind) {
    case Correction::Kind::Rename:
        o.insert(QStringLiteral("name"), op.name);
        break;
    case Correction::Kind::ChangeType:
        o.insert(QStringLiteral("type"), entityTypeName(op.type));
        break;
    case Correction::Kind::Merge:
        o.insert(QStringLiteral("merged"), QJsonArray::fromStringList(op.mergedIds));
        break;
    case Correction::Kind::SplitMention:
        putMention(op.mention);
        break;
    case Correction::Kind::AddEntity:
        o.insert(QStringLiteral("text"), op.text);
        o.insert(QStringLiteral("type"), entityTypeName(op.type));
        if (op.mention.length() > 0)
            putMention(op.mention);
        break;
    case Correction::Kind::Hide:
    case Correction::Kind::Unhide:
        break;
    }
    return o;
}

// One operation of the file, or an explanation of what is wrong with it.
std::optional<Correction> fromObject(const QJsonObject &o, QString *problem)
{
    const QString op = o.value(u"op").toString();
    const auto known = std::find_if(std::cbegin(KindNames), std::cend(KindNames),
                                    [&op](const KindName &k) { return k.name == op; });
    if (known == std::cend(KindNames)) {
        *problem = QStringLiteral("unknown operation \"%1\"").arg(op.left(40));
        return std::nullopt;
    }
    Correction c;
    c.kind = known->kind;
    c.entityId = o.value(u"entity").toString();
    if (c.kind != Correction::Kind::AddEntity && c.entityId.isEmpty()) {
        *problem = QStringLiteral("%1 without an entity").arg(op);
        return std::nullopt;
    }
    const auto readType = [&]() {
        const auto type = entityTypeFromName(o.value(u"type").toString());
        if (!type)
            *problem = QStringLiteral("%1 with an unknown type").arg(op);
        else
            c.type = *type;
        return type.has_value();
    };
    const auto readMention = [&]() {
        // Checked as doubles first: casting one beyond qsizetype's range is undefined.
        const double start = o.value(u"start").toDouble(-1);
        const double end = o.value(u"end").toDouble(-1);
        if (!(start >= 0 && end > start && end <= double(std::numeric_limits<int>::max()))) {
            *problem = QStringLiteral("%1 with a bad position").arg(op);
            return false;
        }
        c.mention = {qsizetype(start), qsizetype(end)};
        return true;
    };
    switch (c.kind) {
    case Correction::Kind::Rename:
        c.name = o.value(u"name").toString();
        if (c.name.trimmed().isEmpty()) {
            *problem = QStringLiteral("rename without a name");
            return std::nullopt;
        }
        break;
    case Correction::Kind::ChangeType:
        if (!readType())
            return std::nullopt;
        break;
    case Correction::Kind::Merge:
        for (const QJsonValue &v : o.value(u"merged").toArray()) {
            if (!v.isString()) {
                *problem = QStringLiteral("merge with a bad entity list");
                return std::nullopt;
            }
            c.mergedIds.append(v.toString());
        }
        if (c.mergedIds.isEmpty()) {
            *problem = QStringLiteral("merge without entities to merge");
            return std::nullopt;
        }
        break;
    case Correction::Kind::SplitMention:
        if (!readMention())
            return std::nullopt;
        break;
    case Correction::Kind::AddEntity:
        c.text = o.value(u"text").toString();
        if (c.text.isEmpty()) {
            *problem = QStringLiteral("add-entity without a text");
            return std::nullopt;
        }
        if (!readType() || (o.contains(u"start") && !readMention()))
            return std::nullopt;
        break;
    case Correction::Kind::Hide:
    case Correction::Kind::Unhide:
        break;
    }
    return c;
}

CorrectionsLoad failure(const QString &expectedSha256, const QString &warning)
{
    return {Corrections({}, expectedSha256), warning};
}

QString damaged(const QString &why)
{
    return QCoreApplication::translate(
               "Corrections", "The corrections file is damaged (%1); using the extracted list.")
        .arg(why);
}

} // namespace

Correction Correction::rename(const QString &entityId, const QString &name)
{
    Correction c;
    c.kind = Kind::Rename;
    c.entityId = entityId;
    c.name = name;
    return c;
}

Correction Correction::changeType(const QString &entityId, EntityType type)
{
    Correction c;
    c.kind = Kind::ChangeType;
    c.entityId = entityId;
    c.type = type;
    return c;
}

Correction Correction::merge(const QString &targetId, const QStringList &mergedIds)
{
    Correction c;
    c.kind = Kind::Merge;
    c.entityId = targetId;
    c.mergedIds = mergedIds;
    return c;
}

Correction Correction::splitMention(const QString &entityId, Mention mention)
{
    Correction c;
    c.kind = Kind::SplitMention;
    c.entityId = entityId;
    c.mention = mention;
    return c;
}

Correction Correction::hide(const QString &entityId)
{
    Correction c;
    c.kind = Kind::Hide;
    c.entityId = entityId;
    return c;
}

Correction Correction::unhide(const QString &entityId)
{
    Correction c;
    c.kind = Kind::Unhide;
    c.entityId = entityId;
    return c;
}

Correction Correction::addEntity(const QString &text, EntityType type, Mention selection)
{
    Correction c;
    c.kind = Kind::AddEntity;
    c.text = text;
    c.type = type;
    c.mention = selection;
    return c;
}

QString Correction::resultId() const
{
    switch (kind) {
    case Kind::SplitMention:
        return QStringLiteral("%1@%2-%3").arg(entityId).arg(mention.start).arg(mention.end);
    case Kind::AddEntity:
        return entityTypeName(type) + u':' + text;
    default:
        return entityId;
    }
}

Corrections::Corrections(QString source, QString sha256)
    : m_source(std::move(source))
    , m_sha256(std::move(sha256))
{}

QString Corrections::fingerprint(QStringView articleText)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(articleText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void Corrections::removeLast()
{
    if (!m_operations.isEmpty())
        m_operations.removeLast();
}

EntityList Corrections::apply(const EntityList &extracted, QStringView articleText,
                              qsizetype *skipped) const
{
    if (skipped)
        *skipped = 0;
    if (m_operations.isEmpty())
        return extracted;
    Work work(extracted.entities());
    for (const Correction &op : m_operations) {
        if (!applyOne(work, op, articleText) && skipped)
            ++*skipped;
    }
    return EntityList(work.take());
}

QByteArray Corrections::toJson() const
{
    QJsonArray operations;
    for (const Correction &op : m_operations)
        operations.append(toObject(op));
    const QJsonObject root{
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("article"),
         QJsonObject{{QStringLiteral("source"), m_source}, {QStringLiteral("sha256"), m_sha256}}},
        {QStringLiteral("offsets"), QStringLiteral("UTF-16 code units")},
        {QStringLiteral("corrections"), operations},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

CorrectionsLoad Corrections::fromJson(const QByteArray &json, const QString &expectedSha256)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return failure(expectedSha256, damaged(QStringLiteral("JSON error at offset %1: %2")
                                                   .arg(error.offset)
                                                   .arg(error.errorString())));
    }
    if (!doc.isObject())
        return failure(expectedSha256, damaged(QStringLiteral("not a JSON object")));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble() || version.toDouble() < 1)
        return failure(expectedSha256, damaged(QStringLiteral("no format version")));
    if (version.toDouble() > FormatVersion) {
        return failure(expectedSha256,
                       QCoreApplication::translate(
                           "Corrections", "The corrections file is from a newer version of Article "
                                          "Reader (format %1); using the extracted list.")
                           .arg(version.toDouble()));
    }
    const QJsonObject article = root.value(u"article").toObject();
    const QString sha256 = article.value(u"sha256").toString();
    if (!expectedSha256.isEmpty() && sha256.compare(expectedSha256, Qt::CaseInsensitive) != 0) {
        return failure(
            expectedSha256,
            QCoreApplication::translate("Corrections",
                                        "The corrections file was written for a different version "
                                        "of the article; using the extracted list."));
    }
    const QJsonValue list = root.value(u"corrections");
    if (!list.isArray())
        return failure(expectedSha256, damaged(QStringLiteral("no list of corrections")));
    Corrections result(article.value(u"source").toString(), sha256);
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem = QStringLiteral("not an object");
        const auto op = array[i].isObject() ? fromObject(array[i].toObject(), &problem)
                                            : std::nullopt;
        if (!op) {
            return failure(expectedSha256,
                           damaged(QStringLiteral("correction %1: %2").arg(i + 1).arg(problem)));
        }
        result.append(*op);
    }
    return {result, {}};
}

QString Corrections::storagePathFor(const QString &articlePath, const QString &source)
{
    const bool ownFile = !articlePath.isEmpty() && articlePath != u"-"
                         && !source.startsWith(u"builtin:") && source != u"stdin"
                         && !source.startsWith(u"http://") && !source.startsWith(u"https://");
    if (ownFile) {
        const QFileInfo article(articlePath);
        const QFileInfo folder(article.absolutePath());
        const QFileInfo beside(article.absoluteFilePath() + QStringLiteral(".entities.json"));
        if (folder.isDir() && folder.isWritable() && (!beside.exists() || beside.isWritable()))
            return beside.filePath();
    }
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (data.isEmpty())
        return {};
    const QByteArray key = QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1)
                               .toHex();
    return data + QStringLiteral("/corrections/") + QString::fromLatin1(key)
           + QStringLiteral(".json");
}

bool Corrections::save(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("Corrections",
                                                 "Could not save the corrections to %1: %2")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("no place to keep them"));
    if (m_operations.isEmpty()) {
        QFile file(path);
        if (file.exists() && !file.remove())
            return fail(file.errorString());
        return true;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(
            QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray json = toJson();
    // A full disk shows as a short write with errno set and no QFileDevice error; the
    // destructor then discards the temporary file and the old file stays as it was.
    errno = 0;
    if (file.write(json) != json.size() || !file.flush()) {
        const int code = errno;
        return fail(file.error() == QFileDevice::NoError && code != 0 ? qt_error_string(code)
                                                                      : file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

CorrectionsLoad Corrections::load(const QString &path, const QString &expectedSha256)
{
    QFile file(path);
    if (path.isEmpty() || !file.exists())
        return {Corrections({}, expectedSha256), {}};
    if (file.size() > MaxFileSize)
        return failure(expectedSha256, damaged(QStringLiteral("far too large")));
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(expectedSha256,
                       QCoreApplication::translate(
                           "Corrections", "The corrections file could not be read (%1); using the "
                                          "extracted list.")
                           .arg(file.errorString()));
    }
    return fromJson(file.read(MaxFileSize + 1), expectedSha256);
}
