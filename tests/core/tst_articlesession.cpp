// One open article without a window: extraction on the worker, corrections applied, saved, read
// back, undone and reset, a damaged file kept aside, and a late result for an older article
// dropped.
#include "core/document/articleloader.h"
#include "core/extraction/knowledge.h"
#include "core/session/articlesession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestArticleSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void openingExtractsOnTheWorker();
    void aCorrectionIsAppliedSavedAndReadBack();
    void undoingEveryCorrectionLeavesNoFile();
    void resetReplacesEveryCorrection();
    void aDamagedFileWarnsAndIsKeptAsideAtTheFirstCorrection();
    void aResultForAnOlderArticleIsDropped();
    void theCommandLineEntryGivesWhatTheSessionShows();
    void nothingButAddingCanBeCorrectedBeforeTheExtraction();
    void twoWritersKeepEachOthersCorrections();
    void standardInputArticlesDoNotShareCorrections();
    void aRenamedFileFindsItsCorrectionsByItsText();
    void anOlderFileBesideTheArticleMovesToTheDataDirectory();
    void theSettingMovesTheOpenArticlesCorrections();
    void anEditedFileKeepsCorrectionsPlacedByTheirNeighbourhood();

private:
    Article load() const;
    bool waitForEntities(ArticleSession &session) const;

    std::shared_ptr<const Knowledge> m_knowledge;
    QTemporaryDir m_dir;
    QString m_path;
};

void TestArticleSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Each run starts as a new user would: what an earlier run kept in the (test-mode) data
    // directory, the corrections of standard-input articles say, would be read again.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(data.contains(u".qttest"));
    QDir(data).removeRecursively();
    m_knowledge = Knowledge::load();
    QVERIFY(m_dir.isValid());
}

void TestArticleSession::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".txt"_qs);
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("President Vladimir Putin met officials in Moscow.\n"
            "Putin said the Kremlin agreed. The Taoiseach spoke in Dublin.\n");
}

Article TestArticleSession::load() const
{
    const LoadResult loaded = ArticleLoader::loadFile(m_path);
    return loaded.ok() ? *loaded.article : Article();
}

bool TestArticleSession::waitForEntities(ArticleSession &session) const
{
    return QTest::qWaitFor([&session] { return !session.isExtracting(); }, 10000);
}

void TestArticleSession::openingExtractsOnTheWorker()
{
    ArticleSession session(m_knowledge);
    QSignalSpy started(&session, &ArticleSession::extractionStarted);
    QSignalSpy changed(&session, &ArticleSession::entitiesChanged);
    session.open(load(), m_path);
    QCOMPARE(started.size(), 1);
    QVERIFY(session.isExtracting());
    QVERIFY(session.entities().isEmpty()); // the text first, the entities when they are found
    QVERIFY(waitForEntities(session));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<ArticleSession::Change>(),
             ArticleSession::Change::Extracted);
    QVERIFY(session.entities().findByName(u"Vladimir Putin"));
    QCOMPARE(session.entities().findByName(u"Vladimir Putin")->mentions.size(), 2);
    // Kept in the data directory, not beside the reader's file.
    QVERIFY(session.correctionsPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/corrections/"_qs));
    QVERIFY(session.corrections().isEmpty());
}

void TestArticleSession::aCorrectionIsAppliedSavedAndReadBack()
{
    QString id;
    QString path;
    {
        ArticleSession session(m_knowledge);
        session.open(load(), m_path);
        QVERIFY(waitForEntities(session));
        path = session.correctionsPath();
        id = session.entities().findByName(u"Vladimir Putin")->id;
        QSignalSpy changed(&session, &ArticleSession::entitiesChanged);
        session.applyCorrection(Correction::rename(id, u"V. V. Putin"_qs));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<ArticleSession::Change>(),
                 ArticleSession::Change::Corrected);
        QCOMPARE(changed.first().at(1).toString(), id); // the reader keeps looking at it
        QCOMPARE(session.entities().find(id)->name, u"V. V. Putin"_qs);
        QCOMPARE(session.extracted().find(id)->name, u"Vladimir Putin"_qs);
    }
    QVERIFY(!QFile::exists(m_path + u".entities.json"_qs)); // nothing beside the article
    QFile stored(path);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QJsonArray ops
        = QJsonDocument::fromJson(stored.readAll()).object().value(u"corrections").toArray();
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().toObject().value(u"name").toString(), u"V. V. Putin"_qs);

    // The next time, the corrected list comes with the article.
    ArticleSession again(m_knowledge);
    again.open(load(), m_path);
    QVERIFY(waitForEntities(again));
    QCOMPARE(again.corrections().size(), 1);
    QCOMPARE(again.entities().find(id)->name, u"V. V. Putin"_qs);
}

void TestArticleSession::undoingEveryCorrectionLeavesNoFile()
{
    ArticleSession session(m_knowledge);
    session.open(load(), m_path);
    QVERIFY(waitForEntities(session));
    const QString id = session.entities().findByName(u"Kremlin")->id;
    session.applyCorrection(Correction::hide(id));
    QVERIFY(session.entities().find(id)->hidden);
    QVERIFY(QFile::exists(session.correctionsPath()));
    QSignalSpy changed(&session, &ArticleSession::entitiesChanged);
    session.revertCorrection(Correction::hide(id));
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().at(1).toString().isEmpty());
    QVERIFY(!session.entities().find(id)->hidden);
    QVERIFY(!QFile::exists(session.correctionsPath()));
}

void TestArticleSession::resetReplacesEveryCorrection()
{
    ArticleSession session(m_knowledge);
    session.open(load(), m_path);
    QVERIFY(waitForEntities(session));
    const QString kremlin = session.entities().findByName(u"Kremlin")->id;
    const QString dublin = session.entities().findByName(u"Dublin")->id;
    session.applyCorrection(Correction::hide(kremlin));
    session.applyCorrection(Correction::changeType(dublin, EntityType::Person));
    const QList<Correction> before = session.corrections().operations();
    session.setCorrections({});
    QVERIFY(session.corrections().isEmpty());
    QVERIFY(!session.entities().find(kremlin)->hidden);
    QCOMPARE(session.entities().find(dublin)->type, EntityType::Place);
    session.setCorrections(before);
    QVERIFY(session.entities().find(kremlin)->hidden);
    QCOMPARE(session.entities().find(dublin)->type, EntityType::Person);
}

void TestArticleSession::aDamagedFileWarnsAndIsKeptAsideAtTheFirstCorrection()
{
    const QString stored = m_path + u".entities.json"_qs;
    QFile f(stored);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 1, \"corrections\": [");
    f.close();
    ArticleSession session(m_knowledge);
    QSignalSpy warnings(&session, &ArticleSession::correctionsWarning);
    QSignalSpy changed(&session, &ArticleSession::entitiesChanged);
    session.open(load(), m_path);
    QVERIFY(waitForEntities(session));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().at(0).toString().contains(u"damaged"),
             qPrintable(warnings.first().at(0).toString()));
    QCOMPARE(changed.size(), 1); // the warning first, then the extracted list
    QVERIFY(session.entities().findByName(u"Kremlin"));
    QVERIFY(QFile::exists(stored)); // untouched until the reader corrects something
    QVERIFY(!QFile::exists(stored + u".damaged"_qs));

    session.applyCorrection(Correction::hide(session.entities().findByName(u"Kremlin")->id));
    QVERIFY(QFile::exists(stored + u".damaged"_qs));
    QFile kept(stored + u".damaged"_qs);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("{\"version\": 1, \"corrections\": ["));
    // The file beside the article (an older version's place) was read; the new one is kept in
    // the data directory.
    QVERIFY(!QFile::exists(stored));
    QCOMPARE(Corrections::load(session.correctionsPath(), {}).corrections.size(), 1);
}

void TestArticleSession::aResultForAnOlderArticleIsDropped()
{
    ArticleSession session(m_knowledge);
    QSignalSpy changed(&session, &ArticleSession::entitiesChanged);
    Article first = load();
    Article second = first;
    second.text = u"Angela Merkel visited Paris."_qs;
    second.source = u"stdin"_qs;
    session.open(first, m_path);
    session.open(second);
    QVERIFY(waitForEntities(session));
    QTest::qWait(50); // the first task's end, if it were delivered, would come now
    QCOMPARE(changed.size(), 1);
    QVERIFY(session.entities().findByName(u"Angela Merkel"));
    QVERIFY(!session.entities().findByName(u"Vladimir Putin"));
    QCOMPARE(session.article().text, second.text);
}

void TestArticleSession::theCommandLineEntryGivesWhatTheSessionShows()
{
    {
        ArticleSession session(m_knowledge);
        session.open(load(), m_path);
        QVERIFY(waitForEntities(session));
        session.applyCorrection(Correction::hide(session.entities().findByName(u"Kremlin")->id));
    }
    const ArticleSession::Extraction found = ArticleSession::extract(load(), m_path, m_knowledge);
    QVERIFY(found.warning.isEmpty());
    QCOMPARE(found.corrections.size(), 1);
    QVERIFY(found.entities.findByName(u"Kremlin")->hidden);
    QVERIFY(!found.extracted.findByName(u"Kremlin")->hidden);
    QCOMPARE(found.skipped, 0);
}

void TestArticleSession::nothingButAddingCanBeCorrectedBeforeTheExtraction()
{
    ArticleSession session(m_knowledge);
    session.open(load(), m_path);
    // While names are found, the corrections on disk are not read yet: nothing is corrected.
    QVERIFY(!session.canCorrect(Correction::hide(u"place:Kremlin"_qs)));
    QVERIFY(!session.canCorrect(Correction::addEntity(u"Kremlin"_qs, EntityType::Place)));
    QVERIFY(waitForEntities(session));
    QVERIFY(session.canCorrect(Correction::hide(u"place:Kremlin"_qs)));
    // An article without names can still be given one.
    Article nameless = load();
    nameless.text = u"it rained all day."_qs;
    nameless.source = u"stdin"_qs;
    session.open(nameless);
    QVERIFY(waitForEntities(session));
    QVERIFY(session.entities().isEmpty());
    QVERIFY(!session.canCorrect(Correction::hide(u"place:Kremlin"_qs)));
    QVERIFY(session.canCorrect(Correction::addEntity(u"rained"_qs, EntityType::Place)));
}

// Two windows on one article: each one's corrections reach the other, and neither writer's
// save drops what the other did.
void TestArticleSession::twoWritersKeepEachOthersCorrections()
{
    ArticleSession first(m_knowledge);
    ArticleSession second(m_knowledge);
    first.open(load(), m_path);
    second.open(load(), m_path);
    QVERIFY(waitForEntities(first) && waitForEntities(second));
    const QString kremlin = first.entities().findByName(u"Kremlin")->id;
    const QString putin = first.entities().findByName(u"Vladimir Putin")->id;
    QSignalSpy merged(&second, &ArticleSession::correctionsMergedFromDisk);
    first.applyCorrection(Correction::hide(kremlin));
    // The second window hears of it...
    QTRY_COMPARE(merged.size(), 1);
    QVERIFY(second.entities().find(kremlin)->hidden);
    // ... and its own correction, saved after, keeps the first one's.
    second.applyCorrection(Correction::rename(putin, u"V. V. Putin"_qs));
    const CorrectionsLoad stored = Corrections::load(first.correctionsPath(), {});
    QCOMPARE(stored.corrections.size(), 2);
    QTRY_COMPARE(first.entities().find(putin)->name, u"V. V. Putin"_qs);
    QVERIFY(first.entities().find(kremlin)->hidden);
    // An undo takes back its own correction only, wherever it now is in the list.
    first.revertCorrection(Correction::hide(kremlin));
    QCOMPARE(Corrections::load(first.correctionsPath(), {}).corrections.operations(),
             (QList<Correction>{Correction::rename(putin, u"V. V. Putin"_qs)}));
    QTRY_VERIFY(!second.entities().find(kremlin)->hidden);
    QCOMPARE(second.entities().find(putin)->name, u"V. V. Putin"_qs);
}

// Articles read from standard input are kept apart by their text.
void TestArticleSession::standardInputArticlesDoNotShareCorrections()
{
    Article a = load();
    a.source = u"stdin"_qs;
    Article b = a;
    b.text = u"Angela Merkel visited Paris. Merkel left."_qs;
    {
        ArticleSession session(m_knowledge);
        session.open(a);
        QVERIFY(waitForEntities(session));
        session.applyCorrection(Correction::hide(session.entities().findByName(u"Kremlin")->id));
        ArticleSession other(m_knowledge);
        other.open(b);
        QVERIFY(waitForEntities(other));
        QVERIFY(other.corrections().isEmpty());
        QVERIFY(other.correctionsPath() != session.correctionsPath());
        other.applyCorrection(Correction::hide(other.entities().findByName(u"Paris")->id));
    }
    ArticleSession again(m_knowledge);
    again.open(a);
    QVERIFY(waitForEntities(again));
    QCOMPARE(again.corrections().size(), 1); // the first article's correction is still there
    QVERIFY(again.entities().findByName(u"Kremlin")->hidden);
    again.setCorrections({});
}

QTEST_GUILESS_MAIN(TestArticleSession)
// Kept by path and by content: the same text under a new name finds its corrections.
void TestArticleSession::aRenamedFileFindsItsCorrectionsByItsText()
{
    QString kremlin;
    {
        ArticleSession session(m_knowledge);
        session.open(load(), m_path);
        QVERIFY(waitForEntities(session));
        kremlin = session.entities().findByName(u"Kremlin")->id;
        session.applyCorrection(Correction::hide(kremlin));
    }
    const QString renamed = m_dir.filePath(u"renamed-story.txt"_qs);
    QVERIFY(QFile::rename(m_path, renamed));
    m_path = renamed;
    ArticleSession session(m_knowledge);
    session.open(load(), m_path);
    QVERIFY(waitForEntities(session));
    QCOMPARE(session.corrections().size(), 1);
    QVERIFY(session.entities().find(kremlin)->hidden);
    // Another text under that name is not given them.
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("The Kremlin was quiet. Dublin was not.\n");
    f.close();
    const QString other = m_dir.filePath(u"other-story.txt"_qs);
    QVERIFY(QFile::rename(m_path, other));
    m_path = other;
    session.open(load(), m_path);
    QVERIFY(waitForEntities(session));
    QVERIFY(session.corrections().isEmpty());
}

// What an earlier version (or the other setting) wrote beside the article is read, and at the
// next correction kept in the data directory alone.
void TestArticleSession::anOlderFileBesideTheArticleMovesToTheDataDirectory()
{
    const QString beside = m_path + u".entities.json"_qs;
    Corrections old(m_path, Corrections::fingerprint(load().text));
    const ArticleSession::Extraction found = ArticleSession::extract(load(), m_path, m_knowledge);
    old.append(Correction::hide(found.extracted.findByName(u"Kremlin")->id));
    QVERIFY(old.save(beside));
    ArticleSession session(m_knowledge);
    session.open(load(), m_path);
    QVERIFY(waitForEntities(session));
    QCOMPARE(session.corrections().size(), 1);
    QVERIFY(session.entities().findByName(u"Kremlin")->hidden);
    session.applyCorrection(
        Correction::changeType(session.entities().findByName(u"Dublin")->id, EntityType::Person));
    QVERIFY(!QFile::exists(beside));
    QCOMPARE(Corrections::load(session.correctionsPath(), {}).corrections.size(), 2);
}

void TestArticleSession::theSettingMovesTheOpenArticlesCorrections()
{
    const QString beside = m_path + u".entities.json"_qs;
    ArticleSession session(m_knowledge);
    session.open(load(), m_path);
    QVERIFY(waitForEntities(session));
    const QString kremlin = session.entities().findByName(u"Kremlin")->id;
    session.applyCorrection(Correction::hide(kremlin));
    const QString data = session.correctionsPath();
    QVERIFY(QFile::exists(data) && !QFile::exists(beside));
    QSignalSpy moved(&session, &ArticleSession::correctionsPlaceChanged);
    session.setCorrectionsPlace(Corrections::Place::BesideArticle);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(0).toString(), beside);
    QCOMPARE(session.correctionsPath(), beside);
    QVERIFY(QFile::exists(beside) && !QFile::exists(data)); // moved, not copied
    session.applyCorrection(Correction::rename(kremlin, u"The Kremlin"_qs));
    QCOMPARE(Corrections::load(beside, {}).corrections.size(), 2);
    // Reopened with the setting, and with the other one: the same corrections either way.
    const ArticleSession::Extraction there
        = ArticleSession::extract(load(), m_path, m_knowledge, Corrections::Place::BesideArticle);
    QCOMPARE(there.corrections.size(), 2);
    const ArticleSession::Extraction elsewhere
        = ArticleSession::extract(load(), m_path, m_knowledge, Corrections::Place::DataDirectory);
    QCOMPARE(elsewhere.corrections.size(), 2);
    session.setCorrectionsPlace(Corrections::Place::DataDirectory);
    QCOMPARE(session.correctionsPath(), data);
    QVERIFY(QFile::exists(data) && !QFile::exists(beside));
}

// The article file edited before a split mention: the split stays on the same words in the same
// sentence, not on the occurrence that is now nearest to where it was.
void TestArticleSession::anEditedFileKeepsCorrectionsPlacedByTheirNeighbourhood()
{
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Vladimir Putin spoke. Later Putin left the hall. Then Putin returned.\n");
    f.close();
    QString putin;
    Mention split;
    {
        ArticleSession session(m_knowledge);
        session.open(load(), m_path);
        QVERIFY(waitForEntities(session));
        const Entity *e = session.entities().findByName(u"Vladimir Putin");
        QVERIFY(e);
        QCOMPARE(e->mentions.size(), 3);
        putin = e->id;
        split = e->mentions[1]; // "Later Putin left"
        session.applyCorrection(
            Correction::splitMention(putin, split).anchoredIn(session.article().text));
        session.applyCorrection(Correction::hide(
            session.entities().findByName(u"Vladimir Putin")->id)); // by name: placed anywhere
    }
    // A sentence added at the start: the old offset now lies nearest another "Putin" (the one of
    // "the capital, Putin said").
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("The talks began at noon in the capital, Putin said. Vladimir Putin spoke. Later "
            "Putin left the hall. Then Putin returned.\n");
    f.close();
    ArticleSession session(m_knowledge);
    QSignalSpy warnings(&session, &ArticleSession::correctionsWarning);
    session.open(load(), m_path);
    QVERIFY(waitForEntities(session));
    QVERIFY(warnings.isEmpty()); // no talk of a damaged file
    QVERIFY(session.correctionsReanchored());
    QCOMPARE(session.skippedCorrections(), 0);
    const QString text = session.article().text;
    const qsizetype later = text.indexOf(u"Later Putin") + 6;
    const Entity *alone = nullptr;
    for (const Entity &e : session.entities().entities()) {
        if (e.id != putin && e.mentions.size() == 1 && e.name.endsWith(u"Putin"))
            alone = &e;
    }
    QVERIFY(alone);
    QCOMPARE(alone->mentions.first().start, later);
    QVERIFY(session.entities().find(putin)->hidden);
}

#include "tst_articlesession.moc"
