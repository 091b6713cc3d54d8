#include "core/extraction/knowledge.h"
#include "core/extraction/knowledgeformat.h"
#include "knowledgewriter.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QResource>
#include <QTest>

#include <cstring>

using namespace KnowledgeFormat;

namespace {

constexpr auto Country = std::uint32_t(PlaceClass::Country);
constexpr auto Region = std::uint32_t(PlaceClass::Region);
constexpr auto City = std::uint32_t(PlaceClass::City);

// A small table with keys beyond ASCII: accents, another script, astral characters (surrogate
// pairs in UTF-16, four bytes in UTF-8).
KnowledgeWriter::Sources smallSources()
{
    KnowledgeWriter::Sources s;
    s.places.insert(u"Zürich"_qs, {u"Zürich"_qs, City, 3});
    s.places.insert(u"Zurich"_qs, {u"Zürich"_qs, City, 3}); // canonical: another record's key
    s.places.insert(u"São Paulo"_qs, {u"São Paulo"_qs, City, 3});
    s.places.insert(u"Ελλάδα"_qs, {u"Greece"_qs, Country, 0});       // canonical: no key
    s.places.insert(u"Hellas"_qs, {u"Greece"_qs, Country, 0});       // the same, shared
    s.places.insert(u"\U0001D538ndorra"_qs, {QString(), Region, 1}); // 𝔸ndorra, its own canonical
    s.places.insert(u"東京"_qs, {u"Tokyo"_qs, City, 3});
    s.places.insert(u"Kyiv"_qs, {u"Kyiv"_qs, City, 3});
    s.places.insert(u"Kiev"_qs, {u"Kyiv"_qs, City, 3});
    s.places.insert(u"Łódź"_qs, {u"Łódź"_qs, City, 3});
    s.titles.insert(u"président"_qs, 1);
    s.titles.insert(u"mr"_qs, 0);
    s.sets[Demonyms] = {u"Zürcher"_qs, u"\U0001F600"_qs};   // 😀
    s.sets[GivenNames] = {u"Zoe"_qs, u"\U00010437ames"_qs}; // 𐐷ames
    s.sets[CommonWords] = {u"the"_qs, u"naïve"_qs, u""_qs};
    s.sets[Calendar] = {u"monday"_qs};
    s.sets[OrganizationWords] = {u"ministry"_qs};
    s.sets[OrganizationAcronyms] = {u"nato"_qs};
    s.longestPlaceWords = 2;
    return s;
}

QByteArray smallTable()
{
    QString error;
    const QByteArray table = KnowledgeWriter::write(smallSources(), &error);
    if (table.isEmpty())
        qWarning("%s", qPrintable(error));
    return table;
}

Header headerOf(const QByteArray &table)
{
    Header h;
    std::memcpy(&h, table.constData(), sizeof h);
    return h;
}

template<typename T>
T read(const QByteArray &table, std::uint32_t offset)
{
    T value;
    std::memcpy(&value, table.constData() + offset, sizeof value);
    return value;
}

template<typename T>
void write(QByteArray &table, std::uint32_t offset, T value)
{
    std::memcpy(table.data() + offset, &value, sizeof value);
}

// The offset in the table of the record whose key is `key`, or 0.
std::uint32_t recordOf(const QByteArray &table, std::uint32_t section, const QString &key)
{
    const SectionEntry e = headerOf(table).sections[section];
    const QByteArray utf8 = key.toUtf8();
    for (std::uint32_t i = 0; i < e.count; ++i) {
        const std::uint32_t at = e.pool + read<std::uint32_t>(table, e.records + 4 * i);
        if (table.at(at) == char(utf8.size()) && table.mid(at + 1, utf8.size()) == utf8)
            return at;
    }
    return 0;
}

// The nth string other than `key` that falls into the same bucket with the same tag.
QString collidingWith(const QString &key, std::uint32_t bucketBits, int nth = 0)
{
    const std::uint32_t h = hash(key);
    for (int i = 0;; ++i) {
        const QString candidate = u"w"_qs + QString::number(i);
        const std::uint32_t c = hash(candidate);
        if (candidate != key && tagOf(c) == tagOf(h)
            && bucketOf(c, bucketBits) == bucketOf(h, bucketBits) && nth-- == 0)
            return candidate;
    }
}

// Whether `word` is in the list `what` names ("place", "demonym", "given", "common", "calendar",
// "org", "acronym" or "title").
bool isIn(const Knowledge &k, const QString &what, const QString &word)
{
    if (what == u"place")
        return k.place(word).has_value();
    if (what == u"demonym")
        return k.isDemonym(word);
    if (what == u"given")
        return k.isGivenName(word);
    if (what == u"common")
        return k.isCommonWord(word);
    if (what == u"calendar")
        return k.isCalendarWord(word);
    if (what == u"org")
        return k.isOrganizationWord(word);
    if (what == u"acronym")
        return k.isOrganizationAcronym(word);
    if (what == u"title")
        return k.title(word).has_value();
    return false;
}

} // namespace

class TestKnowledge : public QObject
{
    Q_OBJECT
private slots:
    void theEmbeddedTableLoadsInstantly();
    void lookups_data();
    void lookups();
    void aDamagedTableGivesAnEmptyKnowledgeNotACrash_data();
    void aDamagedTableGivesAnEmptyKnowledgeNotACrash();
    void keysBeyondAsciiAreFoundExactly_data();
    void keysBeyondAsciiAreFoundExactly();
    void canonicalNamesAndClassesComeBack();
    void everySetOfWordsIsSearchedAsItsKeysAreWritten_data();
    void everySetOfWordsIsSearchedAsItsKeysAreWritten();
    void aKeySharingABucketAndTagIsNotTakenForAnother();
    void keysThatShareABucketAndTagAreBothFound();
    void theTableIsLaidOutAsDocumented();
    void aKeyTheFormatCannotHoldIsRefused();
    void damageFoundByALookupFindsNothingAndDoesNotCrash_data();
    void damageFoundByALookupFindsNothingAndDoesNotCrash();
    void randomDamageNeverCrashes();
};

void TestKnowledge::theEmbeddedTableLoadsInstantly()
{
    QElapsedTimer timer;
    timer.start();
    const auto k = Knowledge::load();
    // Read in place: no parsing, no hash tables built (it took ~160 ms when it did).
    QVERIFY2(timer.elapsed() < 50, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(k->placeCount() > 100000);
    QVERIFY(k->givenNameCount() > 5000);
    QVERIFY(k->longestPlaceWords() >= 3);
    // The lookups of an article touch a fraction of it; the whole must stay small too.
    QResource resource(u":/knowledge.bin"_qs);
    QVERIFY2(resource.size() < 8 * 1024 * 1024, qPrintable(QString::number(resource.size())));
}

void TestKnowledge::lookups_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("found");
    QTest::newRow("a country") << u"place"_qs << u"Saudi Arabia"_qs << true;
    QTest::newRow("a city's other spelling") << u"place"_qs << u"Kryvyy Rih"_qs << true;
    QTest::newRow("an accented place folds to its plain spelling")
        << u"place"_qs << u"Kyïv"_qs << true;
    QTest::newRow("not a place") << u"place"_qs << u"Xyzzyville"_qs << false;
    QTest::newRow("a demonym") << u"demonym"_qs << u"Russian"_qs << true;
    QTest::newRow("a given name with an accent folds to its plain spelling")
        << u"given"_qs << u"Micheál"_qs << true;
    QTest::newRow("a common given name") << u"given"_qs << u"Michael"_qs << true;
    QTest::newRow("a common word") << u"common"_qs << u"however"_qs << true;
    QTest::newRow("a month") << u"calendar"_qs << u"February"_qs << true;
    QTest::newRow("an organisation word") << u"org"_qs << u"Ministry"_qs << true;
    QTest::newRow("an organisation's acronym, as British news writes it")
        << u"acronym"_qs << u"Nato"_qs << true;
    QTest::newRow("an organisation's acronym, in capitals") << u"acronym"_qs << u"OPEC"_qs << true;
    QTest::newRow("an acronym that is also an ordinary word")
        << u"acronym"_qs << u"Core"_qs << false;
    QTest::newRow("an acronym that is not an organisation's")
        << u"acronym"_qs << u"Ascii"_qs << false;
    QTest::newRow("a title, any case") << u"title"_qs << u"Secretary"_qs << true;
    QTest::newRow("a hyphenated title") << u"title"_qs << u"Vice-President"_qs << true;
}

void TestKnowledge::lookups()
{
    QFETCH(QString, what);
    QFETCH(QString, word);
    QFETCH(bool, found);
    const auto k = Knowledge::load();
    QCOMPARE(isIn(*k, what, word), found);
}

void TestKnowledge::aDamagedTableGivesAnEmptyKnowledgeNotACrash_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QResource resource(u":/knowledge.bin"_qs);
    const QByteArray good = resource.uncompressedData();
    QByteArray badSection = good;
    badSection[12] = char(0xff); // a section's entry count far past the end
    badSection[13] = char(0xff);
    badSection[14] = char(0xff);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("a wrong magic number") << QByteArray("NOPE").append(good.sliced(4));
    QTest::newRow("the previous format") << QByteArray("ARK4").append(good.sliced(4));
    QTest::newRow("cut in half") << good.first(good.size() / 2);
    QTest::newRow("the last array cut short") << good.first(good.size() - 16);
    QTest::newRow("just the header") << good.first(sizeof(Header));
    QTest::newRow("a section pointing outside") << badSection;

    const QByteArray small = smallTable();
    const Header h = headerOf(small);
    auto damaged = [&small, &h](const char *name, std::uint32_t section, auto change) {
        QByteArray bytes = small;
        SectionEntry e = h.sections[section];
        change(bytes, e);
        std::memcpy(bytes.data() + offsetof(Header, sections) + section * sizeof e, &e, sizeof e);
        QTest::newRow(name) << bytes;
    };
    damaged("a directory past the end", Places,
            [](QByteArray &b, SectionEntry &e) { e.directory = std::uint32_t(b.size()) - 4; });
    damaged("a misaligned directory", Places, [](QByteArray &, SectionEntry &e) { ++e.directory; });
    damaged("tags past the end", Places,
            [](QByteArray &b, SectionEntry &e) { e.tags = std::uint32_t(b.size()); });
    damaged("records past the end", CommonWords,
            [](QByteArray &b, SectionEntry &e) { e.records = std::uint32_t(b.size()) - 4; });
    damaged("a pool past the end", Titles, [](QByteArray &b, SectionEntry &e) {
        e.poolSize = std::uint32_t(b.size()) - e.pool + 1;
    });
    damaged("a pool wrapping around", Titles,
            [](QByteArray &, SectionEntry &e) { e.poolSize = 0xffffffff; });
    damaged("too many buckets", Places, [](QByteArray &, SectionEntry &e) { e.bucketBits = 32; });
    damaged("more buckets than the directory holds", Places,
            [](QByteArray &, SectionEntry &e) { e.bucketBits += 1; });
    damaged("a directory that does not start at zero", Places,
            [](QByteArray &b, SectionEntry &e) { write<std::uint32_t>(b, e.directory, 1); });
    damaged("a directory that does not end at the count", Places,
            [](QByteArray &b, SectionEntry &e) {
                write<std::uint32_t>(b, e.directory + 4 * (1u << e.bucketBits), e.count + 1);
            });
    damaged("a count beyond the directory's", Places,
            [](QByteArray &, SectionEntry &e) { e.count += 1; });
    QByteArray words = small;
    write<std::uint32_t>(words, offsetof(Header, longestPlaceWords), 0x7fffffff);
    QTest::newRow("a place of two billion words") << words;
}

void TestKnowledge::aDamagedTableGivesAnEmptyKnowledgeNotACrash()
{
    QFETCH(QByteArray, bytes);
    const auto k = Knowledge::fromData(bytes);
    QCOMPARE(k->placeCount(), 0);
    QCOMPARE(k->givenNameCount(), 0);
    QVERIFY(!k->place(u"Moscow"_qs));
    QVERIFY(!k->place(u"Zürich"_qs));
    QVERIFY(!k->isCommonWord(u"the"_qs));
    QVERIFY(!k->title(u"President"_qs));
    QCOMPARE(k->longestPlaceWords(), 1);
}

void TestKnowledge::keysBeyondAsciiAreFoundExactly_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("found");
    QTest::newRow("two-byte UTF-8") << u"place"_qs << u"Zürich"_qs << true;
    QTest::newRow("two-byte UTF-8, decomposed, folds to the plain key")
        << u"place"_qs << u"Zu\u0308rich"_qs << true;
    QTest::newRow("another script") << u"place"_qs << u"Ελλάδα"_qs << true;
    QTest::newRow("three-byte UTF-8") << u"place"_qs << u"東京"_qs << true;
    QTest::newRow("astral: a surrogate pair") << u"place"_qs << u"\U0001D538ndorra"_qs << true;
    QTest::newRow("astral, another low surrogate")
        << u"place"_qs << u"\U0001D539ndorra"_qs << false;
    QTest::newRow("astral, another high surrogate")
        << u"place"_qs << u"\U0002D538ndorra"_qs << false;
    QTest::newRow("only the high surrogate")
        << u"place"_qs << QString(QChar(0xd835)) + u"ndorra"_qs << false;
    QTest::newRow("the astral character alone") << u"place"_qs << u"\U0001D538"_qs << false;
    QTest::newRow("a prefix") << u"place"_qs << u"Züric"_qs << false;
    QTest::newRow("longer") << u"place"_qs << u"Zürichs"_qs << false;
    QTest::newRow("another case") << u"place"_qs << u"zürich"_qs << false;
    QTest::newRow("another accent") << u"demonym"_qs << u"Zûrcher"_qs << false;
    QTest::newRow("the same accent") << u"demonym"_qs << u"Zürcher"_qs << true;
    QTest::newRow("a character sharing the lead byte")
        << u"place"_qs << u"Z\u00fdrich"_qs << false; // ý: C3 BD, ü: C3 BC
    QTest::newRow("Latin Extended-A") << u"place"_qs << u"Łódź"_qs << true;
    QTest::newRow("an astral demonym") << u"demonym"_qs << u"\U0001F600"_qs << true;
    QTest::newRow("an astral given name") << u"given"_qs << u"\U00010437ames"_qs << true;
    QTest::newRow("a given name without its astral letter") << u"given"_qs << u"ames"_qs << false;
    QTest::newRow("a common word with a diaeresis") << u"common"_qs << u"naïve"_qs << true;
    QTest::newRow("the same in plain letters") << u"common"_qs << u"naive"_qs << false;
    QTest::newRow("an empty key") << u"common"_qs << QString() << true;
    QTest::newRow("an accented title") << u"title"_qs << u"Président"_qs << true;
    QTest::newRow("a title with a dot") << u"title"_qs << u"Mr."_qs << true;
    QTest::newRow("a calendar word") << u"calendar"_qs << u"Monday"_qs << true;
    QTest::newRow("an organisation word") << u"org"_qs << u"Ministry"_qs << true;
    QTest::newRow("an organisation's acronym") << u"acronym"_qs << u"Nato"_qs << true;
}

void TestKnowledge::keysBeyondAsciiAreFoundExactly()
{
    QFETCH(QString, what);
    QFETCH(QString, word);
    QFETCH(bool, found);
    const auto k = Knowledge::fromData(smallTable());
    QCOMPARE(k->placeCount(), 10);
    QCOMPARE(isIn(*k, what, word), found);
}

void TestKnowledge::canonicalNamesAndClassesComeBack()
{
    const auto k = Knowledge::fromData(smallTable());
    auto canonical = [&k](const QString &surface) {
        const auto p = k->place(surface);
        return p ? p->canonical : u"(none)"_qs;
    };
    QCOMPARE(canonical(u"Zürich"_qs), u"Zürich"_qs);                     // the key itself
    QCOMPARE(canonical(u"Zurich"_qs), u"Zürich"_qs);                     // another record's key
    QCOMPARE(canonical(u"Ελλάδα"_qs), u"Greece"_qs);                     // a name that is no key
    QCOMPARE(canonical(u"Hellas"_qs), u"Greece"_qs);                     // the same, stored once
    QCOMPARE(canonical(u"\U0001D538ndorra"_qs), u"\U0001D538ndorra"_qs); // astral, itself
    QCOMPARE(canonical(u"東京"_qs), u"Tokyo"_qs);
    QCOMPARE(canonical(u"Kiev"_qs), u"Kyiv"_qs);
    QCOMPARE(k->place(u"Hellas"_qs)->placeClass, Knowledge::PlaceClass::Country);
    QCOMPARE(k->place(u"\U0001D538ndorra"_qs)->placeClass, Knowledge::PlaceClass::Region);
    QCOMPARE(k->place(u"Kiev"_qs)->placeClass, Knowledge::PlaceClass::City);
    QCOMPARE(k->title(u"président"_qs), Knowledge::TitleKind::Role);
    QCOMPARE(k->title(u"Mr"_qs), Knowledge::TitleKind::Honorific);
    QCOMPARE(k->longestPlaceWords(), 2);
    QCOMPARE(k->longestTitleWords(), 1);
    // "Greece" is stored once though two places name it.
    const QByteArray table = smallTable();
    QCOMPARE(table.count("Greece"), 1);

    // The embedded table, the same way.
    const auto embedded = Knowledge::load();
    QCOMPARE(embedded->place(u"Eire"_qs)->canonical, u"Ireland"_qs);
    QCOMPARE(embedded->place(u"Kryvyy Rih"_qs)->canonical, u"Kryvyi Rih"_qs);
    QCOMPARE(embedded->place(u"Moscow"_qs)->canonical, u"Moscow"_qs);
    QCOMPARE(embedded->place(u"Kyïv"_qs)->canonical, u"Kyiv"_qs);
    QCOMPARE(embedded->place(u"Russia"_qs)->placeClass, Knowledge::PlaceClass::Country);
}

void TestKnowledge::everySetOfWordsIsSearchedAsItsKeysAreWritten_data()
{
    // Each section of words in the format's table, with no code of its own: the compiler writes
    // its keys normalised as the table says, and Knowledge::contains() searches them so.
    QTest::addColumn<int>("section");
    for (std::uint32_t s = 0; s < SectionCount; ++s) {
        if (Sections[s].payload == Payload::None)
            QTest::addRow("%s", Sections[s].file) << int(s);
    }
}

void TestKnowledge::everySetOfWordsIsSearchedAsItsKeysAreWritten()
{
    QFETCH(int, section);
    const KeyForm form = Sections[section].keys;
    KnowledgeWriter::Sources s;
    s.sets[section] = {normalisedKey(form, u"Zoë"_qs)};
    const auto k = Knowledge::fromData(KnowledgeWriter::write(s));
    const auto in = [&k, section](const QString &word) {
        return k->contains(Section(section), word);
    };
    QVERIFY(in(u"Zoë"_qs));
    QCOMPARE(in(u"zoë"_qs), form == KeyForm::LowerCase || form == KeyForm::TitleKey);
    QCOMPARE(in(u"Zoe"_qs), form == KeyForm::FoldedAccents);
    QVERIFY(!in(u"Zo"_qs));
    // Another section does not hold it.
    QVERIFY(!k->contains(Section((section + 1) % SectionCount), u"Zoë"_qs));
}

void TestKnowledge::aKeySharingABucketAndTagIsNotTakenForAnother()
{
    const QByteArray table = smallTable();
    const auto k = Knowledge::fromData(table);
    const Header h = headerOf(table);
    const QString places = collidingWith(u"Zürich"_qs, h.sections[Places].bucketBits);
    const QString words = collidingWith(u"naïve"_qs, h.sections[CommonWords].bucketBits);
    const QString astral = collidingWith(u"\U00010437ames"_qs, h.sections[GivenNames].bucketBits);
    QVERIFY(!k->place(places));
    QVERIFY(!k->isCommonWord(words));
    QVERIFY(!k->isGivenName(astral));
    QVERIFY(k->place(u"Zürich"_qs));
    QVERIFY(k->isCommonWord(u"naïve"_qs));
}

void TestKnowledge::keysThatShareABucketAndTagAreBothFound()
{
    // In a section of one bucket, two keys with the same tag, and a third string with that tag
    // that is no key: each lookup reads past the records that only share its tag.
    const QString first = u"w0"_qs;
    const QString second = collidingWith(first, 0, 0);
    const QString third = collidingWith(first, 0, 1);
    KnowledgeWriter::Sources s;
    s.sets[CommonWords] = {first, second};
    const QByteArray table = KnowledgeWriter::write(s);
    QCOMPARE(headerOf(table).sections[CommonWords].bucketBits, 0u);
    QCOMPARE(tagOf(hash(first)), tagOf(hash(second)));
    QCOMPARE(tagOf(hash(first)), tagOf(hash(third)));
    const auto k = Knowledge::fromData(table);
    QVERIFY(k->isCommonWord(first));
    QVERIFY(k->isCommonWord(second));
    QVERIFY(!k->isCommonWord(third));
}

void TestKnowledge::theTableIsLaidOutAsDocumented()
{
    // The embedded table: a directory in CSR form over entries sorted by bucket, about 1.5 to 2
    // entries per bucket, each entry's tag that of its record's key.
    QResource resource(u":/knowledge.bin"_qs);
    const QByteArray table = resource.uncompressedData();
    const Header h = headerOf(table);
    QCOMPARE(QByteArray(h.magic, 4), QByteArray("ARK6"));
    for (std::uint32_t section = 0; section < SectionCount; ++section) {
        const SectionEntry &e = h.sections[section];
        const std::uint32_t buckets = 1u << e.bucketBits;
        // The fewest buckets that hold at most two entries each on average.
        QVERIFY(e.count <= 2 * buckets);
        QVERIFY(buckets == 1 || e.count > buckets);
        std::uint32_t previous = 0;
        for (std::uint32_t b = 0; b <= buckets; ++b) {
            const auto start = read<std::uint32_t>(table, e.directory + 4 * b);
            QVERIFY(start >= previous);
            previous = start;
            if (b == buckets)
                break;
            const auto next = read<std::uint32_t>(table, e.directory + 4 * (b + 1));
            for (std::uint32_t i = start; i < next; ++i) {
                const std::uint32_t at = e.pool + read<std::uint32_t>(table, e.records + 4 * i);
                const auto length = std::uint8_t(table.at(at));
                const QString key = QString::fromUtf8(table.mid(at + 1, length));
                QCOMPARE(bucketOf(hash(key), e.bucketBits), b);
                QCOMPARE(read<std::uint16_t>(table, e.tags + 2 * i), tagOf(hash(key)));
            }
        }
        QCOMPARE(previous, e.count);
    }
}

void TestKnowledge::aKeyTheFormatCannotHoldIsRefused()
{
    KnowledgeWriter::Sources s;
    s.sets[CommonWords] = {QString(256, u'x')};
    QString error;
    QVERIFY(KnowledgeWriter::write(s, &error).isEmpty());
    QVERIFY(error.contains(u"255"_qs));
    s.sets[CommonWords] = {QString(85, u'€')}; // 255 bytes in UTF-8
    QVERIFY(!KnowledgeWriter::write(s, &error).isEmpty());
    s.sets[CommonWords] = {QString(QChar(0xd800))}; // a lone surrogate
    QVERIFY(KnowledgeWriter::write(s, &error).isEmpty());
    QVERIFY(error.contains(u"UTF-16"_qs));
}

void TestKnowledge::damageFoundByALookupFindsNothingAndDoesNotCrash_data()
{
    // Damage that loading does not look for (it would read the whole table): each lookup
    // checks what it reads.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("place"); // a place that can no longer be found
    const QByteArray small = smallTable();
    const Header h = headerOf(small);
    const SectionEntry places = h.sections[Places];
    QVERIFY(places.bucketBits >= 2);

    QByteArray b = small;
    for (std::uint32_t i = 1; i < (1u << places.bucketBits); ++i)
        write<std::uint32_t>(b, places.directory + 4 * i, 0xffffffff);
    QTest::newRow("a directory beyond the count") << b << u"Zürich"_qs;
    b = small;
    // Buckets 2, 4, 6...: [count, count - 1); buckets 1, 3, 5...: [count - 1, count).
    for (std::uint32_t i = 1; i < (1u << places.bucketBits); ++i)
        write<std::uint32_t>(b, places.directory + 4 * i, places.count - i % 2);
    QString backwards;
    const KnowledgeWriter::Sources sources = smallSources();
    for (auto it = sources.places.cbegin(); it != sources.places.cend(); ++it) {
        const std::uint32_t bucket = bucketOf(hash(it.key()), places.bucketBits);
        if (bucket >= 2 && bucket % 2 == 0 && bucket + 1 < (1u << places.bucketBits))
            backwards = it.key();
    }
    QVERIFY(!backwards.isEmpty());
    QTest::newRow("a directory going backwards") << b << backwards;
    b = small;
    for (std::uint32_t i = 0; i < places.count; ++i)
        write<std::uint32_t>(b, places.records + 4 * i, places.poolSize + i);
    QTest::newRow("records outside the pool") << b << u"Zürich"_qs;
    b = small;
    for (std::uint32_t i = 0; i < places.count; ++i)
        write<std::uint32_t>(b, places.records + 4 * i, places.poolSize - 1);
    b[places.pool + places.poolSize - 1] = char(0xff);
    QTest::newRow("a key running past the pool") << b << u"Zürich"_qs;
    b = small;
    std::uint32_t r = recordOf(b, Places, u"Ελλάδα"_qs);
    QVERIFY(r);
    write<std::uint32_t>(b, r + 1 + u"Ελλάδα"_qs.toUtf8().size() + 1, 0xfffffff0);
    QTest::newRow("a canonical name outside the pool") << b << u"Ελλάδα"_qs;
    b = small;
    r = recordOf(b, Places, u"Zürich"_qs);
    QVERIFY(r);
    b[r + 1 + u"Zürich"_qs.toUtf8().size()] = char(0x7f);
    QTest::newRow("a class that does not exist") << b << u"Zürich"_qs;
    b = small;
    r = recordOf(b, Places, u"東京"_qs);
    QVERIFY(r);
    b[r + 1] = char(0xff); // not UTF-8
    QTest::newRow("a key that is not UTF-8") << b << u"東京"_qs;
    b = small;
    r = recordOf(b, Places, u"Kiev"_qs);
    QVERIFY(r);
    write<std::uint32_t>(b, r + 1 + 4 + 1, places.poolSize - 1);
    b[places.pool + places.poolSize - 1] = char(0x40);
    QTest::newRow("a canonical name running past the pool") << b << u"Kiev"_qs;
    // The last record of the pool, its class byte cut off.
    b = small;
    const SectionEntry titles = h.sections[Titles];
    r = recordOf(b, Titles, u"mr"_qs);
    QVERIFY(r);
    write<std::uint32_t>(b,
                         offsetof(Header, sections) + Titles * sizeof(SectionEntry)
                             + offsetof(SectionEntry, poolSize),
                         r - titles.pool + 3);
    QTest::newRow("a title cut short") << b << QString();
}

void TestKnowledge::damageFoundByALookupFindsNothingAndDoesNotCrash()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, place);
    const auto k = Knowledge::fromData(bytes);
    QCOMPARE(k->placeCount(), 10); // loaded: the damage shows only on the lookups
    if (!place.isEmpty())
        QVERIFY(!k->place(place));
    // Every lookup of every kind stays safe (AddressSanitizer builds check it).
    const KnowledgeWriter::Sources s = smallSources();
    for (auto it = s.places.cbegin(); it != s.places.cend(); ++it)
        k->place(it.key());
    if (QTest::currentDataTag() == QByteArrayView("a title cut short"))
        QVERIFY(!k->title(u"Mr"_qs));
    k->title(u"président"_qs);
    k->isCommonWord(u"the"_qs);
    k->isGivenName(u"\U00010437ames"_qs);
}

void TestKnowledge::randomDamageNeverCrashes()
{
    // Bytes changed anywhere, a few at a time: the table is refused or every lookup stays
    // within it (AddressSanitizer builds check it).
    const QByteArray small = smallTable();
    const KnowledgeWriter::Sources s = smallSources();
    QRandomGenerator random(20240611);
    int loaded = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = small;
        const int changes = 1 + int(random.bounded(4));
        for (int c = 0; c < changes; ++c)
            bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
        const auto k = Knowledge::fromData(bytes);
        loaded += k->placeCount() > 0;
        for (auto it = s.places.cbegin(); it != s.places.cend(); ++it)
            k->place(it.key());
        for (const QString &word : {u"the"_qs, u"naïve"_qs, u"Zoe"_qs, u"\U00010437ames"_qs})
            k->isCommonWord(word) || k->isGivenName(word) || k->isDemonym(word);
        k->title(u"Mr"_qs);
        k->title(u"président"_qs);
        k->isCalendarWord(u"Monday"_qs);
        k->isOrganizationWord(u"Ministry"_qs);
        k->isOrganizationAcronym(u"Nato"_qs);
    }
    QVERIFY(loaded > 0); // most damage is in the records, found only by the lookups
}

QTEST_APPLESS_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
