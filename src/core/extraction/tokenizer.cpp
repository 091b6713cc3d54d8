#include "core/extraction/tokenizer.h"

#include <array>

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // the common case, without a Unicode table look-up
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

bool isOpeningQuote(QChar c)
{
    return c == u'"' || c == u'\u201c' || c == u'\u2018' || c == u'\'' || c == u'(' || c == u'['
           || c == u'\u00ab';
}

// Abbreviations whose period does not end a sentence.
bool isAbbreviation(QStringView word)
{
    static constexpr std::array<std::u16string_view, 24> list = {u"Mr",  u"Mrs",  u"Ms",  u"Dr",
                                                                 u"St",  u"Gen",  u"Lt",  u"Col",
                                                                 u"Sgt", u"Capt", u"Rev", u"Prof",
                                                                 u"Sen", u"Rep",  u"Gov", u"Jr",
                                                                 u"Sr",  u"Inc",  u"Co",  u"Corp",
                                                                 u"Ltd", u"No",   u"vs",  u"Mt"};
    for (auto a : list) {
        if (word == QStringView(a.data(), qsizetype(a.size())))
            return true;
    }
    return false;
}

// Adjective-forming words after a hyphen that are not past participles ("Washington-born").
bool isModifierSuffix(QStringView suffix)
{
    static constexpr std::array<std::u16string_view, 12> list = {u"born",  u"run",
                                                                 u"made",  u"wide",
                                                                 u"style", u"era",
                                                                 u"type",  u"speaking",
                                                                 u"bound", u"owned",
                                                                 u"area",  u"sponsored"};
    for (auto a : list) {
        if (suffix == QStringView(a.data(), qsizetype(a.size())))
            return true;
    }
    return false;
}

} // namespace

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    // English prose has a word every 5 to 6 characters: one allocation, without the copy that
    // growing past a short guess makes at the end of a long text.
    tokens.reserve(text.size() / 5 + 16);
    const qsizetype n = text.size();
    bool sentenceStart = true;
    bool quoteOpen = false; // an opening quote or bracket since the last token
    qsizetype i = 0;
    qsizetype previousEnd = -1;
    while (i < n) {
        const QChar c = text[i];
        if (!isWordChar(c)) {
            if (c == u'\n' || c == u'!' || c == u'?' || c == u':' || c == u';')
                sentenceStart = sentenceStart || c != u';';
            if (c == u'.') {
                // "Mr." and "U.S." are handled where the token ends; any other period ends a sentence.
                sentenceStart = true;
            }
            if (isOpeningQuote(c)
                && (i == 0 || text[i - 1].isSpace() || isOpeningQuote(text[i - 1])))
                quoteOpen = true;
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        qsizetype j = i;
        while (j < n) {
            if (isWordChar(text[j])) {
                ++j;
                continue;
            }
            // Joiners stay inside a word when a letter follows them.
            if (j + 1 < n && (isHyphen(text[j]) || isApostrophe(text[j]))
                && isWordChar(text[j + 1])) {
                if (isApostrophe(text[j])) {
                    // Possessive: ’s at the end of the word.
                    const bool sEnds = (text[j + 1] == u's' || text[j + 1] == u'S')
                                       && (j + 2 >= n || !isWordChar(text[j + 2]));
                    if (sEnds)
                        break;
                }
                j += 2;
                continue;
            }
            // Abbreviations with periods: U.S., U.N., U.K.
            if (text[j] == u'.' && j + 2 < n && j - 1 >= t.start && text[j - 1].isUpper()
                && (j - 1 == t.start || text[j - 2] == u'.') && text[j + 1].isUpper()
                && (j + 2 >= n || text[j + 2] == u'.')) {
                j += 2;
                continue;
            }
            break;
        }
        // Trailing period of a dotted abbreviation ("U.S.") belongs to it, and so does a hyphenated
        // continuation ("U.S.-led").
        if (j < n && text[j] == u'.' && j - 2 >= t.start && text[j - 2] == u'.'
            && text[j - 1].isUpper()) {
            ++j;
            if (j + 1 < n && isHyphen(text[j]) && isWordChar(text[j + 1])) {
                j += 2;
                while (j < n
                       && (isWordChar(text[j])
                           || (j + 1 < n && isHyphen(text[j]) && isWordChar(text[j + 1]))))
                    ++j;
            }
        }
        // An initial: one capital letter, its period, and the capitalised next word of the name on
        // the same line ("J. Edgar Hoover", "E. B. White"). "I" is left out: it ends sentences
        // as a numeral ("World War I. The").
        if (j - t.start == 1 && text[t.start].isUpper() && text[t.start] != u'I' && j + 2 < n
            && text[j] == u'.' && text[j + 1] == u' ' && text[j + 2].isUpper()) {
            ++j;
            t.initial = true;
        }
        t.end = j;
        const QStringView word = text.sliced(t.start, t.end - t.start);
        // A name inside a hyphenated modifier: the part after the last hyphen is lower case.
        for (qsizetype k = word.size() - 2; k > 0; --k) {
            if (isHyphen(word[k])) {
                // "U.S.-led", "Washington-based", "Kremlin-backed", but not "Ki-moon".
                const QStringView suffix = word.sliced(k + 1);
                t.hyphenModifier = word[0].isUpper() && suffix[0].isLower()
                                   && (suffix.endsWith(u"ed") || isModifierSuffix(suffix));
                break;
            }
        }
        // "al-Assad", "bin-Laden": a lower-case Arabic article before a capitalised name; and
        // "d'Alembert", "l'Ouverture": an elided French or Italian particle.
        const qsizetype dash = word.indexOf(u'-');
        t.capitalized = word[0].isUpper()
                        || (dash >= 2 && dash <= 3 && dash + 1 < word.size()
                            && word[dash + 1].isUpper() && word.first(dash).toString().isLower())
                        || (word.size() > 2 && (word[0] == u'd' || word[0] == u'l')
                            && isApostrophe(word[1]) && word[2].isUpper());
        int letters = 0, upper = 0;
        for (QChar ch : word) {
            if (ch.isLetter()) {
                ++letters;
                upper += ch.isUpper() ? 1 : 0;
            }
        }
        t.allCaps = letters >= 2 && upper == letters;
        t.sentenceStart = sentenceStart || quoteOpen;
        if (previousEnd >= 0) {
            bool spacesOnly = true;
            for (qsizetype k = previousEnd; k < t.start; ++k) {
                if (text[k] != u' ' && text[k] != u'\u00a0') {
                    spacesOnly = false;
                    break;
                }
            }
            t.joinedToPrevious = spacesOnly && !tokens.isEmpty() && !tokens.constLast().possessive;
        }
        // Possessive marker after the word.
        qsizetype after = j;
        if (after + 1 < n && isApostrophe(text[after])
            && (text[after + 1] == u's' || text[after + 1] == u'S')
            && (after + 2 >= n || !isWordChar(text[after + 2]))) {
            t.possessive = true;
            after += 2;
        } else if (after < n && isApostrophe(text[after])
                   && (word.endsWith(u's') || word.endsWith(u'S'))
                   && (after + 1 >= n || !isWordChar(text[after + 1]))) {
            t.possessive = true; // "the Philippines’ capital"
            after += 1;
        }
        tokens.append(t);
        previousEnd = after;
        i = after;
        // A period right after an abbreviation such as "Mr" does not end the sentence.
        if (i < n && text[i] == u'.' && isAbbreviation(word)) {
            ++i;
            previousEnd = i; // keeps "Mr. Bush" joined
        }
        sentenceStart = false;
        quoteOpen = false;
    }
    return tokens;
}
