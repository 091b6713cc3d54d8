#pragma once

#include "core/entities/entity.h"

#include <QColor>
#include <QTextBlock>
#include <QTextEdit>

struct Article;

// A read-only view made for reading an article: proportional font, generous line spacing, a
// comfortable column. Mentions are painted as an overlay, layer by layer (one per selected
// entity, one for find matches), and only those in view: the visible text range is found by
// binary search over blocks and lines, the mentions in it by binary search over each sorted
// layer. The document itself is never changed by highlighting.
class ArticleView final : public QTextEdit
{
    Q_OBJECT
public:
    struct Layer
    {
        QList<Mention> mentions; // sorted by start, not overlapping
        QColor fill;
    };

    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const Article &article);

    void setLayers(const QList<Layer> &layers);
    // One layer in the type's colour: the common case of a single selected entity.
    void setHighlights(const QList<Mention> &mentions, EntityType type);
    void clearHighlights();
    const QList<Layer> &layers() const { return m_layers; }
    // The mentions of the first layer (the entity selected first).
    QList<Mention> highlights() const;

    // Marks a mention as current (drawn with an outline) and scrolls it into view.
    void setCurrentMention(const Mention &mention, const QColor &fill, const QColor &outline);
    void setCurrentMention(const Mention &mention);
    // Marks it without scrolling: the selection is painted again, the reader stays where they are.
    void markCurrentMention(const Mention &mention, const QColor &fill, const QColor &outline);
    const Mention &currentMention() const { return m_current; }
    // The heading drawn above the text: the title when the text does not open with it, and
    // the byline, site and date where the article gives them. Empty: none.
    QString headingTitle() const { return m_headingTitle; }
    QString headingDetails() const { return m_headingDetails; }
    // Selects this range of the text, as a drag would (a find match kept after Find closes).
    void selectText(const Mention &range);

    // Text outside these ranges is dimmed (the co-occurrence view); empty = nothing dimmed.
    void setUndimmedRanges(const QList<Mention> &ranges);

    // Where a mention is drawn, in viewport coordinates; empty when it is not laid out.
    QList<QRectF> mentionRects(const Mention &mention) const;
    // The mentions the last paint drew; for tests and diagnostics.
    int lastPaintedCount() const { return m_lastPainted; }

    // The first and last positions in view, by binary search (not a hit test of every block).
    qsizetype firstVisiblePosition() const;
    qsizetype lastVisiblePosition() const;
    qsizetype positionAtViewportY(int y) const;
    // A position's vertical place in the document, 0 at the top and 1 at the bottom: its share
    // of textLength() (at least 1).
    double fractionOf(qsizetype position) const;
    qsizetype textLength() const;
    void scrollToFraction(double fraction);
    void scrollToPosition(qsizetype position);
    // Scrolls so that the line holding `position` is the first in view (back and forward).
    void scrollPositionToTop(qsizetype position);

    // How the text is set (View > Text Settings): an empty family and a size of 0 are the
    // reader's serif at its size; the column is `columnCharacters` average characters wide,
    // lines `lineSpacing` percent of the font's height. A new spacing formats the document again.
    void setTextStyle(const QString &family, double pointSize, int columnCharacters,
                      int lineSpacing);
    QString fontFamily() const { return QFontInfo(font()).family(); }
    // The family of the reader's own serif on this system.
    static QString defaultFontFamily();
    int columnCharacters() const { return m_columnCharacters; }
    int lineSpacing() const { return m_lineSpacing; }

    void zoomBy(int steps); // +1 larger, -1 smaller
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }

    // The characters one step of the background layout may lay out (paceBackgroundLayout).
    static constexpr int MinLayoutStep = 2000;
    static constexpr int MaxLayoutStep = 50000;

signals:
    // A click that did not select text: the main window decides what it means.
    void positionClicked(qsizetype position, Qt::KeyboardModifiers modifiers);
    // The pointer rests on a position (for the hover card); -1 when it leaves the text.
    void positionHovered(qsizetype position, const QPoint &globalPos);
    // The part of the document in view changed, as fractions of its height.
    void visibleRangeChanged(double top, double bottom);

protected:
    // A copy is of the article's text as read, not of the display text (which breaks over-long
    // lines and turns "\r" into spaces: Article::displayText).
    QMimeData *createMimeDataFromSelection() const override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool paceBackgroundLayout();
    void updateColumn();
    void updateHeading();
    void paintHeading(QPainter &painter);
    QFont headingTitleFont() const;
    QFont headingDetailsFont() const;
    qreal lineTop(qsizetype position) const;
    void ensureVisible(const Mention &mention);
    void paintLayer(QPainter &painter, const Layer &layer, qsizetype first, qsizetype last);
    void paintDimming(QPainter &painter, qsizetype first, qsizetype last);
    void emitVisibleRange();
    QTextBlock blockAtY(qreal y) const;

    // How far the paced background layout has gone (paceBackgroundLayout), and its step.
    qsizetype m_laidOutTo = 0;
    int m_layoutStep = 20000;

    QString m_text; // the article's text, for copies
    // The heading is painted in the document's top margin, not written into the document:
    // every position in the document stays the article's.
    QString m_headingTitle;
    QString m_headingDetails;
    qreal m_headingHeight = 0;
    QList<Layer> m_layers;
    QList<Mention> m_undimmed;
    Mention m_current{-1, -1};
    QColor m_currentFill;
    QColor m_currentOutline;
    int m_lastPainted = 0;
    int m_column = 0;
    int m_zoomSteps = 0;
    int m_columnCharacters = 70;
    int m_lineSpacing = 150; // percent
    qreal m_defaultFontSize = 0;
    qreal m_baseFontSize = 0;
    QPoint m_pressPos;
    mutable int m_blockHint = 0; // the block found at the top of the view last time
};
