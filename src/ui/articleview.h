#pragma once

#include "entity.h"

#include <QTextEdit>

struct Article;

// A read-only view made for reading an article: proportional font, generous line spacing, a
// comfortable column. Mentions are painted as an overlay (only those in view, found by binary
// search), never written into the document.
class ArticleView final : public QTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const Article &article);

    // Mentions must be sorted by start and not overlap.
    void setHighlights(const QList<Mention> &mentions, EntityType type);
    void clearHighlights();
    const QList<Mention> &highlights() const { return m_highlights; }

    // Marks one of the highlighted mentions as current and scrolls it into view.
    void setCurrentMention(const Mention &mention);
    const Mention &currentMention() const { return m_current; }

    // Where a mention is drawn, in viewport coordinates; empty when it is not laid out.
    QList<QRectF> mentionRects(const Mention &mention) const;
    // The highlighted mentions the last paint drew; for tests and diagnostics.
    int lastPaintedCount() const { return m_lastPainted; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColumn();
    void scrollToMention(const Mention &mention);

    QList<Mention> m_highlights;
    EntityType m_type = EntityType::Person;
    Mention m_current{-1, -1};
    int m_lastPainted = 0;
    int m_column = 0;
};
