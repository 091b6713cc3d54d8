#pragma once

#include "core/document/mention.h"

#include <QList>
#include <QString>

struct Article;

// Where mentions stand in the text: the sentence around each, for the "mentions in context"
// list; which paragraphs several entities share; and how an entity spreads over the article.
namespace MentionContext {

struct Line
{
    Mention mention;
    QString sentence;         // the sentence (or a window of it, with "…") holding the mention
    qsizetype highlightStart; // the mention inside `sentence`
    qsizetype highlightEnd;
    qsizetype paragraph; // 0-based, -1 if unknown
};

Line lineFor(const Article &article, const Mention &mention);

// The paragraphs (0-based, ascending) that contain a mention from every one of the lists.
QList<qsizetype> sharedParagraphs(const Article &article, const QList<QList<Mention>> &entities);

// How many mentions fall in each of `bins` equal slices of the text.
QList<int> distribution(const QList<Mention> &mentions, qsizetype textLength, int bins);

} // namespace MentionContext
