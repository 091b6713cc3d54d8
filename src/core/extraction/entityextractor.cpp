#include "core/extraction/entityextractor.h"

#include "core/extraction/knowledge.h"
#include "core/extraction/tokenizer.h"

#include <QElapsedTimer>
#include <QHash>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>

namespace {

// How sure a classification is; a stronger one wins when the same name is read two ways.
enum Confidence { Unresolved = 0, Weak = 1, Medium = 2, Strong = 3 };

struct Candidate
{
    qsizetype first = 0; // token indices, inclusive
    qsizetype last = 0;
    EntityType type = EntityType::Person;
    Confidence confidence = Unresolved;
    QString role;
};

template<std::size_t N>
bool oneOf(QStringView word, const std::array<std::u16string_view, N> &list)
{
    return std::any_of(list.begin(), list.end(), [word](std::u16string_view w) {
        return word == QStringView(w.data(), qsizetype(w.size()));
    });
}

// Lower-case words that may sit inside a name: "Bank of England", "Ahmed bin Salman".
constexpr std::array<std::u16string_view, 19> Particles = {u"of",  u"de", u"da",  u"del", u"della",
                                                           u"di",  u"du", u"van", u"von", u"der",
                                                           u"den", u"la", u"le",  u"bin", u"ibn",
                                                           u"al",  u"el", u"dos", u"das"};

// Words that open a noun phrase, never part of a role ("his army chief" is an "army chief").
constexpr std::array<std::u16string_view, 12> Determiners = {u"the", u"a",    u"an",    u"his",
                                                             u"her", u"its",  u"their", u"our",
                                                             u"my",  u"your", u"this",  u"that"};

// Prepositions after which an unknown name is most likely a place.
constexpr std::array<std::u16string_view, 14> Locatives = {u"in",      u"at",         u"near",
                                                           u"from",    u"to",         u"into",
                                                           u"across",  u"throughout", u"within",
                                                           u"outside", u"toward",     u"towards",
                                                           u"around",  u"inside"};

// Verbs of speech after which a bare name is a person.
constexpr std::array<std::u16string_view, 16> SpeechVerbs
    = {u"said",      u"says",    u"told",   u"stated", u"added",    u"asked",
       u"announced", u"argued",  u"warned", u"wrote",  u"insisted", u"explained",
       u"noted",     u"replied", u"urged",  u"claimed"};

// The eras of a calendar, written after a year or a century ("3000 BC", "the 7th century BCE")
// or before a year ("AD 79").
constexpr std::array<std::u16string_view, 4> Eras = {u"BC", u"BCE", u"AD", u"CE"};

// Words that open a place name ("North Waziristan", "Southern Sudan").
constexpr std::array<std::u16string_view, 10> Compass = {u"north",   u"south",    u"east",
                                                         u"west",    u"northern", u"southern",
                                                         u"eastern", u"western",  u"central",
                                                         u"upper"};

// The points between: "the Southwest", "the Midwest".
constexpr std::array<std::u16string_view, 5> CompassCompounds = {u"northeast", u"northwest",
                                                                 u"southeast", u"southwest",
                                                                 u"midwest"};

// The generic head nouns of English place names ("Red Sea", "Middle East", "Gaza Strip").
constexpr std::array<std::u16string_view, 35> PlaceHeads
    = {u"america",     u"europe",    u"strip",    u"east",      u"west",     u"north",
       u"south",       u"sea",       u"ocean",    u"river",     u"gulf",     u"island",
       u"islands",     u"mountains", u"valley",   u"peninsula", u"strait",   u"bay",
       u"lake",        u"coast",     u"province", u"region",    u"desert",   u"basin",
       u"canal",       u"square",    u"street",   u"county",    u"district", u"territory",
       u"territories", u"highlands", u"plateau",  u"asia",      u"africa"};

// Words that open place names in the languages English borrows them from ("Port Hutt", "Les
// Saintes", "Puerto Rico", "Isla Mujeres"); "La", "Le" and "El" also open surnames ("Le Pen").
constexpr std::array<std::u16string_view, 10> PlaceArticles = {u"Port",   u"Les",   u"Los",  u"Las",
                                                               u"Puerto", u"Porto", u"Isla", u"Ile",
                                                               u"Île",    u"Grande"};

// Head nouns of the names of sites that, unlike "Hill" or "Field", are no surnames: what a name
// ending in one of them names is a place ("Montmartre Cemetery", "Bay Area"). Hotels are left
// out: news names them as businesses ("Sahafi Hotel").
constexpr std::array<std::u16string_view, 21> SitePlaceHeads
    = {u"cemetery", u"station", u"shelf", u"mosque",  u"boulevard", u"blvd",      u"ave",
       u"reserve",  u"area",    u"marae", u"tube",    u"terminal",  u"cathedral", u"abbey",
       u"plaza",    u"pier",    u"wharf", u"harbour", u"harbor",    u"tunnel",    u"market"};

// The endings of English abstract nouns: fields, faiths, qualities ("Linguistics", "Psychology",
// "Catholicism", "Christianity").
constexpr std::array<std::u16string_view, 9> AbstractEndings = {u"ics",  u"logy", u"ism",
                                                                u"ity",  u"ness", u"ment",
                                                                u"ship", u"ance", u"ence"};

bool isAbstractNoun(QStringView w)
{
    return std::any_of(AbstractEndings.begin(), AbstractEndings.end(), [w](std::u16string_view e) {
        return w.endsWith(QStringView(e.data(), qsizetype(e.size())));
    });
}

// The most tokens one candidate name may have, particles included.
constexpr qsizetype MaxRunTokens = 24;

class Run
{
public:
    Run(const Knowledge &k, QStringView text)
        : m_k(k)
        , m_text(text)
        , m_tokens(Tokenizer::tokenize(text))
    {}

    QList<Entity> extract();

private:
    QStringView word(qsizetype i) const
    {
        return m_text.sliced(m_tokens[i].start, m_tokens[i].end - m_tokens[i].start);
    }
    // The words a..b as one name, with any run of spaces between them read as one space.
    QString surface(qsizetype a, qsizetype b) const
    {
        const QStringView slice = m_text.sliced(m_tokens[a].start,
                                                m_tokens[b].end - m_tokens[a].start);
        for (qsizetype i = a + 1; i <= b; ++i) {
            if (m_tokens[i].start - m_tokens[i - 1].end != 1
                || m_text[m_tokens[i].start - 1] != u' ')
                return slice.toString().simplified();
        }
        return slice.toString();
    }
    bool nameish(qsizetype i) const
    {
        return (m_tokens[i].capitalized || m_tokens[i].allCaps) && !m_tokens[i].hyphenModifier;
    }
    bool isParticle(qsizetype i) const { return oneOf(word(i), Particles); }

    bool isCommon(qsizetype i) const { return m_k.isCommonWord(word(i)); }
    bool isCommonWord(QStringView w) const { return m_k.isCommonWord(w); }
    // The lower-case word right before token i, if only spaces separate them.
    QStringView previousWord(qsizetype i) const
    {
        if (i == 0 || !m_tokens[i].joinedToPrevious)
            return {};
        return word(i - 1);
    }
    QStringView nextWord(qsizetype i) const
    {
        if (i + 1 >= m_tokens.size() || !m_tokens[i + 1].joinedToPrevious || m_tokens[i].possessive)
            return {};
        return word(i + 1);
    }
    bool isOrganizationNoun(QStringView w) const
    {
        return !w.isEmpty() && w[0].isLower() && m_k.isOrganizationWord(w);
    }
    bool isOrganizationName(qsizetype a, qsizetype b) const
    {
        return m_k.contains(KnowledgeFormat::OrganizationNames, surface(a, b));
    }
    // "Lake", "Bridge", "Avenue": the head noun of a place's name.
    bool isPlaceWord(qsizetype i) const
    {
        return m_k.contains(KnowledgeFormat::PlaceWords, word(i));
    }
    bool isEventWord(qsizetype i) const
    {
        return m_k.contains(KnowledgeFormat::EventWords, word(i));
    }
    // "Lake", "Mount", "Fort": a place word that opens names.
    bool isPlaceOpener(qsizetype i) const
    {
        return m_k.contains(KnowledgeFormat::PlaceOpeners, word(i));
    }
    bool isRoleWord(QStringView w) const
    {
        if (w.isEmpty() || !w[0].isLower())
            return false;
        const auto kind = m_k.title(w);
        return kind && *kind == Knowledge::TitleKind::Role;
    }

    // The role the text gives right before token a, whose previous word is a role word: that
    // word, and the lower-case organisation and role words before it ("army chief", "deputy
    // party leader"), up to three more.
    QString rolePhraseBefore(qsizetype a) const
    {
        qsizetype first = a - 1;
        while (first > 0 && a - 1 - first < 3 && m_tokens[first].joinedToPrevious
               && !m_tokens[first - 1].possessive && !oneOf(word(first - 1), Determiners)
               && (isOrganizationNoun(word(first - 1)) || isRoleWord(word(first - 1))))
            --first;
        return surface(first, a - 1);
    }
    void findSequences();
    void analyze(qsizetype a, qsizetype b);
    void classify(qsizetype a, qsizetype b, bool personCue, const QString &role);
    qsizetype placeLengthAt(qsizetype a, qsizetype b) const;
    qsizetype countryLengthAt(qsizetype a, qsizetype b) const;
    bool isDemonymCompound(qsizetype i) const;
    qsizetype titleEndingAt(qsizetype a, qsizetype t) const;
    void add(qsizetype a, qsizetype b, EntityType type, Confidence c, const QString &role = {})
    {
        m_candidates.append({a, b, type, c, role});
    }
    QList<Entity> resolve();

    const Knowledge &m_k;
    QStringView m_text;
    QList<Token> m_tokens;
    QList<std::pair<qsizetype, qsizetype>> m_sequences;
    QList<Candidate> m_candidates;
};

void Run::findSequences()
{
    const qsizetype n = m_tokens.size();
    qsizetype i = 0;
    while (i < n) {
        if (!nameish(i)) {
            ++i;
            continue;
        }
        qsizetype a = i;
        qsizetype b = i;
        while (!m_tokens[b].possessive) {
            qsizetype j = b + 1;
            // Particles ("of", "bin", "of the") may join two capitalised words.
            while (j < n && m_tokens[j].joinedToPrevious && !m_tokens[j].capitalized
                   && (isParticle(j) || (word(j) == u"the" && word(j - 1) == u"of")) && j - b <= 2)
                ++j;
            if (j < n && m_tokens[j].joinedToPrevious && nameish(j)
                && !(j > b + 1 && m_tokens[j - 1].possessive)) {
                b = j;
            } else {
                break;
            }
        }
        // No name is this long; a longer run ("A B C ..." for pages) is read in pieces, so that the
        // work per run, and the recursion in analyze() and classify(), stays bounded.
        for (qsizetype s = a; s <= b; s += MaxRunTokens)
            m_sequences.append({s, std::min(b, s + MaxRunTokens - 1)});
        i = b + 1;
    }
}

qsizetype Run::countryLengthAt(qsizetype a, qsizetype b) const
{
    const qsizetype len = placeLengthAt(a, b);
    const auto place = len > 0 ? m_k.place(surface(a, a + len - 1)) : std::nullopt;
    return place && place->placeClass == Knowledge::PlaceClass::Country ? len : 0;
}

// "Israeli-Palestinian", "U.S.-German": every part of a hyphenated word is a demonym.
bool Run::isDemonymCompound(qsizetype i) const
{
    const QStringView w = word(i);
    if (!w.contains(u'-'))
        return false;
    for (QStringView part : w.tokenize(u'-')) {
        if (!m_k.isDemonym(part))
            return false;
    }
    return true;
}

qsizetype Run::placeLengthAt(qsizetype a, qsizetype b) const
{
    const qsizetype maxLen = std::min<qsizetype>(b - a + 1, m_k.longestPlaceWords());
    for (qsizetype len = maxLen; len >= 1; --len) {
        if (!nameish(a + len - 1))
            continue;
        if (m_k.place(surface(a, a + len - 1)))
            return len;
    }
    return 0;
}

// The first token of a title that ends at token t (within [a, t]), or -1.
qsizetype Run::titleEndingAt(qsizetype a, qsizetype t) const
{
    const qsizetype maxLen = std::min<qsizetype>(t - a + 1, m_k.longestTitleWords());
    for (qsizetype len = maxLen; len >= 1; --len) {
        const qsizetype s = t - len + 1;
        if (m_k.title(surface(s, t)))
            return s;
    }
    return -1;
}

void Run::analyze(qsizetype a, qsizetype b)
{
    // Calendar words split a run: "Tuesday", "February".
    for (qsizetype i = a; i <= b; ++i) {
        if (m_k.isCalendarWord(word(i))) {
            if (i > a)
                analyze(a, i - 1);
            if (i < b)
                analyze(i + 1, b);
            return;
        }
    }
    // The name of a company, band or team, whole ("American Express", "Boston Red Sox"), before
    // any of it is peeled off or read as a place.
    if (isOrganizationName(a, b)) {
        add(a, b, EntityType::Organization, Strong);
        return;
    }
    // "Civil War", "Olympic Games", "César Award": an event or a prize is none of the three
    // (but "Jenna Marbles" is a person, and "Major League Baseball" an organisation).
    if (a < b && isEventWord(b) && !(m_k.isGivenName(word(a)) && !isCommon(a))) {
        bool org = false;
        for (qsizetype i = a; i < b; ++i)
            org = org || m_k.isOrganizationWord(word(i));
        if (!org)
            return;
    }
    // Peel off what comes before a name: demonyms and sentence-initial common words.
    while (a <= b) {
        if (isParticle(a) || (a > 0 && word(a) == u"the" && isParticle(a - 1))) {
            ++a;
            continue;
        }
        const QString w = word(a).toString();
        const qsizetype placeLength = placeLengthAt(a, b);
        // "by The New York Times": a capitalised article inside a sentence is outside the name,
        // unless the words name a place ("The Hague").
        if (w == u"The" && a < b && placeLength == 0) {
            ++a;
            continue;
        }
        // A demonym is not its place, unless it opens a longer name ("Saudi Arabia"), or names
        // an organisation with the one word after it ("British Airways", "Turkish Airlines"; not
        // "Russian TV").
        if (placeLength <= 1 && (m_k.isDemonym(w) || isDemonymCompound(a))) {
            if (a + 1 == b && !m_tokens[b].allCaps && m_k.isOrganizationWord(word(b)))
                break;
            ++a;
            continue;
        }
        if (placeLength > 0)
            break;
        if (a < b && m_k.isDemonym(surface(a, a + 1))) { // "North Korean", "Sri Lankan"
            a += 2;
            continue;
        }
        if (m_tokens[a].sentenceStart && isCommon(a) && !m_k.isGivenName(w) && !m_k.title(w)) {
            if (a == b) {
                // Kept as a weak reading: "Trump" opening a sentence is still Trump if the
                // article names him elsewhere.
                add(a, a, EntityType::Person, Unresolved);
                return;
            }
            ++a;
            continue;
        }
        break;
    }
    while (a <= b && isParticle(b))
        --b;
    if (a > b)
        return;

    // "St. Jerome", "Saint Theodorus of Tabennese": a saint, unless the words name a place
    // ("St. Louis"); the title is not part of the name.
    if (a < b && (word(a) == u"St" || word(a) == u"Saint") && m_tokens[a + 1].capitalized
        && placeLengthAt(a, b) == 0) {
        classify(a + 1, b, true, surface(a, a));
        return;
    }
    // A title before the name: "Secretary of State Marco Rubio", "U.S. President George Bush";
    // not one that opens a place's name ("St. Louis", "Saint Petersburg").
    for (qsizetype t = b - 1; t >= a; --t) {
        const qsizetype ts = titleEndingAt(a, t);
        if (ts < 0 || (ts == a && t < a + placeLengthAt(a, b) - 1))
            continue;
        qsizetype roleStart = a;
        if (const qsizetype pl = placeLengthAt(a, ts - 1 >= a ? ts - 1 : a);
            pl > 0 && a + pl <= ts) {
            add(a, a + pl - 1, EntityType::Place, Strong);
            roleStart = a + pl;
        }
        qsizetype n = t + 1;
        if (word(n) == u"of") {
            // "Secretary of State Rice": the words after "of" belong to the title until a name.
            ++n;
            if (n <= b && word(n) == u"the")
                ++n;
            // "Governor of Virginia": the title's place, and no person.
            if (n <= b && placeLengthAt(n, b) == b - n + 1) {
                add(n, b, EntityType::Place, Strong);
                return;
            }
            // A second "of" ("Icon of St. Theodorus of Tabennese") ends the title: what follows
            // is a name of its own.
            bool secondOf = false;
            for (qsizetype j = n + 1; j < b; ++j)
                secondOf = secondOf || word(j) == u"of";
            while (n < b && !secondOf) {
                const qsizetype remaining = b - n + 1;
                const bool given = m_k.isGivenName(word(n));
                if ((remaining > 2 && !given) || (remaining > 1 && !given && isCommon(n)))
                    ++n;
                else
                    break;
            }
            if (n > b)
                return;
        }
        while (n <= b && (isParticle(n) || m_k.title(word(n))))
            ++n;
        if (n > b)
            return;
        // "Justice Department", "Revolutionary Guards": the title word was part of a name that is
        // not a person's.
        const QString last = word(b).toString();
        // "Shah Mosque": a site named after the title holder is a place.
        if (m_k.isOrganizationWord(last) || oneOf(last.toLower(), SitePlaceHeads)) {
            classify(roleStart, b, false, {});
            return;
        }
        if (n == b && last.endsWith(u's') && isCommon(b))
            return;
        if (n < b && (word(n) == u"St" || word(n) == u"Saint") && placeLengthAt(n, b) == 0)
            ++n; // "St. Theodorus": the saint's title too
        classify(n, b, true, surface(roleStart, n - 1));
        return;
    }
    // A run that is only a title ("Prime Minister", "Press Secretary") names nobody.
    if (const qsizetype ts = titleEndingAt(a, b); ts >= 0) {
        // "U.S. Senator": the place before the title is still a place.
        const qsizetype pl = ts > a ? placeLengthAt(a, ts - 1) : 0;
        bool allTitle = true;
        for (qsizetype i = a + pl; i < ts; ++i)
            allTitle = allTitle && (isCommon(i) || isParticle(i));
        if (allTitle) {
            if (pl > 0)
                add(a, a + pl - 1, EntityType::Place, Strong);
            return;
        }
    }
    classify(a, b, false, {});
}

void Run::classify(qsizetype a, qsizetype b, bool personCue, const QString &role)
{
    const qsizetype n = b - a + 1;
    const QString name = surface(a, b);
    const QStringView prev = previousWord(a);
    const QStringView next = nextWord(b);
    if (personCue) {
        // "St. Theodorus of Tabennese": the person, and the place the person is of.
        const qsizetype of = b - 1;
        if (of > a && word(of) == u"of" && !isCommon(b) && !m_tokens[b].allCaps
            && !m_k.isOrganizationWord(word(b))) {
            add(a, of - 1, EntityType::Person, Strong, role);
            add(b, b, EntityType::Place, Weak);
            return;
        }
        add(a, b, EntityType::Person, Strong, role);
        return;
    }
    if (m_k.place(name)) {
        add(a, b, EntityType::Place, Strong);
        return;
    }
    // Organisation words: "Defense Department", "Labour Party"; a place before one is its own
    // mention ("U.S. Defense Department").
    if (n >= 2) {
        // "University of California", "Bank of England": an organisation word heads the name.
        bool org = n >= 3 && word(a + 1) == u"of" && m_k.isOrganizationWord(word(a));
        // "Broad Art Museum", "Johnson Space Center": a place's head noun at the end makes a
        // place, unless another word names an organisation.
        const qsizetype last = (isPlaceWord(b)
                                || oneOf(word(b).toString().toLower(), SitePlaceHeads))
                                   ? b - 1
                                   : b;
        for (qsizetype i = a + 1; i <= last; ++i)
            org = org || (!isParticle(i) && m_k.isOrganizationWord(word(i)));
        if (org) {
            // Only a country stands apart ("U.S. Defense Department"); a city is part of the
            // name ("New York Times", "Hanoi University").
            const qsizetype pl = countryLengthAt(a, b);
            if (pl > 0 && a + pl <= b && !isParticle(a + pl)) {
                add(a, a + pl - 1, EntityType::Place, Strong);
                add(a + pl, b, EntityType::Organization, Medium);
            } else {
                add(a, b, EntityType::Organization, Medium);
            }
            return;
        }
    }
    if (n == 1) {
        const Token &t = m_tokens[a];
        const QString w = word(a).toString();
        if (w.size() < 2)
            return;
        // "Ph.D.", "Ph.D": the first part of a dotted abbreviation, no name.
        if (t.end + 2 <= m_text.size() && m_text[t.end] == u'.' && m_text[t.end + 1].isUpper()
            && (t.end + 2 == m_text.size() || !m_text[t.end + 2].isLetter()))
            return;
        if (t.allCaps) {
            // "776 BCE", "the 7th century BC", "AD 394": an era, no name.
            if (oneOf(w, Eras)
                && ((!prev.isEmpty() && prev.back().isDigit()) || prev == u"century"
                    || (!next.isEmpty() && next.front().isDigit())))
                return;
            if (!isCommon(a))
                add(a, a, EntityType::Organization, Medium);
            return;
        }
        // "Nato", "Opec": an organisation's acronym as British news writes it, not a surname.
        if (m_k.isOrganizationAcronym(w)) {
            add(a, a, EntityType::Organization, Medium);
            return;
        }
        if (isRoleWord(prev)) {
            add(a, a, EntityType::Person, Strong, rolePhraseBefore(a));
            return;
        }
        if (m_k.isOrganizationWord(w) && !t.sentenceStart) {
            add(a, a, EntityType::Organization, Weak);
            return;
        }
        if (m_k.isGivenName(w) && !isCommon(a)) {
            add(a, a, EntityType::Person, Medium);
            return;
        }
        // "Xinhua news agency", "Likud party": an organisation noun right after the name.
        if (isOrganizationNoun(next)
            || (isCommonWord(next) && isOrganizationNoun(nextWord(b + 1)))) {
            add(a, a, EntityType::Organization, Medium);
            return;
        }
        if (oneOf(next, SpeechVerbs)) {
            add(a, a, EntityType::Person, Weak);
            return;
        }
        // "in Ohio", "in Downtown" (not "in Linguistics", "in Christianity": an English word
        // that names a field, a faith or a quality).
        if (oneOf(prev, Locatives) && !(isCommon(a) && isAbstractNoun(w))) {
            add(a, a, EntityType::Place, Weak);
            return;
        }
        if (prev == u"the" || prev == u"The") {
            // "the West", "the Southwest": a part of the world; "in the Chathams", "across the
            // Grenadines": a plural name after a preposition of place (not "to", "from": "talk
            // to the Maoists") is islands or hills; an English word after a lowercase "the" ("the
            // Internet", "Peter the Great") is none, unless a plural ("the Pirates") or an
            // organisation word; anything else ("for The Onion") an organisation.
            const QStringView before = a >= 1 ? previousWord(a - 1) : QStringView();
            const bool englishWord = isCommon(a) && !m_k.isOrganizationWord(w) && !w.endsWith(u's')
                                     && (prev == u"the" || m_tokens[a - 1].sentenceStart);
            if (oneOf(w.toLower(), Compass) || oneOf(w.toLower(), CompassCompounds)
                || (w.endsWith(u's') && !isCommon(a) && oneOf(before, Locatives) && before != u"to"
                    && before != u"from"))
                add(a, a, EntityType::Place, Weak);
            else if (!englishWord)
                add(a, a, EntityType::Organization, Weak);
            return;
        }
        add(a, a, EntityType::Person, Unresolved);
        return;
    }
    // Several words.
    // "Petter Solberg of Norway": a person and a place.
    // "Sea of Oman", "Gulf of Aden": a place head before "of" names a place.
    if (b - a >= 2 && word(a + 1) == u"of" && oneOf(word(a).toString().toLower(), PlaceHeads)) {
        add(a, b, EntityType::Place, Medium);
        return;
    }
    for (qsizetype i = a + 1; i < b; ++i) {
        if (word(i) == u"of" && m_k.place(surface(i + 1, b))
            && !oneOf(word(a).toString().toLower(), PlaceHeads)) {
            classify(a, i - 1, false, {});
            add(i + 1, b, EntityType::Place, Strong);
            return;
        }
    }
    // "Theodorus of Tabennese", "Gordon of Auchleuchries": a name of one or two words, "of" and
    // one word that is no English word is a person and the place the person is of.
    for (qsizetype i = a + 1; i <= a + 2 && i < b; ++i) {
        if (word(i) != u"of" || i + 1 != b || isCommon(b) || m_tokens[b].allCaps)
            continue;
        bool plain = true;
        for (qsizetype j = a; j < i; ++j)
            plain = plain && !isCommon(j) && !m_tokens[j].allCaps
                    && !m_k.isOrganizationWord(word(j)) && !isPlaceWord(j)
                    && !oneOf(word(j).toString().toLower(), PlaceHeads);
        if (plain) {
            add(a, i - 1, EntityType::Person, Medium);
            add(b, b, EntityType::Place, Weak);
            return;
        }
    }
    // "U.S. Gulf Coast", "United States Embassy": a country, then the rest read on its own.
    if (const qsizetype pl = countryLengthAt(a, b); pl > 0 && a + pl <= b && !isParticle(a + pl)) {
        add(a, a + pl - 1, EntityType::Place, Strong);
        classify(a + pl, b, false, {});
        return;
    }
    // "George Washington Bridge", "John F. Kennedy Airport": three words or more ending in a
    // place's head noun are a place named after someone.
    if (n >= 3 && isPlaceWord(b)) {
        add(a, b, EntityType::Place, Medium);
        return;
    }
    // "Montmartre Cemetery", "McMurdo Station", "Anderson Ave": a head noun that is no
    // surname ends a place's name, whatever the words before it.
    if (oneOf(word(b).toString().toLower(), SitePlaceHeads) && !m_tokens[b].allCaps) {
        add(a, b, EntityType::Place, Medium);
        return;
    }
    // "San Francisco Bulletin", "New York Minute": a name that opens with a place of several
    // words names a thing of that place (a paper, a film), not a person.
    if (const qsizetype pl = placeLengthAt(a, b); pl >= 2) {
        bool thing = true; // the words after the place are English words (not "Aung San Suu Kyi")
        for (qsizetype i = a + pl; i <= b; ++i)
            thing = thing && isCommon(i);
        if (thing) {
            add(a, b, EntityType::Organization, Unresolved);
            return;
        }
    }
    if (oneOf(word(a), PlaceArticles) && m_tokens[a + 1].capitalized) {
        add(a, b, EntityType::Place, Medium);
        return;
    }
    // "Pierre Charles L'Enfant", "Joseph Louis Lagrange": a run that opens with a given name
    // (no English word) is the person's name whole, middle names included.
    if (m_k.isGivenName(word(a)) && !isCommon(a) && !m_tokens[a].allCaps && !isPlaceWord(b)
        && !oneOf(word(b).toString().toLower(), PlaceHeads)) {
        add(a, b, EntityType::Person, Strong);
        return;
    }
    // "House Speaker Nancy Pelosi": a given name inside a run starts the person's name.
    for (qsizetype i = a + 1; i < b; ++i) {
        if (b - i <= 2 && !m_tokens[i].allCaps && m_k.isGivenName(word(i)) && !isCommon(i)
            && !isParticle(i - 1) && !m_tokens[i - 1].initial) {
            add(i, b, EntityType::Person, Medium, surface(a, i - 1));
            return;
        }
    }
    if (oneOf(word(a).toString().toLower(), Compass) && !isCommon(b)) {
        add(a, b, EntityType::Place, Medium); // "North Waziristan"
        return;
    }
    if (oneOf(word(b).toString().toLower(), PlaceHeads) || (isPlaceOpener(a) && !isCommon(b))) {
        add(a, b, EntityType::Place, Medium);
        return;
    }
    if (isRoleWord(prev)) {
        add(a, b, EntityType::Person, Strong, rolePhraseBefore(a));
        return;
    }
    // "Piedmont Avenue", "Royal Palace": a place's head noun ends the name (after a given name
    // that is no English word, as in "Christopher Hill", it is a surname).
    if (isPlaceWord(b) && !(m_k.isGivenName(word(a)) && !isCommon(a))) {
        add(a, b, EntityType::Place, Medium);
        return;
    }
    if (m_k.isGivenName(word(a)) && !m_tokens[a].allCaps) {
        add(a, b, EntityType::Person, Strong);
        return;
    }
    // "J. Edgar Hoover", "W. W. Rouse Ball": initials open a person's name.
    if (m_tokens[a].initial && !m_tokens[b].initial && n <= 5) {
        add(a, b, EntityType::Person, Strong);
        return;
    }

    if (prev == u"the" || prev == u"The") {
        const QStringView before = a >= 1 ? previousWord(a - 1) : QStringView();
        // "in the Red Hills", but not "in The Philosophy of Grammar": a capitalised article
        // inside a sentence opens the title of a work.
        if (prev == u"the" && (oneOf(before.toString().toLower(), Locatives) || before == u"on"))
            add(a, b, EntityType::Place, Medium);
        else
            add(a, b, EntityType::Organization, Weak);
        return;
    }
    bool particles = false;
    for (qsizetype i = a; i <= b; ++i)
        particles = particles || isParticle(i);
    if (n <= 3 && !isCommon(a) && !m_tokens[a].allCaps && !particles) {
        add(a, b, EntityType::Person, Medium);
        return;
    }
    add(a, b, EntityType::Organization, Unresolved);
}

QList<Entity> Run::extract()
{
    findSequences();
    m_candidates.reserve(m_sequences.size() + m_sequences.size() / 4); // about one each
    for (const auto &[a, b] : std::as_const(m_sequences))
        analyze(a, b);
    return resolve();
}

QList<Entity> Run::resolve()
{
    // Surnames of people named in full, with where each full name is first used.
    struct FullName
    {
        QString key;
        qsizetype position;
        Confidence confidence;
    };
    // Each candidate's name, once.
    QList<QString> names;
    names.reserve(m_candidates.size());
    for (const auto &c : std::as_const(m_candidates))
        names.append(surface(c.first, c.last));
    QHash<QString, QList<FullName>> surnames;
    // Given names of people named in full ("Wolfgang" after "Wolfgang Mozart"), when the full
    // name is surely a person's.
    QHash<QString, QList<FullName>> givenNames;
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        const Candidate &c = m_candidates[i];
        if (c.type != EntityType::Person || c.confidence < Medium || c.last == c.first)
            continue;
        const FullName full{names[i], m_tokens[c.first].start, c.confidence};
        // The name is its words joined by single spaces (surface()): its surname is the last.
        surnames[personSurname(names[i]).toString()].append(full);
        if (c.confidence == Strong && !m_tokens[c.first].initial)
            givenNames[word(c.first).toString()].append(full);
    }
    for (auto &list : givenNames) {
        std::stable_sort(list.begin(), list.end(), [](const FullName &x, const FullName &y) {
            return x.position < y.position;
        });
    }
    for (auto &list : surnames) {
        std::stable_sort(list.begin(), list.end(), [](const FullName &x, const FullName &y) {
            return x.position < y.position;
        });
    }
    // The strongest reading of each name anywhere in the text.
    QHash<QString, std::pair<Confidence, EntityType>> best;
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        const Candidate &c = m_candidates[i];
        auto &slot = best[names[i]];
        if (c.confidence > slot.first)
            slot = {c.confidence, c.type};
    }

    struct Group
    {
        Entity entity;
        qsizetype firstPosition = 0;
    };
    QHash<std::pair<int, QString>, qsizetype> groupIndex; // (type, key)
    QList<Group> groups;
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        Candidate c = m_candidates[i];
        const QString &name = names[i];
        QString key;
        // The place a name is, looked up only where it is needed: a single word that may be a
        // surname or a given name, and a place's canonical name.
        std::optional<Knowledge::Place> place;
        bool placeKnown = false;
        const auto placeOf = [&]() -> const std::optional<Knowledge::Place> & {
            if (!placeKnown) {
                place = m_k.place(name);
                placeKnown = true;
            }
            return place;
        };
        const auto surname = c.first == c.last ? surnames.constFind(name) : surnames.cend();
        const auto given = c.first == c.last ? givenNames.constFind(name) : givenNames.cend();
        const bool country = (surname != surnames.cend() || given != givenNames.cend()) && placeOf()
                             && place->placeClass == Knowledge::PlaceClass::Country;
        // A surname alone: the nearest full name before it (or the first one after). A place is
        // taken for a surname only after a name that is surely a person's.
        const FullName *chosen = nullptr;
        if (!country) {
            if (const auto found = surname; found != surnames.cend()) {
                const auto &candidates = *found;
                // Positions ascend (see above); a binary search keeps a surname repeated a
                // million times linear.
                const auto after = std::upper_bound(candidates.cbegin(), candidates.cend(),
                                                    m_tokens[c.first].start,
                                                    [](qsizetype pos, const FullName &f) {
                                                        return pos < f.position;
                                                    });
                chosen = after == candidates.cbegin() ? &candidates.first() : &*(after - 1);
                if (placeOf()
                    && std::none_of(candidates.cbegin(), candidates.cend(),
                                    [](const FullName &f) { return f.confidence == Strong; }))
                    chosen = nullptr;
            }
        }
        // A given name alone, after the full name (the nearest before it): the same person,
        // unless the name alone reads surely as something else and is no given name.
        if (!chosen && !country) {
            if (const auto found = given; found != givenNames.cend()) {
                const auto after = std::upper_bound(found->cbegin(), found->cend(),
                                                    m_tokens[c.first].start,
                                                    [](qsizetype pos, const FullName &f) {
                                                        return pos < f.position;
                                                    });
                if (after != found->cbegin() && !placeOf()
                    && (best.value(name).first < Medium || m_k.isGivenName(name)))
                    chosen = &*(after - 1);
            }
        }
        if (chosen) {
            c.type = EntityType::Person;
            c.confidence = Strong;
            key = chosen->key;
        } else {
            const auto b = best.value(name);
            if (b.first > c.confidence) {
                c.confidence = b.first;
                c.type = b.second;
            }
            if (c.confidence == Unresolved)
                continue;
            key = (c.type == EntityType::Place && placeOf()) ? place->canonical : name;
        }
        auto it = groupIndex.find({int(c.type), key});
        if (it == groupIndex.end()) {
            Group g;
            g.entity.id = entityTypeName(c.type) + u':' + key;
            g.entity.type = c.type;
            g.firstPosition = m_tokens[c.first].start;
            it = groupIndex.insert({int(c.type), key}, groups.size());
            groups.append(g);
        }
        Entity &e = groups[*it].entity;
        const Mention m{m_tokens[c.first].start, m_tokens[c.last].end};
        // Candidates come in text order, so a repeat can only be the last one.
        if (e.mentions.isEmpty() || !(e.mentions.constLast() == m))
            e.mentions.append(m);
        if (name.size() > e.name.size())
            e.name = name;
        if (e.role.isEmpty() && !c.role.isEmpty())
            e.role = c.role;
    }
    QList<Entity> entities;
    entities.reserve(groups.size());
    for (auto &g : groups)
        entities.append(std::move(g.entity));
    return entities;
}

} // namespace

EntityExtractor::EntityExtractor(std::shared_ptr<const Knowledge> knowledge)
    : m_knowledge(std::move(knowledge))
{}

EntityList EntityExtractor::extract(QStringView text) const
{
    QElapsedTimer timer;
    timer.start();
    Run run(*m_knowledge, text);
    EntityList list(run.extract());
    spdlog::info("extracted {} entities, {} mentions from {} characters in {:.1f} ms", list.size(),
                 list.mentionCount(), text.size(), double(timer.nsecsElapsed()) / 1e6);
    return list;
}
