#include "core/navigation/navigationhistory.h"

void NavigationHistory::recordJump(qsizetype from)
{
    if (m_back.isEmpty() || m_back.constLast() != from)
        m_back.append(from);
    if (m_back.size() > MaxEntries)
        m_back.removeFirst();
    m_forward.clear();
}

qsizetype NavigationHistory::back(qsizetype current)
{
    if (m_back.isEmpty())
        return -1;
    m_forward.append(current);
    return m_back.takeLast();
}

qsizetype NavigationHistory::forward(qsizetype current)
{
    if (m_forward.isEmpty())
        return -1;
    m_back.append(current);
    return m_forward.takeLast();
}

void NavigationHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}
