#include "core/navigation/mentioncontext.h"

#include "core/document/article.h"

#include <QSet>

#include <algorithm>

namespace {

constexpr qsizetype MaxSide = 160; // characters of context on each side at most

bool endsSentence(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c != u'.' && c != u'!' && c != u'?')
        return false;
    return i + 1 >= text.size() || text[i + 1].isSpace() || text[i + 1] == u'\u201d'
           || text[i + 1] == u'"';
}

} // namespace

MentionContext::Line MentionContext::lineFor(const Article &article, const Mention &mention)
{
    const QStringView text(article.text);
    const qsizetype paragraph = article.paragraphAt(mention.start);
    qsizetype lo = 0;
    qsizetype hi = text.size();
    if (paragraph >= 0) {
        lo = article.paragraphs[paragraph].start;
        hi = article.paragraphs[paragraph].end;
    }
    qsizetype start = mention.start;
    const qsizetype startLimit = std::max(lo, mention.start - MaxSide);
    while (start > startLimit && !endsSentence(text, start - 1) && text[start - 1] != u'\n')
        --start;
    qsizetype end = mention.end;
    const qsizetype endLimit = std::min(hi, mention.end + MaxSide);
    while (end < endLimit && text[end] != u'\n') {
        ++end;
        if (endsSentence(text, end - 1)) {
            // A closing quotation mark or bracket belongs to the sentence it closes.
            while (end < endLimit
                   && (text[end] == u'\u201d' || text[end] == u'"' || text[end] == u')'
                       || text[end] == u'\u2019'))
                ++end;
            break;
        }
    }
    const QString before = start > startLimit || start == lo ? QString() : QStringLiteral("\u2026");
    const QString after = end < endLimit || end == hi ? QString() : QStringLiteral("\u2026");
    const QStringView body = text.sliced(start, end - start);
    // Leading spaces of the sentence are not shown.
    qsizetype skip = 0;
    while (skip < body.size() && body[skip].isSpace() && start + skip < mention.start)
        ++skip;
    Line line;
    line.mention = mention;
    line.sentence = before + body.sliced(skip).toString() + after;
    line.highlightStart = before.size() + mention.start - start - skip;
    line.highlightEnd = line.highlightStart + mention.length();
    line.paragraph = paragraph;
    return line;
}

QList<qsizetype> MentionContext::sharedParagraphs(const Article &article,
                                                  const QList<QList<Mention>> &entities)
{
    if (entities.isEmpty())
        return {};
    QSet<qsizetype> shared;
    bool first = true;
    for (const auto &mentions : entities) {
        QSet<qsizetype> here;
        for (const auto &m : mentions) {
            const qsizetype p = article.paragraphAt(m.start);
            if (p >= 0)
                here.insert(p);
        }
        if (first)
            shared = here;
        else
            shared.intersect(here);
        first = false;
    }
    QList<qsizetype> out(shared.cbegin(), shared.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> MentionContext::distribution(const QList<Mention> &mentions, qsizetype textLength,
                                        int bins)
{
    QList<int> counts(std::max(bins, 1), 0);
    if (textLength <= 0)
        return counts;
    for (const auto &m : mentions) {
        const qsizetype bin = std::clamp<qsizetype>(m.start * counts.size() / textLength, 0,
                                                    counts.size() - 1);
        ++counts[bin];
    }
    return counts;
}
