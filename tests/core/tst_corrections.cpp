#include "core/document/textfinder.h"
#include "core/entities/corrections.h"
#include "core/entities/entitylist.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <limits>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#endif

Q_DECLARE_METATYPE(Correction)
Q_DECLARE_METATYPE(Entity)
Q_DECLARE_METATYPE(CorrectionsLoad::Problem)

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
    void applyGivesWhatOneOperationAtATimeGives_data();
    void applyGivesWhatOneOperationAtATimeGives();

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

    void saveNeverWritesThroughALink_data();
    void saveNeverWritesThroughALink();
    void saveRefusesWhatIsNotARegularFile();
    void loadReadsOnlyRegularFiles_data();
    void loadReadsOnlyRegularFiles();
    void loadSaysWhatTheProblemIs_data();
    void loadSaysWhatTheProblemIs();
    void standardInputArticlesAreKeyedByTheirText();
    void locateReadsAndWritesBesideAWritableFile();
    void aCorrectionKeepsItsNeighbourhoodInTheFile();
    void reanchoredFollowsTheNeighbourhoodNotTheNearestOffset();
    void locateKeepsAFilesCorrectionsInTheDataDirectoryByDefault();
    void locateFindsTheCorrectionsOfAMovedFileByItsText();
    void locateReadsAReadOnlyFolderAndWritesToTheDataDirectory();
    void locateNeverWritesThroughALinkOrASpecialFile_data();
    void locateNeverWritesThroughALinkOrASpecialFile();
    void moveAsideChoosesAFreeNameAndNeverOverwrites();
    void moveAsideSaysWhenItCannot();
    void mergedKeepsWhatBothWritersDid_data();
    void mergedKeepsWhatBothWritersDid();
    void twoWritersLoseNothing();
    void removeLatestTakesAnOperationFromAnywhere();
};

namespace {

constexpr auto Beside = Corrections::Place::BesideArticle;

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

// The algorithm apply() had before it found every added text in one pass: each operation in
// turn, each add-entity searching the whole text and looking at every mention. Quadratic, and
// plain enough to read as the rules; apply() must give what it gives, to the mention.
namespace reference {

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

EntityList apply(const QList<Correction> &operations, const EntityList &extracted, QStringView text,
                 qsizetype *skipped)
{
    *skipped = 0;
    if (operations.isEmpty())
        return extracted;
    Work work(extracted.entities());
    for (const Correction &op : operations) {
        if (!applyOne(work, op, text))
            ++*skipped;
    }
    return EntityList(work.take());
}

} // namespace reference

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

namespace {

// A text to correct and what an extractor found in it: every whole-word occurrence of each name.
struct Scene
{
    QString text;
    QList<Entity> entities;
};

Scene scene(const QString &text, const QList<std::pair<QString, EntityType>> &names)
{
    Scene s{text, {}};
    for (const auto &[name, type] : names)
        s.entities.append(entity(name, type, TextFinder::findAll(text, name, {true, true})));
    return s;
}

// A random text of names, words, punctuation, marks, emoji and lone surrogates; names and
// pieces of them found as entities (some nested in others); operations of every kind on them.
void randomCase(quint32 seed, Scene *s, QList<Correction> *operations)
{
    static const QStringList pieces{u"Kyiv"_qs,       u"Odesa"_qs,      u"Kyiv Odesa"_qs,
                                    u"the"_qs,        u"The"_qs,        u" "_qs,
                                    u" "_qs,          u" "_qs,          u", "_qs,
                                    u". "_qs,         u"("_qs,          u")"_qs,
                                    u"-"_qs,          u"U.S."_qs,       u"Zo\u00eb"_qs,
                                    u"Jose\u0301"_qs, u"\U0001D400"_qs, u"\u0301"_qs,
                                    u"\U0001F1FA"_qs, u"\xd800"_qs,     u"\xdc00"_qs,
                                    u"aa"_qs,         u"\n"_qs};
    QRandomGenerator random(seed);
    for (int i = 0; i < 400; ++i)
        s->text += pieces[random.bounded(int(pieces.size()))];
    const QStringList names{u"Kyiv"_qs,       u"Odesa"_qs,      u"Kyiv Odesa"_qs,
                            u"U.S."_qs,       u"Zo\u00eb"_qs,   u"aa aa"_qs,
                            u"the Kyiv"_qs,   u"(Kyiv)"_qs,     u"Odesa."_qs,
                            u" Kyiv"_qs,      u"Jose"_qs,       u"Jose\u0301"_qs,
                            u"\U0001D400"_qs, u"Kyiv\xd800"_qs, u"\xdc00Odesa"_qs,
                            u"-"_qs,          u"aa"_qs,         u"Kyiv Odesa Kyiv Odesa"_qs};
    constexpr EntityType Types[] = {EntityType::Person, EntityType::Place, EntityType::Organization};
    for (int i = 0; i < 6; ++i) {
        const QString &name = names[random.bounded(int(names.size()))];
        if (std::none_of(s->entities.cbegin(), s->entities.cend(),
                         [&name](const Entity &e) { return e.name == name; })) {
            const QList<Mention> found = TextFinder::findAll(s->text, name, {true, true});
            if (!found.isEmpty())
                s->entities.append(entity(name, Types[random.bounded(3)], found));
        }
    }
    QStringList ids;
    for (const Entity &e : std::as_const(s->entities))
        ids.append(e.id);
    const auto anyId = [&]() {
        return ids.isEmpty() ? u"person:Nobody"_qs : ids[random.bounded(int(ids.size()))];
    };
    for (int i = 0; i < 40; ++i) {
        const EntityType type = Types[random.bounded(3)];
        switch (random.bounded(8)) {
        case 0:
            operations->append(Correction::rename(anyId(), u"Renamed %1"_qs.arg(i)));
            break;
        case 1:
            operations->append(Correction::changeType(anyId(), type));
            break;
        case 2:
            operations->append(Correction::merge(anyId(), {anyId(), anyId()}));
            break;
        case 3:
            operations->append(random.bounded(2) ? Correction::hide(anyId())
                                                 : Correction::unhide(anyId()));
            break;
        case 4: {
            const QString id = anyId();
            const auto e = std::find_if(s->entities.cbegin(), s->entities.cend(),
                                        [&id](const Entity &e) { return e.id == id; });
            if (e != s->entities.cend() && !e->mentions.isEmpty())
                operations->append(
                    Correction::splitMention(id,
                                             e->mentions[random.bounded(int(e->mentions.size()))]));
            break;
        }
        default: {
            const QString &text = names[random.bounded(int(names.size()))];
            Mention selection;
            if (random.bounded(3) == 0) {
                // An occurrence, anywhere (not only whole words), or a random range.
                const qsizetype at = s->text.indexOf(text, random.bounded(int(s->text.size())));
                selection = at >= 0 ? Mention{at, at + text.size()}
                                    : Mention{random.bounded(20), 20 + random.bounded(20)};
            }
            operations->append(Correction::addEntity(text, type, selection));
            const Correction &added = operations->constLast();
            ids.append(added.resultId());
        }
        }
    }
}

} // namespace

void TestCorrections::applyGivesWhatOneOperationAtATimeGives_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Entity>>("entities");
    QTest::addColumn<QList<Correction>>("operations");

    const QList<Entity> found = extracted().entities();
    QTest::newRow("the sample corrections") << Text << found << sampleCorrections().operations();
    QTest::newRow("added names that overlap one another, shorter first and longer first")
        << Text << found
        << QList<Correction>{Correction::addEntity(u"Washington"_qs, EntityType::Organization),
                             Correction::addEntity(u"Washington Post"_qs, EntityType::Place),
                             Correction::addEntity(u"Post reported"_qs, EntityType::Person),
                             Correction::addEntity(u"The Washington"_qs, EntityType::Person),
                             Correction::addEntity(u"Washington"_qs, EntityType::Place)};
    QTest::newRow("a name inside a longer mention, then the longer one as another type")
        << Text << found
        << QList<Correction>{Correction::addEntity(u"Putin"_qs, EntityType::Place),
                             Correction::addEntity(u"Vladimir Putin"_qs, EntityType::Organization),
                             Correction::addEntity(u"Putin"_qs, EntityType::Person)};
    const Mention inside{at(u"Vladimir Putin"_qs).start + 9, at(u"Vladimir Putin"_qs).end};
    QTest::newRow("a selection inside a longer mention, and the name's other occurrences")
        << Text << found
        << QList<Correction>{Correction::addEntity(u"Putin"_qs, EntityType::Person, inside),
                             Correction::addEntity(u"Vladimir"_qs, EntityType::Person),
                             Correction::addEntity(u"Putin"_qs, EntityType::Place,
                                                   at(u"Putin"_qs, 1))};
    QTest::newRow("hides, merges and splits between added names")
        << Text << found
        << QList<Correction>{Correction::hide(u"place:Moscow"_qs),
                             Correction::addEntity(u"Moscow for Washington"_qs, EntityType::Place),
                             Correction::splitMention(u"place:Moscow"_qs, at(u"Moscow"_qs)),
                             Correction::merge(u"person:Trump"_qs,
                                               {u"person:Donald Trump"_qs, u"person:D. Trump"_qs}),
                             Correction::addEntity(u"Trump"_qs, EntityType::Person),
                             Correction::merge(u"place:Moscow for Washington"_qs,
                                               {u"place:Moscow"_qs}),
                             Correction::unhide(u"place:Moscow for Washington"_qs),
                             Correction::addEntity(u"Moscow"_qs, EntityType::Organization),
                             Correction::splitMention(u"person:Trump"_qs, at(u"Trump"_qs, 1))};
    const Scene edges = scene(u"In (Moscow) and Moscow. U.S. officials met U.S.-based staff; "
                              "D. Trump, D.Trump and (D. Trump) left Moscow.\n Moscow  Moscow"_qs,
                              {{u"Moscow"_qs, EntityType::Place},
                               {u"D. Trump"_qs, EntityType::Person},
                               {u"U.S"_qs, EntityType::Place}});
    QTest::newRow("names with punctuation and spaces at their edges")
        << edges.text << edges.entities
        << QList<Correction>{Correction::addEntity(u"(Moscow)"_qs, EntityType::Organization),
                             Correction::addEntity(u" Moscow"_qs, EntityType::Person),
                             Correction::addEntity(u"Moscow."_qs, EntityType::Person),
                             Correction::addEntity(u"U.S."_qs, EntityType::Place),
                             Correction::addEntity(u"D."_qs, EntityType::Person),
                             Correction::addEntity(u"(D. Trump)"_qs, EntityType::Person),
                             Correction::addEntity(u"; D"_qs, EntityType::Person),
                             Correction::addEntity(u"."_qs, EntityType::Place),
                             Correction::addEntity(u"  "_qs, EntityType::Place),
                             Correction::addEntity(u"Moscow\n"_qs, EntityType::Place)};
    const Scene marks = scene(u"Jose\u0301 met Jose and Zo\u00eb in Kyiv\U0001F1FA\U0001F1E6 and "
                              "\U0001D400Kyiv, Kyiv\U0001D400 and Kyiv\xd800 and \xdc00Kyiv or "
                              "\xd800Kyiv\xdc00. Kyiv\u0301 Kyiv"_qs,
                              {{u"Kyiv"_qs, EntityType::Place}, {u"Jose"_qs, EntityType::Person}});
    QTest::newRow("marks, emoji and surrogates beside names")
        << marks.text << marks.entities
        << QList<Correction>{Correction::addEntity(u"Jose\u0301"_qs, EntityType::Person),
                             Correction::addEntity(u"Kyiv\U0001F1FA"_qs, EntityType::Place),
                             Correction::addEntity(u"Kyiv\xd83c"_qs, EntityType::Place),
                             Correction::addEntity(u"Kyiv\xd800"_qs, EntityType::Organization),
                             Correction::addEntity(u"\xdc00Kyiv"_qs, EntityType::Organization),
                             Correction::addEntity(u"\xdc00"_qs, EntityType::Organization),
                             Correction::addEntity(u"\U0001D400"_qs, EntityType::Person),
                             Correction::addEntity(u"Kyiv"_qs, EntityType::Person)};
    const QString sentence = u"Vladimir Putin met Donald Trump in Moscow. Putin said Trump and "
                             "the Kremlin agreed."_qs;
    QTest::newRow("a long name over shorter mentions, and names across its edges")
        << Text << found
        << QList<Correction>{Correction::addEntity(sentence, EntityType::Organization),
                             Correction::addEntity(u"Kremlin agreed. D. Trump"_qs,
                                                   EntityType::Person),
                             Correction::addEntity(u"Trump"_qs, EntityType::Person),
                             Correction::addEntity(sentence, EntityType::Place),
                             // Far enough inside it that only the long mentions' tree sees it.
                             Correction::addEntity(u"Kremlin"_qs, EntityType::Place),
                             Correction::addEntity(u"Vladimir Putin"_qs, EntityType::Person)};
    const Scene repeats = scene(u"aa aa aa aa aa. aa aa, aaa aa"_qs,
                                {{u"aa"_qs, EntityType::Place}});
    QTest::newRow("a name that repeats itself, found without overlaps")
        << repeats.text << repeats.entities
        << QList<Correction>{Correction::addEntity(u"aa aa"_qs, EntityType::Person),
                             Correction::addEntity(u"aa aa aa"_qs, EntityType::Organization),
                             Correction::addEntity(u"aa"_qs, EntityType::Person),
                             Correction::addEntity(u"aa aa"_qs, EntityType::Person)};
    QList<Correction> again;
    for (int i = 0; i < 30; ++i)
        again.append(Correction::addEntity(i % 2 ? u"Trump"_qs : u"Moscow"_qs, EntityType(i % 3)));
    QTest::newRow("the same names added again and again as other types") << Text << found << again;
    for (quint32 seed = 1; seed <= 40; ++seed) {
        Scene s;
        QList<Correction> operations;
        randomCase(seed, &s, &operations);
        QTest::addRow("random names and operations, seed %u", seed)
            << s.text << s.entities << operations;
    }
}

void TestCorrections::applyGivesWhatOneOperationAtATimeGives()
{
    QFETCH(QString, text);
    QFETCH(QList<Entity>, entities);
    QFETCH(QList<Correction>, operations);
    const EntityList list(entities);
    qsizetype expectedSkipped = -1;
    const EntityList expected = reference::apply(operations, list, text, &expectedSkipped);
    Corrections c;
    c.setOperations(operations);
    qsizetype skipped = -1;
    QCOMPARE(describe(c.apply(list, text, &skipped)), describe(expected));
    QCOMPARE(skipped, expectedSkipped);
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
    QCOMPARE(Corrections::locate(article, article, {}, Beside).writePath,
             article + u".entities.json"_qs);
}

void TestCorrections::storageIsInAppDataForBuiltinAndStdin()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!data.isEmpty());
    for (const QString &source : {u"builtin:ceasefire-talks"_qs, u"stdin"_qs}) {
        const QString sha1 = QString::fromLatin1(
            QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1).toHex());
        QCOMPARE(Corrections::locate(source == u"stdin" ? u"-"_qs : QString(), source, {}, Beside)
                     .writePath,
                 data + u"/corrections/"_qs + sha1 + u".json"_qs);
    }
    // The built-in article saves there, creating the folders.
    const QString path = Corrections::locate({}, u"builtin:ceasefire-talks"_qs, {}).writePath;
    QString error;
    QVERIFY2(sampleCorrections().save(path, &error), qPrintable(error));
    QVERIFY(Corrections::load(path, sha256(Text)).corrections == sampleCorrections());
    QVERIFY(QFile::remove(path));
}

void TestCorrections::storageIsInAppDataForAReadOnlyFolder()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const auto inAppData = [&data](const QString &article) {
        const QString path = Corrections::locate(article, article, {}, Beside).writePath;
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
    QCOMPARE(Corrections::locate(article, article, {}, Beside).writePath,
             article + u".entities.json"_qs);
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

namespace {

// The names in a folder, hidden ones included.
QStringList entriesOf(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries
                                               | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// A listening socket bound at `path`; closed when the test ends (the returned descriptor).
int makeSocket(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (fd < 0 || size_t(native.size()) >= sizeof(address.sun_path))
        return -1;
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    return ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 ? fd : -1;
}

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/corrections/"_qs;
}

} // namespace

void TestCorrections::saveNeverWritesThroughALink_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a link to a file that does not exist, outside the folder") << u"dangling"_qs;
    QTest::newRow("a link to another file") << u"file"_qs;
    QTest::newRow("a link to a folder") << u"folder"_qs;
}

void TestCorrections::saveNeverWritesThroughALink()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"articles"_qs) && QDir(dir.path()).mkpath(u"elsewhere"_qs));
    const QString path = dir.filePath(u"articles/talks.txt.entities.json"_qs);
    const QString target = kind == u"folder" ? dir.filePath(u"elsewhere"_qs)
                                             : dir.filePath(u"elsewhere/target"_qs);
    if (kind == u"file") {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not the reader's");
    }
    QVERIFY(QFile::link(target, path));
    const QStringList before = entriesOf(dir.filePath(u"elsewhere"_qs));
    QString error;
    QVERIFY(!sampleCorrections().save(path, &error));
    QVERIFY2(error.contains(u"does not write through links"_qs), qPrintable(error));
    // Nothing was made or changed outside the folder, and the link is still the link.
    QCOMPARE(entriesOf(dir.filePath(u"elsewhere"_qs)), before);
    if (kind == u"file") {
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not the reader's"));
    }
    QCOMPARE(QFileInfo(path).symLinkTarget(), target);
    QCOMPARE(entriesOf(dir.filePath(u"articles"_qs)), QStringList{u"talks.txt.entities.json"_qs});
}

void TestCorrections::saveRefusesWhatIsNotARegularFile()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"a.txt.entities.json"_qs);
    QVERIFY(QDir(dir.path()).mkdir(u"a.txt.entities.json"_qs));
    QString error;
    QVERIFY(!sampleCorrections().save(folder, &error));
    QVERIFY2(error.contains(u"not a regular file"_qs), qPrintable(error));
    QVERIFY(QFileInfo(folder).isDir());

    const QString fifo = dir.filePath(u"b.txt.entities.json"_qs);
    QVERIFY(makeFifo(fifo));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!sampleCorrections().save(fifo, &error));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY2(error.contains(u"not a regular file"_qs), qPrintable(error));
    QVERIFY(!QFileInfo(fifo).isFile() && QFileInfo(fifo).exists());
}

void TestCorrections::loadReadsOnlyRegularFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("read"); // the sample corrections are read
    QTest::newRow("a fifo is refused without blocking") << u"fifo"_qs << false;
    QTest::newRow("a link to a fifo is refused without blocking") << u"link to fifo"_qs << false;
    QTest::newRow("a folder is refused") << u"folder"_qs << false;
    QTest::newRow("a socket is refused") << u"socket"_qs << false;
    QTest::newRow("a link to a device that never ends is refused") << u"device"_qs << false;
    QTest::newRow("a link to a regular file is read") << u"link to file"_qs << true;
}

void TestCorrections::loadReadsOnlyRegularFiles()
{
    QFETCH(QString, kind);
    QFETCH(bool, read);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"talks.txt.entities.json"_qs);
    const QString other = dir.filePath(u"other"_qs);
    int socket = -1;
    auto closeSocket = qScopeGuard([&socket] {
        if (socket >= 0)
            ::close(socket);
    });
    if (kind == u"fifo") {
        QVERIFY(makeFifo(path));
    } else if (kind == u"link to fifo") {
        QVERIFY(makeFifo(other));
        QVERIFY(QFile::link(other, path));
    } else if (kind == u"folder") {
        QVERIFY(QDir(dir.path()).mkdir(u"talks.txt.entities.json"_qs));
    } else if (kind == u"socket") {
        socket = makeSocket(path);
        QVERIFY(socket >= 0);
    } else if (kind == u"device") {
        QVERIFY(QFile::link(u"/dev/zero"_qs, path));
    } else {
        QVERIFY(sampleCorrections().save(other));
        QVERIFY(QFile::link(other, path));
    }
    QElapsedTimer timer;
    timer.start();
    const CorrectionsLoad load = Corrections::load(path, sha256(Text));
    QVERIFY(timer.elapsed() < 5000);
    if (read) {
        QVERIFY2(load.ok(), qPrintable(load.warning));
        QVERIFY(load.corrections == sampleCorrections());
        return;
    }
    QCOMPARE(load.problem, CorrectionsLoad::Problem::Unreadable);
    QVERIFY(load.corrections.isEmpty());
    QVERIFY2(load.warning.contains(u"could not be read (it is not a regular file)"_qs),
             qPrintable(load.warning));
    QVERIFY(!load.warning.contains(u'\n'));
}

void TestCorrections::loadSaysWhatTheProblemIs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("article");
    QTest::addColumn<CorrectionsLoad::Problem>("problem");
    const QByteArray good = sampleCorrections().toJson();
    QByteArray newer = good;
    newer.replace("\"version\": 1", "\"version\": 2");
    QTest::newRow("a good file has none") << good << Text << CorrectionsLoad::Problem::None;
    QTest::newRow("a file cut short is damaged")
        << good.left(100) << Text << CorrectionsLoad::Problem::Damaged;
    QTest::newRow("a file for another text is for another article")
        << good << Text + u" Updated."_qs << CorrectionsLoad::Problem::OtherArticle;
    QTest::newRow("a file of a later format is newer")
        << newer << Text << CorrectionsLoad::Problem::NewerFormat;
    QTest::newRow("an operation named with escape sequences is damaged, and not echoed raw")
        << "{\"version\": 1, \"article\": {\"sha256\": \"" + sha256(Text).toLatin1()
               + "\"}, \"corrections\": [{\"op\": \"\\u001b[2Jx\"}]}"
        << Text << CorrectionsLoad::Problem::Damaged;
}

void TestCorrections::loadSaysWhatTheProblemIs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, article);
    QFETCH(CorrectionsLoad::Problem, problem);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"a.json"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    const CorrectionsLoad load = Corrections::load(file.fileName(), sha256(article));
    QCOMPARE(load.problem, problem);
    QCOMPARE(load.ok(), problem == CorrectionsLoad::Problem::None);
    QCOMPARE(load.warning.isEmpty(), problem == CorrectionsLoad::Problem::None);
    for (const QChar c : load.warning)
        QVERIFY2(c.unicode() >= 0x20, qPrintable(load.warning));
}

void TestCorrections::standardInputArticlesAreKeyedByTheirText()
{
    const QString one = sha256(u"Kyiv is in Ukraine."_qs);
    const QString two = sha256(u"Odesa is in Ukraine."_qs);
    const CorrectionsLocation first = Corrections::locate(u"-"_qs, u"stdin"_qs, one);
    const CorrectionsLocation second = Corrections::locate({}, u"stdin"_qs, two);
    QVERIFY(first.readPath.startsWith(dataDirectory()));
    QVERIFY(second.readPath.startsWith(dataDirectory()));
    QVERIFY(first.readPath != second.readPath);
    QCOMPARE(Corrections::locate({}, u"stdin"_qs, one).writePath, first.writePath);
    QCOMPARE(first.readPath, first.writePath);
    QVERIFY(first.note.isEmpty());

    // Correcting the second leaves the first one's corrections where they were.
    Corrections mine(u"stdin"_qs, one);
    mine.append(Correction::hide(u"place:Kyiv"_qs));
    QVERIFY(mine.save(first.writePath));
    Corrections theirs(u"stdin"_qs, two);
    theirs.append(Correction::hide(u"place:Odesa"_qs));
    QVERIFY(theirs.save(second.writePath));
    QVERIFY(Corrections::load(first.readPath, one).corrections == mine);
    QVERIFY(Corrections::load(second.readPath, two).corrections == theirs);
    QVERIFY(QFile::remove(first.writePath) && QFile::remove(second.writePath));
}

void TestCorrections::locateReadsAndWritesBesideAWritableFile()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(u"talks.txt"_qs);
    const CorrectionsLocation where = Corrections::locate(article, article, sha256(Text), Beside);
    QCOMPARE(where.readPath, article + u".entities.json"_qs);
    QCOMPARE(where.writePath, where.readPath);
    QVERIFY(where.fallbackPath.startsWith(dataDirectory()));
    QVERIFY(where.note.isEmpty());
}

void TestCorrections::aCorrectionKeepsItsNeighbourhoodInTheFile()
{
    const Mention putin = at(u"Putin"_qs, 1);
    const Correction split = Correction::splitMention(u"person:Vladimir Putin"_qs, putin)
                                 .anchoredIn(Text);
    QCOMPARE(split.text, u"Putin"_qs);
    QVERIFY(Text.first(putin.start).endsWith(split.before));
    QCOMPARE(split.before.size(), Correction::NeighbourhoodLength);
    QCOMPARE(split.after, Text.sliced(putin.end, Correction::NeighbourhoodLength));
    // At the start of the text, what there is.
    const Correction first = Correction::addEntity(u"Vladimir"_qs, EntityType::Person, {0, 8})
                                 .anchoredIn(Text);
    QVERIFY(first.before.isEmpty());
    QCOMPARE(first.after, Text.sliced(8, Correction::NeighbourhoodLength));
    // Corrections without a place in the text are as they were.
    QCOMPARE(Correction::hide(u"place:Eire"_qs).anchoredIn(Text),
             Correction::hide(u"place:Eire"_qs));
    Corrections c(u"a.txt"_qs, sha256(Text));
    c.append(split);
    c.append(first);
    const CorrectionsLoad back = Corrections::fromJson(c.toJson(), sha256(Text));
    QVERIFY2(back.ok(), qPrintable(back.warning));
    QCOMPARE(back.corrections, c);
}

void TestCorrections::reanchoredFollowsTheNeighbourhoodNotTheNearestOffset()
{
    // "Putin said" split off; then a sentence with "Putin" is put in front of it.
    const Mention said = at(u"Putin"_qs, 1);
    Corrections c(u"a.txt"_qs, sha256(Text));
    c.append(Correction::splitMention(u"person:Vladimir Putin"_qs, said).anchoredIn(Text));
    const Mention kremlin = at(u"Kremlin"_qs);
    c.append(Correction::addEntity(u"Kremlin"_qs, EntityType::Place, kremlin).anchoredIn(Text));
    const QString inserted = u"Then Putin spoke, and the Kremlin wrote. "_qs;
    const qsizetype where = said.start - 8; // inside "Moscow. " before "Putin said"
    const QString edited = Text.first(where) + inserted + Text.sliced(where);
    const qsizetype shift = inserted.size();
    // The extractor, on the edited text: the inserted "Putin" is the nearest to the old offset.
    const qsizetype newPutin = where + inserted.indexOf(u"Putin");
    QVERIFY(std::abs(newPutin - said.start) < shift);
    const Entity putin = entity(u"Vladimir Putin"_qs, EntityType::Person,
                                {at(u"Vladimir Putin"_qs),
                                 {newPutin, newPutin + 5},
                                 {said.start + shift, said.end + shift}});
    const EntityList extractedNow({putin});
    const Corrections moved = c.reanchored(edited, extractedNow);
    QCOMPARE(moved.operations()[0].mention, (Mention{said.start + shift, said.end + shift}));
    QCOMPARE(moved.operations()[1].mention, (Mention{kremlin.start + shift, kremlin.end + shift}));
    // Re-anchored on the new text: a later edit starts from here.
    QCOMPARE(moved.operations()[0].before,
             edited.first(said.start + shift).right(Correction::NeighbourhoodLength));
    // Gone from where it was, a selection moves to the occurrence of its words that is left.
    QString gone = edited;
    gone.replace(u"the Kremlin agreed"_qs, u"they agreed"_qs);
    const Corrections without = c.reanchored(gone, extractedNow);
    QCOMPARE(without.operations()[1].mention,
             (Mention{where + qsizetype(inserted.indexOf(u"Kremlin")),
                      where + qsizetype(inserted.indexOf(u"Kremlin")) + 7}));
}

// The default: nothing written beside a reader's file; what an older version wrote there is read.
void TestCorrections::locateKeepsAFilesCorrectionsInTheDataDirectoryByDefault()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(u"talks.txt"_qs);
    const QString beside = article + u".entities.json"_qs;
    CorrectionsLocation where = Corrections::locate(article, article, sha256(Text));
    QVERIFY(where.writePath.startsWith(dataDirectory()));
    QCOMPARE(where.readPath, where.writePath);
    QVERIFY(where.note.isEmpty());
    QVERIFY(where.otherPath.isEmpty());
    // A special file beside the article is not even looked at.
    QVERIFY(makeFifo(beside));
    QCOMPARE(Corrections::locate(article, article, sha256(Text)).readPath, where.writePath);
    QVERIFY(QFile::remove(beside));
    // An older version's file is read, and named to be removed once saved in the data folder.
    QVERIFY(sampleCorrections().save(beside));
    where = Corrections::locate(article, article, sha256(Text));
    QCOMPARE(where.readPath, beside);
    QCOMPARE(where.otherPath, beside);
    QVERIFY(sampleCorrections().save(where.writePath));
    auto removeCopy = qScopeGuard([&where] { QFile::remove(where.writePath); });
    QCOMPARE(Corrections::locate(article, article, sha256(Text)).readPath, where.writePath);
    // Beside the article, with the setting, the data folder's copy is read while nothing is
    // beside it.
    QVERIFY(QFile::remove(beside));
    const CorrectionsLocation there = Corrections::locate(article, article, sha256(Text), Beside);
    QCOMPARE(there.writePath, beside);
    QCOMPARE(there.readPath, where.writePath);
    QCOMPARE(there.otherPath, where.writePath);
}

// Found by content: the same text under another path reads the corrections saved for it.
void TestCorrections::locateFindsTheCorrectionsOfAMovedFileByItsText()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(u"talks.txt"_qs);
    const CorrectionsLocation where = Corrections::locate(article, article, sha256(Text));
    QVERIFY(sampleCorrections().save(where.writePath));
    Corrections::remember(where, sha256(Text));
    auto removeCopy = qScopeGuard([&where] {
        QFile::remove(where.writePath);
        QFile::remove(where.contentPath);
    });
    QVERIFY(QFileInfo(where.contentPath).isFile());
    const QString moved = dir.filePath(u"archive/talks-2024.txt"_qs);
    // A copy, while the original is still there, starts afresh.
    QFile original(article);
    QVERIFY(original.open(QIODevice::WriteOnly));
    original.write(Text.toUtf8());
    original.close();
    const CorrectionsLocation copy = Corrections::locate(moved, moved, sha256(Text));
    QCOMPARE(copy.readPath, copy.writePath);
    // Moved: nothing is left at the old path.
    QVERIFY(QFile::remove(article));
    const CorrectionsLocation there = Corrections::locate(moved, moved, sha256(Text));
    QCOMPARE(there.readPath, where.writePath);
    QVERIFY(there.writePath != where.writePath); // kept under its own path from now on
    // Another text under the new path finds nothing.
    const CorrectionsLocation other = Corrections::locate(moved, moved, sha256(Text + u"!"));
    QCOMPARE(other.readPath, other.writePath);
    // A content index entry naming something outside the corrections folder is ignored.
    QFile entry(where.contentPath);
    QVERIFY(entry.open(QIODevice::WriteOnly));
    entry.write("../../../etc/passwd\n/nonexistent/talks.txt");
    entry.close();
    QCOMPARE(Corrections::locate(moved, moved, sha256(Text)).readPath, there.writePath);
}

void TestCorrections::locateReadsAReadOnlyFolderAndWritesToTheDataDirectory()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(u"talks.txt"_qs);
    QVERIFY(sampleCorrections().save(article + u".entities.json"_qs));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    auto restore = qScopeGuard([&dir] {
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (QFileInfo(dir.path()).isWritable()) {
        // Root writes anywhere; a folder under /proc is read-only even for root.
        const CorrectionsLocation proc = Corrections::locate(u"/proc/self/talks.txt"_qs,
                                                             u"/proc/self/talks.txt"_qs, {},
                                                             Beside);
        QVERIFY(proc.writePath.startsWith(dataDirectory()));
        QVERIFY(!proc.note.isEmpty());
        return;
    }
    // The corrections beside the article are read; new ones go to the data directory, and the
    // note says so.
    const CorrectionsLocation where = Corrections::locate(article, article, sha256(Text), Beside);
    QCOMPARE(where.readPath, article + u".entities.json"_qs);
    QVERIFY(where.writePath.startsWith(dataDirectory()));
    QVERIFY2(where.note.contains(u"new corrections are kept in"_qs), qPrintable(where.note));
    QVERIFY(where.note.contains(QDir::toNativeSeparators(where.writePath)));
    const CorrectionsLoad load = Corrections::load(where.readPath, sha256(Text));
    QVERIFY(load.corrections == sampleCorrections());

    // Once a correction is saved there, that copy (which holds the ones from beside) is read.
    Corrections more = load.corrections;
    more.append(Correction::hide(u"place:Eire"_qs));
    QVERIFY(more.save(where.writePath));
    auto removeCopy = qScopeGuard([&where] { QFile::remove(where.writePath); });
    const CorrectionsLocation again = Corrections::locate(article, article, sha256(Text), Beside);
    QCOMPARE(again.readPath, where.writePath);
    QVERIFY(Corrections::load(again.readPath, sha256(Text)).corrections == more);
}

void TestCorrections::locateNeverWritesThroughALinkOrASpecialFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("readBeside"); // what is beside is read (and warned about, if it is
                                          // not a regular file), until a copy exists
    QTest::addColumn<QString>("says");
    QTest::newRow("a dangling link") << u"dangling"_qs << false << u"is a link"_qs;
    QTest::newRow("a link to a file") << u"link"_qs << true << u"is a link"_qs;
    QTest::newRow("a fifo") << u"fifo"_qs << true << u"is not a regular file"_qs;
    QTest::newRow("a folder") << u"folder"_qs << true << u"is not a regular file"_qs;
}

void TestCorrections::locateNeverWritesThroughALinkOrASpecialFile()
{
    QFETCH(QString, kind);
    QFETCH(bool, readBeside);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString article = dir.filePath(u"talks.txt"_qs);
    const QString beside = article + u".entities.json"_qs;
    if (kind == u"dangling") {
        QVERIFY(QFile::link(dir.filePath(u"gone"_qs), beside));
    } else if (kind == u"link") {
        QVERIFY(sampleCorrections().save(dir.filePath(u"kept.json"_qs)));
        QVERIFY(QFile::link(dir.filePath(u"kept.json"_qs), beside));
    } else if (kind == u"fifo") {
        QVERIFY(makeFifo(beside));
    } else {
        QVERIFY(QDir(dir.path()).mkdir(QFileInfo(beside).fileName()));
    }
    const CorrectionsLocation where = Corrections::locate(article, article, sha256(Text), Beside);
    QVERIFY(where.writePath.startsWith(dataDirectory()));
    QCOMPARE(where.readPath, readBeside ? beside : where.writePath);
    QVERIFY2(where.note.contains(says), qPrintable(where.note));
    QVERIFY(!QFile::exists(where.writePath));
    // Saving there and reading back never touches what is beside the article.
    QVERIFY(sampleCorrections().save(where.writePath));
    auto removeCopy = qScopeGuard([&where] { QFile::remove(where.writePath); });
    QVERIFY(!QFileInfo::exists(dir.filePath(u"gone"_qs)));
    QCOMPARE(Corrections::locate(article, article, sha256(Text), Beside).readPath, where.writePath);
}

void TestCorrections::moveAsideChoosesAFreeNameAndNeverOverwrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.txt.entities.json"_qs);
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"version\": 1, \"corr");
    damaged.close();
    // The first two names are taken: a folder and an earlier damaged file.
    QVERIFY(QDir(dir.path()).mkdir(u"a.txt.entities.json.damaged"_qs));
    QFile earlier(path + u".damaged-2"_qs);
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("earlier");
    earlier.close();
    QString error;
    const QString moved = Corrections::moveAside(path, &error);
    QCOMPARE(moved, path + u".damaged-3"_qs);
    QVERIFY(error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QFile f(moved);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("{\"version\": 1, \"corr"));
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("earlier"));
    QVERIFY(QFileInfo(path + u".damaged"_qs).isDir());
    // The next one takes the next name.
    QVERIFY(sampleCorrections().save(path));
    QCOMPARE(Corrections::moveAside(path), path + u".damaged-4"_qs);
}

void TestCorrections::moveAsideSaysWhenItCannot()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(Corrections::moveAside(dir.filePath(u"none.json"_qs), &error).isEmpty());
    QVERIFY2(error.startsWith(u"Could not move "_qs) && error.contains(u"it does not exist"_qs),
             qPrintable(error));

    const QString path = dir.filePath(u"a.json"_qs);
    QVERIFY(sampleCorrections().save(path));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    auto restore = qScopeGuard([&dir] {
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (QFileInfo(dir.path()).isWritable())
        return; // root renames in a read-only folder; the missing file above is the check
    error.clear();
    QVERIFY(Corrections::moveAside(path, &error).isEmpty());
    QVERIFY2(error.startsWith(u"Could not move "_qs), qPrintable(error));
    QVERIFY(Corrections::load(path, sha256(Text)).corrections == sampleCorrections());
}

void TestCorrections::mergedKeepsWhatBothWritersDid_data()
{
    QTest::addColumn<QList<Correction>>("base");
    QTest::addColumn<QList<Correction>>("mine");
    QTest::addColumn<QList<Correction>>("onDisk");
    QTest::addColumn<QList<Correction>>("merged");
    const Correction a = Correction::hide(u"place:Moscow"_qs);
    const Correction b = Correction::rename(u"person:Trump"_qs, u"DJT"_qs);
    const Correction c = Correction::addEntity(u"Eire"_qs, EntityType::Place);
    const Correction d = Correction::changeType(u"organization:Kremlin"_qs, EntityType::Place);
    using L = QList<Correction>;
    QTest::newRow("no other writer: mine as it is, undo included")
        << L{a, b} << L{a} << L{a, b} << L{a};
    QTest::newRow("both added: theirs, then mine") << L{a} << L{a, c} << L{a, b} << L{a, b, c};
    QTest::newRow("both started from nothing") << L{} << L{c} << L{b, d} << L{b, d, c};
    QTest::newRow("I undid one of the shared ones, they added: their addition stays")
        << L{a, b} << L{a} << L{a, b, d} << L{a, d};
    QTest::newRow("they undid one of the shared ones, I added: their undo stays")
        << L{a, b} << L{a, b, c} << L{a} << L{a, c};
    QTest::newRow("they reset everything, I added: only mine after the reset")
        << L{a, b} << L{a, b, c} << L{} << L{c};
    QTest::newRow("both added the same: both kept, in order")
        << L{a} << L{a, c} << L{a, c} << L{a, c, c};
}

void TestCorrections::mergedKeepsWhatBothWritersDid()
{
    QFETCH(QList<Correction>, base);
    QFETCH(QList<Correction>, mine);
    QFETCH(QList<Correction>, onDisk);
    QFETCH(QList<Correction>, merged);
    const auto make = [](const QList<Correction> &operations) {
        Corrections c(u"talks.txt"_qs, sha256(Text));
        c.setOperations(operations);
        return c;
    };
    const Corrections result = Corrections::merged(make(base), make(mine), make(onDisk));
    QCOMPARE(result.operations().size(), merged.size());
    QVERIFY(result.operations() == merged);
    QCOMPARE(result.sha256(), sha256(Text));
    // A file for another text is not merged in.
    Corrections other = make(onDisk);
    other = Corrections(u"talks.txt"_qs, sha256(Text + u"!"_qs));
    other.setOperations(onDisk + QList<Correction>{Correction::hide(u"x"_qs)});
    QVERIFY(Corrections::merged(make(base), make(mine), other) == make(mine));
}

// Two windows on one article: each loads, corrects and saves; the second merges what it finds.
void TestCorrections::twoWritersLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"talks.txt.entities.json"_qs);
    const QString sha = sha256(Text);
    Corrections first = Corrections::load(path, sha).corrections;
    Corrections second = Corrections::load(path, sha).corrections;
    const Corrections firstBase = first, secondBase = second;
    first.append(Correction::hide(u"place:Moscow"_qs));
    QVERIFY(
        Corrections::merged(firstBase, first, Corrections::load(path, sha).corrections).save(path));
    second.append(Correction::rename(u"person:Trump"_qs, u"DJT"_qs));
    const Corrections saved = Corrections::merged(secondBase, second,
                                                  Corrections::load(path, sha).corrections);
    QVERIFY(saved.save(path));
    const EntityList list = Corrections::load(path, sha).corrections.apply(extracted(), Text);
    QVERIFY(list.find(u"place:Moscow"_qs)->hidden);
    QCOMPARE(list.find(u"person:Trump"_qs)->name, u"DJT"_qs);
}

void TestCorrections::removeLatestTakesAnOperationFromAnywhere()
{
    Corrections c;
    const Correction mine = Correction::hide(u"place:Moscow"_qs);
    c.append(mine);
    c.append(Correction::rename(u"person:Trump"_qs, u"DJT"_qs));
    c.append(mine);
    c.append(Correction::hide(u"place:Eire"_qs));
    QVERIFY(c.removeLatest(mine));
    QCOMPARE(c.size(), 3);
    QVERIFY(c.operations()[0] == mine);
    QCOMPARE(c.operations()[2].entityId, u"place:Eire"_qs);
    QVERIFY(c.removeLatest(mine));
    QVERIFY(!c.removeLatest(mine));
    QCOMPARE(c.size(), 2);
}

QTEST_GUILESS_MAIN(TestCorrections)
#include "tst_corrections.moc"
