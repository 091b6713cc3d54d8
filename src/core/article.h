#pragma once

#include <QList>
#include <QString>

// One article as the reader shows it: the text exactly as read, plus where it came from.
struct Article
{
    struct Paragraph
    {
        qsizetype start = 0; // UTF-16 index into text
        qsizetype end = 0;   // exclusive
    };

    QString text;
    QString title;
    QString source; // "builtin:ceasefire-talks", a file path, or "stdin"
    QList<Paragraph> paragraphs;

    // The paragraph (0-based) that holds a UTF-16 position, or -1.
    qsizetype paragraphAt(qsizetype position) const;
};
