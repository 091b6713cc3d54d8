#include "overviewruler.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace {

constexpr int MarkInset = 3;   // marks leave a margin so the current one, full width, stands out
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

void OverviewRuler::setLayers(QList<Layer> layers, qsizetype textLength)
{
    m_layers = std::move(layers);
    m_textLength = std::max<qsizetype>(1, textLength);
    invalidate();
}

void OverviewRuler::setCurrent(qsizetype position)
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
    m_layers.clear();
    m_current = -1;
    invalidate();
}

qsizetype OverviewRuler::markCount() const
{
    qsizetype count = 0;
    for (const Layer &layer : m_layers)
        count += layer.mentions.size();
    return count;
}

void OverviewRuler::invalidate()
{
    m_bucketsValid = false;
    m_rowsValid = false;
    m_imageValid = false;
    update();
}

int OverviewRuler::rowOf(qsizetype position) const
{
    const qsizetype rows = std::max(1, height());
    const qsizetype clamped = std::clamp<qsizetype>(position, 0, m_textLength);
    return int(std::min(rows - 1, clamped * rows / m_textLength));
}

const QList<QColor> &OverviewRuler::rows() const
{
    if (!m_rowsValid) {
        bucket();
        m_rows.clear();
        m_rows.reserve(qsizetype(m_buckets.size()));
        for (const QRgb rgb : m_buckets)
            m_rows.append(rgb ? QColor(rgb) : QColor());
        m_rowsValid = true;
    }
    return m_rows;
}

void OverviewRuler::bucket() const
{
    if (m_bucketsValid)
        return;
    const auto rowCount = size_t(std::max(0, height()));
    m_buckets.assign(rowCount, 0);
    if (rowCount > 0 && !m_layers.isEmpty()) {
        if (m_rowStarts.size() != rowCount + 1 || m_rowStartsLength != m_textLength) {
            m_rowStarts.resize(rowCount + 1);
            for (size_t row = 0; row < rowCount; ++row)
                m_rowStarts[row] = rowStartOf(qsizetype(row));
            m_rowStarts[rowCount] = std::numeric_limits<qsizetype>::max();
            m_rowStartsLength = m_textLength;
        }
        for (const Layer &layer : m_layers)
            bucketLayer(layer, layer.color.rgb() | 0xff000000u);
    }
    m_bucketsValid = true;
}

// The first character of a row: the least p with p * rows >= row * length (rowOf's inverse).
qsizetype OverviewRuler::rowStartOf(qsizetype row) const
{
    const qsizetype rows = std::max(1, height());
    return row == 0 ? std::numeric_limits<qsizetype>::min()
                    : (row * m_textLength + rows - 1) / rows;
}

// Marks each row that holds a mention of the layer, walking the rows and the sorted mentions
// together. Past a marked row, the next mention to look at is the first at or after the next
// row's first character: galloping there (1, 2, 4... mentions ahead, then a binary search back)
// costs O(log gap) per marked row, not one step per mention.
void OverviewRuler::bucketLayer(const Layer &layer, QRgb color) const
{
    const Mention *it = layer.mentions.constData();
    const Mention *const end = it + layer.mentions.size();
    const auto before = [](const Mention &m, qsizetype position) {
        return m.start < position;
    };
    const size_t rowCount = m_buckets.size();
    for (size_t row = 0; row < rowCount && it != end; ++row) {
        const qsizetype next = m_rowStarts[row + 1];
        if (it->start >= next)
            continue;
        m_buckets[row] = color;
        qsizetype step = 1;
        const Mention *low = it;
        while (end - low > step && low[step].start < next) {
            low += step;
            step *= 2;
        }
        it = std::lower_bound(low + 1, low + std::min(step, qsizetype(end - low)), next, before);
    }
}

// The background, the hairline and the marks, one pixel row per bucket, written straight into an
// image that paintEvent then draws whole. A one-pixel mark is hard to see, so each also spreads
// into the empty rows just above and below it. The image starts as a copy of the blank one and
// keeps its background while the size and palette stay, so a change of marks only rewrites the
// mark span of the rows whose colour changed.
void OverviewRuler::renderMarks() const
{
    bucket();
    const int w = width();
    const int h = int(m_buckets.size());
    if (m_marks.size() != QSize(w, h) || !m_backgroundValid) {
        m_marks = blankImage().copy();
        if (m_marks.isNull())
            return;
        m_drawnMarks.assign(size_t(h), 0);
        m_backgroundValid = true;
    }
    const QRgb base = palette().color(QPalette::Base).rgb();
    const int markFrom = std::min(w, MarkInset);
    const int markTo = std::max(markFrom, w - MarkInset);
    uchar *const bits = m_marks.bits();
    const qsizetype stride = m_marks.bytesPerLine();
    const QRgb *const buckets = m_buckets.data();
    QRgb *const drawn = m_drawnMarks.data();
    for (int row = 0; row < h; ++row) {
        QRgb mark = buckets[row];
        if (!mark && row + 1 < h)
            mark = buckets[row + 1];
        if (!mark && row > 0)
            mark = buckets[row - 1];
        if (mark == drawn[row])
            continue;
        drawn[row] = mark;
        auto *line = reinterpret_cast<QRgb *>(bits + row * stride);
        std::fill(line + markFrom, line + markTo, mark ? mark : base);
    }
    m_imageValid = true;
}

// The background and the hairline alone, for a ruler without marks: clearing the marks shows this
// and leaves the marks image as it was, so that marks set again only rewrite the rows that differ.
const QImage &OverviewRuler::blankImage() const
{
    if (!m_blankValid || m_blank.size() != size()) {
        m_blank = QImage(size(), QImage::Format_RGB32);
        m_blank.fill(palette().color(QPalette::Base).rgb());
        const QRgb hairline = palette().color(QPalette::Mid).rgb();
        for (int row = 0; row < m_blank.height() && m_blank.width() > 0; ++row)
            reinterpret_cast<QRgb *>(m_blank.scanLine(row))[0] = hairline;
        m_blankValid = true;
    }
    return m_blank;
}

void OverviewRuler::paintEvent(QPaintEvent *)
{
    const bool marked = !m_layers.isEmpty();
    if (marked && (!m_imageValid || m_marks.size() != size()))
        renderMarks();
    QPainter painter(this);
    const QPalette &pal = palette();
    const int w = width();
    const int h = height();
    painter.drawImage(0, 0, marked ? m_marks : blankImage());

    if (m_visibleBottom > m_visibleTop) {
        const int top = int(m_visibleTop * h);
        const int bottom = std::max(top + 2, int(m_visibleBottom * h + 0.999));
        QColor band = pal.color(QPalette::Highlight);
        band.setAlpha(70);
        painter.fillRect(QRect(1, top, w - 1, bottom - top), band);
        band.setAlpha(150);
        painter.fillRect(QRect(1, top, w - 1, 1), band);
        painter.fillRect(QRect(1, bottom - 1, w - 1, 1), band);
    }

    if (m_current >= 0 && h > 0) {
        bucket(); // the marks' rows, also when no image of them was needed
        const int row = rowOf(m_current);
        const QRgb mark = size_t(row) < m_buckets.size() ? m_buckets[size_t(row)] : 0;
        const QRect r(0, row - CurrentHalf, w, 2 * CurrentHalf + 1);
        painter.fillRect(r, mark ? QColor(mark) : pal.color(QPalette::Text));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawRect(r.adjusted(0, 0, -1, -1));
    }
}

void OverviewRuler::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidate();
}

void OverviewRuler::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_backgroundValid = false;
        m_blankValid = false;
        invalidate();
    }
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
