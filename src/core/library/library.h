#pragma once

#include "core/document/mention.h"
#include "core/entities/entity.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

struct Article;
class EntityList;

// A row of the library's table of articles (everything but the text).
struct LibraryEntry
{
    qint64 id = 0;
    QString source; // a file path, a web address, "builtin:...", "stdin:<fingerprint>"
    QString title;
    QString byline;
    QString site;
    QString published; // as the document gives it (ISO 8601)
    QDateTime added;
    QDateTime lastRead;
    qsizetype position = 0; // UTF-16 index where the reader left off
    int people = 0;
    int places = 0;
    int organizations = 0;
};

// A full-text search hit: the article and a snippet of its text around the words found.
struct LibrarySearchHit
{
    LibraryEntry entry;
    QString snippet;           // "…the talks in Doha, where Qatar's…"
    QList<Mention> highlights; // the words found, as UTF-16 ranges of the snippet
};

// One article's entity that matches a name looked up across the library.
struct LibraryOccurrence
{
    LibraryEntry entry;
    QString name; // as that article names it ("Putin" or "Vladimir Putin")
    EntityType type = EntityType::Person;
    int mentions = 0;
    QString firstSentence; // the sentence of its first mention
};

// An entity that appears in the same articles as the one looked up.
struct LibraryCompanion
{
    QString name; // the fullest form among the articles
    EntityType type = EntityType::Person;
    int articles = 0; // articles shared with the one looked up
    int mentions = 0; // its mentions in them
};

struct LibraryLookup
{
    QList<LibraryOccurrence> occurrences; // most mentions first
    QList<LibraryCompanion> companions;   // most shared articles first
};

// An entity of the library's own list (LibraryEntity: the entity view's index).
struct LibraryEntity
{
    QString name;
    EntityType type = EntityType::Person;
    int articles = 0;
    int mentions = 0;
};

// How to list the articles of the table: a filter on title and site, a column to sort by.
struct LibraryListQuery
{
    enum class Sort { Title, Site, Published, People, Places, LastRead, Added };
    QString filter; // words each title or site must contain (a word's start); empty: all
    Sort sort = Sort::LastRead;
    bool descending = true;
    int offset = 0;
    int limit = 200;
};

// An article as the library writes it: its row and its entities' rows, worked out from the
// article and its entities (Library::record, a pure function, on any thread), so that a writer
// only writes. An import works them out on the thread that extracts.
struct LibraryRecord
{
    struct EntityRow
    {
        QString name;
        QString key;     // Library::nameKey(name)
        QString surname; // a person's, folded as the key; empty for others
        QString kind;    // "person", "place", "organization"
        int mentions = 0;
        QString firstSentence;
        QString spans; // the mentions: "start-end,start-end" (UTF-16 offsets)
    };
    QString source; // Library::sourceKey()
    QString title;
    QString byline;
    QString site;
    QString published;
    QString text;
    int people = 0;
    int places = 0;
    int organizations = 0;
    QList<EntityRow> entities; // the shown ones with mentions (hidden entities are not kept)
};

// What remove() took out, exactly as stored, for restore() (Undo).
struct LibraryRemoved
{
    QList<QVariantList> articles; // each article's columns
    QList<QVariantList> entities; // with their mentions ("spans")
    bool isEmpty() const { return articles.isEmpty(); }
};

// A value or what went wrong, in words a user can act on.
template<typename T>
struct LibraryResult
{
    std::optional<T> value;
    QString error;
    bool ok() const { return value.has_value(); }
};

// The library of articles read: one SQLite file (QSQLITE) holding each article's text and
// metadata, its entities with their mentions, and a full-text index (FTS5) of titles, sites and
// text. Every access to the file goes through this class.
//
// A Library is one connection and belongs to the thread that opened it (Qt SQL's rule); the
// window uses LibraryWorker, which keeps one on a thread of its own, and an import opens its own.
// The file is in WAL mode (readers never wait for the writer) with foreign keys on; a write takes
// the write lock first (BEGIN IMMEDIATE) and waits for another writer, window or instance, up to
// a busy timeout, then retries, so that a user never sees "database is locked", only, after half a
// minute of another writer, a message that the library is busy.
//
// Opening checks the schema version (PRAGMA user_version): an older file is migrated in one
// transaction, a newer one opened read-only with a notice, a damaged one moved aside under a free
// name (library.damaged.sqlite, library.damaged-2.sqlite...) and a new library started, with a
// notice that says where the old file went.
//
// Costs (100,000 articles, see tools/bench/bench_library): the first page of the table 4 ms,
// a search 15-30 ms (indexes on every sort column; of a common word only the newest
// RankedMatches matches are ranked), a look-up 20-30 ms (covering indexes on entity names and
// surnames); adding an article is one transaction with a row per entity, its mentions in it.
class Library
{
public:
    static constexpr int SchemaVersion = 3;
    static constexpr int RankedMatches = 10000;

    // Where the library lives by default: library.sqlite in the application's data directory.
    static QString defaultPath();

    // Opens (creating it and its folder if needed) the library at `path`.
    explicit Library(const QString &path);
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    QString path() const;
    bool isOpen() const;
    bool isReadOnly() const;
    // Why the library could not be opened at all (isOpen() false).
    QString error() const;
    // What the reader should know about how it was opened: a damaged file kept aside, a newer
    // version opened read-only. Empty when all was well.
    QString notice() const;
    // Where a damaged file was moved to, or empty.
    QString damagedCopy() const;

    // Adds an article with its entities, or updates the entry of the same source (its text,
    // metadata and entities; `added` and the reading position stay). Marks it read now when
    // `read` is set. Returns the article's id.
    LibraryResult<qint64> add(const Article &article, const EntityList &entities, bool read = true);
    // Adds many in one transaction (an import's batch, the benchmark's): all or none.
    LibraryResult<int> addAll(const QList<std::pair<Article, EntityList>> &articles,
                              bool read = false);
    LibraryResult<int> addAll(const QList<LibraryRecord> &records, bool read = false);
    // The rows add() writes for an article and its entities: safe to call on any thread.
    static LibraryRecord record(const Article &article, const EntityList &entities);

    // Removes articles with their entities; what was removed can be restored.
    LibraryResult<LibraryRemoved> remove(const QList<qint64> &ids);
    LibraryResult<int> restore(const LibraryRemoved &removed);

    // The reader left `source` at `position` (UTF-16 index); also marks it read now.
    LibraryResult<bool> setPosition(const QString &source, qsizetype position);

    std::optional<LibraryEntry> entry(qint64 id) const;
    std::optional<LibraryEntry> entryForSource(const QString &source) const;
    // The stored text, title and metadata of an article (for opening one whose file is gone).
    std::optional<Article> article(qint64 id) const;
    // The entities stored for an article, with their mentions.
    std::optional<EntityList> entities(qint64 id) const;

    LibraryResult<int> count() const;
    // A number that changes whenever another connection (a window, an import, another instance)
    // commits to the file, this one's own writes aside (PRAGMA data_version): what a window
    // polls to learn that its table is out of date. Costs no read of the file's pages.
    LibraryResult<qint64> changeCount() const;
    LibraryResult<QList<LibraryEntry>> list(const LibraryListQuery &query) const;
    LibraryResult<int> countMatching(const QString &filter) const;
    // Full-text search over titles, sites and text: each word must occur (the last one as a
    // word's start, for typing), best matches first, at most `limit`. Of a query that matches
    // more than `ranked` articles, the most recently added `ranked` are ranked.
    LibraryResult<QList<LibrarySearchHit>> search(const QString &query, int limit = 50,
                                                  int ranked = RankedMatches) const;
    // The articles that mention `name` (by name, or by surname to full name and back, as within
    // one article), with the entities that appear most alongside it. `type` restricts the kind.
    LibraryResult<LibraryLookup> lookup(const QString &name,
                                        std::optional<EntityType> type = std::nullopt,
                                        int limit = 500) const;
    // The entities of the whole library, most articles first; `filter` matches a name's start.
    LibraryResult<QList<LibraryEntity>> entityIndex(const QString &filter = {},
                                                    int limit = 500) const;

    // The source an article is kept by: its path or address; a pasted or standard-input article,
    // which has no place of its own, by its text ("clipboard:" and a hash).
    static QString sourceKey(const Article &article);
    // The key a name is matched by across articles: case folded, spaces simplified.
    static QString nameKey(QStringView name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
