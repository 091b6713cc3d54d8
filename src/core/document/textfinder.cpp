#include "core/document/textfinder.h"

namespace {

bool isWordCodePoint(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

} // namespace

bool TextFinder::isWordBefore(QStringView text, qsizetype position)
{
    if (position <= 0 || position > text.size())
        return false;
    const QChar last = text[position - 1];
    if (last.isLowSurrogate() && position >= 2 && text[position - 2].isHighSurrogate())
        return isWordCodePoint(QChar::surrogateToUcs4(text[position - 2], last));
    return isWordCodePoint(last.unicode());
}

bool TextFinder::isWordAt(QStringView text, qsizetype position)
{
    if (position < 0 || position >= text.size())
        return false;
    const QChar first = text[position];
    if (first.isHighSurrogate() && position + 1 < text.size() && text[position + 1].isLowSurrogate())
        return isWordCodePoint(QChar::surrogateToUcs4(first, text[position + 1]));
    return isWordCodePoint(first.unicode());
}

QList<Mention> TextFinder::findAll(QStringView text, QStringView needle, FindOptions options,
                                   qsizetype limit, bool *capped)
{
    if (capped)
        *capped = false;
    QList<Mention> found;
    if (needle.isEmpty() || limit < 1 || needle.size() > text.size())
        return found;
    const Qt::CaseSensitivity cs = options.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    const qsizetype length = needle.size();
    qsizetype from = 0;
    while (from <= text.size() - length) {
        const qsizetype at = text.indexOf(needle, from, cs);
        if (at < 0)
            break;
        if (options.wholeWords && (isWordBefore(text, at) || isWordAt(text, at + length))) {
            // The next candidate must start a word. Skipping the rest of the word we are in keeps
            // the scan linear: no position is looked at twice.
            from = at + 1;
            while (from < text.size() && isWordBefore(text, from))
                ++from;
            continue;
        }
        if (found.size() == limit) {
            if (capped)
                *capped = true;
            break;
        }
        found.append({at, at + length});
        from = at + length;
    }
    return found;
}
