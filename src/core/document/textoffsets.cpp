#include "core/document/textoffsets.h"

#include <algorithm>

TextOffsets::TextOffsets(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_pairStarts.append(i);
            ++i;
        }
    }
}

qsizetype TextOffsets::toCodePoint(qsizetype utf16Index) const
{
    // Every pair that ends at or before the index counts one code unit too many.
    const auto it = std::lower_bound(m_pairStarts.cbegin(), m_pairStarts.cend(), utf16Index - 1);
    return utf16Index - (it - m_pairStarts.cbegin());
}

qsizetype TextOffsets::toUtf16(qsizetype codePoint) const
{
    // The k-th pair starts at code point m_pairStarts[k] - k.
    qsizetype lo = 0, hi = m_pairStarts.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_pairStarts[mid] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}
