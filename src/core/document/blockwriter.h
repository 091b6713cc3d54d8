#pragma once

#include "core/document/article.h"

#include <QString>
#include <QStringView>

// Collects the blocks of a Markdown or HTML article into the reader's text: one block a line,
// spaces collapsed, control characters and line separators dropped, each block's kind kept.
// Linear in what it is given.
class BlockWriter
{
public:
    void append(QStringView text);
    void appendChar(QChar c);
    // Text as is, spaces kept (preformatted); newlines end blocks.
    void appendVerbatim(QStringView text);
    // The kind of the block being written (set before or while its text comes).
    void setKind(Article::BlockKind kind, int headingLevel = 0);
    void endBlock();
    bool blockIsEmpty() const { return m_current.isEmpty(); }
    // Words of all blocks so far (runs of letters and digits).
    qsizetype wordCount() const { return m_words; }

    QString text() const { return m_text; }
    QList<Article::Paragraph> paragraphs() const { return m_paragraphs; }
    // The first level-1 heading written, or empty.
    QString firstHeading() const { return m_firstH1; }
    // Ends the last block and hands the text and blocks over.
    void finish(QString &text, QList<Article::Paragraph> &paragraphs);

private:
    QString m_text;
    QList<Article::Paragraph> m_paragraphs;
    QString m_current;
    QString m_firstH1;
    bool m_pendingSpace = false;
    Article::BlockKind m_kind = Article::BlockKind::Paragraph;
    int m_heading = 0;
    qsizetype m_words = 0;
};
