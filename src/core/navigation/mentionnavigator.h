#pragma once

#include "core/document/mention.h"

#include <QList>
#include <QString>

// Where the reader is among the mentions of the selected entity: next and previous wrap around.
class MentionNavigator
{
public:
    void setMentions(QList<Mention> mentions); // starts before the first mention
    void clear();

    const QList<Mention> &mentions() const { return m_mentions; }
    bool isEmpty() const { return m_mentions.isEmpty(); }
    qsizetype count() const { return m_mentions.size(); }
    qsizetype currentIndex() const { return m_current; } // -1 before the first step
    const Mention *current() const;

    const Mention *first();
    const Mention *next();
    const Mention *previous();
    const Mention *setCurrentIndex(qsizetype index);

    // "3 of 9"; empty when nothing is selected.
    QString indicator() const;

private:
    QList<Mention> m_mentions;
    qsizetype m_current = -1;
};
