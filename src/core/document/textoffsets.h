#pragma once

#include <QList>
#include <QString>

// Converts UTF-16 indices (QString) to Unicode code point offsets (the headless contract) and back.
// Built once per text; each lookup is a binary search over the surrogate pairs, so texts without
// characters outside the Basic Multilingual Plane cost nothing.
class TextOffsets
{
public:
    explicit TextOffsets(QStringView text);

    qsizetype toCodePoint(qsizetype utf16Index) const;
    qsizetype toUtf16(qsizetype codePoint) const;

private:
    QList<qsizetype> m_pairStarts; // UTF-16 index of each high surrogate, ascending
};
