#pragma once

#include "core/document/mention.h"

#include <QList>
#include <QStringView>

// How TextFinder compares the needle with the text.
struct FindOptions
{
    bool caseSensitive = false;
    bool wholeWords = false; // no letter, digit or combining mark right before or after a match
};

// Finds every occurrence of a string in an article's text, for the find bar. A plain class: the
// search is a pure function of its arguments and is cheap enough to run on each keystroke.
class TextFinder
{
public:
    // The default cap: enough for any article a person reads, small enough to highlight.
    static constexpr qsizetype DefaultLimit = 100000;

    // Returns the occurrences of needle in text as sorted, non-overlapping UTF-16 ranges, scanning
    // left to right and resuming after each match ("aaa" occurs once in "aaaa").
    //
    // Case-insensitive search folds case (QStringView::indexOf with Qt::CaseInsensitive), so "É"
    // finds "é"; a match is always exactly needle.size() UTF-16 units long. Whole-word search
    // accepts a match only when the code point before it and the one after it are not letters,
    // digits or marks (Unicode categories): "Kyiv" matches in "Kyiv’s", "Kyi" does not in "Kyiv".
    //
    // The work is linear in the text (plus the needle's length per candidate), and the search
    // stops after `limit` matches so that a one-letter needle in a huge text stays bounded. When
    // it stops early, *capped (if given) is set to true: there may be more matches than returned.
    // An empty needle or a limit below 1 gives an empty list.
    static QList<Mention> findAll(QStringView text, QStringView needle, FindOptions options,
                                  qsizetype limit = DefaultLimit, bool *capped = nullptr);

    // What whole-word search looks at on either side of a match: whether the code point that ends
    // just before `position`, or the one that starts at it, is a letter, digit or mark.
    static bool isWordBefore(QStringView text, qsizetype position);
    static bool isWordAt(QStringView text, qsizetype position);
};
