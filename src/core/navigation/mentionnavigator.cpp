#include "core/navigation/mentionnavigator.h"

#include <QCoreApplication>

void MentionNavigator::setMentions(QList<Mention> mentions)
{
    m_mentions = std::move(mentions);
    m_current = -1;
}

void MentionNavigator::clear()
{
    setMentions({});
}

const Mention *MentionNavigator::current() const
{
    return m_current >= 0 ? &m_mentions[m_current] : nullptr;
}

const Mention *MentionNavigator::first()
{
    return setCurrentIndex(0);
}

const Mention *MentionNavigator::next()
{
    if (m_mentions.isEmpty())
        return nullptr;
    return setCurrentIndex((m_current + 1) % m_mentions.size());
}

const Mention *MentionNavigator::previous()
{
    if (m_mentions.isEmpty())
        return nullptr;
    const qsizetype n = m_mentions.size();
    return setCurrentIndex(m_current <= 0 ? n - 1 : m_current - 1);
}

const Mention *MentionNavigator::setCurrentIndex(qsizetype index)
{
    if (index < 0 || index >= m_mentions.size())
        return nullptr;
    m_current = index;
    return current();
}

QString MentionNavigator::indicator() const
{
    if (m_mentions.isEmpty())
        return {};
    if (m_current < 0)
        return QCoreApplication::translate("MentionNavigator", "%n mentions", nullptr,
                                           int(m_mentions.size()));
    //: The current mention and the number of mentions: "3 of 9".
    return QCoreApplication::translate("MentionNavigator", "%1 of %2")
        .arg(m_current + 1)
        .arg(m_mentions.size());
}
