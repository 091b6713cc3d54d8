#include "overviewruler.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

constexpr int MarkInset = 3;   // marks leave a margin so the current one, full width, stands out
constexpr int MarkReach = 1;   // a mark also covers this many empty rows above and below
constexpr int CurrentHalf = 2; // the current mark is 2 * CurrentHalf + 1 rows tall

} // namespace

OverviewRuler::OverviewRuler(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Overview of mentions"));
    setToolTip(tr("Where the mentions are in the whole article; click or drag to go there"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize OverviewRuler::sizeHint() const
{
    return {14, 100};
}

QSize OverviewRuler::minimumSizeHint() const
{
    return {8, 20};
}

void OverviewRuler::setMarks(QList<Mark> marks)
{
    m_marks = std::move(marks);
    bucketMarks();
    update();
}

void OverviewRuler::setCurrent(double position)
{
    if (position == m_current)
        return;
    m_current = position;
    update();
}

void OverviewRuler::setVisibleRange(double top, double bottom)
{
    top = std::clamp(top, 0.0, 1.0);
    bottom = std::clamp(bottom, top, 1.0);
    if (top == m_visibleTop && bottom == m_visibleBottom)
        return;
    m_visibleTop = top;
    m_visibleBottom = bottom;
    update();
}

void OverviewRuler::clear()
{
    m_marks.clear();
    m_current = -1;
    bucketMarks();
    update();
}

int OverviewRuler::rowOf(double position) const
{
    const int rows = int(m_rows.size());
    return std::clamp(int(std::floor(position * rows)), 0, std::max(0, rows - 1));
}

void OverviewRuler::bucketMarks()
{
    m_rows = QList<QColor>(std::max(0, height()));
    if (m_rows.isEmpty())
        return;
    for (const Mark &mark : std::as_const(m_marks))
        m_rows[rowOf(mark.position)] = mark.color;
}

void OverviewRuler::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    const int w = width();
    const int h = int(m_rows.size());
    painter.fillRect(rect(), pal.color(QPalette::Base));
    // A hairline against the scroll bar or the text, readable on either palette.
    painter.fillRect(QRect(0, 0, 1, height()), pal.color(QPalette::Mid));

    if (m_visibleBottom > m_visibleTop) {
        const int top = int(std::floor(m_visibleTop * h));
        const int bottom = std::max(top + 2, int(std::ceil(m_visibleBottom * h)));
        QColor band = pal.color(QPalette::Highlight);
        band.setAlpha(70);
        painter.fillRect(QRect(1, top, w - 1, bottom - top), band);
        band.setAlpha(150);
        painter.fillRect(QRect(1, top, w - 1, 1), band);
        painter.fillRect(QRect(1, bottom - 1, w - 1, 1), band);
    }

    // One pass per row, whatever the number of marks. A one-pixel mark is hard to see, so each
    // also spreads into empty neighbouring rows; the rows that hold a mark are drawn last so a
    // neighbour never covers them.
    const int markWidth = w - 2 * MarkInset;
    for (int row = 0; row < h; ++row) {
        if (!m_rows[row].isValid())
            continue;
        for (int r = std::max(0, row - MarkReach); r <= std::min(h - 1, row + MarkReach); ++r) {
            if (!m_rows[r].isValid())
                painter.fillRect(QRect(MarkInset, r, markWidth, 1), m_rows[row]);
        }
    }
    for (int row = 0; row < h;) {
        if (!m_rows[row].isValid()) {
            ++row;
            continue;
        }
        int end = row + 1;
        while (end < h && m_rows[end] == m_rows[row])
            ++end;
        painter.fillRect(QRect(MarkInset, row, markWidth, end - row), m_rows[row]);
        row = end;
    }

    if (m_current >= 0 && h > 0) {
        const int row = rowOf(m_current);
        const QColor fill = m_rows[row].isValid() ? m_rows[row] : pal.color(QPalette::Text);
        const QRect r(0, row - CurrentHalf, w, 2 * CurrentHalf + 1);
        painter.fillRect(r, fill);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawRect(r.adjusted(0, 0, -1, -1));
    }
}

void OverviewRuler::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_rows.size() != height())
        bucketMarks();
}

void OverviewRuler::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_lastRequested = -1;
    requestPosition(event->position().y());
}

void OverviewRuler::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        requestPosition(event->position().y());
}

void OverviewRuler::requestPosition(double y)
{
    if (height() <= 0)
        return;
    const double position = std::clamp(y / height(), 0.0, 1.0);
    // Dragging within one pixel row would ask for the same place again.
    if (position == m_lastRequested)
        return;
    m_lastRequested = position;
    emit positionRequested(position);
}
