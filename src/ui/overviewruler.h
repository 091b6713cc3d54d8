#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

// A thin strip beside the text view's scroll bar that shows where in the whole article the marks
// are (as VS Code's overview ruler does), which part is in view, and which mark is current.
// Clicking or dragging on it asks to go there.
class OverviewRuler final : public QWidget
{
    Q_OBJECT
public:
    struct Mark
    {
        double position = 0; // 0..1 of the document height
        QColor color;
    };

    explicit OverviewRuler(QWidget *parent = nullptr);

    // Any number of marks. They are sorted into one bucket per pixel row here and on resize, so
    // painting costs O(height) however many there are. Where several marks land in one row, the
    // row takes the colour of the last of them in the list.
    void setMarks(QList<Mark> marks);
    // The current mark, drawn across the full width with an outline; a negative position hides it.
    void setCurrent(double position);
    // The part of the document in view (0..1), drawn as a translucent band.
    void setVisibleRange(double top, double bottom);
    // Removes the marks and the current mark; the visible range stays, it belongs to the view.
    void clear();

    // One bucket per pixel row of the widget; an invalid colour for a row without marks.
    const QList<QColor> &rows() const { return m_rows; }
    qsizetype markCount() const { return m_marks.size(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // Where the pointer is, as a fraction (0..1) of the document height.
    void positionRequested(double position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void bucketMarks();
    int rowOf(double position) const;
    void requestPosition(double y);

    QList<Mark> m_marks;
    QList<QColor> m_rows;
    double m_current = -1;
    double m_visibleTop = 0;
    double m_visibleBottom = 0;
    double m_lastRequested = -1;
};
