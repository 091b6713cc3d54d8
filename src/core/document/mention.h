#pragma once

#include <QtGlobal>

// One mention of an entity, a find match or any other span of the article: a UTF-16 range
// [start, end) of Article::text. A plain value, copied freely.
struct Mention
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    friend bool operator==(const Mention &, const Mention &) = default;
};
