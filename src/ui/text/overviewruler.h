#pragma once

#include "core/document/mention.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QList>
#include <QWidget>

#include <vector>

// A thin strip beside the text view's scroll bar that shows where in the whole article the marks
// are (as VS Code's overview ruler does), which part is in view, and which mark is current.
// Clicking or dragging on it asks to go there.
//
// Its cost does not grow with the number of mentions: a layer keeps the entity's own (shared,
// sorted) list of mentions, and finding which pixel rows hold one jumps through that list from
// marked row to marked row, so a layer of 20,000 mentions costs about as many steps as the ruler
// has rows. The rows of every entity's list are found ahead of time (setKnownMentions()), so
// selecting an entity only looks them up. The rows are drawn once into an image; scrolling only
// redraws the band over it.
class OverviewRuler final : public QWidget
{
    Q_OBJECT
public:
    struct Layer
    {
        QList<Mention> mentions; // sorted by start; implicitly shared, so never copied
        QColor color;
    };

    explicit OverviewRuler(QWidget *parent = nullptr);

    // The marks, one layer per entity (and one for find matches). Positions are character
    // offsets in a text of `textLength` characters; a position's row is its share of that
    // length. Where several layers mark one row, the later layer gives the row its colour.
    void setLayers(QList<Layer> layers, qsizetype textLength);
    // The lists that layers are made of, as a rule: every entity's mentions. Their rows are found
    // when they are given and again on the first paint after a change of height, so that a layer
    // made of one of them (the same shared list) only looks its rows up. Other layers, such as
    // find matches, have their rows found when they are set.
    void setKnownMentions(const QList<QList<Mention>> &lists, qsizetype textLength);
    // Whether a layer of this list, in a text of this length, would have its rows looked up.
    bool isKnown(const QList<Mention> &mentions, qsizetype textLength) const;
    // The current mark, drawn across the full width with an outline; a negative position hides it.
    void setCurrent(qsizetype position);
    // The part of the document in view (0..1), drawn as a translucent band.
    void setVisibleRange(double top, double bottom);
    // Removes the marks and the current mark; the visible range stays, it belongs to the view.
    void clear();

    // One entry per pixel row of the widget: the colour of the marks there, or an invalid colour.
    const QList<QColor> &rows() const;
    // The row a character position falls in.
    int rowOf(qsizetype position) const;
    // All marks, over every layer.
    qsizetype markCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Where the pointer is, as a fraction (0..1) of the document height.
    void positionRequested(double position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void invalidate();
    void bucket() const;
    void updateRowStarts(qsizetype textLength) const;
    void updateKnownRows() const;
    qsizetype knownIndexOf(const QList<Mention> &mentions) const;
    const quint64 *knownRowsOf(const QList<Mention> &mentions) const;
    template<typename Mark>
    void forEachMarkedRow(const QList<Mention> &mentions, qsizetype textLength, Mark mark) const;
    void renderMarks() const;
    const QImage &blankImage() const;
    void requestPosition(double y);

    QList<Layer> m_layers;
    qsizetype m_textLength = 1;
    qsizetype m_current = -1;
    double m_visibleTop = 0;
    double m_visibleBottom = 0;
    double m_lastRequested = -1;
    // Built on demand from the layers, the size and the palette.
    mutable std::vector<QRgb> m_buckets; // one per pixel row: a mark's colour, or 0 for none
    // The first character of each row, and past the last row the largest position: depends on
    // the text's length and the height only, so it outlives a change of layers.
    mutable std::vector<qsizetype> m_rowStarts;
    mutable qsizetype m_rowStartsLength = 0;
    // The known lists (held, so that no other list can take their address while they are here),
    // each one's index by address, and their rows: one bit per row, m_knownWords words per list.
    QList<QList<Mention>> m_known;
    QHash<const Mention *, qsizetype> m_knownIndex;
    qsizetype m_knownLength = 0;
    mutable std::vector<quint64> m_knownRows;
    mutable size_t m_knownWords = 0;
    mutable int m_knownHeight = -1;         // the height m_knownRows were found for
    mutable QList<QColor> m_rows;           // m_buckets as colours, for rows()
    mutable QImage m_marks;                 // background, hairline and marks, one pixel per row
    mutable std::vector<QRgb> m_drawnMarks; // the mark colour m_marks shows in each row, or 0
    mutable bool m_backgroundValid = false; // m_marks has this palette's background
    mutable QImage m_blank;                 // background and hairline only: no marks
    mutable bool m_blankValid = false;
    mutable bool m_bucketsValid = false;
    mutable bool m_rowsValid = false;
    mutable bool m_imageValid = false;
};
