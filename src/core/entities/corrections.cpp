#include "core/entities/corrections.h"

#include "core/document/articleloader.h"
#include "core/document/textfinder.h"
#include "core/entities/entitylist.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <compare>
#include <limits>
#include <numeric>
#include <tuple>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

// A corrections file holds a few hundred operations at most; anything far larger is not ours.
constexpr qint64 MaxFileSize = 8 * 1024 * 1024;

// The steps (a mention moved or looked at, an occurrence found) that applying may take: far more
// than any reader's corrections need, far less than a crafted file could ask for (the same
// frequent word added 140,000 times, each time taking its every occurrence from the last).
qint64 applyBudget(qsizetype textSize, qsizetype mentions, qsizetype operations)
{
    return 4 * qint64(textSize) + 64 * qint64(mentions) + 256 * qint64(operations)
           + (qint64(1) << 24);
}

bool byStart(const Mention &a, const Mention &b)
{
    return a.start < b.start || (a.start == b.start && a.end < b.end);
}

bool validRange(Mention m, qsizetype textSize)
{
    return m.start >= 0 && m.start < m.end && m.end <= textSize;
}

// Every whole-word, case-sensitive occurrence of many texts in one pass over the article. Each
// text's list is what TextFinder::findAll gives it: sorted, not overlapping (the scan resumes
// after each match), at most TextFinder::DefaultLimit.
//
// A text is its core (from its first letter, digit or mark to its last) between punctuation or
// spaces. A whole-word match of the core starts where a word of the article starts and ends where
// one ends (the characters beside it are not word characters), so cores are looked up by a hash
// of their code units at each word of the article, spanning as many words as the cores that
// start with that word do. A text without a word character, or with a surrogate at the edge of its
// core that the article could pair differently, is searched on its own. The pass costs the
// article's length, plus one step for each core length tried and each match checked.
class PhraseFinder
{
public:
    explicit PhraseFinder(const QStringList &texts)
        : m_texts(texts)
    {
        m_cores.reserve(texts.size());
        m_withCore.reserve(texts.size());
        m_firstWords.reserve(texts.size());
        m_coreByHash.reserve(texts.size());
        m_firstByHash.reserve(texts.size());
        QList<std::pair<qsizetype, int>> spans; // (first word, words its cores span)
        spans.reserve(texts.size());
        for (qsizetype t = 0; t < m_texts.size(); ++t) {
            const QStringView text = m_texts[t];
            qsizetype coreStart = 0;
            while (coreStart < text.size() && !wordAt(text, coreStart))
                coreStart += step(text, coreStart);
            qsizetype coreEnd = text.size();
            while (coreEnd > coreStart && !TextFinder::isWordBefore(text, coreEnd))
                --coreEnd;
            // A lone surrogate beside the core may pair with the article's next code unit.
            const bool pairable = (coreStart > 0 && text[coreStart - 1].isLowSurrogate()
                                   && (coreStart < 2 || !text[coreStart - 2].isHighSurrogate()))
                                  || (coreEnd < text.size() && text[coreEnd].isHighSurrogate()
                                      && (coreEnd + 1 == text.size()
                                          || !text[coreEnd + 1].isLowSurrogate()));
            if (coreStart >= coreEnd || pairable) {
                m_alone.append(t);
                continue;
            }
            const QStringView core = text.sliced(coreStart, coreEnd - coreStart);
            // Its words, as the article's are read.
            Hash hash;
            Hash first;
            int words = 0;
            for (qsizetype p = 0; p < core.size();) {
                const bool word = wordAt(core, p);
                const qsizetype n = step(core, p);
                for (qsizetype k = p; k < p + n; ++k)
                    hash.add(core[k].unicode());
                p += n;
                if (word && (p == core.size() || !wordAt(core, p)) && ++words == 1)
                    first = hash;
            }
            const qsizetype c = entryFor(m_cores, m_coreByHash, core, hash.value, words);
            m_withCore.append({t, coreStart, text.size() - coreEnd, m_cores[c].firstText});
            m_cores[c].firstText = m_withCore.size() - 1;
            const qsizetype f = entryFor(m_firstWords, m_firstByHash, core.first(first.length),
                                         first.value, 1);
            spans.append({f, words});
            m_maxWords = std::max(m_maxWords, words);
        }
        // Each first word's spans, ascending, in one list.
        std::sort(spans.begin(), spans.end());
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
        m_spans.reserve(spans.size());
        for (const auto &[f, words] : std::as_const(spans)) {
            if (m_firstWords[f].spansEnd == 0)
                m_firstWords[f].spansBegin = m_spans.size();
            m_spans.append(words);
            m_firstWords[f].spansEnd = m_spans.size();
        }
    }

    // Fills found[t] for every text t. Returns false, with the lists incomplete, when more than
    // `budget` steps would be needed.
    bool findAll(QStringView text, qint64 budget, qint64 *steps, QList<QList<Mention>> *found) const
    {
        found->fill({}, m_texts.size());
        for (const qsizetype t : m_alone) {
            *steps += text.size();
            if (*steps > budget)
                return false;
            (*found)[t] = TextFinder::findAll(text, m_texts[t], {true, true});
        }
        if (m_cores.isEmpty())
            return true;
        QList<qsizetype> lastEnd(m_texts.size(), 0);
        // The words ahead, with the hash of each and of the gap after it: a ring of m_maxWords.
        struct Word
        {
            qsizetype start, end;
            Hash hash, gap;
        };
        qsizetype ringSize = 1;
        while (ringSize < m_maxWords)
            ringSize *= 2;
        const qsizetype mask = ringSize - 1;
        QList<Word> ringList(ringSize);
        Word *ring = ringList.data();
        qsizetype read = 0; // words read into the ring so far
        qsizetype p = 0;    // where reading goes on
        const auto readWord = [&]() {
            while (p < text.size() && !wordAt(text, p)) {
                if (read > 0) {
                    for (qsizetype n = step(text, p); n > 0; --n, ++p)
                        ring[(read - 1) & mask].gap.add(text[p].unicode());
                } else {
                    p += step(text, p);
                }
            }
            if (p >= text.size())
                return false;
            Word &w = ring[read & mask];
            w = {p, p, {}, {}};
            while (p < text.size() && wordAt(text, p)) {
                for (qsizetype n = step(text, p); n > 0; --n, ++p)
                    w.hash.add(text[p].unicode());
            }
            w.end = p;
            ++read;
            return true;
        };
        for (qsizetype i = 0; i < read || readWord(); ++i) {
            const Word &w = ring[i & mask];
            const qsizetype f = find(m_firstWords, m_firstByHash,
                                     text.sliced(w.start, w.end - w.start), w.hash.value, 1);
            if (f < 0)
                continue;
            Hash hash = w.hash;
            int words = 1;
            for (qsizetype sp = m_firstWords[f].spansBegin; sp < m_firstWords[f].spansEnd; ++sp) {
                const int wanted = m_spans.at(sp);
                for (; words < wanted; ++words) {
                    if (i + words >= read && !readWord())
                        break;
                    // The gap may still be growing in the ring's last word: it is complete once
                    // a word after it has been read.
                    hash.append(ring[(i + words - 1) & mask].gap);
                    hash.append(ring[(i + words) & mask].hash);
                }
                if (words < wanted)
                    break;
                if (++*steps > budget)
                    return false;
                const qsizetype end = ring[(i + words - 1) & mask].end;
                const qsizetype c = find(m_cores, m_coreByHash, text.sliced(w.start, end - w.start),
                                         hash.value, words);
                if (c < 0)
                    continue;
                for (qsizetype k = m_cores[c].firstText; k >= 0; k = m_withCore[k].next) {
                    const Text &t = m_withCore[k];
                    *steps += 1;
                    const qsizetype start = w.start - t.before;
                    const qsizetype stop = end + t.after;
                    if (start < lastEnd[t.index] || stop > text.size())
                        continue;
                    const QStringView whole = m_texts[t.index];
                    if (text.sliced(start, t.before) != whole.first(t.before)
                        || text.sliced(end, t.after) != whole.last(t.after)
                        || TextFinder::isWordBefore(text, start) || wordAt(text, stop))
                        continue;
                    QList<Mention> &list = (*found)[t.index];
                    if (list.size() < TextFinder::DefaultLimit) {
                        list.append({start, stop});
                        lastEnd[t.index] = stop;
                    }
                }
            }
        }
        return true;
    }

private:
    // A polynomial hash of code units (modulo 2^64) that two strings' hashes combine into.
    struct Hash
    {
        static constexpr quint64 Base = 0x100000001B3ULL;
        quint64 value = 0;
        quint64 power = 1; // Base to the length
        qsizetype length = 0;

        void add(char16_t c)
        {
            value = value * Base + c + 1;
            power *= Base;
            ++length;
        }
        void append(const Hash &other)
        {
            value = value * other.power + other.value;
            power *= other.power;
            length += other.length;
        }
    };
    struct Text
    {
        qsizetype index;  // into m_texts
        qsizetype before; // code units before its core
        qsizetype after;  // and after it
        qsizetype next;   // the next text with the same core, or -1
    };
    struct Entry
    {
        QStringView text;
        int words = 0;
        qsizetype next = -1;      // the next entry with the same hash
        qsizetype firstText = -1; // cores: the first text with this core (m_withCore)
        // First words: how many words the cores that start with it span, m_spans[begin, end).
        qsizetype spansBegin = 0;
        qsizetype spansEnd = 0;
    };

    // TextFinder::isWordAt, with ASCII looked up at once.
    static bool wordAt(QStringView s, qsizetype p)
    {
        if (p >= 0 && p < s.size() && s[p].unicode() < 0x80) {
            const char16_t c = s[p].unicode();
            return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        }
        return TextFinder::isWordAt(s, p);
    }

    // The code units of the code point at p: two for a surrogate pair.
    static qsizetype step(QStringView s, qsizetype p)
    {
        return s[p].isHighSurrogate() && p + 1 < s.size() && s[p + 1].isLowSurrogate() ? 2 : 1;
    }

    static qsizetype find(const QList<Entry> &entries, const QHash<quint64, qsizetype> &byHash,
                          QStringView text, quint64 hash, int words)
    {
        for (qsizetype e = byHash.value(hash, -1); e >= 0; e = entries[e].next) {
            if (entries[e].words == words && entries[e].text == text)
                return e;
        }
        return -1;
    }
    static qsizetype entryFor(QList<Entry> &entries, QHash<quint64, qsizetype> &byHash,
                              QStringView text, quint64 hash, int words)
    {
        if (const qsizetype e = find(entries, byHash, text, hash, words); e >= 0)
            return e;
        auto head = byHash.find(hash);
        entries.append({text, words, head == byHash.end() ? -1 : *head, -1, 0, 0});
        byHash.insert(hash, entries.size() - 1);
        return entries.size() - 1;
    }

    QStringList m_texts;
    QList<qsizetype> m_alone; // texts searched on their own
    QList<Entry> m_cores;
    QList<Text> m_withCore;                 // the texts with a core, chained by core
    QHash<quint64, qsizetype> m_coreByHash; // the first entry with each hash
    QList<Entry> m_firstWords;
    QList<int> m_spans;
    QHash<quint64, qsizetype> m_firstByHash;
    int m_maxWords = 1;
};

// The live mentions of every entity by position, for add-entity: whether a longer mention covers
// a span ("Putin" inside "Vladimir Putin"), and which mentions overlap it. Mentions are kept by
// start, over every start a mention can have (known before the first operation). A short one
// (names are) is found by looking at the starts just before a span; the few long ones also sit
// in a segment tree of the furthest end. O(1) for each mention looked at, O(log n) for a long one.
class MentionIndex
{
public:
    struct Entry
    {
        qsizetype start;
        qsizetype end;
        qsizetype owner; // the entity's index in Work
        auto operator<=>(const Entry &) const = default;
    };

    // `starts`: sorted, without repeats.
    explicit MentionIndex(QList<qsizetype> starts)
        : m_starts(std::move(starts))
        , m_first(m_starts.size(), Item{-1, -1})
        , m_reach(m_starts.size(), -1)
    {
        while (m_size < m_starts.size())
            m_size *= 2;
    }

    // The leaf of a start that is one of `starts`.
    qsizetype leaf(qsizetype start) const
    {
        const auto it = std::lower_bound(m_starts.cbegin(), m_starts.cend(), start);
        Q_ASSERT(it != m_starts.cend() && *it == start);
        return it - m_starts.cbegin();
    }

    void insert(Mention m, qsizetype owner) { insert(m, owner, leaf(m.start)); }
    void insert(Mention m, qsizetype owner, qsizetype l)
    {
        const Item item{m.end, owner};
        Item &first = m_first[l];
        if (first.end < 0) {
            first = item;
        } else {
            if (first == item)
                return;
            QList<Item> &more = m_more[l];
            if (more.contains(item))
                return;
            more.append(item);
        }
        m_reach[l] = std::max(m_reach.at(l), m.end);
        if (m.length() > ShortLength) {
            if (m_tree.isEmpty())
                m_tree.fill(-1, 2 * m_size); // made for the first long mention
            for (qsizetype node = m_size + l; node >= 1 && m_tree[node] < m.end; node /= 2)
                m_tree[node] = m.end;
        }
    }

    void erase(Mention m, qsizetype owner)
    {
        const qsizetype l = leaf(m.start);
        const Item item{m.end, owner};
        Item &first = m_first[l];
        if (first == item) {
            const auto more = m_more.find(l);
            if (more == m_more.end()) {
                first = Item{-1, -1};
            } else {
                first = more->takeLast();
                if (more->isEmpty())
                    m_more.erase(more);
            }
        } else {
            const auto more = m_more.find(l);
            if (more == m_more.end() || !more->removeOne(item))
                return;
            if (more->isEmpty())
                m_more.erase(more);
        }
        refreshReach(l);
        if (m.length() > ShortLength)
            dropLong(l);
    }

    // Whether a mention other than `span` itself contains it; `l` is the leaf of its start.
    // *looked counts the starts looked at.
    bool insideLonger(Mention span, qsizetype l, qint64 *looked) const
    {
        if (m_reach.at(l) > span.end)
            return true;
        // A short mention that contains the span starts at most ShortLength before its end.
        for (qsizetype k = l - 1; k >= 0 && m_starts.at(k) >= span.end - ShortLength; --k) {
            ++*looked;
            if (m_reach.at(k) >= span.end)
                return true;
        }
        return !m_tree.isEmpty() && m_tree.at(1) >= span.end
               && furthestLongEndBefore(l) >= span.end;
    }

    // Removes every mention that overlaps `span` and appends it to *taken; `l` is the leaf of
    // its start. *looked counts the starts looked at.
    void takeOverlapping(Mention span, qsizetype l, QList<Entry> *taken, qint64 *looked)
    {
        // Those that start inside it...
        qsizetype k = l;
        for (; k < m_starts.size() && m_starts.at(k) < span.end; ++k) {
            ++*looked;
            if (m_reach.at(k) >= 0)
                take(k, -1, taken);
        }
        // ... short ones that start just before it and reach into it...
        for (k = l - 1; k >= 0 && m_starts.at(k) > span.start - ShortLength; --k) {
            ++*looked;
            if (m_reach.at(k) > span.start)
                take(k, span.start, taken);
        }
        // ... and long ones from further back.
        if (!m_tree.isEmpty() && m_tree.at(1) > span.start
            && furthestLongEndBefore(k + 1) > span.start) {
            QList<qsizetype> leaves;
            collectLong(1, 0, m_size, k + 1, span.start, &leaves);
            *looked += leaves.size();
            for (const qsizetype leafIndex : std::as_const(leaves))
                take(leafIndex, span.start, taken);
        }
    }

private:
    // The longest mention found without the tree, in UTF-16 units.
    static constexpr qsizetype ShortLength = 64;

    struct Item
    {
        qsizetype end;
        qsizetype owner;
        friend bool operator==(const Item &, const Item &) = default;
    };

    template<typename F>
    void forEachItem(qsizetype l, F f) const
    {
        if (m_first[l].end < 0)
            return;
        f(m_first[l]);
        if (const auto more = m_more.constFind(l); more != m_more.cend()) {
            for (const Item &i : *more)
                f(i);
        }
    }

    // Takes the mentions starting at leaf l that end after `reach`.
    void take(qsizetype l, qsizetype reach, QList<Entry> *taken)
    {
        Item &first = m_first[l];
        if (first.end < 0)
            return;
        const qsizetype start = m_starts.at(l);
        bool tookLong = false;
        const auto takes = [&](const Item &i) {
            if (i.end <= reach)
                return false;
            taken->append({start, i.end, i.owner});
            tookLong = tookLong || i.end - start > ShortLength;
            return true;
        };
        const auto more = m_more.find(l);
        if (more != m_more.end())
            more->removeIf(takes);
        if (takes(first))
            first = Item{-1, -1};
        if (more != m_more.end()) {
            if (first.end < 0 && !more->isEmpty())
                first = more->takeLast();
            if (more->isEmpty())
                m_more.erase(more);
        }
        refreshReach(l);
        if (tookLong)
            dropLong(l);
    }

    void refreshReach(qsizetype l)
    {
        qsizetype end = -1;
        forEachItem(l, [&end](const Item &i) { end = std::max(end, i.end); });
        m_reach[l] = end;
    }

    // A long mention at leaf l went: the tree takes the furthest end of the long ones left.
    void dropLong(qsizetype l)
    {
        const qsizetype start = m_starts.at(l);
        qsizetype end = -1;
        forEachItem(l, [&](const Item &i) {
            if (i.end - start > ShortLength)
                end = std::max(end, i.end);
        });
        qsizetype node = m_size + l;
        m_tree[node] = end;
        for (node /= 2; node >= 1; node /= 2)
            m_tree[node] = std::max(m_tree.at(2 * node), m_tree.at(2 * node + 1));
    }

    // The furthest end of the long mentions that start at leaves [0, before).
    qsizetype furthestLongEndBefore(qsizetype before) const
    {
        qsizetype best = -1;
        for (qsizetype lo = m_size, hi = m_size + before; lo < hi; lo /= 2, hi /= 2) {
            if (lo & 1)
                best = std::max(best, m_tree[lo++]);
            if (hi & 1)
                best = std::max(best, m_tree[--hi]);
        }
        return best;
    }

    // The leaves of [0, before) under `node` (which covers [lo, hi)) that hold a long mention
    // ending after `position`.
    void collectLong(qsizetype node, qsizetype lo, qsizetype hi, qsizetype before,
                     qsizetype position, QList<qsizetype> *leaves) const
    {
        if (lo >= before || m_tree[node] <= position)
            return;
        if (hi - lo == 1) {
            leaves->append(lo);
            return;
        }
        const qsizetype mid = (lo + hi) / 2;
        collectLong(2 * node, lo, mid, before, position, leaves);
        collectLong(2 * node + 1, mid, hi, before, position, leaves);
    }

    QList<qsizetype> m_starts;
    QList<Item> m_first;                  // one mention starting at each start, or end -1
    QHash<qsizetype, QList<Item>> m_more; // the others that start there, where there are any
    QList<qsizetype> m_reach;             // the furthest end of those at each start, or -1
    qsizetype m_size = 1;
    // Long mentions' furthest end; node i covers nodes 2i and 2i + 1. Empty until there is one.
    QList<qsizetype> m_tree;
};

// The entities being corrected, with removal by tombstone so that indices stay valid, and the
// index of their mentions. The index says which mentions an entity has: a mention taken from
// it stays in its list until the list is next needed (or half of it is taken), so that taking a
// few mentions from a long list costs the few. Every operation that moves mentions draws on one
// budget of steps.
class Work
{
public:
    // `added`: at most how many entities the operations add.
    Work(const QList<Entity> &entities, qsizetype added, QList<qsizetype> starts, qint64 budget)
        : m_entities(entities)
        , m_alive(entities.size(), true)
        , m_taken(entities.size())
        , m_index(std::move(starts))
        , m_budget(budget)
    {
        m_entities.reserve(entities.size() + added);
        m_alive.reserve(entities.size() + added);
        m_taken.reserve(entities.size() + added);
        m_byId.reserve(entities.size() + added);
        for (qsizetype i = 0; i < m_entities.size(); ++i) {
            m_byId.insert(m_entities[i].id, i); // ids are unique; should they not be, last wins
            for (const Mention &m : std::as_const(m_entities[i].mentions))
                m_index.insert(m, i);
        }
    }

    qsizetype indexOf(const QString &id) const { return m_byId.value(id, -1); }
    Entity *find(const QString &id)
    {
        const qsizetype i = indexOf(id);
        return i < 0 ? nullptr : &m_entities[i];
    }
    Entity &at(qsizetype i) { return m_entities[i]; }
    // `leaves`: the index leaf of each mention's start, if known.
    qsizetype add(Entity entity, const QList<qsizetype> &leaves = {})
    {
        const qsizetype i = m_entities.size();
        m_byId.insert(entity.id, i);
        for (qsizetype k = 0; k < entity.mentions.size(); ++k) {
            if (k < leaves.size())
                m_index.insert(entity.mentions[k], i, leaves[k]);
            else
                m_index.insert(entity.mentions[k], i);
        }
        m_entities.append(std::move(entity));
        m_alive.append(true);
        m_taken.append(QList<Mention>());
        return i;
    }

    // Entity i's mentions, as the index has them.
    QList<Mention> &mentions(qsizetype i)
    {
        QList<Mention> &list = m_entities[i].mentions;
        QList<Mention> &taken = m_taken[i];
        if (!taken.isEmpty()) {
            spend(list.size() + taken.size());
            std::sort(taken.begin(), taken.end(), byStart);
            list.removeIf([&taken](const Mention &m) {
                return std::binary_search(taken.cbegin(), taken.cend(), m, byStart);
            });
            taken.clear();
        }
        return list;
    }
    // The index no longer gives entity i the mention m. (It gives it back only after mentions(i).)
    void drop(qsizetype i, Mention m)
    {
        m_taken[i].append(m);
        if (m_taken[i].size() * 2 > m_entities[i].mentions.size())
            mentions(i);
    }

    void remove(const QString &id)
    {
        const auto it = m_byId.constFind(id);
        if (it == m_byId.cend())
            return;
        m_alive[*it] = false;
        m_byId.erase(it);
    }
    QList<Entity> take()
    {
        QList<Entity> result;
        result.reserve(m_byId.size());
        for (qsizetype i = 0; i < m_entities.size(); ++i) {
            if (m_alive[i] && !mentions(i).isEmpty())
                result.append(std::move(m_entities[i]));
        }
        return result;
    }

    MentionIndex &index() { return m_index; }
    // Spends steps; false once the budget is gone.
    bool spend(qint64 steps)
    {
        m_spent += steps;
        return m_spent <= m_budget;
    }
    bool exhausted() const { return m_spent > m_budget; }

    QSet<QString> renamed; // ids the reader named: a merge keeps their name
    // Scratch lists of add-entity, kept between operations.
    QList<Mention> spans;
    QList<qsizetype> spanLeaves;
    QList<MentionIndex::Entry> taken;

private:
    QList<Entity> m_entities;
    QList<bool> m_alive;
    QList<QList<Mention>> m_taken; // mentions in each list that the index no longer gives it
    QHash<QString, qsizetype> m_byId;
    MentionIndex m_index;
    qint64 m_budget = 0;
    qint64 m_spent = 0;
};

void sortMentions(QList<Mention> &mentions, qsizetype sortedPrefix)
{
    const auto middle = mentions.begin() + sortedPrefix;
    if (std::is_sorted(mentions.begin(), middle, byStart)) {
        std::sort(middle, mentions.end(), byStart);
        std::inplace_merge(mentions.begin(), middle, mentions.end(), byStart);
    } else {
        std::sort(mentions.begin(), mentions.end(), byStart);
    }
}

bool applyMerge(Work &work, const Correction &op)
{
    const qsizetype targetIndex = work.indexOf(op.entityId);
    if (targetIndex < 0)
        return false;
    QList<Mention> &mentions = work.mentions(targetIndex);
    Entity &target = work.at(targetIndex);
    QString fullest = target.name;
    const qsizetype before = mentions.size();
    bool merged = false;
    for (const QString &id : op.mergedIds) {
        if (id == op.entityId)
            continue;
        const qsizetype otherIndex = work.indexOf(id);
        if (otherIndex < 0)
            continue;
        const QList<Mention> &otherMentions = work.mentions(otherIndex);
        const Entity &other = work.at(otherIndex);
        merged = true;
        work.spend(otherMentions.size());
        for (const Mention &m : otherMentions) {
            work.index().erase(m, otherIndex);
            work.index().insert(m, targetIndex);
        }
        mentions.append(otherMentions);
        if (target.role.isEmpty())
            target.role = other.role;
        if (other.name.size() > fullest.size())
            fullest = other.name;
        work.remove(id);
    }
    if (!merged)
        return false;
    work.spend(mentions.size());
    sortMentions(mentions, before);
    mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());
    if (!work.renamed.contains(op.entityId))
        target.name = fullest;
    return true;
}

bool applySplit(Work &work, const Correction &op, QStringView text)
{
    const qsizetype sourceIndex = work.indexOf(op.entityId);
    if (sourceIndex < 0)
        return false;
    QList<Mention> &mentions = work.mentions(sourceIndex);
    if (mentions.size() < 2 || !validRange(op.mention, text.size()))
        return false;
    work.spend(mentions.size());
    const qsizetype at = mentions.indexOf(op.mention);
    const QString id = op.resultId();
    if (at < 0 || work.find(id))
        return false;
    mentions.removeAt(at);
    if (!mentions.contains(op.mention)) // a list may name one mention twice
        work.index().erase(op.mention, sourceIndex);
    Entity split;
    split.id = id;
    split.name = text.sliced(op.mention.start, op.mention.length()).toString();
    split.type = work.at(sourceIndex).type;
    split.mentions = {op.mention};
    work.add(std::move(split)); // invalidates `mentions`
    return true;
}

// `found`: every whole-word occurrence of op.text (TextFinder::findAll's list), with the index
// leaf of each start.
bool applyAdd(Work &work, const Correction &op, QStringView text, const QList<Mention> &found,
              const QList<qsizetype> &leaves)
{
    if (op.text.isEmpty())
        return false;
    const bool hasSelection = validRange(op.mention, text.size())
                              && text.sliced(op.mention.start, op.mention.length()) == op.text;
    MentionIndex &index = work.index();
    qint64 looked = found.size() + 1;
    QList<Mention> &spans = work.spans;
    QList<qsizetype> &spanLeaves = work.spanLeaves;
    spans.clear();
    spanLeaves.clear();
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Mention m = found[i];
        const bool overlapsSelection = hasSelection && m.start < op.mention.end
                                       && op.mention.start < m.end;
        if (!overlapsSelection && !index.insideLonger(m, leaves[i], &looked)) {
            spans.append(m);
            spanLeaves.append(leaves[i]);
        }
    }
    if (hasSelection) {
        const auto at = std::upper_bound(spans.begin(), spans.end(), op.mention, byStart)
                        - spans.begin();
        spans.insert(at, op.mention);
        spanLeaves.insert(at, index.leaf(op.mention.start));
    }
    if (spans.isEmpty()) {
        work.spend(looked);
        return false;
    }

    // A mention belongs to one entity: the new spans take over whatever they overlap.
    QList<MentionIndex::Entry> &taken = work.taken;
    taken.clear();
    for (qsizetype i = 0; i < spans.size(); ++i)
        index.takeOverlapping(spans.at(i), spanLeaves.at(i), &taken, &looked);
    looked += taken.size();
    for (const MentionIndex::Entry &e : std::as_const(taken))
        work.drop(e.owner, {e.start, e.end});
    const QString id = op.resultId();
    const qsizetype owner = work.indexOf(id);
    if (owner >= 0) {
        QList<Mention> &mentions = work.mentions(owner);
        const qsizetype before = mentions.size();
        looked += before + spans.size();
        mentions.append(spans);
        sortMentions(mentions, before);
        work.at(owner).hidden = false;
        for (qsizetype i = 0; i < spans.size(); ++i)
            index.insert(spans.at(i), owner, spanLeaves.at(i));
    } else {
        Entity added;
        added.id = id;
        added.name = op.text;
        added.type = op.type;
        added.mentions = QList<Mention>(spans.cbegin(), spans.cend()); // spans stays unshared
        work.add(std::move(added), spanLeaves);
    }
    work.spend(looked);
    return true;
}

// `found`, `leaves`: op.text's occurrences for add-entity (nullptr: not known, skipped).
bool applyOne(Work &work, const Correction &op, QStringView text, const QList<Mention> *found,
              const QList<qsizetype> *leaves)
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
        return !work.exhausted() && applyMerge(work, op);
    case Correction::Kind::SplitMention:
        return !work.exhausted() && applySplit(work, op, text);
    case Correction::Kind::AddEntity:
        return !work.exhausted() && found && applyAdd(work, op, text, *found, *leaves);
    }
    return false;
}
// The stable names in the file.
struct KindName
{
    Correction::Kind kind;
    QStringView name;
};
constexpr KindName KindNames[] = {
    {Correction::Kind::Rename, u"rename"},
    {Correction::Kind::ChangeType, u"change-type"},
    {Correction::Kind::Merge, u"merge"},
    {Correction::Kind::SplitMention, u"split-mention"},
    {Correction::Kind::Hide, u"hide"},
    {Correction::Kind::Unhide, u"unhide"},
    {Correction::Kind::AddEntity, u"add-entity"},
};

QString kindName(Correction::Kind kind)
{
    for (const auto &k : KindNames) {
        if (k.kind == kind)
            return k.name.toString();
    }
    return {};
}

QJsonObject toObject(const Correction &op)
{
    QJsonObject o{{QStringLiteral("op"), kindName(op.kind)}};
    const auto putMention = [&o](Mention m) {
        o.insert(QStringLiteral("start"), qint64(m.start));
        o.insert(QStringLiteral("end"), qint64(m.end));
    };
    if (op.kind != Correction::Kind::AddEntity)
        o.insert(QStringLiteral("entity"), op.entityId);
    switch (op.kind) {
    case Correction::Kind::Rename:
        o.insert(QStringLiteral("name"), op.name);
        break;
    case Correction::Kind::ChangeType:
        o.insert(QStringLiteral("type"), entityTypeName(op.type));
        break;
    case Correction::Kind::Merge:
        o.insert(QStringLiteral("merged"), QJsonArray::fromStringList(op.mergedIds));
        break;
    case Correction::Kind::SplitMention:
        putMention(op.mention);
        if (!op.text.isEmpty())
            o.insert(QStringLiteral("text"), op.text);
        break;
    case Correction::Kind::AddEntity:
        o.insert(QStringLiteral("text"), op.text);
        o.insert(QStringLiteral("type"), entityTypeName(op.type));
        if (op.mention.length() > 0)
            putMention(op.mention);
        break;
    case Correction::Kind::Hide:
    case Correction::Kind::Unhide:
        break;
    }
    if (!op.before.isEmpty())
        o.insert(QStringLiteral("before"), op.before);
    if (!op.after.isEmpty())
        o.insert(QStringLiteral("after"), op.after);
    return o;
}

// One operation of the file, or an explanation of what is wrong with it.
std::optional<Correction> fromObject(const QJsonObject &o, QString *problem)
{
    const QString op = o.value(u"op").toString();
    const auto known = std::find_if(std::cbegin(KindNames), std::cend(KindNames),
                                    [&op](const KindName &k) { return k.name == op; });
    if (known == std::cend(KindNames)) {
        *problem = QStringLiteral("unknown operation \"%1\"")
                       .arg(ArticleLoader::printable(op.left(40)));
        return std::nullopt;
    }
    Correction c;
    c.kind = known->kind;
    c.entityId = o.value(u"entity").toString();
    if (c.kind != Correction::Kind::AddEntity && c.entityId.isEmpty()) {
        *problem = QStringLiteral("%1 without an entity").arg(op);
        return std::nullopt;
    }
    const auto readType = [&]() {
        const auto type = entityTypeFromName(o.value(u"type").toString());
        if (!type)
            *problem = QStringLiteral("%1 with an unknown type").arg(op);
        else
            c.type = *type;
        return type.has_value();
    };
    const auto readMention = [&]() {
        // Checked as doubles first: casting one beyond qsizetype's range is undefined.
        const double start = o.value(u"start").toDouble(-1);
        const double end = o.value(u"end").toDouble(-1);
        if (!(start >= 0 && end > start && end <= double(std::numeric_limits<int>::max()))) {
            *problem = QStringLiteral("%1 with a bad position").arg(op);
            return false;
        }
        c.mention = {qsizetype(start), qsizetype(end)};
        return true;
    };
    switch (c.kind) {
    case Correction::Kind::Rename:
        c.name = o.value(u"name").toString();
        if (c.name.trimmed().isEmpty()) {
            *problem = QStringLiteral("rename without a name");
            return std::nullopt;
        }
        break;
    case Correction::Kind::ChangeType:
        if (!readType())
            return std::nullopt;
        break;
    case Correction::Kind::Merge:
        for (const QJsonValue &v : o.value(u"merged").toArray()) {
            if (!v.isString()) {
                *problem = QStringLiteral("merge with a bad entity list");
                return std::nullopt;
            }
            c.mergedIds.append(v.toString());
        }
        if (c.mergedIds.isEmpty()) {
            *problem = QStringLiteral("merge without entities to merge");
            return std::nullopt;
        }
        break;
    case Correction::Kind::SplitMention:
        if (!readMention())
            return std::nullopt;
        c.text = o.value(u"text").toString();
        break;
    case Correction::Kind::AddEntity:
        c.text = o.value(u"text").toString();
        if (c.text.isEmpty()) {
            *problem = QStringLiteral("add-entity without a text");
            return std::nullopt;
        }
        if (!readType() || (o.contains(u"start") && !readMention()))
            return std::nullopt;
        break;
    case Correction::Kind::Hide:
    case Correction::Kind::Unhide:
        break;
    }
    // The neighbourhood only guides placing a correction again; a long one is cut, not refused.
    c.before = o.value(u"before").toString().right(Correction::NeighbourhoodLength);
    c.after = o.value(u"after").toString().left(Correction::NeighbourhoodLength);
    return c;
}

CorrectionsLoad failure(const QString &expectedSha256, const QString &warning,
                        CorrectionsLoad::Problem problem = CorrectionsLoad::Problem::Damaged)
{
    return {Corrections({}, expectedSha256), warning, problem};
}

QString quoted(const QString &path)
{
    return u'\u201c' + ArticleLoader::printable(QDir::toNativeSeparators(path)) + u'\u201d';
}

QString dataDirectoryFile(const QString &key)
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (data.isEmpty())
        return {};
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    return data + QStringLiteral("/corrections/") + QString::fromLatin1(hash.toHex())
           + QStringLiteral(".json");
}

// The content index entry of a text: "corrections/content/<sha256>", holding the name of the
// data directory's file its corrections were last saved to.
QString contentIndexFile(const QString &sha256)
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (data.isEmpty() || sha256.isEmpty())
        return {};
    return data + QStringLiteral("/corrections/content/") + sha256.toLower();
}

// The corrections file a content index entry names, if it is one of the data directory's and
// the article it was saved for is gone from its place (renamed or moved; a copy beside the
// original starts afresh). The entry holds the file's name, then the article's path.
QString contentIndexTarget(const QString &entry)
{
    if (entry.isEmpty())
        return {};
    QFile file(entry);
    if (!QFileInfo(entry).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.read(8192)).split(u'\n');
    static const QRegularExpression valid(QStringLiteral("^[0-9a-f]{40}\\.json$"));
    if (lines.size() < 2 || !valid.match(lines[0]).hasMatch() || lines[1].isEmpty()
        || QFileInfo::exists(lines[1]))
        return {};
    const QString path = QFileInfo(entry).dir().absoluteFilePath(QStringLiteral("../") + lines[0]);
    return QFileInfo(path).isFile() ? QDir::cleanPath(path) : QString();
}

QString damaged(const QString &why)
{
    return QCoreApplication::translate(
               "Corrections", "The corrections file is damaged (%1); using the extracted list.")
        .arg(why);
}

} // namespace

Correction Correction::rename(const QString &entityId, const QString &name)
{
    Correction c;
    c.kind = Kind::Rename;
    c.entityId = entityId;
    c.name = name;
    return c;
}

Correction Correction::changeType(const QString &entityId, EntityType type)
{
    Correction c;
    c.kind = Kind::ChangeType;
    c.entityId = entityId;
    c.type = type;
    return c;
}

Correction Correction::merge(const QString &targetId, const QStringList &mergedIds)
{
    Correction c;
    c.kind = Kind::Merge;
    c.entityId = targetId;
    c.mergedIds = mergedIds;
    return c;
}

Correction Correction::splitMention(const QString &entityId, Mention mention)
{
    Correction c;
    c.kind = Kind::SplitMention;
    c.entityId = entityId;
    c.mention = mention;
    return c;
}

Correction Correction::hide(const QString &entityId)
{
    Correction c;
    c.kind = Kind::Hide;
    c.entityId = entityId;
    return c;
}

Correction Correction::unhide(const QString &entityId)
{
    Correction c;
    c.kind = Kind::Unhide;
    c.entityId = entityId;
    return c;
}

Correction Correction::addEntity(const QString &text, EntityType type, Mention selection)
{
    Correction c;
    c.kind = Kind::AddEntity;
    c.text = text;
    c.type = type;
    c.mention = selection;
    return c;
}

Correction Correction::anchoredIn(QStringView articleText) const
{
    const bool placed = kind == Kind::SplitMention
                        || (kind == Kind::AddEntity && mention.length() > 0);
    if (!placed || !validRange(mention, articleText.size()))
        return *this;
    Correction c = *this;
    const qsizetype from = std::max<qsizetype>(0, mention.start - NeighbourhoodLength);
    c.before = articleText.sliced(from, mention.start - from).toString();
    c.after = articleText.sliced(mention.end).left(NeighbourhoodLength).toString();
    if (kind == Kind::SplitMention)
        c.text = articleText.sliced(mention.start, mention.length()).toString();
    return c;
}

QString Correction::resultId() const
{
    switch (kind) {
    case Kind::SplitMention:
        return QStringLiteral("%1@%2-%3").arg(entityId).arg(mention.start).arg(mention.end);
    case Kind::AddEntity:
        return entityTypeName(type) + u':' + text;
    default:
        return entityId;
    }
}

Corrections::Corrections(QString source, QString sha256)
    : m_source(std::move(source))
    , m_sha256(std::move(sha256))
{}

QString Corrections::fingerprint(QStringView articleText)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(articleText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void Corrections::removeLast()
{
    if (!m_operations.isEmpty())
        m_operations.removeLast();
}

bool Corrections::removeLatest(const Correction &operation)
{
    const auto it = std::find(m_operations.crbegin(), m_operations.crend(), operation);
    if (it == m_operations.crend())
        return false;
    m_operations.remove(m_operations.crend() - it - 1);
    return true;
}

EntityList Corrections::apply(const EntityList &extracted, QStringView articleText,
                              qsizetype *skipped) const
{
    if (skipped)
        *skipped = 0;
    if (m_operations.isEmpty())
        return extracted;
    // Every text to add, found in one pass over the article; each operation's text by index.
    QHash<QStringView, qsizetype> textIndex;
    textIndex.reserve(m_operations.size());
    QStringList texts;
    QList<qsizetype> textOf(m_operations.size(), -1);
    for (qsizetype i = 0; i < m_operations.size(); ++i) {
        const Correction &op = m_operations[i];
        if (op.kind != Correction::Kind::AddEntity || op.text.isEmpty())
            continue;
        auto it = textIndex.find(QStringView(op.text));
        if (it == textIndex.end()) {
            it = textIndex.insert(QStringView(op.text), texts.size());
            texts.append(op.text);
        }
        textOf[i] = *it;
    }
    const qint64 budget = applyBudget(articleText.size(), extracted.mentionCount(),
                                      m_operations.size());
    qint64 steps = 0;
    QList<QList<Mention>> found;
    const bool scanned = texts.isEmpty()
                         || PhraseFinder(texts).findAll(articleText, budget, &steps, &found);
    // Every start a mention can have: the extractor's, the occurrences', the selections'.
    QList<qsizetype> starts;
    for (const Entity &e : extracted.entities()) {
        for (const Mention &m : e.mentions)
            starts.append(m.start);
    }
    if (scanned) {
        for (const QList<Mention> &list : std::as_const(found)) {
            for (const Mention &m : list)
                starts.append(m.start);
        }
    }
    for (const Correction &op : m_operations) {
        if (op.kind == Correction::Kind::AddEntity && validRange(op.mention, articleText.size()))
            starts.append(op.mention.start);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    // The index leaf of each occurrence's start, found once: texts are added again and again.
    QList<QList<qsizetype>> leaves(found.size());
    for (qsizetype t = 0; t < found.size(); ++t) {
        leaves[t].reserve(found[t].size());
        auto from = starts.cbegin();
        for (const Mention &m : std::as_const(found[t])) {
            from = std::lower_bound(from, starts.cend(), m.start);
            leaves[t].append(from - starts.cbegin());
        }
    }

    const qsizetype added = std::count_if(m_operations.cbegin(), m_operations.cend(),
                                          [](const Correction &op) {
                                              return op.kind == Correction::Kind::AddEntity
                                                     || op.kind == Correction::Kind::SplitMention;
                                          });
    Work work(extracted.entities(), added, std::move(starts), budget - steps);
    for (qsizetype i = 0; i < m_operations.size(); ++i) {
        const qsizetype t = scanned ? textOf[i] : -1;
        if (!applyOne(work, m_operations[i], articleText, t < 0 ? nullptr : &found[t],
                      t < 0 ? nullptr : &leaves[t])
            && skipped)
            ++*skipped;
    }
    return EntityList(work.take());
}

namespace {

// How well the text around `candidate` matches a correction's recorded neighbourhood: the run of
// text shared just before it plus the run shared just after it, in code units.
qsizetype neighbourhoodScore(QStringView text, Mention candidate, const Correction &op)
{
    qsizetype score = 0;
    const QStringView before = text.first(candidate.start);
    while (score < op.before.size() && score < before.size()
           && before[before.size() - 1 - score] == op.before[op.before.size() - 1 - score])
        ++score;
    const QStringView after = text.sliced(candidate.end);
    qsizetype i = 0;
    while (i < op.after.size() && i < after.size() && after[i] == op.after[i])
        ++i;
    return score + i;
}

// The candidate whose neighbourhood is most like the correction's; the nearest to where the
// mention was on a tie (and when no neighbourhood was recorded, as older files have none).
// `sameWords`: a candidate with the mention's words comes before one without.
std::optional<Mention> bestPlace(QStringView text, const QList<Mention> &candidates,
                                 const Correction &op, bool sameWords)
{
    std::optional<Mention> best;
    std::tuple<bool, qsizetype, qsizetype> bestKey;
    for (const Mention &m : candidates) {
        if (!validRange(m, text.size()))
            continue;
        const bool words = !sameWords || op.text.isEmpty()
                           || text.sliced(m.start, m.length()) == op.text;
        const std::tuple<bool, qsizetype, qsizetype> key{words, neighbourhoodScore(text, m, op),
                                                         -std::abs(m.start - op.mention.start)};
        if (!best || key > bestKey) {
            best = m;
            bestKey = key;
        }
    }
    return best;
}

} // namespace

Corrections Corrections::reanchored(QStringView articleText, const EntityList &extracted) const
{
    Corrections result = *this;
    QList<Correction> operations = m_operations;
    for (Correction &op : operations) {
        if (op.kind == Correction::Kind::AddEntity && op.mention.length() > 0) {
            const QList<Mention> found = TextFinder::findAll(articleText, op.text, {true, true},
                                                             TextFinder::DefaultLimit);
            // The selection's own words found again; gone, the text is still marked everywhere.
            Correction words = op;
            words.text.clear(); // every occurrence has the words: the neighbourhood decides
            op.mention = bestPlace(articleText, found, words, false).value_or(Mention{});
        } else if (op.kind == Correction::Kind::SplitMention) {
            if (const Entity *e = extracted.find(op.entityId)) {
                if (const auto found = bestPlace(articleText, e->mentions, op, true))
                    op.mention = *found;
            }
        } else {
            continue;
        }
        // Anchored anew, so that a later edit finds it from here.
        op = op.anchoredIn(articleText);
    }
    result.setOperations(std::move(operations));
    return result;
}

QByteArray Corrections::toJson() const
{
    QJsonArray operations;
    for (const Correction &op : m_operations)
        operations.append(toObject(op));
    const QJsonObject root{
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("article"),
         QJsonObject{{QStringLiteral("source"), m_source}, {QStringLiteral("sha256"), m_sha256}}},
        {QStringLiteral("offsets"), QStringLiteral("UTF-16 code units")},
        {QStringLiteral("corrections"), operations},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

CorrectionsLoad Corrections::fromJson(const QByteArray &json, const QString &expectedSha256)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return failure(expectedSha256, damaged(QStringLiteral("JSON error at offset %1: %2")
                                                   .arg(error.offset)
                                                   .arg(error.errorString())));
    }
    if (!doc.isObject())
        return failure(expectedSha256, damaged(QStringLiteral("not a JSON object")));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble() || version.toDouble() < 1)
        return failure(expectedSha256, damaged(QStringLiteral("no format version")));
    if (version.toDouble() > FormatVersion) {
        return failure(expectedSha256,
                       QCoreApplication::translate(
                           "Corrections", "The corrections file is from a newer version of Article "
                                          "Reader (format %1); using the extracted list.")
                           .arg(version.toDouble()),
                       CorrectionsLoad::Problem::NewerFormat);
    }
    const QJsonObject article = root.value(u"article").toObject();
    const QString sha256 = article.value(u"sha256").toString();
    if (!expectedSha256.isEmpty() && sha256.compare(expectedSha256, Qt::CaseInsensitive) != 0) {
        return failure(
            expectedSha256,
            QCoreApplication::translate("Corrections",
                                        "The corrections file was written for a different version "
                                        "of the article; using the extracted list."),
            CorrectionsLoad::Problem::OtherArticle);
    }
    const QJsonValue list = root.value(u"corrections");
    if (!list.isArray())
        return failure(expectedSha256, damaged(QStringLiteral("no list of corrections")));
    Corrections result(article.value(u"source").toString(), sha256);
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem = QStringLiteral("not an object");
        const auto op = array[i].isObject() ? fromObject(array[i].toObject(), &problem)
                                            : std::nullopt;
        if (!op) {
            return failure(expectedSha256,
                           damaged(QStringLiteral("correction %1: %2").arg(i + 1).arg(problem)));
        }
        result.append(*op);
    }
    return {result, {}, CorrectionsLoad::Problem::None};
}

CorrectionsLocation Corrections::locate(const QString &articlePath, const QString &source,
                                        const QString &sha256, Place place)
{
    // Standard input and the clipboard are no place: their articles are known by their text.
    const bool byContent = source == u"stdin" || source == u"clipboard";
    const bool ownFile = !articlePath.isEmpty() && articlePath != u"-"
                         && !source.startsWith(u"builtin:") && !byContent
                         && !source.startsWith(u"http://") && !source.startsWith(u"https://");
    if (!ownFile) {
        const QString key = byContent && !sha256.isEmpty() ? source + u':' + sha256.toLower()
                                                           : source;
        const QString path = dataDirectoryFile(key);
        return {path, path, path, {}, {}, {}};
    }
    const QFileInfo article(articlePath);
    const QString beside = article.absoluteFilePath() + QStringLiteral(".entities.json");
    const QString data = dataDirectoryFile(source);
    const QString content = contentIndexFile(sha256);
    const QFileInfo besideInfo(beside); // lstat for isSymLink(), stat for the rest
    // A regular file beside the article, not a link: what an earlier version or the other
    // setting left there, read and moved to the data directory.
    const bool besideIsOurs = besideInfo.isFile() && !besideInfo.isSymLink();
    if (place == Place::DataDirectory) {
        QString read = data;
        QString other;
        if (!data.isEmpty() && !QFileInfo::exists(data)) {
            if (besideIsOurs) {
                read = other = beside;
            } else if (const QString moved = contentIndexTarget(content);
                       !moved.isEmpty() && load(moved, sha256).ok()) {
                read = moved; // the same text under another path: renamed or moved
            }
        }
        return {read, data, data, {}, content, other, article.absoluteFilePath()};
    }
    const QFileInfo folder(article.absolutePath());
    // What is at the corrections file's place, if it is not a file the reader may write. Until
    // a copy exists in the data directory, what is there is what load() reads (and, if it is
    // not a regular file, warns about).
    QString why;
    if (besideInfo.isSymLink()) {
        why = QCoreApplication::translate("Corrections",
                                          "%1 is a link, and the reader does not write through "
                                          "links: new corrections are kept in %2.");
    } else if (besideInfo.exists() && !besideInfo.isFile()) {
        why = QCoreApplication::translate("Corrections",
                                          "%1 is not a regular file (a folder, pipe, socket or "
                                          "device): it is left alone, and corrections are kept "
                                          "in %2.");
    } else if (!folder.isDir() || !folder.isWritable()
               || (besideInfo.exists() && !besideInfo.isWritable())) {
        why = QCoreApplication::translate("Corrections",
                                          "%1 cannot be written here: new corrections are kept "
                                          "in %2.");
    }
    const bool copied = !data.isEmpty() && QFileInfo::exists(data);
    if (why.isEmpty()) {
        // Nothing beside the article yet, but in the data directory (the setting was changed).
        if (!besideInfo.exists() && copied)
            return {data, beside, data, {}, {}, data};
        return {beside, beside, data, {}, {}, {}};
    }
    // Once corrections were kept in the data directory, that copy (which started from the file
    // beside the article) is the one to read.
    const QString read = copied || !besideInfo.exists() ? data : beside;
    return {read,
            data,
            data,
            why.arg(quoted(beside), quoted(data)),
            content,
            {},
            article.absoluteFilePath()};
}

void Corrections::remember(const CorrectionsLocation &location, const QString &sha256)
{
    // Only the data directory's own files are indexed (not a file beside the article).
    if (location.contentPath.isEmpty() || sha256.isEmpty()
        || QFileInfo(location.writePath).absolutePath() + QStringLiteral("/content")
               != QFileInfo(location.contentPath).absolutePath())
        return;
    if (!QFileInfo(location.writePath).isFile()) {
        QFile::remove(location.contentPath); // undone to nothing: nothing to find
        return;
    }
    QDir().mkpath(QFileInfo(location.contentPath).absolutePath());
    QSaveFile file(location.contentPath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QFileInfo(location.writePath).fileName().toUtf8() + '\n'
                   + location.articlePath.toUtf8());
        file.commit();
    }
}

bool Corrections::save(const QString &path, QString *error) const
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("Corrections",
                                                 "Could not save the corrections to %1: %2")
                         .arg(quoted(path), why);
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("no place to keep them"));
    const QFileInfo info(path);
    // A link could point anywhere, and writing through it would create or change a file outside
    // the folder: never followed. Nor is anything but a regular file replaced.
    if (info.isSymLink())
        return fail(QCoreApplication::translate("Corrections",
                                                "it is a link (to %1), and the reader does not "
                                                "write through links")
                        .arg(quoted(info.symLinkTarget())));
    if (info.exists() && !info.isFile())
        return fail(QCoreApplication::translate("Corrections", "it is not a regular file"));
    if (m_operations.isEmpty()) {
        QFile file(path);
        if (info.exists() && !file.remove())
            return fail(file.errorString());
        return true;
    }
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("cannot create the folder %1").arg(quoted(folder)));
    const QByteArray json = toJson();
#ifdef Q_OS_UNIX
    // A new file beside the old one, written, synced and renamed over it: rename() replaces
    // whatever has the name (a link made since the check included) and never follows a link.
    const QString base = folder + QStringLiteral("/.") + info.fileName() + u'.';
    QString temporary;
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
        temporary = base + QString::number(QRandomGenerator::global()->generate64(), 36);
        fd = ::open(QFile::encodeName(temporary).constData(),
                    O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return fail(qt_error_string(errno));
    }
    if (fd < 0)
        return fail(qt_error_string(EEXIST));
    auto removeTemporary = qScopeGuard(
        [&temporary] { ::unlink(QFile::encodeName(temporary).constData()); });
    QFile file;
    if (!file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(file.errorString());
    }
    if (struct stat old = {}; ::stat(QFile::encodeName(path).constData(), &old) == 0)
        ::fchmod(fd, old.st_mode & 07777); // as the file it replaces
    // A full disk shows as a short write with errno set and no QFileDevice error.
    errno = 0;
    if (file.write(json) != json.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        const int code = errno;
        return fail(file.error() == QFileDevice::NoError && code != 0 ? qt_error_string(code)
                                                                      : file.errorString());
    }
    file.close();
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(qt_error_string(errno));
    removeTemporary.dismiss();
    return true;
#else
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    errno = 0;
    if (file.write(json) != json.size() || !file.flush()) {
        const int code = errno;
        return fail(file.error() == QFileDevice::NoError && code != 0 ? qt_error_string(code)
                                                                      : file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
#endif
}

CorrectionsLoad Corrections::load(const QString &path, const QString &expectedSha256)
{
    // A missing file, or a link to nothing: no corrections yet.
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {Corrections({}, expectedSha256), {}, CorrectionsLoad::Problem::None};
    const auto unreadable = [&](const QString &why) {
        return failure(expectedSha256,
                       QCoreApplication::translate("Corrections",
                                                   "The corrections file %1 could not be read "
                                                   "(%2); using the extracted list.")
                           .arg(quoted(path), why),
                       CorrectionsLoad::Problem::Unreadable);
    };
    // A pipe named as the corrections file would block the open and the read for ever: only a
    // regular file is opened, without blocking, its type checked on what was opened.
    QFile file;
    if (const QString why = ArticleLoader::openRegularFile(file, path); !why.isEmpty())
        return unreadable(why);
    if (file.size() > MaxFileSize)
        return failure(expectedSha256, damaged(QStringLiteral("far too large")));
    const QByteArray json = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return unreadable(file.errorString());
    if (json.size() > MaxFileSize)
        return failure(expectedSha256, damaged(QStringLiteral("far too large")));
    return fromJson(json, expectedSha256);
}

QString Corrections::moveAside(const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("Corrections", "Could not move %1 aside: %2")
                         .arg(quoted(path), why);
        return QString();
    };
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return fail(QCoreApplication::translate("Corrections", "it does not exist"));
    QString why;
    for (int n = 1; n <= 1000; ++n) {
        const QString target = path + QStringLiteral(".damaged")
                               + (n == 1 ? QString() : u'-' + QString::number(n));
        const QFileInfo taken(target);
        if (taken.exists() || taken.isSymLink())
            continue;
        // QFile::rename never replaces what exists (RENAME_NOREPLACE where the system has it):
        // a name taken since it was looked at fails here and the next one is tried.
        QFile file(path);
        if (file.rename(target))
            return target;
        why = file.errorString();
        if (!QFileInfo(target).exists() && !QFileInfo(target).isSymLink())
            return fail(why);
    }
    return fail(why.isEmpty() ? QCoreApplication::translate("Corrections", "no free name left")
                              : why);
}

Corrections Corrections::merged(const Corrections &base, const Corrections &mine,
                                const Corrections &onDisk)
{
    if (onDisk.m_operations == base.m_operations
        || (!onDisk.m_sha256.isEmpty() && !mine.m_sha256.isEmpty()
            && onDisk.m_sha256.compare(mine.m_sha256, Qt::CaseInsensitive) != 0))
        return mine;
    const auto sharedPrefix = [](const QList<Correction> &a, const QList<Correction> &b) {
        qsizetype n = 0;
        while (n < a.size() && n < b.size() && a[n] == b[n])
            ++n;
        return n;
    };
    // What each writer kept of the log both started from, and what each added after it.
    const qsizetype mineKept = sharedPrefix(base.m_operations, mine.m_operations);
    const qsizetype diskKept = sharedPrefix(base.m_operations, onDisk.m_operations);
    Corrections result(mine.m_source.isEmpty() ? onDisk.m_source : mine.m_source,
                       mine.m_sha256.isEmpty() ? onDisk.m_sha256 : mine.m_sha256);
    QList<Correction> operations = base.m_operations.first(std::min(mineKept, diskKept));
    operations.append(onDisk.m_operations.sliced(diskKept));
    operations.append(mine.m_operations.sliced(mineKept));
    result.m_operations = std::move(operations);
    return result;
}

CorrectedEntities Corrections::stored(QStringView articleText, const QString &source,
                                      const QString &path, const EntityList &extracted, Place place)
{
    CorrectedEntities result;
    const QString sha = fingerprint(articleText);
    result.location = locate(path, source, sha, place);
    CorrectionsLoad loaded = load(result.location.readPath, sha);
    result.corrections = Corrections(source, sha);
    if (loaded.problem == CorrectionsLoad::Problem::OtherArticle) {
        // The article was edited: its corrections are placed again on the new text. Only when
        // none fits is the file what it was for the old text, kept aside at the next save.
        const CorrectionsLoad old = load(result.location.readPath, QString());
        if (old.ok() && !old.corrections.isEmpty()) {
            result.corrections.setOperations(
                old.corrections.reanchored(articleText, extracted).operations());
            result.entities = result.corrections.apply(extracted, articleText, &result.skipped);
            result.reanchored = true;
            if (result.skipped < result.corrections.size())
                return result;
            result.corrections.setOperations({});
            result.skipped = 0;
            result.reanchored = false;
        }
    }
    result.corrections.setOperations(loaded.corrections.operations());
    result.warning = loaded.warning;
    result.problem = loaded.problem;
    result.entities = result.corrections.apply(extracted, articleText, &result.skipped);
    return result;
}
