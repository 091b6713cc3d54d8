#include "core/document/blockwriter.h"

void BlockWriter::append(QStringView text)
{
    for (QChar c : text)
        appendChar(c);
}

void BlockWriter::appendChar(QChar c)
{
    if (c.isSpace() || c == u'\u00a0') {
        m_pendingSpace = !m_current.isEmpty();
        return;
    }
    if (c.unicode() < 0x20 || c == u'\u2028' || c == u'\u2029')
        return; // control characters and separators have no place in reading text
    if (m_pendingSpace) {
        m_current.append(u' ');
        m_pendingSpace = false;
    }
    m_current.append(c);
}

void BlockWriter::appendVerbatim(QStringView text)
{
    for (QChar c : text) {
        if (c == u'\n') {
            const Article::BlockKind kind = m_kind;
            const int heading = m_heading;
            endBlock();
            setKind(kind, heading);
        } else if (c == u'\t') {
            m_current.append(u' ');
        } else if (c.unicode() >= 0x20 && c != u'\u2028' && c != u'\u2029') {
            m_current.append(c); // as in append(): no control characters or separators
        }
    }
}

void BlockWriter::setKind(Article::BlockKind kind, int headingLevel)
{
    m_kind = kind;
    m_heading = kind == Article::BlockKind::Heading ? std::clamp(headingLevel, 1, 6) : 0;
}

void BlockWriter::endBlock()
{
    while (!m_current.isEmpty() && m_current.back().isSpace())
        m_current.chop(1);
    if (!m_current.isEmpty()) {
        if (!m_text.isEmpty())
            m_text.append(u'\n');
        const qsizetype start = m_text.size();
        m_text.append(m_current);
        Article::Paragraph p;
        p.start = start;
        p.end = m_text.size();
        p.kind = m_kind;
        p.heading = m_heading;
        p.listItem = m_kind == Article::BlockKind::ListItem;
        m_paragraphs.append(p);
        if (m_heading == 1 && m_firstH1.isEmpty())
            m_firstH1 = m_current;
        bool inWord = false;
        for (QChar c : std::as_const(m_current)) {
            const bool letter = c.isLetterOrNumber();
            m_words += letter && !inWord;
            inWord = letter;
        }
    }
    m_current.clear();
    m_pendingSpace = false;
    m_kind = Article::BlockKind::Paragraph;
    m_heading = 0;
}

void BlockWriter::finish(QString &text, QList<Article::Paragraph> &paragraphs)
{
    endBlock();
    text = std::move(m_text);
    paragraphs = std::move(m_paragraphs);
}
