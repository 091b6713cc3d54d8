// Where the reader is, without a window: following entities with their colours, stepping and
// wrapping, back and forward, find, shared paragraphs, the selection kept across a reload and
// after a correction. The view's position comes in as a number, as the window passes it.
#include "core/document/articleloader.h"
#include "core/extraction/knowledge.h"
#include "core/session/articlesession.h"
#include "core/session/readingstate.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestReadingState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void followingAnEntityTakesItsTypeColourAndJumpsToItsFirstMention();
    void selectingWithoutAJumpStaysWhereTheReaderIs();
    void nextAndPreviousWrapAround();
    void backReturnsToWhereTheReaderJumpedFrom();
    void entitiesFollowedSideBySideKeepTheirColours();
    void clickingAMentionFollowsItsEntityAtThatMention();
    void ctrlClickingAMentionAddsAndRemovesItsEntity();
    void findStepsFromWhereTheReaderIsAndWraps();
    void anEmptySearchClearsTheMatches();
    void sharedParagraphsMentionEveryFollowedEntity();
    void aReloadRestoresTheSelection();
    void anotherArticleStartsAfresh();
    void aRenameKeepsTheEntityFollowedAndItsCurrentMention();
    void aSplitFollowsTheMentionSplitOff();
    void clearingForgetsTheSelection();

private:
    const Entity *byName(const QString &name) const;
    QString idOf(const QString &name) const { return byName(name) ? byName(name)->id : QString(); }
    bool openBuiltin();

    std::shared_ptr<const Knowledge> m_knowledge;
    std::unique_ptr<ArticleSession> m_session;
    std::unique_ptr<ReadingState> m_reading;
};

void TestReadingState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_knowledge = Knowledge::load();
}

bool TestReadingState::openBuiltin()
{
    m_session->open(*ArticleLoader::loadBuiltin().article);
    return QTest::qWaitFor([this] { return !m_session->isExtracting(); }, 10000);
}

void TestReadingState::init()
{
    m_session = std::make_unique<ArticleSession>(m_knowledge);
    m_reading = std::make_unique<ReadingState>(m_session.get());
    QVERIFY(openBuiltin());
}

void TestReadingState::cleanup()
{
    // The built-in article's corrections live in the (test-mode) data directory: start clean.
    if (!m_session->corrections().isEmpty())
        m_session->setCorrections({});
    m_reading.reset();
    m_session.reset();
}

const Entity *TestReadingState::byName(const QString &name) const
{
    return m_session->entities().findByName(name);
}

void TestReadingState::followingAnEntityTakesItsTypeColourAndJumpsToItsFirstMention()
{
    QSignalSpy selection(m_reading.get(), &ReadingState::selectionChanged);
    QSignalSpy mentions(m_reading.get(), &ReadingState::mentionsChanged);
    QSignalSpy current(m_reading.get(), &ReadingState::currentMentionChanged);
    const Entity *trump = byName(u"Donald Trump"_qs);
    QVERIFY(trump);
    m_reading->select({trump->id}, trump->id, 500);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(current.size(), 1);
    QCOMPARE(m_reading->activeId(), trump->id);
    QCOMPARE(m_reading->selection().slotOf(trump->id), EntitySelection::typeSlot(trump->type));
    QCOMPARE(m_reading->navigator().count(), trump->mentions.size());
    QCOMPARE(*m_reading->currentMention(), trump->mentions.first());
    QCOMPARE(m_reading->navigator().indicator(), u"1 of 9"_qs);
    QVERIFY(m_reading->canGoBack());
}

void TestReadingState::selectingWithoutAJumpStaysWhereTheReaderIs()
{
    QSignalSpy current(m_reading.get(), &ReadingState::currentMentionChanged);
    m_reading->select({idOf(u"Donald Trump"_qs)}, idOf(u"Donald Trump"_qs));
    QCOMPARE(current.size(), 0);
    QCOMPARE(m_reading->currentMention(), nullptr);
    QCOMPARE(m_reading->navigator().indicator(), u"9 mentions"_qs);
    QVERIFY(!m_reading->canGoBack());
}

void TestReadingState::nextAndPreviousWrapAround()
{
    const Entity *putin = byName(u"Vladimir Putin"_qs);
    m_reading->select({putin->id}, putin->id, 0);
    QSignalSpy current(m_reading.get(), &ReadingState::currentMentionChanged);
    m_reading->previous(0); // from the first, back to the last
    QCOMPARE(*m_reading->currentMention(), putin->mentions.last());
    m_reading->next(0);
    QCOMPARE(*m_reading->currentMention(), putin->mentions.first());
    for (qsizetype i = 1; i < putin->mentions.size(); ++i)
        m_reading->next(0);
    QCOMPARE(*m_reading->currentMention(), putin->mentions.last());
    m_reading->next(0);
    QCOMPARE(*m_reading->currentMention(), putin->mentions.first());
    QCOMPARE(current.size(), putin->mentions.size() + 2);
}

void TestReadingState::backReturnsToWhereTheReaderJumpedFrom()
{
    QSignalSpy history(m_reading.get(), &ReadingState::historyChanged);
    m_reading->select({idOf(u"Donald Trump"_qs)}, idOf(u"Donald Trump"_qs), 1234);
    QVERIFY(!history.isEmpty());
    QCOMPARE(m_reading->back(50), 1234);
    QVERIFY(m_reading->canGoForward());
    QCOMPARE(m_reading->forward(1234), 50);
    QCOMPARE(m_reading->forward(50), -1);
}

void TestReadingState::entitiesFollowedSideBySideKeepTheirColours()
{
    const QString trump = idOf(u"Donald Trump"_qs);
    const QString zelensky = idOf(u"Volodymyr Zelensky"_qs);
    const QString russia = idOf(u"Russia"_qs);
    m_reading->select({trump}, trump);
    m_reading->select({trump, zelensky}, zelensky);
    const auto trumpSlot = m_reading->selection().slotOf(trump);
    const auto zelenskySlot = m_reading->selection().slotOf(zelensky);
    QVERIFY(trumpSlot && zelenskySlot);
    QVERIFY(*trumpSlot != *zelenskySlot); // two people, two colours
    QCOMPARE(m_reading->activeId(), zelensky);
    m_reading->select({trump, zelensky, russia}, russia);
    QCOMPARE(m_reading->selection().slotOf(trump), trumpSlot);
    QCOMPARE(m_reading->selection().slotOf(zelensky), zelenskySlot);
    const auto russiaSlot = m_reading->selection().slotOf(russia);
    QVERIFY(russiaSlot && *russiaSlot != *trumpSlot && *russiaSlot != *zelenskySlot);
    // A current id that is not selected gives way to the first one.
    m_reading->select({trump, zelensky}, russia);
    QCOMPARE(m_reading->activeId(), trump);
}

void TestReadingState::clickingAMentionFollowsItsEntityAtThatMention()
{
    const Entity *putin = byName(u"Vladimir Putin"_qs);
    const Mention third = putin->mentions.at(2);
    QSignalSpy current(m_reading.get(), &ReadingState::currentMentionChanged);
    QVERIFY(m_reading->selectMentionAt(third.start + 1, false));
    QCOMPARE(m_reading->activeId(), putin->id);
    QCOMPARE(*m_reading->currentMention(), third);
    QCOMPARE(m_reading->navigator().indicator(), u"3 of 4"_qs);
    QCOMPARE(current.size(), 1);
    QVERIFY(!m_reading->selectMentionAt(4, false)); // "officers": no name there
    QCOMPARE(m_reading->activeId(), putin->id);
}

void TestReadingState::ctrlClickingAMentionAddsAndRemovesItsEntity()
{
    const Entity *putin = byName(u"Vladimir Putin"_qs);
    const Entity *trump = byName(u"Donald Trump"_qs);
    m_reading->select({putin->id}, putin->id);
    QVERIFY(m_reading->selectMentionAt(trump->mentions.first().start, true));
    QCOMPARE(m_reading->selectedIds(), (QStringList{putin->id, trump->id}));
    QCOMPARE(m_reading->activeId(), trump->id);
    QVERIFY(m_reading->selectMentionAt(trump->mentions.first().start, true));
    QCOMPARE(m_reading->selectedIds(), QStringList{putin->id});
    QCOMPARE(m_reading->activeId(), putin->id);
}

void TestReadingState::findStepsFromWhereTheReaderIsAndWraps()
{
    QSignalSpy changed(m_reading.get(), &ReadingState::findChanged);
    QSignalSpy current(m_reading.get(), &ReadingState::findCurrentChanged);
    const QString text = m_session->article().text;
    const qsizetype middle = text.size() / 2;
    m_reading->find(u"ceasefire"_qs, {}, middle);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(current.size(), 1);
    const QList<Mention> &matches = m_reading->findMatches();
    QVERIFY(matches.size() > 2);
    const qsizetype first = m_reading->findCurrent();
    QVERIFY(matches.at(first).start >= middle);
    QVERIFY(first == 0 || matches.at(first - 1).start < middle);
    for (qsizetype i = first; i < matches.size(); ++i)
        m_reading->stepFind(1, 0);
    QCOMPARE(m_reading->findCurrent(), 0); // past the last, the first again
    m_reading->stepFind(-1, 0);
    QCOMPARE(m_reading->findCurrent(), matches.size() - 1);
    QVERIFY(m_reading->canGoBack()); // each step is a jump back can return from
    // Case and whole words narrow the search: "us" is in "Russia" too, "US" alone is the country.
    m_reading->find(u"us"_qs, {}, 0);
    const qsizetype anywhere = m_reading->findMatches().size();
    m_reading->find(u"US"_qs, {true, true}, 0);
    QVERIFY(!m_reading->findMatches().isEmpty());
    QVERIFY(m_reading->findMatches().size() < anywhere);
}

void TestReadingState::anEmptySearchClearsTheMatches()
{
    m_reading->find(u"Putin"_qs, {}, 0);
    QVERIFY(!m_reading->findMatches().isEmpty());
    QSignalSpy current(m_reading.get(), &ReadingState::findCurrentChanged);
    m_reading->find({}, {}, 0);
    QVERIFY(m_reading->findMatches().isEmpty());
    QCOMPARE(m_reading->findCurrent(), -1);
    QCOMPARE(current.size(), 0);
}

void TestReadingState::sharedParagraphsMentionEveryFollowedEntity()
{
    const Entity *putin = byName(u"Vladimir Putin"_qs);
    const Entity *trump = byName(u"Donald Trump"_qs);
    m_reading->select({putin->id, trump->id}, trump->id);
    QVERIFY(m_reading->sharedParagraphs().isEmpty()); // until asked for
    QSignalSpy shared(m_reading.get(), &ReadingState::sharedParagraphsChanged);
    m_reading->setSharedParagraphsOnly(true);
    QCOMPARE(shared.size(), 1);
    const Article &article = m_session->article();
    const QList<qsizetype> paragraphs = m_reading->sharedParagraphs();
    QVERIFY(!paragraphs.isEmpty());
    for (qsizetype p : paragraphs) {
        const auto inside = [&](const Entity *e) {
            return std::any_of(e->mentions.cbegin(), e->mentions.cend(), [&](const Mention &m) {
                return m.start >= article.paragraphs[p].start && m.end <= article.paragraphs[p].end;
            });
        };
        QVERIFY(inside(putin) && inside(trump));
    }
    m_reading->select({putin->id}, putin->id);
    QVERIFY(m_reading->sharedParagraphs().size() > paragraphs.size());
    m_reading->setSharedParagraphsOnly(false);
    QVERIFY(m_reading->sharedParagraphs().isEmpty());
}

void TestReadingState::aReloadRestoresTheSelection()
{
    const QString putin = idOf(u"Vladimir Putin"_qs);
    const QString trump = idOf(u"Donald Trump"_qs);
    m_reading->select({trump, putin}, putin, 0);
    m_reading->find(u"Russia"_qs, {}, 0);
    QVERIFY(openBuiltin()); // the same article again, as after a reload
    QCOMPARE(m_reading->selectedIds(), (QStringList{trump, putin}));
    QCOMPARE(m_reading->activeId(), putin);
    QVERIFY(!m_reading->canGoBack()); // history and matches belong to the text read before
    QVERIFY(m_reading->findMatches().isEmpty());
}

void TestReadingState::anotherArticleStartsAfresh()
{
    m_reading->select({idOf(u"Vladimir Putin"_qs)}, idOf(u"Vladimir Putin"_qs), 0);
    Article other;
    other.text = u"Angela Merkel visited Paris. Merkel left."_qs;
    other.source = u"stdin"_qs;
    m_session->open(other);
    QVERIFY(m_reading->selection().isEmpty()); // nothing is followed while names are found
    QVERIFY(QTest::qWaitFor([this] { return !m_session->isExtracting(); }, 10000));
    QVERIFY(m_reading->selection().isEmpty());
    QVERIFY(m_reading->navigator().isEmpty());
}

void TestReadingState::aRenameKeepsTheEntityFollowedAndItsCurrentMention()
{
    const QString putin = idOf(u"Vladimir Putin"_qs);
    m_reading->select({putin}, putin, 0);
    m_reading->next(0);
    QSignalSpy mentions(m_reading.get(), &ReadingState::mentionsChanged);
    m_session->applyCorrection(Correction::rename(putin, u"V. V. Putin"_qs));
    QCOMPARE(m_reading->activeId(), putin);
    QCOMPARE(m_reading->activeEntity()->name, u"V. V. Putin"_qs);
    QCOMPARE(mentions.size(), 1); // the mentions may have changed: the navigator starts again
    // ... on the mention the reader was at, which is still one of its mentions: "2 of 4".
    QVERIFY(m_reading->currentMention());
    QCOMPARE(m_reading->navigator().currentIndex(), 1);
    m_session->revertCorrection(Correction::rename(putin, u"V. V. Putin"_qs));
    QCOMPARE(m_reading->activeId(), putin);
    QCOMPARE(m_reading->activeEntity()->name, u"Vladimir Putin"_qs);
}

void TestReadingState::aSplitFollowsTheMentionSplitOff()
{
    const Entity *trump = byName(u"Donald Trump"_qs);
    const QString id = trump->id;
    const Mention last = trump->mentions.last();
    m_reading->select({id}, id, 0);
    const Correction split = Correction::splitMention(id, last);
    m_session->applyCorrection(split);
    QCOMPARE(m_reading->activeId(), split.resultId());
    QCOMPARE(m_reading->navigator().count(), 1);
    QCOMPARE(m_session->entities().find(id)->mentions.size(), 8);
}

void TestReadingState::clearingForgetsTheSelection()
{
    m_reading->select({idOf(u"Donald Trump"_qs)}, idOf(u"Donald Trump"_qs), 0);
    QSignalSpy selection(m_reading.get(), &ReadingState::selectionChanged);
    m_reading->clear();
    QCOMPARE(selection.size(), 1);
    QVERIFY(m_reading->selection().isEmpty());
    QVERIFY(m_reading->activeId().isEmpty());
    QCOMPARE(m_reading->currentMention(), nullptr);
    QVERIFY(m_reading->canGoBack()); // clearing is not a jump: where the reader was stays
}

QTEST_GUILESS_MAIN(TestReadingState)
#include "tst_readingstate.moc"
