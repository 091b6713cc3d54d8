#include "core/library/library.h"

#include "core/document/article.h"
#include "core/entities/entitylist.h"
#include "core/navigation/mentioncontext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>

namespace {

std::atomic<int> connectionCounter{0};

// The columns of an entry, in LibraryEntry's order (prefixed with "a." where joined).
constexpr auto EntryColumns = "a.id, a.source, a.title, a.byline, a.site, a.published, a.added, "
                              "a.last_read, a.position, a.people, a.places, a.organizations";
constexpr int EntryColumnCount = 12;

// Every column of each table, as remove() saves them and restore() writes them back.
constexpr auto ArticleColumns = "source, title, byline, site, published, text, added, last_read, "
                                "position, people, places, organizations";
constexpr int ArticleColumnCount = 12;
constexpr auto EntityColumns = "id, article, name, key, surname, kind, mentions, first_sentence, "
                               "spans";

// Version 2's tables, from which a new library is made (createSchema: these, IndexesV2, then
// migrateFrom2). Version 1 (the articles, entities and mentions tables without the entity keys,
// counts and full-text index) is migrated in migrateFrom1(), then on through migrateFrom2().
const char *const SchemaV2[] = {
    "CREATE TABLE articles ("
    " id INTEGER PRIMARY KEY,"
    " source TEXT NOT NULL UNIQUE,"
    " title TEXT NOT NULL DEFAULT '',"
    " byline TEXT NOT NULL DEFAULT '',"
    " site TEXT NOT NULL DEFAULT '',"
    " published TEXT NOT NULL DEFAULT '',"
    " added INTEGER NOT NULL,"
    " last_read INTEGER,"
    " position INTEGER NOT NULL DEFAULT 0,"
    " people INTEGER NOT NULL DEFAULT 0,"
    " places INTEGER NOT NULL DEFAULT 0,"
    " organizations INTEGER NOT NULL DEFAULT 0,"
    " text TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE entities ("
    " id INTEGER PRIMARY KEY,"
    " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL,"
    " key TEXT NOT NULL,"
    " surname TEXT NOT NULL DEFAULT '',"
    " kind TEXT NOT NULL,"
    " mentions INTEGER NOT NULL,"
    " first_sentence TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE mentions ("
    " entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    " start INTEGER NOT NULL,"
    " end INTEGER NOT NULL,"
    " PRIMARY KEY (entity, start)) WITHOUT ROWID",
};

// What version 2 adds to version 1's tables (and what a new library has as well).
const char *const IndexesV2[] = {
    "CREATE INDEX IF NOT EXISTS articles_last_read ON articles(last_read)",
    "CREATE INDEX IF NOT EXISTS articles_added ON articles(added)",
    "CREATE INDEX IF NOT EXISTS articles_title ON articles(title COLLATE NOCASE)",
    "CREATE INDEX IF NOT EXISTS articles_site ON articles(site COLLATE NOCASE)",
    "CREATE INDEX IF NOT EXISTS articles_published ON articles(published)",
    "CREATE INDEX IF NOT EXISTS articles_people ON articles(people)",
    "CREATE INDEX IF NOT EXISTS articles_places ON articles(places)",
    "CREATE INDEX IF NOT EXISTS entities_article ON entities(article)",
    "CREATE INDEX IF NOT EXISTS entities_key ON entities(key, kind)",
    "CREATE INDEX IF NOT EXISTS entities_surname ON entities(surname)",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, site, text, content='articles', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
    " INSERT INTO articles_fts(rowid, title, site, text) VALUES (new.id, new.title, new.site,"
    " new.text); END",
    "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, site, text)"
    " VALUES ('delete', old.id, old.title, old.site, old.text); END",
    "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, site, text ON articles BEGIN"
    " INSERT INTO articles_fts(articles_fts, rowid, title, site, text)"
    " VALUES ('delete', old.id, old.title, old.site, old.text);"
    " INSERT INTO articles_fts(rowid, title, site, text) VALUES (new.id, new.title, new.site,"
    " new.text); END",
};

// What version 3 changes. An entity's mentions are kept in its row ("spans": "start-end,..." in
// UTF-16 offsets) rather than as rows of their own: an article wrote about a hundred mention rows,
// a fifth of what importing it cost, and a mention is only ever read with its entity. The entity
// indexes cover what a look-up reads, so that finding the articles that name someone, and who
// appears alongside, reads index pages only (at 100,000 articles, "Abbas" went from 90-130 ms
// to 20-30).
const char *const MigrationV3[] = {
    "ALTER TABLE entities ADD COLUMN spans TEXT NOT NULL DEFAULT ''",
    "UPDATE entities SET spans = coalesce((SELECT group_concat(s, ',') FROM (SELECT start || '-' "
    "|| end AS s FROM mentions WHERE entity = entities.id ORDER BY start)), '')",
    "DROP TABLE mentions",
    "DROP INDEX IF EXISTS entities_key",
    "DROP INDEX IF EXISTS entities_surname",
    "DROP INDEX IF EXISTS entities_article",
    "CREATE INDEX entities_key ON entities(key, kind, mentions, article)",
    "CREATE INDEX entities_surname ON entities(surname, kind, mentions, article)",
    "CREATE INDEX entities_article ON entities(article, kind, key, mentions, name)",
};

// An entity's mentions as the library keeps them: "start-end,start-end" (UTF-16 offsets).
QString spansText(const QList<Mention> &mentions)
{
    QString text;
    text.reserve(12 * mentions.size());
    for (const Mention &m : mentions) {
        if (!text.isEmpty())
            text += u',';
        text += QString::number(m.start) + u'-' + QString::number(m.end);
    }
    return text;
}

// The mentions of a "spans" text, in order and without repeats; what cannot be read is left out.
QList<Mention> mentionsFrom(QStringView spans)
{
    QList<Mention> mentions;
    for (const QStringView span : spans.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype dash = span.indexOf(u'-');
        bool startOk = false, endOk = false;
        const qsizetype start = dash > 0 ? span.left(dash).toLongLong(&startOk) : 0;
        const qsizetype end = dash > 0 ? span.mid(dash + 1).toLongLong(&endOk) : 0;
        if (startOk && endOk && start >= 0 && end > start)
            mentions.append({start, end});
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention &a, const Mention &b) { return a.start < b.start; });
    mentions.erase(std::unique(mentions.begin(), mentions.end(),
                               [](const Mention &a, const Mention &b) {
                                   return a.start == b.start;
                               }),
                   mentions.end());
    return mentions;
}

bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
}

bool isDamage(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

QString busyMessage()
{
    return QStringLiteral("The library is busy: another window or another Article Reader has been "
                          "writing to it for half a minute. Try again in a moment.");
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}

LibraryEntry entryFrom(const QSqlQuery &q, int first = 0)
{
    LibraryEntry e;
    e.id = q.value(first).toLongLong();
    e.source = q.value(first + 1).toString();
    e.title = q.value(first + 2).toString();
    e.byline = q.value(first + 3).toString();
    e.site = q.value(first + 4).toString();
    e.published = q.value(first + 5).toString();
    e.added = timeFrom(q.value(first + 6));
    e.lastRead = timeFrom(q.value(first + 7));
    e.position = q.value(first + 8).toLongLong();
    e.people = q.value(first + 9).toInt();
    e.places = q.value(first + 10).toInt();
    e.organizations = q.value(first + 11).toInt();
    return e;
}

// The words of a query as an FTS5 expression: each word a quoted string (so that nothing the
// reader types is FTS5 syntax), all required, the last one as a prefix.
QString ftsExpression(const QString &query)
{
    QStringList words;
    QString current;
    for (const QChar c : query) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    QString out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i)
            out += u' ';
        out += u'"' + words[i] + u'"';
        if (i == words.size() - 1)
            out += u'*';
    }
    return out;
}

} // namespace

QString Library::sourceKey(const Article &article)
{
    if (!article.source.isEmpty() && article.source != u"stdin" && article.source != u"clipboard")
        return article.source;
    const QByteArray hash = QCryptographicHash::hash(article.text.toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    return (article.source.isEmpty() ? QStringLiteral("text") : article.source) + u':'
           + QString::fromLatin1(hash);
}

namespace {

// A free name beside `path` for a damaged file: library.damaged.sqlite, library.damaged-2.sqlite...
QString freeDamagedName(const QString &path)
{
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    for (int n = 1;; ++n) {
        const QString name = info.dir().filePath(base + QStringLiteral(".damaged")
                                                 + (n == 1 ? QString() : u'-' + QString::number(n))
                                                 + suffix);
        if (!QFileInfo::exists(name) && !QFileInfo::exists(name + QStringLiteral("-wal")))
            return name;
    }
}

} // namespace

struct Library::Private
{
    QString path;
    QString connection;
    bool open = false;
    bool readOnly = false;
    QString error;
    QString notice;
    QString damagedCopy;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    // Runs one statement; on failure logs it and sets `why` (when given).
    bool exec(const QString &sql, QString *why = nullptr) const
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        spdlog::warn("library: {} failed: {}", sql.left(80).toStdString(),
                     q.lastError().text().toStdString());
        if (why)
            *why = q.lastError().text();
        return false;
    }

    QString failure(const QSqlQuery &q) const
    {
        const QSqlError e = q.lastError();
        spdlog::warn("library: {} failed: {}", q.lastQuery().left(80).toStdString(),
                     e.text().toStdString());
        if (isBusy(e))
            return busyMessage();
        if (isDamage(e))
            return QStringLiteral("The library file \"%1\" is damaged (%2). Close Article Reader "
                                  "and move the file aside (or delete it) to begin a new library.")
                .arg(QDir::toNativeSeparators(path), e.databaseText());
        return QStringLiteral("The library \"%1\" could not be read or written: %2")
            .arg(QDir::toNativeSeparators(path), e.databaseText());
    }

    // Takes the write lock, waiting for another writer (the busy timeout, retried).
    QString beginWrite()
    {
        if (readOnly)
            return QStringLiteral("The library is open read-only: %1").arg(notice);
        for (int attempt = 0; attempt < 6; ++attempt) {
            QSqlQuery q(db());
            if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return {};
            if (!isBusy(q.lastError()))
                return failure(q);
            spdlog::info("library: another writer holds the library; waiting (attempt {})",
                         attempt + 1);
        }
        return busyMessage();
    }

    QString commit()
    {
        for (int attempt = 0; attempt < 6; ++attempt) {
            QSqlQuery q(db());
            if (q.exec(QStringLiteral("COMMIT")))
                return {};
            if (!isBusy(q.lastError())) {
                const QString why = failure(q);
                rollback();
                return why;
            }
        }
        rollback();
        return busyMessage();
    }

    void rollback() { exec(QStringLiteral("ROLLBACK")); }

    // The statements an insert runs for every article and entity, prepared once.
    std::optional<QSqlQuery> upsertQuery, clearQuery, entityQuery;
    QSqlQuery &cached(std::optional<QSqlQuery> &slot, const QString &sql)
    {
        if (!slot) {
            slot.emplace(db());
            slot->prepare(sql);
        }
        return *slot;
    }

    bool openConnection(bool asReadOnly);
    void closeConnection();
    bool moveAside(const QString &why);
    bool createSchema(QString *why);
    bool migrateFrom1(QString *why);
    bool migrateFrom2(QString *why);
    QString insert(const LibraryRecord &record, bool read, qint64 *id);
};

bool Library::Private::openConnection(bool asReadOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    // Waits for another connection's write lock rather than failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")
                         + (asReadOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    readOnly = asReadOnly;
    if (!db.open()) {
        error = QStringLiteral("Cannot open the library \"%1\": %2")
                    .arg(QDir::toNativeSeparators(path), db.lastError().databaseText());
        return false;
    }
    return true;
}

void Library::Private::closeConnection()
{
    upsertQuery.reset();
    clearQuery.reset();
    entityQuery.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

bool Library::Private::moveAside(const QString &why)
{
    closeConnection();
    const QString aside = freeDamagedName(path);
    if (!QFile::rename(path, aside)) {
        error = QStringLiteral("The library \"%1\" is damaged (%2) and could not be moved aside; "
                               "move or delete it by hand.")
                    .arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    for (const auto *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1StringView(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, aside + QLatin1StringView(suffix));
    }
    damagedCopy = aside;
    notice = QStringLiteral("The library was damaged (%1). It is kept as \"%2\"; a new library has "
                            "been started.")
                 .arg(why, QDir::toNativeSeparators(aside));
    spdlog::warn("library: {}", notice.toStdString());
    return true;
}

bool Library::Private::createSchema(QString *why)
{
    for (const char *sql : SchemaV2) {
        if (!exec(QString::fromLatin1(sql), why))
            return false;
    }
    for (const char *sql : IndexesV2) {
        if (!exec(QString::fromLatin1(sql), why))
            return false;
    }
    return migrateFrom2(why);
}

bool Library::Private::migrateFrom1(QString *why)
{
    // Version 1 had no entity keys, no counts per article and no full-text index.
    const char *const steps[] = {
        "ALTER TABLE entities ADD COLUMN key TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE entities ADD COLUMN surname TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE articles ADD COLUMN people INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE articles ADD COLUMN places INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE articles ADD COLUMN organizations INTEGER NOT NULL DEFAULT 0",
        "UPDATE articles SET"
        " people = (SELECT count(*) FROM entities e WHERE e.article = articles.id AND"
        " e.kind = 'person'),"
        " places = (SELECT count(*) FROM entities e WHERE e.article = articles.id AND"
        " e.kind = 'place'),"
        " organizations = (SELECT count(*) FROM entities e WHERE e.article = articles.id AND"
        " e.kind = 'organization')",
    };
    for (const char *sql : steps) {
        if (!exec(QString::fromLatin1(sql), why))
            return false;
    }
    // The keys are the same folding as new entries get (nameKey, personSurname).
    QSqlQuery read(db());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, name, kind FROM entities"))) {
        *why = read.lastError().text();
        return false;
    }
    QSqlQuery write(db());
    write.prepare(QStringLiteral(
        "UPDATE entities SET key = coalesce(?, ''), surname = coalesce(?, '') WHERE id = ?"));
    while (read.next()) {
        const QString name = read.value(1).toString();
        write.addBindValue(Library::nameKey(name));
        write.addBindValue(read.value(2).toString() == u"person"
                               ? Library::nameKey(personSurname(name.simplified()))
                               : QString());
        write.addBindValue(read.value(0));
        if (!write.exec()) {
            *why = write.lastError().text();
            return false;
        }
    }
    for (const char *sql : IndexesV2) {
        if (!exec(QString::fromLatin1(sql), why))
            return false;
    }
    return exec(QStringLiteral("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"), why)
           && migrateFrom2(why);
}

bool Library::Private::migrateFrom2(QString *why)
{
    for (const char *sql : MigrationV3) {
        if (!exec(QString::fromLatin1(sql), why))
            return false;
    }
    return exec(QStringLiteral("PRAGMA user_version = 3"), why);
}

LibraryRecord Library::record(const Article &article, const EntityList &entities)
{
    LibraryRecord r;
    r.source = sourceKey(article);
    r.title = article.title;
    r.byline = article.byline;
    r.site = article.site;
    r.published = article.published;
    r.text = article.text;
    r.entities.reserve(entities.entities().size());
    for (const Entity &e : entities.entities()) {
        if (e.hidden || e.mentions.isEmpty())
            continue;
        ++(e.type == EntityType::Person  ? r.people
           : e.type == EntityType::Place ? r.places
                                         : r.organizations);
        LibraryRecord::EntityRow row;
        row.name = e.name;
        row.key = nameKey(e.name);
        if (e.type == EntityType::Person)
            row.surname = nameKey(personSurname(e.name.simplified()));
        row.kind = entityTypeName(e.type);
        row.mentions = int(e.mentions.size());
        row.firstSentence = MentionContext::lineFor(article, e.mentions.constFirst()).sentence;
        row.spans = spansText(e.mentions);
        r.entities.append(row);
    }
    return r;
}

QString Library::Private::insert(const LibraryRecord &r, bool read, qint64 *id)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery &q = cached(
        upsertQuery,
        QStringLiteral(
            "INSERT INTO articles (source, title, byline, site, published, text, added, last_read,"
            " people, places, organizations) VALUES (?, coalesce(?, ''), coalesce(?, ''),"
            " coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?)"
            " ON CONFLICT(source) DO UPDATE SET title = excluded.title, byline = excluded.byline,"
            " site = excluded.site, published = excluded.published, text = excluded.text,"
            " last_read = coalesce(excluded.last_read, last_read), people = excluded.people,"
            " places = excluded.places, organizations = excluded.organizations RETURNING id"));
    q.addBindValue(r.source);
    q.addBindValue(r.title);
    q.addBindValue(r.byline);
    q.addBindValue(r.site);
    q.addBindValue(r.published);
    q.addBindValue(r.text);
    q.addBindValue(now);
    q.addBindValue(read ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(r.people);
    q.addBindValue(r.places);
    q.addBindValue(r.organizations);
    if (!q.exec() || !q.next())
        return failure(q);
    *id = q.value(0).toLongLong();
    q.finish();

    QSqlQuery &clear = cached(clearQuery, QStringLiteral("DELETE FROM entities WHERE article = ?"));
    clear.addBindValue(*id);
    if (!clear.exec())
        return failure(clear);

    QSqlQuery &entity
        = cached(entityQuery,
                 QStringLiteral(
                     "INSERT INTO entities (article, name, key, surname, kind, mentions,"
                     " first_sentence, spans) VALUES (?, ?, coalesce(?, ''), coalesce(?, ''),"
                     " ?, ?, coalesce(?, ''), coalesce(?, ''))"));
    for (const LibraryRecord::EntityRow &e : r.entities) {
        entity.addBindValue(*id);
        entity.addBindValue(e.name);
        entity.addBindValue(e.key);
        entity.addBindValue(e.surname);
        entity.addBindValue(e.kind);
        entity.addBindValue(e.mentions);
        entity.addBindValue(e.firstSentence);
        entity.addBindValue(e.spans);
        if (!entity.exec())
            return failure(entity);
    }
    return {};
}

QString Library::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.sqlite"));
}

QString Library::nameKey(QStringView name)
{
    return name.toString().simplified().toCaseFolded();
}

Library::Library(const QString &path)
    : d(std::make_unique<Private>())
{
    d->path = QFileInfo(path).absoluteFilePath();
    d->connection = QStringLiteral("article-reader-library-%1").arg(connectionCounter++);
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        d->error = QStringLiteral("Qt's SQLite driver is missing; install the package "
                                  "libqt6sql6-sqlite.");
        return;
    }
    const QFileInfo info(d->path);
    if (!QDir().mkpath(info.absolutePath())) {
        d->error = QStringLiteral("Cannot create the folder \"%1\" for the library.")
                       .arg(QDir::toNativeSeparators(info.absolutePath()));
        return;
    }
    if (info.exists() && !info.isFile()) {
        d->error = QStringLiteral("The library \"%1\" is not a file; move it away or choose "
                                  "another one.")
                       .arg(QDir::toNativeSeparators(d->path));
        return;
    }
    // Not a database at all (the header is SQLite's): kept aside before SQLite sees it.
    if (info.exists() && info.size() > 0) {
        QFile file(d->path);
        if (file.open(QIODevice::ReadOnly) && !file.read(16).startsWith("SQLite format 3")) {
            file.close();
            if (!d->moveAside(QStringLiteral("it is not an SQLite database")))
                return;
        }
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!d->openConnection(false))
            return;
        QSqlQuery q(d->db());
        // Reading the schema is where a damaged file shows.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            const QSqlError e = q.lastError();
            q.finish();
            if (attempt == 0 && isDamage(e)) {
                if (!d->moveAside(e.databaseText()))
                    return;
                continue;
            }
            d->error = d->failure(q);
            d->closeConnection();
            return;
        }
        break;
    }
    QString why;
    int version = 0;
    {
        QSqlQuery q(d->db());
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            d->error = d->failure(q);
            return;
        }
        version = q.value(0).toInt();
    }
    if (version > SchemaVersion) {
        d->closeConnection();
        if (!d->openConnection(true))
            return;
        d->notice = QStringLiteral("The library \"%1\" was written by a newer Article Reader "
                                   "(version %2 of the library; this one knows up to %3). It is "
                                   "open read-only: articles are not kept until you update.")
                        .arg(QDir::toNativeSeparators(d->path))
                        .arg(version)
                        .arg(SchemaVersion);
        d->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        d->open = true;
        return;
    }
    // WAL: readers do not wait for the writer, a killed writer loses only what it had not
    // committed; NORMAL synchronisation is safe in WAL against a crash of the program.
    d->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    d->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    d->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (version < SchemaVersion) {
        if (const QString busy = d->beginWrite(); !busy.isEmpty()) {
            d->error = busy;
            return;
        }
        // Another instance may have created or migrated it while this one waited.
        QSqlQuery q(d->db());
        q.exec(QStringLiteral("PRAGMA user_version"));
        version = q.next() ? q.value(0).toInt() : version;
        q.finish();
        bool done = true;
        if (version == 0)
            done = d->createSchema(&why);
        else if (version == 1)
            done = d->migrateFrom1(&why);
        else if (version == 2)
            done = d->migrateFrom2(&why);
        if (!done) {
            d->rollback();
            d->error = QStringLiteral("Cannot prepare the library \"%1\": %2")
                           .arg(QDir::toNativeSeparators(d->path), why);
            return;
        }
        if (const QString failed = d->commit(); !failed.isEmpty()) {
            d->error = failed;
            return;
        }
        if (version > 0)
            spdlog::info("library: migrated {} from version {} to {}", d->path.toStdString(),
                         version, SchemaVersion);
    }
    d->open = true;
}

Library::~Library()
{
    if (QSqlDatabase::contains(d->connection))
        d->closeConnection();
}

QString Library::path() const
{
    return d->path;
}
bool Library::isOpen() const
{
    return d->open;
}
bool Library::isReadOnly() const
{
    return d->readOnly;
}
QString Library::error() const
{
    return d->error;
}
QString Library::notice() const
{
    return d->notice;
}
QString Library::damagedCopy() const
{
    return d->damagedCopy;
}

LibraryResult<qint64> Library::add(const Article &article, const EntityList &entities, bool read)
{
    if (!d->open)
        return {std::nullopt, d->error};
    const LibraryRecord r = record(article, entities);
    if (const QString why = d->beginWrite(); !why.isEmpty())
        return {std::nullopt, why};
    qint64 id = 0;
    if (const QString why = d->insert(r, read, &id); !why.isEmpty()) {
        d->rollback();
        return {std::nullopt, why};
    }
    if (const QString why = d->commit(); !why.isEmpty())
        return {std::nullopt, why};
    return {id, {}};
}

LibraryResult<int> Library::addAll(const QList<std::pair<Article, EntityList>> &articles, bool read)
{
    QList<LibraryRecord> records;
    records.reserve(articles.size());
    for (const auto &[article, entities] : articles)
        records.append(record(article, entities));
    return addAll(records, read);
}

LibraryResult<int> Library::addAll(const QList<LibraryRecord> &records, bool read)
{
    if (!d->open)
        return {std::nullopt, d->error};
    if (const QString why = d->beginWrite(); !why.isEmpty())
        return {std::nullopt, why};
    for (const LibraryRecord &r : records) {
        qint64 id = 0;
        if (const QString why = d->insert(r, read, &id); !why.isEmpty()) {
            d->rollback();
            return {std::nullopt, why};
        }
    }
    if (const QString why = d->commit(); !why.isEmpty())
        return {std::nullopt, why};
    return {int(records.size()), {}};
}

LibraryResult<LibraryRemoved> Library::remove(const QList<qint64> &ids)
{
    if (!d->open)
        return {std::nullopt, d->error};
    QStringList idList;
    for (const qint64 id : ids)
        idList.append(QString::number(id));
    const QString in = idList.join(u',');
    if (const QString why = d->beginWrite(); !why.isEmpty())
        return {std::nullopt, why};
    LibraryRemoved removed;
    const auto collect = [&](const QString &sql, QList<QVariantList> &into) {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return d->failure(q);
        while (q.next()) {
            QVariantList row;
            for (int i = 0, n = q.record().count(); i < n; ++i)
                row.append(q.value(i));
            into.append(row);
        }
        return QString();
    };
    // Each article row ends with its id, which its entities name.
    QString why = collect(QStringLiteral("SELECT %1, id FROM articles WHERE id IN (%2)")
                              .arg(QLatin1StringView(ArticleColumns), in),
                          removed.articles);
    if (why.isEmpty())
        why = collect(QStringLiteral("SELECT %1 FROM entities WHERE article IN (%2)")
                          .arg(QLatin1StringView(EntityColumns), in),
                      removed.entities);
    if (why.isEmpty())
        d->exec(QStringLiteral("DELETE FROM articles WHERE id IN (%1)").arg(in), &why);
    if (!why.isEmpty()) {
        d->rollback();
        return {std::nullopt, why};
    }
    if (const QString failed = d->commit(); !failed.isEmpty())
        return {std::nullopt, failed};
    return {removed, {}};
}

LibraryResult<int> Library::restore(const LibraryRemoved &removed)
{
    if (!d->open)
        return {std::nullopt, d->error};
    if (const QString why = d->beginWrite(); !why.isEmpty())
        return {std::nullopt, why};
    // Rows get new ids (the old ones may be taken since); entities follow them. An
    // article of the same source added since is replaced by the one restored.
    QHash<qint64, qint64> articleIds; // old id → new id
    QString why;
    QSqlQuery article(d->db());
    article.prepare(QStringLiteral("INSERT INTO articles (%1) VALUES (?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?)")
                        .arg(QLatin1StringView(ArticleColumns)));
    QSqlQuery replaced(d->db());
    replaced.prepare(QStringLiteral("DELETE FROM articles WHERE source = ?"));
    for (const QVariantList &row : removed.articles) {
        replaced.addBindValue(row.value(0));
        if (!replaced.exec()) {
            why = d->failure(replaced);
            break;
        }
        for (int i = 0; i < ArticleColumnCount; ++i)
            article.addBindValue(row.value(i));
        if (!article.exec()) {
            why = d->failure(article);
            break;
        }
        articleIds.insert(row.value(ArticleColumnCount).toLongLong(),
                          article.lastInsertId().toLongLong());
    }
    QSqlQuery entity(d->db());
    entity.prepare(QStringLiteral("INSERT INTO entities (article, name, key, surname, kind,"
                                  " mentions, first_sentence, spans) VALUES (?, ?,"
                                  " coalesce(?, ''), coalesce(?, ''), ?, ?, coalesce(?, ''),"
                                  " coalesce(?, ''))"));
    for (const QVariantList &row : removed.entities) {
        if (!why.isEmpty())
            break;
        entity.addBindValue(articleIds.value(row.value(1).toLongLong()));
        for (int i = 2; i < row.size(); ++i)
            entity.addBindValue(row.value(i));
        if (!entity.exec()) {
            why = d->failure(entity);
            break;
        }
    }
    if (!why.isEmpty()) {
        d->rollback();
        return {std::nullopt, why};
    }
    if (const QString failed = d->commit(); !failed.isEmpty())
        return {std::nullopt, failed};
    return {int(removed.articles.size()), {}};
}

LibraryResult<bool> Library::setPosition(const QString &source, qsizetype position)
{
    if (!d->open)
        return {std::nullopt, d->error};
    if (const QString why = d->beginWrite(); !why.isEmpty())
        return {std::nullopt, why};
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("UPDATE articles SET position = ?, last_read = ? WHERE source = ?"));
    q.addBindValue(qint64(position));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(source);
    if (!q.exec()) {
        const QString why = d->failure(q);
        d->rollback();
        return {std::nullopt, why};
    }
    const bool found = q.numRowsAffected() > 0;
    if (const QString why = d->commit(); !why.isEmpty())
        return {std::nullopt, why};
    return {found, {}};
}

std::optional<LibraryEntry> Library::entry(qint64 id) const
{
    if (!d->open)
        return std::nullopt;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT %1 FROM articles a WHERE a.id = ?")
                  .arg(QLatin1StringView(EntryColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

std::optional<LibraryEntry> Library::entryForSource(const QString &source) const
{
    if (!d->open)
        return std::nullopt;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT %1 FROM articles a WHERE a.source = ?")
                  .arg(QLatin1StringView(EntryColumns)));
    q.addBindValue(source);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

std::optional<Article> Library::article(qint64 id) const
{
    if (!d->open)
        return std::nullopt;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral(
        "SELECT source, title, byline, site, published, text FROM articles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Article a;
    a.source = q.value(0).toString();
    a.title = q.value(1).toString();
    a.byline = q.value(2).toString();
    a.site = q.value(3).toString();
    a.published = q.value(4).toString();
    a.text = q.value(5).toString();
    // Paragraphs as the loader finds them in plain text: one a line.
    qsizetype start = 0;
    for (qsizetype i = 0; i <= a.text.size(); ++i) {
        if (i == a.text.size() || a.text[i] == u'\n') {
            if (i > start)
                a.paragraphs.append({start, i});
            start = i + 1;
        }
    }
    return a;
}

std::optional<EntityList> Library::entities(qint64 id) const
{
    if (!d->open)
        return std::nullopt;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT name, kind, spans FROM entities WHERE article = ?"
                             " ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return std::nullopt;
    QList<Entity> list;
    while (q.next()) {
        Entity e;
        e.name = q.value(0).toString();
        e.type = entityTypeFromName(q.value(1).toString()).value_or(EntityType::Person);
        e.id = entityTypeName(e.type) + u':' + e.name;
        e.mentions = mentionsFrom(q.value(2).toString());
        if (!e.mentions.isEmpty())
            list.append(e);
    }
    return EntityList(list);
}

LibraryResult<int> Library::count() const
{
    return countMatching({});
}

LibraryResult<qint64> Library::changeCount() const
{
    if (!d->open)
        return {std::nullopt, d->error};
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return {std::nullopt, d->failure(q)};
    return {q.value(0).toLongLong(), {}};
}

LibraryResult<int> Library::countMatching(const QString &filter) const
{
    if (!d->open)
        return {std::nullopt, d->error};
    const QString match = ftsExpression(filter);
    QSqlQuery q(d->db());
    if (match.isEmpty()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM articles"));
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"));
        q.addBindValue(QStringLiteral("{title site} : (%1)").arg(match));
    }
    if (!q.exec() || !q.next())
        return {std::nullopt, d->failure(q)};
    return {q.value(0).toInt(), {}};
}

LibraryResult<QList<LibraryEntry>> Library::list(const LibraryListQuery &query) const
{
    if (!d->open)
        return {std::nullopt, d->error};
    QString order;
    switch (query.sort) {
    case LibraryListQuery::Sort::Title:
        order = QStringLiteral("a.title COLLATE NOCASE");
        break;
    case LibraryListQuery::Sort::Site:
        order = QStringLiteral("a.site COLLATE NOCASE");
        break;
    case LibraryListQuery::Sort::Published:
        order = QStringLiteral("a.published");
        break;
    case LibraryListQuery::Sort::People:
        order = QStringLiteral("a.people");
        break;
    case LibraryListQuery::Sort::Places:
        order = QStringLiteral("a.places");
        break;
    case LibraryListQuery::Sort::LastRead:
        order = QStringLiteral("a.last_read");
        break;
    case LibraryListQuery::Sort::Added:
        order = QStringLiteral("a.added");
        break;
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString match = ftsExpression(query.filter);
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM articles a%2 ORDER BY %3%4, a.id%4 LIMIT ? OFFSET ?")
                  .arg(QLatin1StringView(EntryColumns),
                       match.isEmpty() ? QString()
                                       : QStringLiteral(" WHERE a.id IN (SELECT rowid FROM "
                                                        "articles_fts WHERE articles_fts MATCH ?)"),
                       order, direction));
    if (!match.isEmpty())
        q.addBindValue(QStringLiteral("{title site} : (%1)").arg(match));
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec())
        return {std::nullopt, d->failure(q)};
    QList<LibraryEntry> rows;
    while (q.next())
        rows.append(entryFrom(q));
    return {rows, {}};
}

LibraryResult<QList<LibrarySearchHit>> Library::search(const QString &query, int limit,
                                                       int ranked) const
{
    if (!d->open)
        return {std::nullopt, d->error};
    const QString match = ftsExpression(query);
    if (match.isEmpty())
        return {QList<LibrarySearchHit>(), {}};
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    // The snippet marks the words found with STX and ETX, which no article text holds.
    // Ranking (bm25) costs for every article that matches: a word in a third of 100,000 articles
    // took 45-100 ms. Only the newest `ranked` matches are ranked; beyond them a common word
    // finds newer articles first, which is what a reader following a story looks for.
    q.prepare(QStringLiteral("SELECT %1, snippet(articles_fts, -1, char(2), char(3), '…', 24)"
                             " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
                             " WHERE articles_fts MATCH ? AND articles_fts.rowid >= coalesce("
                             "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
                             " ORDER BY rowid DESC LIMIT 1 OFFSET ?), 0)"
                             " ORDER BY rank LIMIT ?")
                  .arg(QLatin1StringView(EntryColumns)));
    q.addBindValue(match);
    q.addBindValue(match);
    q.addBindValue(std::max(0, ranked - 1));
    q.addBindValue(limit);
    if (!q.exec())
        return {std::nullopt, d->failure(q)};
    QList<LibrarySearchHit> hits;
    while (q.next()) {
        LibrarySearchHit hit;
        hit.entry = entryFrom(q);
        const QString marked = q.value(EntryColumnCount).toString();
        hit.snippet.reserve(marked.size());
        qsizetype start = -1;
        for (const QChar c : marked) {
            if (c == QChar(2)) {
                start = hit.snippet.size();
            } else if (c == QChar(3)) {
                if (start >= 0)
                    hit.highlights.append({start, hit.snippet.size()});
                start = -1;
            } else {
                hit.snippet += c == u'\n' ? QChar(u' ') : c;
            }
        }
        hits.append(hit);
    }
    return {hits, {}};
}

LibraryResult<LibraryLookup> Library::lookup(const QString &name, std::optional<EntityType> type,
                                             int limit) const
{
    if (!d->open)
        return {std::nullopt, d->error};
    const QString simple = name.simplified();
    const QString key = nameKey(simple);
    if (key.isEmpty())
        return {LibraryLookup(), {}};
    // The name itself; a surname alone also stands for the full names it ends, and a full name
    // for its surname alone (personSurname: the rule the extractor links names by in one text).
    const QString surname = nameKey(personSurname(simple));
    const bool person = !type || *type == EntityType::Person;
    // Each branch reads one covering index (entities_key, entities_surname): the id, the mentions
    // and the article are in it, so that sorting thousands of matches reads no table row.
    QString matches = QStringLiteral(
                          "SELECT id, mentions, article FROM entities WHERE key = :key%1")
                          .arg(type ? QStringLiteral(" AND kind = :kind") : QString());
    if (person && surname.isEmpty())
        matches += QStringLiteral(" UNION SELECT id, mentions, article FROM entities"
                                  " WHERE surname = :key AND kind = 'person'");
    if (person && !surname.isEmpty())
        matches += QStringLiteral(" UNION SELECT id, mentions, article FROM entities"
                                  " WHERE key = :surname AND kind = 'person' AND surname = ''");
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    // The entities are chosen and cut to the limit first: only those rows reach the entities'
    // and the articles' tables, whose rows (with the sentence and the text) are the costly ones.
    q.prepare(QStringLiteral("WITH top AS (SELECT id FROM (%2)"
                             " ORDER BY mentions DESC, article DESC LIMIT :limit)"
                             " SELECT %1, e.id, e.name, e.kind, e.mentions, e.first_sentence"
                             " FROM top JOIN entities e ON e.id = top.id"
                             " JOIN articles a ON a.id = e.article"
                             " ORDER BY e.mentions DESC, a.id DESC")
                  .arg(QLatin1StringView(EntryColumns), matches));
    q.bindValue(QStringLiteral(":key"), key);
    if (type)
        q.bindValue(QStringLiteral(":kind"), entityTypeName(*type));
    if (person && !surname.isEmpty())
        q.bindValue(QStringLiteral(":surname"), surname);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return {std::nullopt, d->failure(q)};
    LibraryLookup result;
    QStringList entityIds;
    QStringList articleIds;
    while (q.next()) {
        LibraryOccurrence o;
        o.entry = entryFrom(q);
        entityIds.append(q.value(EntryColumnCount).toString());
        articleIds.append(QString::number(o.entry.id));
        o.name = q.value(EntryColumnCount + 1).toString();
        o.type = entityTypeFromName(q.value(EntryColumnCount + 2).toString())
                     .value_or(EntityType::Person);
        o.mentions = q.value(EntryColumnCount + 3).toInt();
        o.firstSentence = q.value(EntryColumnCount + 4).toString();
        result.occurrences.append(o);
    }
    q.finish();
    if (result.occurrences.isEmpty())
        return {result, {}};
    // Who else the articles listed name, by key; the fullest name of each stands for it.
    QSqlQuery c(d->db());
    c.setForwardOnly(true);
    if (!c.exec(QStringLiteral("SELECT e.key, e.name, e.kind, count(DISTINCT e.article),"
                               " sum(e.mentions), max(length(e.name)) FROM entities e"
                               " WHERE e.article IN (%1) AND e.id NOT IN (%2)"
                               " GROUP BY e.key, e.kind")
                    .arg(articleIds.join(u','), entityIds.join(u','))))
        return {std::nullopt, d->failure(c)};
    struct Row
    {
        LibraryCompanion companion;
        QString key;
        QString surname;
    };
    QList<Row> rows;
    while (c.next()) {
        Row r;
        r.key = c.value(0).toString();
        r.companion.name = c.value(1).toString();
        r.companion.type = entityTypeFromName(c.value(2).toString()).value_or(EntityType::Person);
        r.companion.articles = c.value(3).toInt();
        r.companion.mentions = c.value(4).toInt();
        if (r.companion.type == EntityType::Person)
            r.surname = nameKey(personSurname(r.companion.name));
        rows.append(r);
    }
    // A surname alone counts for the one full name it ends, as in one article.
    QHash<QString, QList<qsizetype>> fullBySurname;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows[i].surname.isEmpty())
            fullBySurname[rows[i].surname].append(i);
    }
    QSet<qsizetype> merged;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].companion.type != EntityType::Person || !rows[i].surname.isEmpty())
            continue;
        const auto full = fullBySurname.constFind(rows[i].key);
        if (full == fullBySurname.cend() || full->size() != 1)
            continue;
        LibraryCompanion &into = rows[full->constFirst()].companion;
        into.articles += rows[i].companion.articles;
        into.mentions += rows[i].companion.mentions;
        merged.insert(i);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!merged.contains(i))
            result.companions.append(rows[i].companion);
    }
    std::sort(result.companions.begin(), result.companions.end(),
              [](const LibraryCompanion &a, const LibraryCompanion &b) {
                  if (a.articles != b.articles)
                      return a.articles > b.articles;
                  if (a.mentions != b.mentions)
                      return a.mentions > b.mentions;
                  return a.name < b.name;
              });
    if (result.companions.size() > 20)
        result.companions.resize(20);
    return {result, {}};
}

LibraryResult<QList<LibraryEntity>> Library::entityIndex(const QString &filter, int limit) const
{
    if (!d->open)
        return {std::nullopt, d->error};
    const QString key = nameKey(filter);
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT e.name, e.kind, count(*), sum(e.mentions),"
                       " max(length(e.name)) FROM entities e%1"
                       " GROUP BY e.key, e.kind ORDER BY 3 DESC, 4 DESC LIMIT ?")
            .arg(key.isEmpty() ? QString() : QStringLiteral(" WHERE e.key >= ? AND e.key < ?")));
    if (!key.isEmpty()) {
        q.addBindValue(key);
        q.addBindValue(QString(key + QChar(0xffff)));
    }
    q.addBindValue(limit);
    if (!q.exec())
        return {std::nullopt, d->failure(q)};
    QList<LibraryEntity> rows;
    while (q.next()) {
        LibraryEntity e;
        e.name = q.value(0).toString();
        e.type = entityTypeFromName(q.value(1).toString()).value_or(EntityType::Person);
        e.articles = q.value(2).toInt();
        e.mentions = q.value(3).toInt();
        rows.append(e);
    }
    return {rows, {}};
}
