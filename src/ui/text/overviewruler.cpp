#include "ui/text/overviewruler.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>

namespace {

constexpr int MarkInset = 3;   // marks leave a margin so the current one, full width, stands out
constexpr int CurrentHalf = 2; // the current mark is 2 * CurrentHalf + 1 rows tall

// Sets `count` pixels to `color`, four at a time: a 16-byte store each, rather than the four
// 4-byte stores a plain loop makes. Most of what a change of marks costs is these stores.
void fillSpan(QRgb *pixels, int count, QRgb color)
{
    const std::array<QRgb, 4> four{color, color, color, color};
    int x = 0;
    for (; x + 4 <= count; x += 4)
        std::memcpy(pixels + x, four.data(), sizeof four);
    for (; x < count; ++x)
        pixels[x] = color;
}

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

void OverviewRuler::setKnownMentions(const QList<QList<Mention>> &lists, qsizetype textLength)
{
    m_known.clear();
    m_knownIndex.clear();
    for (const QList<Mention> &mentions : lists) {
        if (mentions.isEmpty() || m_knownIndex.contains(mentions.constData()))
            continue;
        m_knownIndex.insert(mentions.constData(), m_known.size());
        m_known.append(mentions);
    }
    m_knownLength = std::max<qsizetype>(1, textLength);
    m_knownHeight = -1;
    // Before the first show the height is not yet the ruler's own: the first paint finds them.
    if (isVisible())
        updateKnownRows();
}

void OverviewRuler::bucket() const
{
    if (m_bucketsValid)
        return;
    const auto rowCount = size_t(std::max(0, height()));
    m_buckets.assign(rowCount, 0);
    QRgb *const buckets = m_buckets.data();
    for (const Layer &layer : m_layers) { // with no rows, both ways below mark nothing
        const QRgb color = layer.color.rgb() | 0xff000000u;
        if (const quint64 *bits = knownRowsOf(layer.mentions)) {
            for (size_t word = 0; word < m_knownWords; ++word) {
                for (quint64 w = bits[word]; w; w &= w - 1)
                    buckets[word * 64 + size_t(std::countr_zero(w))] = color;
            }
        } else {
            forEachMarkedRow(layer.mentions, m_textLength,
                             [buckets, color](qsizetype row) { buckets[row] = color; });
        }
    }
    m_bucketsValid = true;
}

// The first character of each row: the least p with p * rows >= row * length (rowOf's inverse);
// before the first row the smallest position, past the last the largest.
void OverviewRuler::updateRowStarts(qsizetype textLength) const
{
    const auto rows = qsizetype(std::max(0, height()));
    if (qsizetype(m_rowStarts.size()) == rows + 1 && m_rowStartsLength == textLength)
        return;
    m_rowStarts.resize(size_t(rows + 1));
    m_rowStarts[0] = std::numeric_limits<qsizetype>::min();
    for (qsizetype row = 1; row < rows; ++row)
        m_rowStarts[size_t(row)] = (row * textLength + rows - 1) / rows;
    m_rowStarts[size_t(rows)] = std::numeric_limits<qsizetype>::max();
    m_rowStartsLength = textLength;
}

// Calls mark(row), in order, for each row that holds a mention. A mention's row is its share of
// the text, mended against the rows' first characters so that it is exactly rowOf(). Past that
// row, the next mention to look at is the first at or after the next row's first character:
// galloping there (1, 2, 4... mentions ahead, then a binary search back) costs O(log gap) per
// marked row, not one step per mention.
template<typename Mark>
void OverviewRuler::forEachMarkedRow(const QList<Mention> &mentions, qsizetype textLength,
                                     Mark mark) const
{
    updateRowStarts(textLength);
    const qsizetype rows = qsizetype(m_rowStarts.size()) - 1;
    if (rows <= 0)
        return;
    const qsizetype *const starts = m_rowStarts.data();
    const double scale = double(rows) / double(textLength);
    const auto before = [](const Mention &m, qsizetype position) {
        return m.start < position;
    };
    const Mention *it = mentions.constData();
    const Mention *const end = it + mentions.size();
    while (it != end) {
        const qsizetype position = it->start;
        auto row = std::clamp<qsizetype>(qsizetype(double(position) * scale), 0, rows - 1);
        while (starts[row] > position)
            --row;
        while (starts[row + 1] <= position)
            ++row;
        mark(row);
        if (row + 1 == rows)
            break; // the last row holds all the rest
        const qsizetype next = starts[row + 1];
        qsizetype step = 1;
        const Mention *low = it;
        while (end - low > step && low[step].start < next) {
            low += step;
            step *= 2;
        }
        it = std::lower_bound(low + 1, low + std::min(step, qsizetype(end - low)), next, before);
    }
}

// Finds the rows of every known list, when the lists or the height changed.
void OverviewRuler::updateKnownRows() const
{
    if (m_knownHeight == height())
        return;
    const auto rowCount = size_t(std::max(0, height()));
    m_knownWords = (rowCount + 63) / 64;
    m_knownRows.assign(size_t(m_known.size()) * m_knownWords, 0);
    for (qsizetype i = 0; i < m_known.size() && m_knownWords > 0; ++i) {
        quint64 *const bits = m_knownRows.data() + size_t(i) * m_knownWords;
        forEachMarkedRow(m_known[i], m_knownLength,
                         [bits](qsizetype row) { bits[row / 64] |= quint64(1) << (row % 64); });
    }
    m_knownHeight = height();
}

bool OverviewRuler::isKnown(const QList<Mention> &mentions, qsizetype textLength) const
{
    return std::max<qsizetype>(1, textLength) == m_knownLength && knownIndexOf(mentions) >= 0;
}

// Which known list this is (the same shared data, so the same mentions), or -1.
qsizetype OverviewRuler::knownIndexOf(const QList<Mention> &mentions) const
{
    if (mentions.isEmpty())
        return -1;
    const auto found = m_knownIndex.constFind(mentions.constData());
    return found != m_knownIndex.cend() && m_known[*found].size() == mentions.size() ? *found : -1;
}

// The rows of a layer's list when it is known, for the layers' text length, or null.
const quint64 *OverviewRuler::knownRowsOf(const QList<Mention> &mentions) const
{
    const qsizetype index = m_knownLength == m_textLength ? knownIndexOf(mentions) : -1;
    if (index < 0)
        return nullptr;
    updateKnownRows();
    return m_knownRows.data() + size_t(index) * m_knownWords;
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
        fillSpan(reinterpret_cast<QRgb *>(bits + row * stride) + markFrom, markTo - markFrom,
                 mark ? mark : base);
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
    updateKnownRows(); // after a change of height, here rather than at the next selection
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
