#include "core/document/articleloader.h"
#include "core/extraction/entityextractor.h"
#include "core/extraction/knowledge.h"

#include <QTest>

class TestEntityExtractor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mentions_data();
    void mentions();
    void surnamesLinkToTheFullName();
    void aGivenNameAloneLinksToTheFullName();
    void aPlaceIsNoSurnameOfANameThatIsNoPersonsSurely();
    void aSurnameOpeningASentenceIsStillAName();
    void spellingsOfOnePlaceAreOneEntity();
    void rolesStatedNextToANameAreKept();
    void builtinArticlePeople();
    void builtinArticlePlaces();
    void builtinArticleSpansAreExactlyTheName();

private:
    EntityList extract(const QString &text) const
    {
        return EntityExtractor(m_knowledge).extract(text);
    }
    QStringList mentionsOf(const QString &text) const;
    std::shared_ptr<const Knowledge> m_knowledge;
};

void TestEntityExtractor::initTestCase()
{
    m_knowledge = Knowledge::load();
    QVERIFY(m_knowledge->placeCount() > 10000);
    QVERIFY(m_knowledge->givenNameCount() > 1000);
}

// "type:text" for every mention, in text order.
QStringList TestEntityExtractor::mentionsOf(const QString &text) const
{
    QList<std::pair<qsizetype, QString>> all;
    const EntityList list = extract(text);
    for (const auto &e : list.entities()) {
        for (const auto &m : e.mentions)
            all.append({m.start, entityTypeName(e.type) + u':' + text.sliced(m.start, m.length())});
    }
    std::sort(all.begin(), all.end());
    QStringList out;
    for (const auto &[pos, s] : all)
        out.append(s);
    return out;
}

void TestEntityExtractor::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a curly apostrophe possessive is not part of the name")
        << u"Talks began in Russia\u2019s Kursk region."_qs
        << QStringList{u"place:Russia"_qs, u"place:Kursk"_qs};
    QTest::newRow("a straight apostrophe possessive is not part of the name")
        << u"Talks began in Russia's Kursk region."_qs
        << QStringList{u"place:Russia"_qs, u"place:Kursk"_qs};
    QTest::newRow("an era after a year or a century is no organisation")
        << u"Athens was founded by 3000 BC; by the 7th century BCE it was a city, until AD 394."_qs
        << QStringList{u"place:Athens"_qs};
    QTest::newRow("a dotted degree is no person")
        << u"He earned his Ph.D. in Boston and a Ph.D in Vienna."_qs
        << QStringList{u"place:Boston"_qs, u"place:Vienna"_qs};
    QTest::newRow("an English word after the is no organisation, a title or a team is")
        << u"He wrote on the Internet for The Onion about the Pirates."_qs
        << QStringList{u"organization:Onion"_qs, u"organization:Pirates"_qs};
    QTest::newRow("a title is not part of the name")
        << u"Yesterday President Donald Trump spoke."_qs << QStringList{u"person:Donald Trump"_qs};
    QTest::newRow("a title with of is not part of the name")
        << u"Earlier, Secretary of State Marco Rubio said so."_qs
        << QStringList{u"person:Marco Rubio"_qs};
    QTest::newRow("a hyphenated title is not part of the name")
        << u"He met Vice-President JD Vance today."_qs << QStringList{u"person:JD Vance"_qs};
    QTest::newRow("a demonym and a title before a name are not part of it")
        << u"Ukrainian President Volodymyr Zelensky agreed."_qs
        << QStringList{u"person:Volodymyr Zelensky"_qs};
    QTest::newRow("an honorific with a period is not part of the name")
        << u"Officials said Mr. Bush met Chancellor Gerhard Schroeder."_qs
        << QStringList{u"person:Bush"_qs, u"person:Gerhard Schroeder"_qs};
    QTest::newRow("demonyms are not places")
        << u"Russian troops met Ukrainian forces."_qs << QStringList{};
    QTest::newRow("plural demonyms are not places")
        << u"We urge the Russians to sign."_qs << QStringList{};
    QTest::newRow("sentence-initial common words are not names")
        << u"However, the talks continued. Following the meeting, nothing changed."_qs
        << QStringList{};
    QTest::newRow("an entity at the very start of the text")
        << u"Moscow rejected the plan."_qs << QStringList{u"place:Moscow"_qs};
    QTest::newRow("an entity at the very end of the text")
        << u"The envoy flew to Moscow"_qs << QStringList{u"place:Moscow"_qs};
    QTest::newRow("days and months are not names")
        << u"The meeting on Tuesday was moved to February."_qs << QStringList{};
    QTest::newRow("a name inside a hyphenated modifier is not a mention")
        << u"A U.S.-led force and a Washington-based group left."_qs << QStringList{};
    QTest::newRow("a role word before a name makes a person")
        << u"The plan, which spokesman Dmitry Peskov described, stalled."_qs
        << QStringList{u"person:Dmitry Peskov"_qs};
    QTest::newRow("a name in apposition is a person")
        << u"The head of the army, Oleksandr Syrsky, said so."_qs
        << QStringList{u"person:Oleksandr Syrsky"_qs};
    QTest::newRow("a country before an organisation is a place of its own")
        << u"A spokesman for the U.S. Defense Department said."_qs
        << QStringList{u"place:U.S."_qs, u"organization:Defense Department"_qs};
    QTest::newRow("an acronym after the is an organisation")
        << u"A source told the BBC about it."_qs << QStringList{u"organization:BBC"_qs};
    QTest::newRow("an organisation's acronym in title case is not a person")
        << u"Nato said the alliance would respond, and Opec cut output."_qs
        << QStringList{u"organization:Nato"_qs, u"organization:Opec"_qs};
    QTest::newRow("a surname before said is still a person")
        << u"Kowalczyk said the talks would go on."_qs << QStringList{u"person:Kowalczyk"_qs};
    QTest::newRow("a demonym and one organisation word name the organisation")
        << u"Flights on British Airways and Turkish Airlines were cancelled."_qs
        << QStringList{u"organization:British Airways"_qs, u"organization:Turkish Airlines"_qs};
    QTest::newRow("a demonym before a longer organisation name is not part of it")
        << u"A spokesman for the Russian Defence Ministry said."_qs
        << QStringList{u"organization:Defence Ministry"_qs};
    QTest::newRow("initials are part of the name")
        << u"The case went to J. Edgar Hoover and E. B. White yesterday."_qs
        << QStringList{u"person:J. Edgar Hoover"_qs, u"person:E. B. White"_qs};
    QTest::newRow("an elided particle is part of the name")
        << u"He met Jean le Rond d'Alembert in Paris."_qs
        << QStringList{u"person:Jean le Rond d'Alembert"_qs, u"place:Paris"_qs};
    QTest::newRow("a hyphenated East Asian given name is part of the name")
        << u"Tsai Ing-wen met Lee Hsien-loong."_qs
        << QStringList{u"person:Tsai Ing-wen"_qs, u"person:Lee Hsien-loong"_qs};
    QTest::newRow("a saint's title that opens a place's name is part of the place")
        << u"They flew to Saint Petersburg."_qs << QStringList{u"place:Saint Petersburg"_qs};
    QTest::newRow("the place after a title with of is a place, not a person")
        << u"He ran for Governor of Virginia in 2013."_qs << QStringList{u"place:Virginia"_qs};
    QTest::newRow("a company's name is an organisation")
        << u"Later he watched YouTube with the Boston Red Sox."_qs
        << QStringList{u"organization:YouTube"_qs, u"organization:Boston Red Sox"_qs};
    QTest::newRow("an organisation word before of heads one organisation")
        << u"He taught at the University of California."_qs
        << QStringList{u"organization:University of California"_qs};
    QTest::newRow("a name ending in a place's head noun is a place")
        << u"They walked along Piedmont Avenue to the Royal Palace."_qs
        << QStringList{u"place:Piedmont Avenue"_qs, u"place:Royal Palace"_qs};
    QTest::newRow("a place's head noun after a given name is a surname")
        << u"Envoy Christopher Hill arrived."_qs << QStringList{u"person:Christopher Hill"_qs};
    QTest::newRow("a word that opens place names opens a place")
        << u"She swam in Lake Erie and climbed Mount Kosciuszko."_qs
        << QStringList{u"place:Lake Erie"_qs, u"place:Mount Kosciuszko"_qs};
    QTest::newRow("places of history are places")
        << u"The Soviet Union held his native Bohemia."_qs
        << QStringList{u"place:Soviet Union"_qs, u"place:Bohemia"_qs};
    QTest::newRow("groups of people and languages are no places or people")
        << u"Missionaries came to the Sikhs and the Christians. He spoke in English to the "
           u"Tatars and the Buddhists."_qs
        << QStringList{};
    QTest::newRow("a point of the compass after the is a place")
        << u"He moved to the Southwest."_qs << QStringList{u"place:Southwest"_qs};
    QTest::newRow("a place's head noun at the end outweighs an organisation word")
        << u"They toured the Johnson Space Center."_qs
        << QStringList{u"place:Johnson Space Center"_qs};
    QTest::newRow("wars, games and prizes are none of the three")
        << u"It was the American Revolutionary War. She won the Nobel Peace Prize at the Olympic "
           u"Games."_qs
        << QStringList{};
    QTest::newRow("an abbreviated saint opens a place's name")
        << u"He went to St. Petersburg in 1724."_qs << QStringList{u"place:St. Petersburg"_qs};
    QTest::newRow("a currency code is no organisation")
        << u"A room costs 450 DKK a night."_qs << QStringList{};
    QTest::newRow("a person of a place is the person and the place")
        << u"A brother from the monastery of St. Theodorus of Tabennese came. He stayed at "
           u"Tabennese."_qs
        << QStringList{u"person:Theodorus"_qs, u"place:Tabennese"_qs, u"place:Tabennese"_qs};
    QTest::newRow("a place named after someone is a place")
        << u"They crossed the George Washington Bridge."_qs
        << QStringList{u"place:George Washington Bridge"_qs};
    QTest::newRow("a place name with a generic head noun")
        << u"The envoy to the Middle East arrived."_qs << QStringList{u"place:Middle East"_qs};
    QTest::newRow("middle names are part of the name")
        << u"The plan was drawn by Pierre Charles Dufrenoy and Joseph Louis Varande."_qs
        << QStringList{u"person:Pierre Charles Dufrenoy"_qs, u"person:Joseph Louis Varande"_qs};
    QTest::newRow("a head noun that is no surname ends a place")
        << u"He lies in Brennholt Cemetery, near Quindell Station and the Orvasse Mosque."_qs
        << QStringList{u"place:Brennholt Cemetery"_qs, u"place:Quindell Station"_qs,
                       u"place:Orvasse Mosque"_qs};
    QTest::newRow("a word that opens place names in French or Spanish opens a place")
        << u"The ferry calls at Port Varlowe and Les Ormelles."_qs
        << QStringList{u"place:Port Varlowe"_qs, u"place:Les Ormelles"_qs};
    QTest::newRow("a plural name after a preposition and the is a place")
        << u"Most people in the Vennards live by fishing. They talked to the Maoists."_qs
        << QStringList{u"place:Vennards"_qs, u"organization:Maoists"_qs};
    QTest::newRow("a name that opens with a place and goes on in English words is no person")
        << u"The editor of the San Francisco Bulletin spoke."_qs << QStringList{};
    QTest::newRow("a site named after a title holder is a place")
        << u"They prayed at the Shah Mosque."_qs << QStringList{u"place:Shah Mosque"_qs};
    QTest::newRow("a capitalised article inside a sentence is outside the name")
        << u"It was reported by The New York Times."_qs
        << QStringList{u"organization:New York Times"_qs};
    QTest::newRow("a field of study after in is no place")
        << u"She holds a degree in Linguistics and a chair in Psychology."_qs << QStringList{};
}

void TestEntityExtractor::mentions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(mentionsOf(text), expected);
}

void TestEntityExtractor::surnamesLinkToTheFullName()
{
    const auto list = extract(
        u"Vladimir Putin arrived. Later, Putin spoke. Putin\u2019s aide agreed."_qs);
    QCOMPARE(list.size(), 1);
    const Entity &e = list.entities().first();
    QCOMPARE(e.name, u"Vladimir Putin"_qs);
    QCOMPARE(e.type, EntityType::Person);
    QCOMPARE(e.mentions.size(), 3);
}

void TestEntityExtractor::aGivenNameAloneLinksToTheFullName()
{
    const EntityList list = extract(
        u"Wolfgang Mozart was born in Salzburg. Later Wolfgang moved to Vienna."_qs);
    const Entity *mozart = list.find(u"person:Wolfgang Mozart"_qs);
    QVERIFY(mozart);
    QCOMPARE(mozart->mentions.size(), 2);
    QVERIFY(!list.find(u"person:Wolfgang"_qs));
}

void TestEntityExtractor::aPlaceIsNoSurnameOfANameThatIsNoPersonsSurely()
{
    // "HealthSpace Cleveland" may be a person's name, but not surely: Cleveland stays a place.
    const EntityList list = extract(
        u"The office of HealthSpace Cleveland opened. Cleveland is a city in Ohio."_qs);
    QVERIFY(list.find(u"place:Cleveland"_qs));
    const Entity *office = list.find(u"person:HealthSpace Cleveland"_qs);
    QVERIFY(!office || office->mentions.size() == 1);
}

void TestEntityExtractor::aSurnameOpeningASentenceIsStillAName()
{
    // "Trump" is also an English word; at a sentence start it is a name because the text names him.
    const auto list = extract(u"President Donald Trump spoke.\nTrump didn\u2019t say more."_qs);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.entities().first().mentions.size(), 2);
}

void TestEntityExtractor::spellingsOfOnePlaceAreOneEntity()
{
    const auto list = extract(u"US officials and U.S. troops went back to the United States."_qs);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.entities().first().name, u"United States"_qs);
    QCOMPARE(list.entities().first().mentions.size(), 3);
}

void TestEntityExtractor::rolesStatedNextToANameAreKept()
{
    const auto list = extract(u"Earlier, Secretary of State Marco Rubio said so."_qs);
    QCOMPARE(list.entities().first().role, u"Secretary of State"_qs);
    // A role in lower case, with the words of its organisation: "army chief", not "chief".
    const auto chief = extract(u"Pakistan's army chief Asim Munir met the police chief."_qs);
    const Entity *munir = chief.find(u"person:Asim Munir"_qs);
    QVERIFY(munir);
    QCOMPARE(munir->role, u"army chief"_qs);
}

void TestEntityExtractor::builtinArticlePeople()
{
    const auto article = ArticleLoader::loadBuiltin().article;
    const auto list = extract(article->text);
    QMap<QString, int> people;
    for (const auto &e : list.entities()) {
        if (e.type == EntityType::Person)
            people.insert(e.name, int(e.mentions.size()));
    }
    const QMap<QString, int> expected{
        {u"Donald Trump"_qs, 9},   {u"Vladimir Putin"_qs, 4},   {u"Volodymyr Zelensky"_qs, 4},
        {u"Dmitry Peskov"_qs, 2},  {u"Karoline Leavitt"_qs, 2}, {u"Marco Rubio"_qs, 1},
        {u"Micheál Martin"_qs, 1}, {u"Mike Waltz"_qs, 1},       {u"Steve Witkoff"_qs, 1},
        {u"JD Vance"_qs, 1},       {u"Valery Gerasimov"_qs, 1}, {u"Oleksandr Syrsky"_qs, 1},
    };
    QCOMPARE(people, expected);
}

void TestEntityExtractor::builtinArticlePlaces()
{
    const auto article = ArticleLoader::loadBuiltin().article;
    const auto list = extract(article->text);
    QMap<QString, int> places;
    for (const auto &e : list.entities()) {
        if (e.type == EntityType::Place)
            places.insert(e.name, int(e.mentions.size()));
    }
    // Counted by hand from the text: every mention of each named place.
    const QMap<QString, int> expected{
        {u"Russia"_qs, 11},        {u"Ukraine"_qs, 8},        {u"US"_qs, 7},
        {u"Jeddah"_qs, 4},         {u"Kursk"_qs, 3},          {u"Moscow"_qs, 2},
        {u"Saudi Arabia"_qs, 1},   {u"Eire"_qs, 1},           {u"Kryvyy Rih"_qs, 1},
        {u"Odesa"_qs, 1},          {u"Dnipropetrovsk"_qs, 1}, {u"Kharkiv"_qs, 1},
        {u"Oval Workplace"_qs, 2}, {u"White Home"_qs, 2},     {u"Center East"_qs, 1},
    };
    QCOMPARE(places, expected);
    for (const auto &e : list.entities()) {
        for (const auto &m : e.mentions) {
            const QString text = article->text.sliced(m.start, m.length());
            QVERIFY2(!text.startsWith(u"Russian") && !text.startsWith(u"Ukrainian"),
                     qPrintable(text));
        }
    }
}

void TestEntityExtractor::builtinArticleSpansAreExactlyTheName()
{
    const auto article = ArticleLoader::loadBuiltin().article;
    const auto list = extract(article->text);
    for (const auto &e : list.entities()) {
        for (const auto &m : e.mentions) {
            const QString text = article->text.sliced(m.start, m.length());
            QVERIFY2(!text.contains(u'\u2019') && !text.contains(u'\''), qPrintable(text));
            QVERIFY2(!text.startsWith(u"President") && !text.startsWith(u"Secretary")
                         && !text.startsWith(u"Press") && !text.startsWith(u"Vice"),
                     qPrintable(text));
            QVERIFY2(e.name.endsWith(text) || e.type != EntityType::Person, qPrintable(text));
            // Each mention is a whole word: no letter right before or after it.
            QVERIFY(m.start == 0 || !article->text[m.start - 1].isLetter());
            QVERIFY(m.end == article->text.size() || !article->text[m.end].isLetter());
        }
    }
}

QTEST_APPLESS_MAIN(TestEntityExtractor)
#include "tst_entityextractor.moc"
