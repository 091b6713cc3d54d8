#pragma once

#include <QList>
#include <QStringView>

// A word of the text, as the extractor sees it. Plain struct: an article has tens of thousands.
struct Token
{
    qsizetype start = 0;           // UTF-16 index of the first character
    qsizetype end = 0;             // exclusive; a possessive "’s" is not part of the token
    bool capitalized = false;      // starts with an upper-case letter
    bool allCaps = false;          // two or more letters, all upper case ("BBC", "U.S.")
    bool sentenceStart = false;    // first word of a sentence, a line or a quotation
    bool possessive = false;       // followed by ’s / 's (or a bare ’ after s)
    bool hyphenModifier = false;   // "U.S.-led", "Washington-based": a name inside a modifier
    bool joinedToPrevious = false; // only spaces separate it from the previous token
    bool initial = false;          // "J." in "J. Edgar Hoover": a capital and its period
};

// Splits text into word tokens, keeping abbreviations ("U.S."), hyphenated ("Vice-President"),
// apostrophe ("O'Brien") and accented words whole.
class Tokenizer
{
public:
    static QList<Token> tokenize(QStringView text);
};
