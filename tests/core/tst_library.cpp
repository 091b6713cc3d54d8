// The library on real SQLite in a temporary folder: adding, updating, removing and restoring,
// full-text search, entities across articles, the migration from version 1, a damaged file kept
// aside, a newer file opened read-only, two connections writing, the worker thread, an import
// cancelled and one killed at random points.
#include "core/document/articleloader.h"
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"
#include "core/library/library.h"
#include "core/library/libraryimport.h"
#include "core/library/libraryworker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <thread>

class TestLibrary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void anArticleIsKeptWithItsEntities();
    void addingTheSameSourceAgainUpdatesIt();
    void pastedArticlesAreKeptByTheirText();
    void aRemovedArticleIsRestored();
    void thePositionIsKept();
    void searchFindsWordsAndMarksThem();
    void searchReadsWhatTheReaderTypes_data();
    void searchReadsWhatTheReaderTypes();
    void theTableSortsAndFilters();
    void anEntityIsFoundAcrossArticlesBySurname();
    void companionsCountTheArticlesShared();
    void aVersion1LibraryIsMigrated();
    void aVersion2LibraryIsMigrated();
    void aCommonWordRanksTheNewestMatches();
    void aDamagedFileIsKeptAsideAndANewLibraryStarts_data();
    void aDamagedFileIsKeptAsideAndANewLibraryStarts();
    void aNewerLibraryOpensReadOnly();
    void twoConnectionsWriteOneAtATime();
    void theWorkerAnswersOnTheCallersThread();
    void anImportCancelledKeepsWhatWasCommitted();
    void anImportKeepsTheReadersCorrections();
    void anImportKilledAtRandomPointsLosesNothingCommitted();

private:
    Article article(const QString &source, const QString &text, const QString &title = {}) const;
    EntityList extract(const Article &a) const
    {
        return EntityExtractor(m_knowledge).extract(a.text);
    }
    QString writeArticles(int count);
    // Runs statements on the file at m_path through a connection of the test's own (as an
    // older version wrote it); the first error, or empty.
    QString execOnFile(std::initializer_list<const char *> statements) const;
    // The values of one column of a query on the file at m_path.
    QVariantList valuesOnFile(const QString &sql, int column) const;
    // The columns of an index of the library at m_path, and its schema version.
    QStringList indexColumns(const QString &index) const;
    int schemaVersion() const;

    std::shared_ptr<const Knowledge> m_knowledge;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestLibrary::initTestCase()
{
    m_knowledge = Knowledge::load();
}

void TestLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("library.sqlite"));
}

Article TestLibrary::article(const QString &source, const QString &text, const QString &title) const
{
    const LoadResult loaded = ArticleLoader::fromBytes(text.toUtf8(), source,
                                                       title.isEmpty() ? source : title);
    return loaded.ok() ? *loaded.article : Article();
}

QString TestLibrary::writeArticles(int count)
{
    const QString folder = m_dir->filePath(QStringLiteral("articles"));
    QDir().mkpath(folder);
    const QStringList people = {QStringLiteral("Angela Merkel"), QStringLiteral("Emmanuel Macron"),
                                QStringLiteral("Olaf Scholz")};
    for (int i = 0; i < count; ++i) {
        QFile f(QStringLiteral("%1/%2.txt").arg(folder).arg(i, 3, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        const QString &who = people[i % people.size()];
        f.write(QStringLiteral("Talks number %1\n\n%2 arrived in Berlin on Monday for talks. "
                               "%3 said the talks in Paris had gone well.\n")
                    .arg(i)
                    .arg(who, personSurname(who))
                    .toUtf8());
    }
    return folder;
}

QString TestLibrary::execOnFile(std::initializer_list<const char *> statements) const
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("direct"));
        db.setDatabaseName(m_path);
        if (!db.open())
            error = db.lastError().text();
        QSqlQuery q(db);
        for (const char *sql : statements) {
            if (error.isEmpty() && !q.exec(QString::fromLatin1(sql)))
                error = QStringLiteral("%1: %2").arg(QLatin1StringView(sql).left(60),
                                                     q.lastError().text());
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    return error;
}

QVariantList TestLibrary::valuesOnFile(const QString &sql, int column) const
{
    QVariantList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("direct"));
        db.setDatabaseName(m_path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next())
                values.append(q.value(column));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    return values;
}

QStringList TestLibrary::indexColumns(const QString &index) const
{
    QStringList columns;
    for (const QVariant &v : valuesOnFile(QStringLiteral("PRAGMA index_info(%1)").arg(index), 2))
        columns.append(v.toString());
    return columns;
}

int TestLibrary::schemaVersion() const
{
    const QVariantList version = valuesOnFile(QStringLiteral("PRAGMA user_version"), 0);
    return version.isEmpty() ? -1 : version.first().toInt();
}

void TestLibrary::anArticleIsKeptWithItsEntities()
{
    Library library(m_path);
    QVERIFY2(library.isOpen(), qPrintable(library.error()));
    QVERIFY(library.notice().isEmpty());
    const Article a = article(QStringLiteral("/news/a.txt"),
                              QStringLiteral("Angela Merkel met Emmanuel Macron in Berlin. Merkel "
                                             "said Berlin would help."));
    const auto added = library.add(a, extract(a));
    QVERIFY2(added.ok(), qPrintable(added.error));
    const auto entry = library.entry(*added.value);
    QVERIFY(entry);
    QCOMPARE(entry->source, QStringLiteral("/news/a.txt"));
    QCOMPARE(entry->people, 2);
    QCOMPARE(entry->places, 1);
    QVERIFY(entry->added.isValid());
    QVERIFY(entry->lastRead.isValid());
    const auto entities = library.entities(*added.value);
    QVERIFY(entities);
    const Entity *merkel = entities->findByName(u"Angela Merkel");
    QVERIFY(merkel);
    QCOMPARE(merkel->mentions.size(), 2); // "Merkel" alone is hers
    QCOMPARE(library.article(*added.value)->text, a.text);
    QCOMPARE(*library.count().value, 1);
}

void TestLibrary::addingTheSameSourceAgainUpdatesIt()
{
    Library library(m_path);
    const Article first = article(QStringLiteral("/news/a.txt"),
                                  QStringLiteral("Angela Merkel spoke in Berlin."));
    const qint64 id = *library.add(first, extract(first)).value;
    QVERIFY(library.setPosition(first.source, 12).ok());
    const QDateTime added = library.entry(id)->added;
    const Article second = article(QStringLiteral("/news/a.txt"),
                                   QStringLiteral("Olaf Scholz spoke in Hamburg and in Bremen."));
    QCOMPARE(*library.add(second, extract(second)).value, id);
    QCOMPARE(*library.count().value, 1);
    const auto entry = library.entry(id);
    QCOMPARE(entry->added, added); // when it was first kept
    QCOMPARE(entry->position, 12); // where the reader left off
    QCOMPARE(entry->places, 2);
    QVERIFY(!library.entities(id)->findByName(u"Angela Merkel"));
    QVERIFY(library.entities(id)->findByName(u"Olaf Scholz"));
    QVERIFY(library.search(QStringLiteral("Merkel")).value->isEmpty()); // the index follows
    QCOMPARE(library.search(QStringLiteral("Bremen")).value->size(), 1);
}

void TestLibrary::pastedArticlesAreKeptByTheirText()
{
    Library library(m_path);
    const Article a = article(QStringLiteral("clipboard"), QStringLiteral("One text."));
    const Article b = article(QStringLiteral("clipboard"), QStringLiteral("Another text."));
    const qint64 first = *library.add(a, extract(a)).value;
    QVERIFY(*library.add(b, extract(b)).value != first);
    QCOMPARE(*library.add(a, extract(a)).value, first);
    QCOMPARE(*library.count().value, 2);
    QVERIFY(library.entry(first)->source.startsWith(u"clipboard:"));
}

void TestLibrary::aRemovedArticleIsRestored()
{
    Library library(m_path);
    const Article a = article(QStringLiteral("/a.txt"),
                              QStringLiteral("Angela Merkel spoke in Berlin. Merkel left."));
    const Article b = article(QStringLiteral("/b.txt"),
                              QStringLiteral("Olaf Scholz was in Paris."));
    const qint64 ida = *library.add(a, extract(a)).value;
    library.add(b, extract(b));
    QVERIFY(library.setPosition(a.source, 30).ok());
    const auto removed = library.remove({ida});
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QCOMPARE(*library.count().value, 1);
    QVERIFY(library.lookup(QStringLiteral("Angela Merkel")).value->occurrences.isEmpty());
    QVERIFY(library.search(QStringLiteral("Merkel")).value->isEmpty());
    QCOMPARE(*library.restore(*removed.value).value, 1);
    QCOMPARE(*library.count().value, 2);
    const auto back = library.entryForSource(QStringLiteral("/a.txt"));
    QVERIFY(back);
    QCOMPARE(back->position, 30);
    QCOMPARE(back->people, 1);
    QCOMPARE(library.entities(back->id)->findByName(u"Angela Merkel")->mentions.size(), 2);
    QCOMPARE(library.lookup(QStringLiteral("Merkel")).value->occurrences.size(), 1);
    QCOMPARE(library.search(QStringLiteral("Merkel")).value->size(), 1);
}

void TestLibrary::thePositionIsKept()
{
    {
        Library library(m_path);
        const Article a = article(QStringLiteral("/a.txt"), QStringLiteral("Some text here."));
        library.add(a, extract(a), false);
        QVERIFY(!library.entryForSource(a.source)->lastRead.isValid());
        QVERIFY(*library.setPosition(a.source, 7).value);
        QVERIFY(!*library.setPosition(QStringLiteral("/none.txt"), 7).value);
    }
    Library again(m_path);
    QCOMPARE(again.entryForSource(QStringLiteral("/a.txt"))->position, 7);
    QVERIFY(again.entryForSource(QStringLiteral("/a.txt"))->lastRead.isValid());
}

void TestLibrary::searchFindsWordsAndMarksThem()
{
    Library library(m_path);
    const Article a = article(QStringLiteral("/a.txt"),
                              QStringLiteral("The ceasefire talks in Doha resumed on Monday."),
                              QStringLiteral("Talks resume"));
    const Article b = article(QStringLiteral("/b.txt"),
                              QStringLiteral("Flooding closed roads across the region."));
    library.add(a, extract(a));
    library.add(b, extract(b));
    const auto hits = library.search(QStringLiteral("ceasefire doha"));
    QVERIFY2(hits.ok(), qPrintable(hits.error));
    QCOMPARE(hits.value->size(), 1);
    const LibrarySearchHit &hit = hits.value->first();
    QCOMPARE(hit.entry.source, QStringLiteral("/a.txt"));
    QCOMPARE(hit.highlights.size(), 2);
    QCOMPARE(hit.snippet.mid(hit.highlights[0].start, hit.highlights[0].length()),
             QStringLiteral("ceasefire"));
    QCOMPARE(hit.snippet.mid(hit.highlights[1].start, hit.highlights[1].length()),
             QStringLiteral("Doha"));
    QVERIFY(!hit.snippet.contains(QChar(2)));
}

void TestLibrary::searchReadsWhatTheReaderTypes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("a word's start while typing") << QStringLiteral("cease") << 1;
    QTest::newRow("any case") << QStringLiteral("DOHA") << 1;
    QTest::newRow("FTS5 syntax is read as words") << QStringLiteral("\"doha\" (NOT*") << 0;
    QTest::newRow("quotes and brackets are no syntax") << QStringLiteral("\"doha\" (") << 1;
    QTest::newRow("a column filter is read as words") << QStringLiteral("text:doha") << 0;
    QTest::newRow("punctuation only finds nothing") << QStringLiteral("*:\"()") << 0;
    QTest::newRow("a word that is not there") << QStringLiteral("flooding doha") << 0;
}

void TestLibrary::searchReadsWhatTheReaderTypes()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    Library library(m_path);
    const Article a = article(QStringLiteral("/a.txt"),
                              QStringLiteral("The ceasefire talks in Doha resumed on Monday."));
    library.add(a, extract(a));
    const auto found = library.search(query);
    QVERIFY2(found.ok(), qPrintable(found.error));
    QCOMPARE(found.value->size(), hits);
}

void TestLibrary::theTableSortsAndFilters()
{
    Library library(m_path);
    const QStringList titles = {QStringLiteral("Budget vote"), QStringLiteral("Alpine rescue"),
                                QStringLiteral("Coastal storm")};
    for (const QString &t : titles) {
        const Article a = article(u'/' + t + QStringLiteral(".txt"),
                                  t + QStringLiteral("\n\nText."), t);
        QVERIFY(library.add(a, extract(a)).ok());
    }
    LibraryListQuery query;
    query.sort = LibraryListQuery::Sort::Title;
    query.descending = false;
    const auto rows = library.list(query);
    QVERIFY2(rows.ok(), qPrintable(rows.error));
    QCOMPARE(rows.value->size(), 3);
    QCOMPARE(rows.value->at(0).title, QStringLiteral("Alpine rescue"));
    QCOMPARE(rows.value->at(2).title, QStringLiteral("Coastal storm"));
    query.filter = QStringLiteral("sto");
    QCOMPARE(library.list(query).value->size(), 1);
    QCOMPARE(*library.countMatching(query.filter).value, 1);
    query.filter.clear();
    query.limit = 2;
    query.offset = 2;
    QCOMPARE(library.list(query).value->size(), 1);
}

void TestLibrary::anEntityIsFoundAcrossArticlesBySurname()
{
    Library library(m_path);
    const Article a = article(QStringLiteral("/a.txt"),
                              QStringLiteral("Angela Merkel arrived in Berlin. Merkel said the "
                                             "talks went well."));
    const Article b = article(QStringLiteral("/b.txt"),
                              QStringLiteral(
                                  "Critics in Munich said Chancellor Merkel was wrong."));
    const Article c = article(QStringLiteral("/c.txt"),
                              QStringLiteral("Olaf Scholz visited Hamburg."));
    library.add(a, extract(a));
    library.add(b, extract(b));
    library.add(c, extract(c));
    for (const QString &name :
         {QStringLiteral("Angela Merkel"), QStringLiteral("merkel"), QStringLiteral("MERKEL")}) {
        const auto found = library.lookup(name);
        QVERIFY2(found.ok(), qPrintable(found.error));
        QCOMPARE(found.value->occurrences.size(), 2);
        const LibraryOccurrence &top = found.value->occurrences.first();
        QCOMPARE(top.entry.source, QStringLiteral("/a.txt")); // most mentions first
        QCOMPARE(top.mentions, 2);
        QCOMPARE(top.firstSentence, QStringLiteral("Angela Merkel arrived in Berlin."));
    }
    QVERIFY(library.lookup(QStringLiteral("Scholz")).value->occurrences.size() == 1);
    QVERIFY(
        library.lookup(QStringLiteral("Merkel"), EntityType::Place).value->occurrences.isEmpty());
    QVERIFY(library.lookup(QStringLiteral("Nobody")).value->occurrences.isEmpty());
    // A different person of the same surname is not the same full name.
    QVERIFY(library.lookup(QStringLiteral("Horst Merkel")).value->occurrences.size() == 1);
}

void TestLibrary::companionsCountTheArticlesShared()
{
    Library library(m_path);
    const QStringList texts = {
        QStringLiteral("Angela Merkel met Olaf Scholz in Berlin."),
        QStringLiteral("Angela Merkel and Olaf Scholz spoke. Scholz left."),
        QStringLiteral("Angela Merkel flew to Paris."),
        QStringLiteral("Olaf Scholz flew to Paris."),
    };
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const Article a = article(QStringLiteral("/%1.txt").arg(i), texts[i]);
        library.add(a, extract(a));
    }
    const auto found = library.lookup(QStringLiteral("Merkel"));
    QCOMPARE(found.value->occurrences.size(), 3);
    QVERIFY(!found.value->companions.isEmpty());
    const LibraryCompanion &first = found.value->companions.first();
    QCOMPARE(first.name, QStringLiteral("Olaf Scholz"));
    QCOMPARE(first.articles, 2);
    QCOMPARE(first.mentions, 3);
    for (const auto &companion : found.value->companions)
        QVERIFY(companion.name != u"Angela Merkel");
    const auto index = library.entityIndex(QStringLiteral("ol"));
    QCOMPARE(index.value->size(), 1);
    QCOMPARE(index.value->first().articles, 3);
}

void TestLibrary::aVersion1LibraryIsMigrated()
{
    // Version 1, as it was written.
    const QString written = execOnFile(
        {"CREATE TABLE articles (id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, "
         "title TEXT NOT NULL DEFAULT '', byline TEXT NOT NULL DEFAULT '', site TEXT NOT "
         "NULL DEFAULT '', published TEXT NOT NULL DEFAULT '', added INTEGER NOT NULL, "
         "last_read INTEGER, position INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL "
         "DEFAULT '')",
         "CREATE TABLE entities (id INTEGER PRIMARY KEY, article INTEGER NOT NULL "
         "REFERENCES articles(id) ON DELETE CASCADE, name TEXT NOT NULL, kind TEXT NOT "
         "NULL, mentions INTEGER NOT NULL, first_sentence TEXT NOT NULL DEFAULT '')",
         "CREATE TABLE mentions (entity INTEGER NOT NULL REFERENCES entities(id) ON "
         "DELETE CASCADE, start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY "
         "(entity, start)) WITHOUT ROWID",
         "INSERT INTO articles (id, source, title, added, position, text) VALUES (1, "
         "'/old.txt', 'Old news', 1000, 5, 'Angela Merkel visited Rome.')",
         "INSERT INTO entities VALUES (1, 1, 'Angela Merkel', 'person', 1, 'Angela "
         "Merkel visited Rome.')",
         "INSERT INTO entities VALUES (2, 1, 'Rome', 'place', 1, 'Angela Merkel visited "
         "Rome.')",
         "INSERT INTO mentions VALUES (1, 0, 13)", "INSERT INTO mentions VALUES (2, 22, 26)",
         "PRAGMA user_version = 1"});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    Library library(m_path);
    QVERIFY2(library.isOpen(), qPrintable(library.error()));
    QVERIFY(!library.isReadOnly());
    const auto entry = library.entryForSource(QStringLiteral("/old.txt"));
    QVERIFY(entry);
    QCOMPARE(entry->position, 5);
    QCOMPARE(entry->people, 1);
    QCOMPARE(entry->places, 1);
    QCOMPARE(library.search(QStringLiteral("rome")).value->size(), 1);
    QCOMPARE(library.lookup(QStringLiteral("Merkel")).value->occurrences.size(), 1);
    QCOMPARE(library.entities(1)->findByName(u"Rome")->mentions, (QList<Mention>{{22, 26}}));
    const Article a = article(QStringLiteral("/new.txt"),
                              QStringLiteral("In Rome, Chancellor Merkel left early."));
    QVERIFY(library.add(a, extract(a)).ok());
    QCOMPARE(library.lookup(QStringLiteral("Angela Merkel")).value->occurrences.size(), 2);
    QCOMPARE(schemaVersion(), Library::SchemaVersion);
    QCOMPARE(indexColumns(QStringLiteral("entities_key")),
             QStringList({u"key"_qs, u"kind"_qs, u"mentions"_qs, u"article"_qs}));
}

void TestLibrary::aVersion2LibraryIsMigrated()
{
    // Version 2, as it was written: mentions in a table of their own.
    const QString written = execOnFile(
        {"CREATE TABLE articles (id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE, "
         "title TEXT NOT NULL DEFAULT '', byline TEXT NOT NULL DEFAULT '', site TEXT NOT "
         "NULL DEFAULT '', published TEXT NOT NULL DEFAULT '', added INTEGER NOT NULL, "
         "last_read INTEGER, position INTEGER NOT NULL DEFAULT 0, people INTEGER NOT "
         "NULL DEFAULT 0, places INTEGER NOT NULL DEFAULT 0, organizations INTEGER NOT "
         "NULL DEFAULT 0, text TEXT NOT NULL DEFAULT '')",
         "CREATE TABLE entities (id INTEGER PRIMARY KEY, article INTEGER NOT NULL "
         "REFERENCES articles(id) ON DELETE CASCADE, name TEXT NOT NULL, key TEXT NOT "
         "NULL, surname TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, mentions INTEGER "
         "NOT NULL, first_sentence TEXT NOT NULL DEFAULT '')",
         "CREATE TABLE mentions (entity INTEGER NOT NULL REFERENCES entities(id) ON "
         "DELETE CASCADE, start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY "
         "(entity, start)) WITHOUT ROWID",
         "INSERT INTO articles (id, source, title, added, position, people, places, "
         "text) VALUES (1, '/old.txt', 'Old news', 1000, 5, 1, 1, 'Angela Merkel "
         "visited Rome. Merkel spoke first.')",
         "INSERT INTO entities VALUES (1, 1, 'Angela Merkel', 'angela merkel', 'merkel', "
         "'person', 2, 'Angela Merkel visited Rome.')",
         "INSERT INTO entities VALUES (2, 1, 'Rome', 'rome', '', 'place', 1, 'Angela "
         "Merkel visited Rome.')",
         "INSERT INTO mentions VALUES (1, 28, 34)", "INSERT INTO mentions VALUES (1, 0, 13)",
         "INSERT INTO mentions VALUES (2, 22, 26)",
         "CREATE INDEX entities_article ON entities(article)",
         "CREATE INDEX entities_key ON entities(key, kind)",
         "CREATE INDEX entities_surname ON entities(surname)",
         "CREATE VIRTUAL TABLE articles_fts USING fts5(title, site, text, "
         "content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics "
         "2')",
         "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
         "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO "
         "articles_fts(rowid, title, site, text) VALUES (new.id, new.title, new.site, "
         "new.text); END",
         "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN INSERT INTO "
         "articles_fts(articles_fts, rowid, title, site, text) VALUES ('delete', old.id, "
         "old.title, old.site, old.text); END",
         "PRAGMA user_version = 2"});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    {
        Library library(m_path);
        QVERIFY2(library.isOpen(), qPrintable(library.error()));
        QVERIFY(!library.isReadOnly());
        const auto found = library.lookup(QStringLiteral("Merkel"));
        QCOMPARE(found.value->occurrences.size(), 1);
        QCOMPARE(found.value->occurrences.first().mentions, 2);
        QCOMPARE(found.value->companions.size(), 1);
        // The mentions moved into their entities, in order.
        const auto entities = library.entities(1);
        QVERIFY(entities);
        const Entity *merkel = entities->findByName(u"Angela Merkel");
        QVERIFY(merkel);
        QCOMPARE(merkel->mentions, (QList<Mention>{{0, 13}, {28, 34}}));
        QCOMPARE(entities->findByName(u"Rome")->mentions, (QList<Mention>{{22, 26}}));
        QCOMPARE(library.search(QStringLiteral("rome")).value->size(), 1);
        // Removed and restored, as in version 3.
        const auto removed = library.remove({1});
        QVERIFY(removed.ok());
        QCOMPARE(*library.count().value, 0);
        QVERIFY(library.restore(*removed.value).ok());
        const auto entry = library.entryForSource(QStringLiteral("/old.txt"));
        QVERIFY(entry);
        QCOMPARE(library.entities(entry->id)->findByName(u"Angela Merkel")->mentions,
                 (QList<Mention>{{0, 13}, {28, 34}}));
    }
    QCOMPARE(schemaVersion(), 3);
    QCOMPARE(indexColumns(QStringLiteral("entities_key")),
             QStringList({u"key"_qs, u"kind"_qs, u"mentions"_qs, u"article"_qs}));
    QCOMPARE(indexColumns(QStringLiteral("entities_surname")),
             QStringList({u"surname"_qs, u"kind"_qs, u"mentions"_qs, u"article"_qs}));
    QCOMPARE(indexColumns(QStringLiteral("entities_article")),
             QStringList({u"article"_qs, u"kind"_qs, u"key"_qs, u"mentions"_qs, u"name"_qs}));
}

void TestLibrary::aCommonWordRanksTheNewestMatches()
{
    Library library(m_path);
    // The oldest article is the best match (the word three times in a short text).
    const Article best = article(QStringLiteral("/best.txt"),
                                 QStringLiteral("Floods, floods and more floods."));
    QVERIFY(library.add(best, extract(best)).ok());
    for (int i = 0; i < 4; ++i) {
        const Article a = article(QStringLiteral("/later-%1.txt").arg(i),
                                  QStringLiteral("Roads across the region were closed on day %1 "
                                                 "by floods that the weather service had not "
                                                 "foreseen, officials said.")
                                      .arg(i));
        QVERIFY(library.add(a, extract(a)).ok());
    }
    const auto all = library.search(QStringLiteral("floods"));
    QCOMPARE(all.value->size(), 5);
    QCOMPARE(all.value->first().entry.source, QStringLiteral("/best.txt"));
    // Ranking only the newest three: the best one is beyond them, the newest come first.
    const auto newest = library.search(QStringLiteral("floods"), 50, 3);
    QCOMPARE(newest.value->size(), 3);
    for (const LibrarySearchHit &hit : *newest.value)
        QVERIFY2(hit.entry.source.startsWith(u"/later-"), qPrintable(hit.entry.source));
    QVERIFY(library.search(QStringLiteral("floods"), 50, 1000).value->first().entry.source
            == QStringLiteral("/best.txt"));
}

void TestLibrary::aDamagedFileIsKeptAsideAndANewLibraryStarts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not a database") << QByteArray("this is a text file, not a library\n");
    QByteArray header("SQLite format 3");
    header.append('\0');
    header.append(QByteArray(200, '\xff'));
    QTest::newRow("a database header over garbage") << header;
}

void TestLibrary::aDamagedFileIsKeptAsideAndANewLibraryStarts()
{
    QFETCH(QByteArray, bytes);
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    // A copy kept aside earlier is not overwritten: the next free name is taken.
    const QString earlier = m_dir->filePath(QStringLiteral("library.damaged.sqlite"));
    {
        QFile f(earlier);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("earlier");
    }
    Library library(m_path);
    QVERIFY2(library.isOpen(), qPrintable(library.error()));
    QCOMPARE(library.damagedCopy(), m_dir->filePath(QStringLiteral("library.damaged-2.sqlite")));
    QVERIFY(library.notice().contains(u"damaged"));
    QVERIFY(library.notice().contains(u"library.damaged-2.sqlite"));
    QFile kept(library.damagedCopy());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), bytes);
    QFile first(earlier);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(first.readAll(), QByteArray("earlier"));
    const Article a = article(QStringLiteral("/a.txt"), QStringLiteral("Text."));
    QVERIFY(library.add(a, extract(a)).ok());
}

void TestLibrary::aNewerLibraryOpensReadOnly()
{
    {
        Library library(m_path);
        const Article a = article(QStringLiteral("/a.txt"), QStringLiteral("Rome again."));
        library.add(a, extract(a));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("newer"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 9")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    Library library(m_path);
    QVERIFY(library.isOpen());
    QVERIFY(library.isReadOnly());
    QVERIFY(library.notice().contains(u"newer"));
    QVERIFY(library.notice().contains(u"read-only"));
    QCOMPARE(library.search(QStringLiteral("rome")).value->size(), 1);
    const Article b = article(QStringLiteral("/b.txt"), QStringLiteral("Text."));
    const auto added = library.add(b, extract(b));
    QVERIFY(!added.ok());
    QVERIFY(added.error.contains(u"read-only"));
    QVERIFY(!added.error.contains(u"locked"));
}

void TestLibrary::twoConnectionsWriteOneAtATime()
{
    Library first(m_path);
    QVERIFY(first.isOpen());
    // Another connection (another window, another instance) holds the write lock for a while.
    std::atomic<bool> holding{false};
    std::thread other([this, &holding] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("other"));
            db.setDatabaseName(m_path);
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            q.exec(QStringLiteral("INSERT INTO articles (source, added, text) VALUES "
                                  "('/other.txt', 1, 'Written by the other one.')"));
            holding = true;
            QThread::msleep(700);
            q.exec(QStringLiteral("COMMIT"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    });
    QTRY_VERIFY(holding.load());
    const Article a = article(QStringLiteral("/a.txt"), QStringLiteral("Angela Merkel in Rome."));
    const auto added = first.add(a, extract(a)); // waits for the other writer
    other.join();
    QVERIFY2(added.ok(), qPrintable(added.error));
    QCOMPARE(*first.count().value, 2);
    // Many writers at once, each through a Library of its own: every article arrives.
    std::vector<std::thread> writers;
    std::atomic<int> failures{0};
    for (int w = 0; w < 4; ++w) {
        writers.emplace_back([this, w, &failures] {
            Library library(m_path);
            for (int i = 0; i < 10; ++i) {
                const Article a = article(QStringLiteral("/w%1-%2.txt").arg(w).arg(i),
                                          QStringLiteral("Olaf Scholz in Berlin."));
                if (!library.add(a, extract(a)).ok())
                    ++failures;
            }
        });
    }
    for (auto &t : writers)
        t.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(*first.count().value, 42);
}

void TestLibrary::theWorkerAnswersOnTheCallersThread()
{
    LibraryWorker worker(m_path);
    QSignalSpy opened(&worker, &LibraryWorker::opened);
    QVERIFY(opened.wait(5000) || opened.size() == 1);
    QCOMPARE(opened.first().at(1).toString(), QString());
    const Article a = article(QStringLiteral("/a.txt"), QStringLiteral("Angela Merkel in Rome."));
    const EntityList entities = extract(a);
    QThread *answeredOn = nullptr;
    int count = -1;
    QObject context;
    worker.run(
        &context, [a, entities](Library &l) { return l.add(a, entities); },
        [&](const LibraryResult<qint64> &) {});
    worker.run(
        &context, [](Library &l) { return *l.count().value; },
        [&](int n) {
            count = n;
            answeredOn = QThread::currentThread();
        });
    QTRY_COMPARE(count, 1);
    QCOMPARE(answeredOn, QThread::currentThread());
    // A result for an object that is gone is dropped.
    bool called = false;
    {
        QObject gone;
        worker.run(
            &gone, [](Library &l) { return *l.count().value; }, [&](int) { called = true; });
    }
    QTest::qWait(100);
    QVERIFY(!called);
}

void TestLibrary::anImportCancelledKeepsWhatWasCommitted()
{
    const QString folder = writeArticles(3 * LibraryImport::BatchSize);
    QCOMPARE(LibraryImport::filesIn(folder).size(), 3 * LibraryImport::BatchSize);
    Library library(m_path);
    int calls = 0;
    const auto summary = LibraryImport::run(library, LibraryImport::filesIn(folder), m_knowledge,
                                            Corrections::Place::DataDirectory,
                                            [&](int done, int total) {
                                                ++calls;
                                                Q_UNUSED(done);
                                                Q_UNUSED(total);
                                                return calls < 2; // cancel after the second batch
                                            });
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.added, 2 * LibraryImport::BatchSize);
    QCOMPARE(*library.count().value, 2 * LibraryImport::BatchSize);

    // In the background, with progress.
    LibraryImport import(m_path);
    QSignalSpy progress(&import, &LibraryImport::progress);
    QSignalSpy finished(&import, &LibraryImport::finished);
    import.start(LibraryImport::filesIn(folder));
    QVERIFY(finished.wait(30000));
    const auto done = finished.first().first().value<LibraryImport::Summary>();
    QCOMPARE(done.added, 3 * LibraryImport::BatchSize);
    QVERIFY(!done.cancelled);
    QCOMPARE(progress.last().at(0).toInt(), 3 * LibraryImport::BatchSize);
    QCOMPARE(*library.count().value, 3 * LibraryImport::BatchSize); // the same sources updated
    QCOMPARE(library.lookup(QStringLiteral("Merkel")).value->occurrences.size(),
             LibraryImport::BatchSize);
}

void TestLibrary::anImportKeepsTheReadersCorrections()
{
    QStandardPaths::setTestModeEnabled(true); // corrections in the tests' data directory
    const QString folder = m_dir->filePath(QStringLiteral("corrected"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("talks.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // A text of its own, so that no other run's corrections are found by it.
        f.write(QStringLiteral("Talks in Geneva\n\nAngela Merkel met Olaf Scholz in Geneva (%1). "
                               "Merkel spoke first.\n")
                    .arg(QUuid::createUuid().toString())
                    .toUtf8());
    }
    // The reader renamed Merkel and hid Geneva in the window.
    const LoadResult loaded = ArticleLoader::loadFile(file);
    QVERIFY(loaded.ok());
    const EntityList extracted = extract(*loaded.article);
    const Entity *merkel = extracted.findByName(u"Angela Merkel");
    const Entity *geneva = extracted.findByName(u"Geneva");
    QVERIFY(merkel && geneva);
    CorrectedEntities found = Corrections::stored(loaded.article->text, loaded.article->source,
                                                  file, extracted);
    found.corrections.append(Correction::rename(merkel->id, QStringLiteral("Chancellor Merkel")));
    found.corrections.append(Correction::hide(geneva->id));
    QVERIFY(found.corrections.save(found.location.writePath));
    Corrections::remember(found.location, found.corrections.sha256());

    Library library(m_path);
    const auto summary = LibraryImport::run(library, {file}, m_knowledge);
    QCOMPARE(summary.added, 1);
    const auto entry = library.entryForSource(QFileInfo(file).absoluteFilePath());
    QVERIFY(entry);
    const auto kept = library.entities(entry->id);
    QVERIFY(kept);
    QVERIFY(kept->findByName(u"Chancellor Merkel"));
    QVERIFY(!kept->findByName(u"Angela Merkel"));
    QVERIFY(!kept->findByName(u"Geneva"));
    QCOMPARE(entry->places, 0);
    QCOMPARE(library.lookup(QStringLiteral("Chancellor Merkel")).value->occurrences.size(), 1);
}

void TestLibrary::anImportKilledAtRandomPointsLosesNothingCommitted()
{
    const int files = 8 * LibraryImport::BatchSize;
    const QString folder = writeArticles(files);
    QRandomGenerator random(18);
    int previous = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(ARTICLE_READER_BIN));
        child.setArguments(
            {QStringLiteral("--library"), m_path, QStringLiteral("--library-add"), folder});
        child.start();
        QVERIFY(child.waitForStarted());
        QThread::msleep(50 + random.bounded(600));
        child.kill();
        child.waitForFinished();
        Library library(m_path);
        QVERIFY2(library.isOpen(), qPrintable(library.error()));
        QVERIFY(library.notice().isEmpty());
        const int count = *library.count().value;
        QVERIFY(count >= previous); // nothing committed is lost
        QVERIFY(count % LibraryImport::BatchSize == 0 || count == files); // whole batches only
        previous = count;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("check"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            // Every article kept has its entities: no half-written one.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM articles a WHERE a.people != "
                                          "(SELECT count(*) FROM entities e WHERE e.article = "
                                          "a.id AND e.kind = 'person')"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
    // And once to the end: every file is in.
    QProcess child;
    child.start(QStringLiteral(ARTICLE_READER_BIN),
                {QStringLiteral("--library"), m_path, QStringLiteral("--library-add"), folder});
    QVERIFY(child.waitForFinished(120000));
    QCOMPARE(child.exitCode(), 0);
    Library library(m_path);
    QCOMPARE(*library.count().value, files);
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
