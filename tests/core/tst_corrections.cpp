#include "core/entities/corrections.h"
#include "core/entities/entitylist.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

Q_DECLARE_METATYPE(Correction)

class TestCorrections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void eachCorrectionChangesTheList_data();
    void eachCorrectionChangesTheList();
    void removingTheLastCorrectionUndoesIt();
    void mergeOfThreeKeepsTheTargetAndTakesTheFullestName();
    void mergeKeepsTheNameTheReaderGave();
    void splitThenMergeBackRestoresTheEntity();
    void hiddenEntitiesStayInTheListAndComeBack();
    void addedEntityFindsEveryWholeWordOccurrence();
    void addedEntityTakesOverlappingSpans();
    void addedEntityLeavesOccurrencesInsideLongerNames();
    void addedEntityAlwaysTakesTheSelection();
    void correctionsThatNoLongerApplyAreSkipped_data();
    void correctionsThatNoLongerApplyAreSkipped();
    void laterCorrectionsStillApplyAfterASkippedOne();
    void applyStaysFastAndLinear();

    void jsonRoundTripKeepsEveryCorrection();
    void damagedFilesGiveAWarning_data();
    void damagedFilesGiveAWarning();
    void aNewerFormatGivesAWarning();
    void aDifferentArticleGivesAWarning();
    void aMissingFileIsNoCorrections();
    void saveAndLoadRoundTrip();
    void savingNoCorrectionsRemovesTheFile();
    void storageIsBesideAFileInAWritableFolder();
    void storageIsInAppDataForBuiltinAndStdin();
    void storageIsInAppDataForAReadOnlyFolder();
    void saveRecreatesAFolderThatDisappeared();
    void saveFailsCleanlyWhenTheFolderCannotBeMade();
    void saveOnAFullDiskKeepsTheOldFile();
};

namespace {

const QString Text = u"Vladimir Putin met Donald Trump in Moscow. Putin said Trump and the Kremlin "
                     u"agreed. D. Trump left Moscow for Washington. The Washington Post reported "
                     u"talks in the Center East from Eire, not Eireann; Eire is calm."_qs;

// The n-th (0-based) occurrence of needle in Text.
Mention at(const QString &needle, int n = 0)
{
    qsizetype from = 0;
    qsizetype found = -1;
    for (int i = 0; i <= n; ++i) {
        found = Text.indexOf(needle, from);
        Q_ASSERT(found >= 0);
        from = found + 1;
    }
    return {found, found + needle.size()};
}

Entity entity(const QString &name, EntityType type, QList<Mention> mentions)
{
    Entity e;
    e.id = entityTypeName(type) + u':' + name;
    e.name = name;
    e.type = type;
    e.mentions = std::move(mentions);
    return e;
}

// What an extractor might have found, mistakes included ("Center" for "Center East").
EntityList extracted()
{
    return EntityList({
        entity(u"Vladimir Putin"_qs, EntityType::Person,
               {at(u"Vladimir Putin"_qs), at(u"Putin"_qs, 1)}),
        entity(u"Donald Trump"_qs, EntityType::Person, {at(u"Donald Trump"_qs)}),
        entity(u"Trump"_qs, EntityType::Person, {at(u"Trump"_qs, 1)}),
        entity(u"D. Trump"_qs, EntityType::Person, {at(u"D. Trump"_qs)}),
        entity(u"Moscow"_qs, EntityType::Place, {at(u"Moscow"_qs), at(u"Moscow"_qs, 1)}),
        entity(u"Kremlin"_qs, EntityType::Organization, {at(u"Kremlin"_qs)}),
        entity(u"Washington"_qs, EntityType::Place, {at(u"Washington"_qs)}),
        entity(u"Washington Post"_qs, EntityType::Organization, {at(u"Washington Post"_qs)}),
        entity(u"Center"_qs, EntityType::Place, {at(u"Center"_qs)}),
    });
}

// The whole list in one comparable string, one entity a line, in the list's order.
QString describe(const EntityList &list)
{
    QStringList lines;
    for (const Entity &e : list.entities()) {
        QStringList mentions;
        for (const Mention &m : e.mentions)
            mentions.append(QStringLiteral("%1-%2").arg(m.start).arg(m.end));
        lines.append(QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6")
                         .arg(e.id, e.name, entityTypeName(e.type), e.role,
                              e.hidden ? u"hidden"_qs : u"shown"_qs, mentions.join(u' ')));
    }
    return lines.join(u'\n');
}

EntityList applied(const QList<Correction> &operations, qsizetype *skipped = nullptr)
{
    Corrections c;
    for (const Correction &op : operations)
        c.append(op);
    return c.apply(extracted(), Text, skipped);
}

QString sha256(const QString &text)
{
    return Corrections::fingerprint(text);
}

Corrections sampleCorrections()
{
    Corrections c(u"/home/reader/talks.txt"_qs, sha256(Text));
    c.append(Correction::rename(u"person:Vladimir Putin"_qs, u"President Putin \"V\""_qs));
    c.append(Correction::changeType(u"organization:Kremlin"_qs, EntityType::Place));
    c.append(
        Correction::merge(u"person:Trump"_qs, {u"person:Donald Trump"_qs, u"person:D. Trump"_qs}));
    c.append(Correction::splitMention(u"place:Moscow"_qs, at(u"Moscow"_qs, 1)));
    c.append(Correction::hide(u"place:Center"_qs));
    c.append(Correction::unhide(u"place:Center"_qs));
    c.append(Correction::addEntity(u"Eire"_qs, EntityType::Place, at(u"Eire"_qs)));
    c.append(Correction::addEntity(u"Center East"_qs, EntityType::Place));
    return c;
}

} // namespace

void TestCorrections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"article-reader-tests"_qs);
}

void TestCorrections::eachCorrectionChangesTheList_data()
{
    QTest::addColumn<Correction>("op");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<EntityType>("type");
    QTest::addColumn<int>("mentions");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<int>("entities");

    QTest::newRow("a rename changes the name and keeps the id")
        << Correction::rename(u"person:Vladimir Putin"_qs, u"V. V. Putin"_qs)
        << u"person:Vladimir Putin"_qs << u"V. V. Putin"_qs << EntityType::Person << 2 << false
        << 9;
    QTest::newRow("a type change keeps the id and the mentions")
        << Correction::changeType(u"organization:Kremlin"_qs, EntityType::Place)
        << u"organization:Kremlin"_qs << u"Kremlin"_qs << EntityType::Place << 1 << false << 9;
    QTest::newRow("a merge of two keeps the target's id and type and takes the fullest name")
        << Correction::merge(u"place:Washington"_qs, {u"organization:Washington Post"_qs})
        << u"place:Washington"_qs << u"Washington Post"_qs << EntityType::Place << 2 << false << 8;
    QTest::newRow("a split mention becomes an entity named by its text")
        << Correction::splitMention(u"place:Moscow"_qs, at(u"Moscow"_qs, 1))
        << u"place:Moscow@%1-%2"_qs.arg(at(u"Moscow"_qs, 1).start).arg(at(u"Moscow"_qs, 1).end)
        << u"Moscow"_qs << EntityType::Place << 1 << false << 10;
    QTest::newRow("hiding keeps the entity in the list, flagged")
        << Correction::hide(u"organization:Kremlin"_qs) << u"organization:Kremlin"_qs
        << u"Kremlin"_qs << EntityType::Organization << 1 << true << 9;
    QTest::newRow("unhiding a shown entity changes nothing")
        << Correction::unhide(u"organization:Kremlin"_qs) << u"organization:Kremlin"_qs
        << u"Kremlin"_qs << EntityType::Organization << 1 << false << 9;
    QTest::newRow("an added entity gets every whole-word occurrence")
        << Correction::addEntity(u"Eire"_qs, EntityType::Place) << u"place:Eire"_qs << u"Eire"_qs
        << EntityType::Place << 2 << false << 10;
}

void TestCorrections::eachCorrectionChangesTheList()
{
    QFETCH(Correction, op);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(EntityType, type);
    QFETCH(int, mentions);
    QFETCH(bool, hidden);
    QFETCH(int, entities);

    qsizetype skipped = -1;
    const EntityList list = applied({op}, &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(op.resultId(), id);
    const Entity *e = list.find(id);
    QVERIFY2(e, qPrintable(describe(list)));
    QCOMPARE(e->name, name);
    QCOMPARE(e->type, type);
    QCOMPARE(e->mentions.size(), mentions);
    QCOMPARE(e->hidden, hidden);
    QCOMPARE(list.size(), entities);
    QVERIFY(std::is_sorted(e->mentions.cbegin(), e->mentions.cend(),
                           [](const Mention &a, const Mention &b) { return a.start < b.start; }));
    // Lookups by position find the corrected entity.
    QCOMPARE(list.entityAt(e->mentions.first().start), e);
}

void TestCorrections::removingTheLastCorrectionUndoesIt()
{
    Corrections c = sampleCorrections();
    QList<QString> states; // the list after 0, 1, ... n corrections
    Corrections growing;
    states.append(describe(growing.apply(extracted(), Text)));
    for (const Correction &op : c.operations()) {
        growing.append(op);
        qsizetype skipped = -1;
        states.append(describe(growing.apply(extracted(), Text, &skipped)));
        QCOMPARE(skipped, 0);
        QVERIFY2(states.constLast() != states.value(states.size() - 2)
                     || op.kind == Correction::Kind::Unhide,
                 "each correction but the unhide changes the list");
    }
    while (!c.isEmpty()) {
        c.removeLast();
        QCOMPARE(describe(c.apply(extracted(), Text)), states[c.size()]);
    }
    QCOMPARE(describe(c.apply(extracted(), Text)), describe(extracted()));
    c.removeLast(); // on an empty list: nothing happens
    QVERIFY(c.isEmpty());
}

void TestCorrections::mergeOfThreeKeepsTheTargetAndTakesTheFullestName()
{
    const EntityList list = applied(
        {Correction::merge(u"person:Trump"_qs, {u"person:Donald Trump"_qs, u"person:D. Trump"_qs})});
    QCOMPARE(list.size(), 7);
    const Entity *e = list.find(u"person:Trump"_qs);
    QVERIFY(e);
    QCOMPARE(e->name, u"Donald Trump"_qs);
    QCOMPARE(e->mentions,
             (QList<Mention>{at(u"Donald Trump"_qs), at(u"Trump"_qs, 1), at(u"D. Trump"_qs)}));
    QVERIFY(!list.find(u"person:Donald Trump"_qs));
    QVERIFY(!list.find(u"person:D. Trump"_qs));
    QCOMPARE(list.entities().first().id, u"person:Trump"_qs); // now the most mentioned
}

void TestCorrections::mergeKeepsTheNameTheReaderGave()
{
    const EntityList list = applied(
        {Correction::rename(u"person:Trump"_qs, u"DJT"_qs),
         Correction::merge(u"person:Trump"_qs, {u"person:Donald Trump"_qs, u"person:D. Trump"_qs})});
    QCOMPARE(list.find(u"person:Trump"_qs)->name, u"DJT"_qs);
}

void TestCorrections::splitThenMergeBackRestoresTheEntity()
{
    const Correction split = Correction::splitMention(u"person:Vladimir Putin"_qs,
                                                      at(u"Putin"_qs, 1));
    const EntityList apart = applied({split});
    QCOMPARE(apart.find(u"person:Vladimir Putin"_qs)->mentions,
             QList<Mention>{at(u"Vladimir Putin"_qs)});
    const Entity *putin = apart.find(split.resultId());
    QVERIFY(putin);
    QCOMPARE(putin->name, u"Putin"_qs);
    QCOMPARE(putin->type, EntityType::Person);
    QCOMPARE(apart.entityAt(at(u"Putin"_qs, 1).start), putin);

    const EntityList together = applied(
        {split, Correction::merge(u"person:Vladimir Putin"_qs, {split.resultId()})});
    QCOMPARE(describe(together), describe(extracted()));
}

void TestCorrections::hiddenEntitiesStayInTheListAndComeBack()
{
    const EntityList hidden = applied({Correction::hide(u"place:Moscow"_qs)});
    QCOMPARE(hidden.size(), extracted().size());
    QVERIFY(hidden.find(u"place:Moscow"_qs)->hidden);
    const EntityList back = applied(
        {Correction::hide(u"place:Moscow"_qs), Correction::unhide(u"place:Moscow"_qs)});
    QCOMPARE(describe(back), describe(extracted()));
}

void TestCorrections::addedEntityFindsEveryWholeWordOccurrence()
{
    const EntityList list = applied({Correction::addEntity(u"Eire"_qs, EntityType::Place)});
    // "Eireann" is another word; the search is case-sensitive and whole-word.
    QCOMPARE(list.find(u"place:Eire"_qs)->mentions,
             (QList<Mention>{at(u"Eire"_qs), at(u"Eire"_qs, 2)}));
}

void TestCorrections::addedEntityTakesOverlappingSpans()
{
    const EntityList list = applied({Correction::addEntity(u"Center East"_qs, EntityType::Place)});
    QCOMPARE(list.find(u"place:Center East"_qs)->mentions, QList<Mention>{at(u"Center East"_qs)});
    QVERIFY2(!list.find(u"place:Center"_qs), "an entity left without mentions is dropped");
    QCOMPARE(list.entityAt(at(u"Center"_qs).start)->id, u"place:Center East"_qs);
}

void TestCorrections::addedEntityLeavesOccurrencesInsideLongerNames()
{
    const EntityList list = applied(
        {Correction::addEntity(u"Washington"_qs, EntityType::Organization)});
    QCOMPARE(list.find(u"organization:Washington"_qs)->mentions,
             QList<Mention>{at(u"Washington"_qs)});
    QVERIFY(!list.find(u"place:Washington"_qs));
    QCOMPARE(list.find(u"organization:Washington Post"_qs)->mentions,
             QList<Mention>{at(u"Washington Post"_qs)});

    // Whether the longer name starts or ends with the text.
    const EntityList trump = applied({Correction::addEntity(u"Trump"_qs, EntityType::Organization)});
    QCOMPARE(trump.find(u"organization:Trump"_qs)->mentions, QList<Mention>{at(u"Trump"_qs, 1)});
    QCOMPARE(trump.find(u"person:Donald Trump"_qs)->mentions,
             QList<Mention>{at(u"Donald Trump"_qs)});
    QCOMPARE(trump.find(u"person:D. Trump"_qs)->mentions, QList<Mention>{at(u"D. Trump"_qs)});
}

void TestCorrections::addedEntityAlwaysTakesTheSelection()
{
    // The reader selected "Putin" inside "Vladimir Putin": that one is taken, the mention it
    // overlaps is the added entity's now; the other "Putin" joins it.
    const Mention selection{at(u"Vladimir Putin"_qs).start + 9, at(u"Vladimir Putin"_qs).end};
    const EntityList list = applied(
        {Correction::addEntity(u"Putin"_qs, EntityType::Person, selection)});
    QCOMPARE(list.find(u"person:Putin"_qs)->mentions,
             (QList<Mention>{selection, at(u"Putin"_qs, 1)}));
    QVERIFY(!list.find(u"person:Vladimir Putin"_qs));

    // A selection that is not a whole word is still taken.
    const Mention inside{at(u"Eireann"_qs).start, at(u"Eireann"_qs).start + 4};
    const EntityList eire = applied({Correction::addEntity(u"Eire"_qs, EntityType::Place, inside)});
    QCOMPARE(eire.find(u"place:Eire"_qs)->mentions.size(), 3);
}

void TestCorrections::correctionsThatNoLongerApplyAreSkipped_data()
{
    QTest::addColumn<Correction>("op");
    const QString gone = u"person:Nobody"_qs;
    QTest::newRow("a rename of an entity that is gone") << Correction::rename(gone, u"X"_qs);
    QTest::newRow("a rename to an empty name") << Correction::rename(u"place:Moscow"_qs, u"  "_qs);
    QTest::newRow("a type change of an entity that is gone")
        << Correction::changeType(gone, EntityType::Place);
    QTest::newRow("a merge into an entity that is gone")
        << Correction::merge(gone, {u"place:Moscow"_qs});
    QTest::newRow("a merge of entities that are all gone")
        << Correction::merge(u"place:Moscow"_qs, {gone, u"place:Moscow"_qs});
    QTest::newRow("a split of a mention the entity no longer has")
        << Correction::splitMention(u"place:Moscow"_qs, at(u"Kremlin"_qs));
    QTest::newRow("a split of an entity's only mention")
        << Correction::splitMention(u"person:Donald Trump"_qs, at(u"Donald Trump"_qs));
    QTest::newRow("a split beyond the end of a shorter article")
        << Correction::splitMention(u"place:Moscow"_qs, Mention{5000, 5006});
    QTest::newRow("a hide of an entity that is gone") << Correction::hide(gone);
    QTest::newRow("an unhide of an entity that is gone") << Correction::unhide(gone);
    QTest::newRow("an added text that no longer occurs")
        << Correction::addEntity(u"Zelensky"_qs, EntityType::Person, Mention{4, 12});
}

void TestCorrections::correctionsThatNoLongerApplyAreSkipped()
{
    QFETCH(Correction, op);
    qsizetype skipped = 0;
    QCOMPARE(describe(applied({op}, &skipped)), describe(extracted()));
    QCOMPARE(skipped, 1);
}

void TestCorrections::laterCorrectionsStillApplyAfterASkippedOne()
{
    qsizetype skipped = 0;
    const EntityList list = applied({Correction::hide(u"person:Nobody"_qs),
                                     Correction::hide(u"organization:Kremlin"_qs),
                                     Correction::rename(u"person:Nobody"_qs, u"X"_qs)},
                                    &skipped);
    QCOMPARE(skipped, 2);
    QVERIFY(list.find(u"organization:Kremlin"_qs)->hidden);
}

void TestCorrections::applyStaysFastAndLinear()
{
    // 100 entities with 10 mentions each, plus 100 names the extractor missed.
    QString text;
    QList<QList<Mention>> mentions(100);
    for (int round = 0; round < 10; ++round) {
        for (int i = 0; i < 100; ++i) {
            const QString name = u"Name%1"_qs.arg(i);
            mentions[i].append({text.size(), text.size() + name.size()});
            text += name + u" met Other%1 today. "_qs.arg(i);
        }
    }
    QList<Entity> entities;
    for (int i = 0; i < 100; ++i)
        entities.append(entity(u"Name%1"_qs.arg(i), EntityType::Person, mentions[i]));
    const EntityList list{entities};
    const auto operations = [](int count) {
        Corrections c;
        for (int i = 0; c.size() < count; ++i) {
            const QString id = u"person:Name%1"_qs.arg(i % 100);
            switch (i % 4) {
            case 0:
                c.append(Correction::rename(id, u"Renamed %1"_qs.arg(i)));
                break;
            case 1:
                c.append(Correction::hide(id));
                break;
            case 2:
                c.append(Correction::merge(id, {u"person:Name%1"_qs.arg((i + 1) % 100)}));
                break;
            default:
                c.append(Correction::addEntity(u"Other%1"_qs.arg(i % 100), EntityType::Person));
            }
        }
        return c;
    };
    const auto fastest = [&](const Corrections &c) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const EntityList result = c.apply(list, text);
            best = std::min(best, timer.nsecsElapsed());
            Q_UNUSED(result);
        }
        return best;
    };
    const qint64 hundred = fastest(operations(100));
    const qint64 eightHundred = fastest(operations(800));
    qInfo("apply: 100 operations %.2f ms, 800 operations %.2f ms", hundred / 1e6,
          eightHundred / 1e6);
    // No absolute limit (a sanitizer build is ten times slower); the growth is what matters.
    // Eight times the operations: about eight times the work, far from the 64 of a quadratic.
    QVERIFY2(eightHundred < 32 * std::max<qint64>(hundred, 50'000), "apply grows linearly");
}

void TestCorrections::jsonRoundTripKeepsEveryCorrection()
{
    const Corrections c = sampleCorrections();
    const CorrectionsLoad load = Corrections::fromJson(c.toJson(), sha256(Text));
    QVERIFY2(load.ok(), qPrintable(load.warning));
    QCOMPARE(load.corrections.size(), c.size());
    for (qsizetype i = 0; i < c.size(); ++i)
        QVERIFY2(load.corrections.operations()[i] == c.operations()[i], qPrintable(u"%1"_qs.arg(i)));
    QCOMPARE(load.corrections.source(), u"/home/reader/talks.txt"_qs);
    QVERIFY(load.corrections == c);
    QVERIFY(c.toJson().contains("\"version\": 1"));
}

void TestCorrections::damagedFilesGiveAWarning_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    const QByteArray good = sampleCorrections().toJson();
    const QByteArray hash = sha256(Text).toLatin1();
    const auto file = [&hash](const QByteArray &operations) -> QByteArray {
        return "{\"version\": 1, \"article\": {\"sha256\": \"" + hash + "\"}, \"corrections\": ["
               + operations + "]}";
    };
    QTest::newRow("a file cut off halfway")
        << good.left(good.size() / 2) << u"damaged (JSON error at offset"_qs;
    QTest::newRow("an empty file") << QByteArray() << u"damaged (JSON error at offset 0"_qs;
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe{", 4) << u"damaged (JSON error"_qs;
    QTest::newRow("a list instead of an object") << QByteArray("[1, 2]") << u"not a JSON object"_qs;
    QTest::newRow("no version") << QByteArray("{\"corrections\": []}") << u"no format version"_qs;
    QTest::newRow("no list of corrections")
        << QByteArray("{\"version\": 1, \"article\": {\"sha256\": \"" + hash + "\"}}")
        << u"no list of corrections"_qs;
    QTest::newRow("an unknown operation")
        << file("{\"op\": \"explode\", \"entity\": \"x\"}") << u"correction 1: unknown"_qs;
    QTest::newRow("a rename without an entity")
        << file("{\"op\": \"rename\", \"name\": \"x\"}") << u"rename without an entity"_qs;
    QTest::newRow("a type that does not exist")
        << file("{\"op\": \"change-type\", \"entity\": \"x\", \"type\": \"planet\"}")
        << u"unknown type"_qs;
    QTest::newRow("a merge with nothing to merge")
        << file("{\"op\": \"merge\", \"entity\": \"x\", \"merged\": []}") << u"merge without"_qs;
    QTest::newRow("a split at a negative position")
        << file("{\"op\": \"split-mention\", \"entity\": \"x\", \"start\": -4, \"end\": 2}")
        << u"bad position"_qs;
    QTest::newRow("a split at an absurd position")
        << file("{\"op\": \"split-mention\", \"entity\": \"x\", \"start\": 1e300, \"end\": 1e301}")
        << u"bad position"_qs;
    QTest::newRow("a number where a correction should be")
        << file("{\"op\": \"hide\", \"entity\": \"x\"}, 3") << u"correction 2: not an object"_qs;
}

void TestCorrections::damagedFilesGiveAWarning()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    const CorrectionsLoad load = Corrections::fromJson(json, sha256(Text));
    QVERIFY(!load.ok());
    QVERIFY(load.corrections.isEmpty());
    QVERIFY2(load.warning.startsWith(u"The corrections file is damaged ("_qs),
             qPrintable(load.warning));
    QVERIFY2(load.warning.contains(says), qPrintable(load.warning));
    QVERIFY(load.warning.endsWith(u"; using the extracted list."_qs));
}

void TestCorrections::aNewerFormatGivesAWarning()
{
    QByteArray json = sampleCorrections().toJson();
    json.replace("\"version\": 1", "\"version\": 2");
    const CorrectionsLoad load = Corrections::fromJson(json, sha256(Text));
    QVERIFY(load.corrections.isEmpty());
    QVERIFY2(load.warning.contains(u"from a newer version of Article Reader"_qs),
             qPrintable(load.warning));
}

void TestCorrections::aDifferentArticleGivesAWarning()
{
    const CorrectionsLoad load = Corrections::fromJson(sampleCorrections().toJson(),
                                                       sha256(Text + u" Updated."_qs));
    QVERIFY(load.corrections.isEmpty());
    QCOMPARE(load.warning, u"The corrections file was written for a different version of the "
                           "article; using the extracted list."_qs);
    // Without an expected fingerprint any article is accepted.
    QVERIFY(Corrections::fromJson(sampleCorrections().toJson(), {}).ok());
}

void TestCorrections::aMissingFileIsNoCorrections()
{
    QTemporaryDir dir;
    const CorrectionsLoad load = Corrections::load(dir.filePath(u"none.json"_qs), sha256(Text));
    QVERIFY(load.ok());
    QVERIFY(load.corrections.isEmpty());
    QCOMPARE(load.corrections.sha256(), sha256(Text));
}

void TestCorrections::saveAndLoadRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/folder/talks.txt.entities.json"_qs);
    const Corrections c = sampleCorrections();
    QString error;
    QVERIFY2(c.save(path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    const CorrectionsLoad load = Corrections::load(path, sha256(Text));
    QVERIFY2(load.ok(), qPrintable(load.warning));
    QVERIFY(load.corrections == c);
    QCOMPARE(describe(load.corrections.apply(extracted(), Text)),
             describe(c.apply(extracted(), Text)));

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"version\": 1, \"corr");
    file.close();
    const CorrectionsLoad damaged = Corrections::load(path, sha256(Text));
    QVERIFY(damaged.warning.contains(u"JSON error at offset"_qs));
    QVERIFY(damaged.corrections.isEmpty());
}

void TestCorrections::savingNoCorrectionsRemovesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.txt.entities.json"_qs);
    Corrections c = sampleCorrections();
    QVERIFY(c.save(path));
    QVERIFY(QFile::exists(path));
    c.clear();
    QVERIFY(c.save(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(c.save(path)); // and again, with nothing there
}

void TestCorrections::storageIsBesideAFileInAWritableFolder()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(u"talks.txt"_qs);
    QCOMPARE(Corrections::storagePathFor(article, article), article + u".entities.json"_qs);
}

void TestCorrections::storageIsInAppDataForBuiltinAndStdin()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!data.isEmpty());
    for (const QString &source : {u"builtin:ceasefire-talks"_qs, u"stdin"_qs}) {
        const QString sha1 = QString::fromLatin1(
            QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1).toHex());
        QCOMPARE(Corrections::storagePathFor(source == u"stdin" ? u"-"_qs : QString(), source),
                 data + u"/corrections/"_qs + sha1 + u".json"_qs);
    }
    // The built-in article saves there, creating the folders.
    const QString path = Corrections::storagePathFor({}, u"builtin:ceasefire-talks"_qs);
    QString error;
    QVERIFY2(sampleCorrections().save(path, &error), qPrintable(error));
    QVERIFY(Corrections::load(path, sha256(Text)).corrections == sampleCorrections());
    QVERIFY(QFile::remove(path));
}

void TestCorrections::storageIsInAppDataForAReadOnlyFolder()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const auto inAppData = [&data](const QString &article) {
        const QString path = Corrections::storagePathFor(article, article);
        return path.startsWith(data + u"/corrections/"_qs) && path.endsWith(u".json"_qs);
    };
    // A folder that does not exist (a file on a volume that went away) cannot take the file.
    QVERIFY(inAppData(u"/nonexistent-folder-for-tests/talks.txt"_qs));

    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const QString article = dir.filePath(u"talks.txt"_qs);
    if (QFileInfo(dir.path()).isWritable()) {
        qInfo("The read-only folder is writable for this user (running as root): checking a "
              "folder under /proc instead");
        QVERIFY(!QFileInfo(u"/proc/self"_qs).isWritable());
        QVERIFY(inAppData(u"/proc/self/talks.txt"_qs));
    } else {
        QVERIFY(inAppData(article));
    }
    QVERIFY(
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QCOMPARE(Corrections::storagePathFor(article, article), article + u".entities.json"_qs);
}

void TestCorrections::saveRecreatesAFolderThatDisappeared()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"articles"_qs);
    const QString path = folder + u"/talks.txt.entities.json"_qs;
    QVERIFY(sampleCorrections().save(path));
    QVERIFY(QDir(folder).removeRecursively());
    QString error;
    QVERIFY2(sampleCorrections().save(path, &error), qPrintable(error));
    QVERIFY(Corrections::load(path, sha256(Text)).ok());
}

void TestCorrections::saveFailsCleanlyWhenTheFolderCannotBeMade()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"articles"_qs)); // a file where the folder should be
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(u"articles/talks.txt.entities.json"_qs);
    QString error;
    QVERIFY(!sampleCorrections().save(path, &error));
    QVERIFY2(error.startsWith(u"Could not save the corrections to "_qs), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{u"articles"_qs});
}

void TestCorrections::saveOnAFullDiskKeepsTheOldFile()
{
#ifdef Q_OS_LINUX
    QTemporaryDir dir;
    const QString path = dir.filePath(u"talks.txt.entities.json"_qs);
    Corrections small(u"talks.txt"_qs, sha256(Text));
    small.append(Correction::hide(u"place:Moscow"_qs));
    QVERIFY(small.save(path));
    QFile oldFile(path);
    QVERIFY(oldFile.open(QIODevice::ReadOnly));
    const QByteArray before = oldFile.readAll();
    oldFile.close();

    Corrections large = small;
    for (int i = 0; i < 500; ++i)
        large.append(Correction::rename(u"place:Moscow"_qs, u"Moscow %1"_qs.arg(i)));
    QVERIFY(large.toJson().size() > 16 * 1024);

    // A file size limit makes writes fail the way a full disk does (EFBIG instead of ENOSPC).
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit limited = old;
    limited.rlim_cur = 4096;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    QString error;
    const bool saved = large.save(path, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved);
    QVERIFY2(error.startsWith(u"Could not save the corrections to "_qs), qPrintable(error));
    QVERIFY2(!error.contains(u"Unknown error"_qs), qPrintable(error)); // it says why
    QVERIFY(oldFile.open(QIODevice::ReadOnly));
    QCOMPARE(oldFile.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList{u"talks.txt.entities.json"_qs});
    QVERIFY(Corrections::load(path, sha256(Text)).corrections == small);
#else
    QSKIP("simulates a full disk with RLIMIT_FSIZE, which only this test's Linux path sets");
#endif
}

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
