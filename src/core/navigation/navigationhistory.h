#pragma once

#include <QList>

// Back and forward through the places the reader jumped to, as a browser does: a new jump after
// going back drops the forward entries. Positions are UTF-16 indices into the article text.
class NavigationHistory
{
public:
    static constexpr qsizetype MaxEntries = 200;

    // Records that the reader jumps away from `from` (to somewhere new).
    void recordJump(qsizetype from);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // Where to go; `current` is remembered for the opposite direction. -1 when there is nothing.
    qsizetype back(qsizetype current);
    qsizetype forward(qsizetype current);
    void clear();

private:
    QList<qsizetype> m_back;
    QList<qsizetype> m_forward;
};
