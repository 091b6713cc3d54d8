#include "ui/text/articleview.h"

#include "core/document/article.h"
#include "ui/style/entitycolors.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>

#include <algorithm>
#include <cmath>

namespace {

// About 70 characters a line: the line length typographers recommend for continuous reading.
constexpr int MinimumSideMargin = 16;

} // namespace

namespace {

QFont defaultFont()
{
    QFont font(QStringList{QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"),
                           QStringLiteral("Georgia"), QStringLiteral("Times New Roman")});
    font.setStyleHint(QFont::Serif);
    return font;
}

} // namespace

QString ArticleView::defaultFontFamily()
{
    return QFontInfo(defaultFont()).family();
}

ArticleView::ArticleView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Article text"));
    setUndoRedoEnabled(false);

    QFont font = defaultFont();
    font.setPointSizeF(std::max(12.0, QWidget::font().pointSizeF() * 1.25));
    m_baseFontSize = font.pointSizeF();
    m_defaultFontSize = m_baseFontSize;
    setFont(font);
    document()->setDocumentMargin(28);

    // The margins beside the column show the same paper as the column.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setLineWrapMode(QTextEdit::FixedPixelWidth);
    // The column always fits the view (updateColumn), so there is nothing to scroll sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void ArticleView::setArticle(const Article &article)
{
    clearHighlights();
    // The document is built and formatted before the view lays it out: formatting the blocks
    // of a document that is already shown lays all of it out at once (minutes for 5 MB), while
    // a new document is laid out lazily, as the view needs it.
    auto *doc = new QTextDocument(this);
    doc->setDocumentMargin(28);
    doc->setDefaultFont(font());
    doc->setUndoRedoEnabled(false);
    // Plain text keeps document positions equal to the article's UTF-16 indices.
    m_text = article.text;
    // The title heads the text unless the text opens with it (a Markdown heading, a short first
    // line); under it the byline, the site and the date, as the article gives them.
    const QString first = article.paragraphs.isEmpty()
                              ? QString()
                              : article.text
                                    .sliced(article.paragraphs.first().start,
                                            article.paragraphs.first().end
                                                - article.paragraphs.first().start)
                                    .simplified();
    const QString title = article.title.simplified();
    m_headingTitle = title.isEmpty() || title.compare(first, Qt::CaseInsensitive) == 0 ? QString()
                                                                                       : title;
    QStringList details;
    if (!article.byline.isEmpty())
        details.append(article.byline.simplified());
    if (!article.site.isEmpty())
        details.append(article.site.simplified());
    if (!article.published.isEmpty()) {
        const QDateTime when = QDateTime::fromString(article.published, Qt::ISODate);
        details.append(when.isValid() ? locale().toString(when.date(), QLocale::LongFormat)
                                      : article.published.simplified());
    }
    m_headingDetails = details.join(QStringLiteral(" \u00b7 "));
    m_headingHeight = 0;
    doc->setPlainText(Article::displayText(article.text));
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    QTextBlockFormat block;
    block.setLineHeight(m_lineSpacing, QTextBlockFormat::ProportionalHeight);
    block.setBottomMargin(QFontMetricsF(font()).height() * 0.8);
    cursor.mergeBlockFormat(block);
    // Headings and list items of Markdown and HTML articles read as such; the text stays as is.
    QTextList *list = nullptr;
    for (const auto &p : article.paragraphs) {
        if (p.heading == 0 && !p.listItem) {
            list = nullptr;
            continue;
        }
        const QTextBlock b = doc->findBlock(int(p.start));
        if (!b.isValid())
            continue;
        QTextCursor c(b);
        if (p.heading > 0) {
            list = nullptr;
            QTextCharFormat heading;
            heading.setFontWeight(QFont::Bold);
            // Relative sizes, so that headings follow the zoom.
            heading.setProperty(QTextFormat::FontSizeAdjustment, p.heading == 1 ? 2 : 1);
            c.select(QTextCursor::BlockUnderCursor);
            c.mergeCharFormat(heading);
            c.mergeBlockCharFormat(heading);
        } else if (list) {
            list->add(b);
        } else {
            list = c.createList(QTextListFormat::ListDisc);
        }
    }
    cursor.endEditBlock();
    // The text control deletes the document it made itself; ours (parented to the view) we
    // delete, after the switch.
    m_blockHint = 0;
    QTextDocument *previous = document();
    const bool ours = previous && previous->parent() == this;
    setDocument(doc);
    if (ours)
        delete previous;
    m_laidOutTo = 0;
    doc->documentLayout()->installEventFilter(this);
    moveCursor(QTextCursor::Start);
    updateColumn();
    updateHeading();
}

QFont ArticleView::headingTitleFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    return f;
}

QFont ArticleView::headingDetailsFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

// Room for the heading above the first line: the root frame's top margin, measured for the
// column's width and the font (a zoom or a resize measures again; two strings, microseconds).
void ArticleView::updateHeading()
{
    QTextDocument *doc = document();
    qreal height = 0;
    if (!m_headingTitle.isEmpty() || !m_headingDetails.isEmpty()) {
        const qreal width = std::max<qreal>(100, m_column - 2 * doc->documentMargin());
        const QRectF room(0, 0, width, 1e6);
        if (!m_headingTitle.isEmpty())
            height += QFontMetricsF(headingTitleFont())
                          .boundingRect(room, Qt::TextWordWrap, m_headingTitle)
                          .height();
        if (!m_headingDetails.isEmpty())
            height += QFontMetricsF(headingDetailsFont())
                          .boundingRect(room, Qt::TextWordWrap, m_headingDetails)
                          .height()
                      + 4;
        height += QFontMetricsF(font()).height(); // a line's space before the text
    }
    if (qFuzzyCompare(height + 1, m_headingHeight + 1))
        return;
    m_headingHeight = height;
    QTextFrameFormat format = doc->rootFrame()->frameFormat();
    format.setTopMargin(doc->documentMargin() + height);
    doc->rootFrame()->setFrameFormat(format);
}

void ArticleView::paintHeading(QPainter &painter)
{
    const qreal margin = document()->documentMargin();
    const qreal top = margin - verticalScrollBar()->value();
    if (m_headingHeight <= 0 || top + m_headingHeight < 0)
        return;
    const qreal left = margin - horizontalScrollBar()->value();
    const qreal width = std::max<qreal>(100, m_column - 2 * margin);
    qreal y = top;
    painter.setPen(palette().color(QPalette::Text));
    if (!m_headingTitle.isEmpty()) {
        painter.setFont(headingTitleFont());
        QRectF drawn;
        painter.drawText(QRectF(left, y, width, 1e6), Qt::TextWordWrap, m_headingTitle, &drawn);
        y += drawn.height() + 4;
    }
    if (!m_headingDetails.isEmpty()) {
        QColor quiet = palette().color(QPalette::Text);
        quiet.setAlphaF(0.65f);
        painter.setPen(quiet);
        painter.setFont(headingDetailsFont());
        painter.drawText(QRectF(left, y, width, 1e6), Qt::TextWordWrap, m_headingDetails);
    }
}

// QTextDocumentLayout lays a long document out in the background on a zero timer, in steps that
// double up to 200,000 characters: 30 to 90 ms on the GUI thread for each late step of a 5 MB
// article. Its timer events come here instead while there is text left to lay out, and each lays
// out about 8 ms worth, the step sized by how long the last one took. The size reported to the
// scroll bars follows each step; the layout's own step runs only once all is laid out, to finish.
bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Timer && watched == document()->documentLayout()
        && paceBackgroundLayout())
        return true;
    return QTextEdit::eventFilter(watched, event);
}

bool ArticleView::paceBackgroundLayout()
{
    QTextDocument *doc = document();
    const qsizetype length = doc->characterCount();
    if (m_laidOutTo >= length)
        return false;
    QElapsedTimer timer;
    timer.start();
    const QTextBlock block = doc->findBlock(int(std::min(m_laidOutTo + m_layoutStep, length - 1)));
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const qreal bottom = layout->blockBoundingRect(block).bottom(); // lays out all up to it
    m_laidOutTo = block.position() + block.length();
    const qint64 elapsed = std::max<qint64>(1, timer.nsecsElapsed());
    constexpr double TargetNs = 8e6;
    m_layoutStep = int(std::clamp(m_layoutStep * TargetNs / double(elapsed), double(MinLayoutStep),
                                  double(MaxLayoutStep)));
    // What has been laid out so far, as the layout's own steps report it (documentSize() would
    // lay out the rest first).
    emit layout->documentSizeChanged(QSizeF(doc->pageSize().width(), bottom));
    return m_laidOutTo < length;
}

void ArticleView::setLayers(const QList<Layer> &layers)
{
    m_layers = layers;
    m_current = {-1, -1};
    viewport()->update();
}

void ArticleView::setHighlights(const QList<Mention> &mentions, EntityType type)
{
    const EntityColors colors = EntityColors::forType(type, palette());
    setLayers({{mentions, colors.fill}});
    m_currentFill = colors.current;
    m_currentOutline = colors.outline;
}

void ArticleView::clearHighlights()
{
    if (m_layers.isEmpty() && m_current.start < 0)
        return;
    m_layers.clear();
    m_current = {-1, -1};
    viewport()->update();
}

QList<Mention> ArticleView::highlights() const
{
    return m_layers.isEmpty() ? QList<Mention>() : m_layers.first().mentions;
}

void ArticleView::setCurrentMention(const Mention &mention, const QColor &fill,
                                    const QColor &outline)
{
    m_currentFill = fill;
    m_currentOutline = outline;
    setCurrentMention(mention);
}

void ArticleView::markCurrentMention(const Mention &mention, const QColor &fill,
                                     const QColor &outline)
{
    m_current = mention;
    m_currentFill = fill;
    m_currentOutline = outline;
    viewport()->update();
}

void ArticleView::setCurrentMention(const Mention &mention)
{
    m_current = mention;
    if (mention.start >= 0) {
        QTextCursor cursor(document());
        cursor.setPosition(
            int(std::min<qsizetype>(mention.start, document()->characterCount() - 1)));
        setTextCursor(cursor);
        ensureVisible(mention);
    }
    viewport()->update();
}

void ArticleView::selectText(const Mention &range)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(range.start));
    cursor.setPosition(int(range.end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void ArticleView::setUndimmedRanges(const QList<Mention> &ranges)
{
    m_undimmed = ranges;
    viewport()->update();
}

void ArticleView::ensureVisible(const Mention &mention)
{
    const auto rects = mentionRects(mention);
    if (rects.isEmpty())
        return;
    const QRectF r = rects.first();
    const int h = viewport()->height();
    // Leave the mention where the eye rests, a third of the way down, unless it is in view.
    if (r.top() < h * 0.1 || r.bottom() > h * 0.9)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + int(r.top()) - h / 3);
}

QList<QRectF> ArticleView::mentionRects(const Mention &mention) const
{
    QList<QRectF> rects;
    const QTextDocument *doc = document();
    auto *layout = doc->documentLayout();
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (QTextBlock block = doc->findBlock(int(mention.start));
         block.isValid() && block.position() < mention.end; block = block.next()) {
        const QTextLayout *text = block.layout();
        if (!text || text->lineCount() == 0)
            continue;
        const QPointF origin = layout->blockBoundingRect(block).topLeft() - scroll;
        const int s = int(std::max<qsizetype>(mention.start, block.position()) - block.position());
        const int e = int(std::min<qsizetype>(mention.end, block.position() + block.length() - 1)
                          - block.position());
        for (int i = text->lineForTextPosition(s).lineNumber(); i >= 0 && i < text->lineCount();
             ++i) {
            const QTextLine line = text->lineAt(i);
            if (line.textStart() >= e)
                break;
            const int ls = std::max(s, line.textStart());
            const int le = std::min(e, line.textStart() + line.textLength());
            if (ls >= le)
                continue;
            const qreal x1 = line.cursorToX(ls);
            const qreal x2 = line.cursorToX(le);
            rects.append(QRectF(std::min(x1, x2), line.y(), std::abs(x2 - x1), line.height())
                             .translated(origin));
        }
    }
    return rects;
}

// The block at a height of the document, walked to from the block found last time: scrolling
// moves a few blocks, so this costs what is on the screen. Qt's hit test (cursorForPosition) would
// measure blocks one by one and, on the first scroll of a lazily laid-out document, lay out all
// the rest of it (seconds for 5 MB).
QTextBlock ArticleView::blockAtY(qreal y) const
{
    auto *layout = document()->documentLayout();
    QTextBlock block = document()->findBlockByNumber(m_blockHint);
    if (!block.isValid())
        block = document()->firstBlock();
    while (block.previous().isValid() && layout->blockBoundingRect(block).top() > y)
        block = block.previous();
    while (block.next().isValid() && layout->blockBoundingRect(block).bottom() <= y)
        block = block.next();
    m_blockHint = block.blockNumber();
    return block;
}

// The first position of the line at height y within a block (a 10 MB single line is one block).
static qsizetype lineStartAt(const QTextBlock &block, qreal yInBlock)
{
    const QTextLayout *text = block.layout();
    if (!text || text->lineCount() == 0)
        return block.position();
    int lo = 0;
    int hi = text->lineCount() - 1;
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (text->lineAt(mid).y() <= yInBlock)
            lo = mid;
        else
            hi = mid - 1;
    }
    return block.position() + text->lineAt(lo).textStart();
}

qsizetype ArticleView::positionAtViewportY(int y) const
{
    const qreal docY = verticalScrollBar()->value() + y;
    const QTextBlock block = blockAtY(docY);
    const qreal top = document()->documentLayout()->blockBoundingRect(block).top();
    return lineStartAt(block, docY - top);
}

qsizetype ArticleView::firstVisiblePosition() const
{
    return positionAtViewportY(0);
}

qsizetype ArticleView::lastVisiblePosition() const
{
    // Walk from the first visible block down to the first one below the view: bounded by what
    // fits on the screen, whatever the document's size.
    auto *layout = document()->documentLayout();
    const qreal bottom = verticalScrollBar()->value() + viewport()->height();
    QTextBlock block = blockAtY(verticalScrollBar()->value());
    qsizetype last = block.isValid() ? block.position() : 0;
    for (; block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.top() > bottom)
            break;
        if (rect.bottom() > bottom) {
            // Partly in view: up to the end of the line at the bottom edge.
            const qsizetype start = lineStartAt(block, bottom - rect.top());
            const QTextLayout *text = block.layout();
            const QTextLine line = text ? text->lineForTextPosition(int(start - block.position()))
                                        : QTextLine();
            last = line.isValid() ? block.position() + line.textStart() + line.textLength()
                                  : block.position() + block.length();
            break;
        }
        last = block.position() + block.length();
    }
    return last;
}

qsizetype ArticleView::textLength() const
{
    return std::max(1, document()->characterCount() - 1);
}

// Fractions are of the text, not of the laid-out height: the same to within a line for prose, and
// free to compute, where a height would make the whole document lay out first (seconds for
// 5 MB, all on the GUI thread).
double ArticleView::fractionOf(qsizetype position) const
{
    return std::clamp(double(position) / double(textLength()), 0.0, 1.0);
}

// The top of the line that holds `position`, in document coordinates (laying out up to it).
qreal ArticleView::lineTop(qsizetype position) const
{
    const QTextBlock block = document()->findBlock(int(position));
    qreal y = document()->documentLayout()->blockBoundingRect(block).top();
    if (const QTextLayout *text = block.layout(); text && text->lineCount() > 0) {
        const QTextLine line = text->lineForTextPosition(int(position - block.position()));
        if (line.isValid())
            y += line.y();
    }
    return y;
}

void ArticleView::scrollToFraction(double fraction)
{
    const qsizetype length = textLength();
    const qsizetype position = std::clamp<qsizetype>(qsizetype(fraction * length), 0, length);
    verticalScrollBar()->setValue(int(lineTop(position)) - viewport()->height() / 2);
}

void ArticleView::scrollPositionToTop(qsizetype position)
{
    // The first line takes the heading above it into view too.
    const qreal top = lineTop(position);
    const qreal margin = document()->documentMargin();
    const qreal heading = top <= margin + m_headingHeight + 1 ? m_headingHeight : 0;
    verticalScrollBar()->setValue(int(std::max<qreal>(0, top - margin - heading)));
}

void ArticleView::scrollToPosition(qsizetype position)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(std::clamp<qsizetype>(position, 0, document()->characterCount() - 1)));
    setTextCursor(cursor);
    ensureVisible({position, position + 1});
}

void ArticleView::paintLayer(QPainter &painter, const Layer &layer, qsizetype first, qsizetype last)
{
    auto it = std::lower_bound(layer.mentions.cbegin(), layer.mentions.cend(), first,
                               [](const Mention &m, qsizetype pos) { return m.end <= pos; });
    painter.setPen(Qt::NoPen);
    painter.setBrush(layer.fill);
    for (; it != layer.mentions.cend() && it->start <= last; ++it) {
        if (*it == m_current)
            continue; // drawn last, on top
        for (const QRectF &r : mentionRects(*it))
            painter.drawRoundedRect(r.adjusted(-2, 0, 2, 0), 3, 3);
        ++m_lastPainted;
    }
}

void ArticleView::paintDimming(QPainter &painter, qsizetype first, qsizetype last)
{
    // Veil every visible block outside the kept ranges, in the paper's colour.
    QColor veil = palette().color(QPalette::Base);
    veil.setAlphaF(0.7f);
    auto *layout = document()->documentLayout();
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (QTextBlock block = document()->findBlock(int(first));
         block.isValid() && block.position() <= last; block = block.next()) {
        const qsizetype start = block.position();
        const auto kept = std::lower_bound(m_undimmed.cbegin(), m_undimmed.cend(), start,
                                           [](const Mention &m, qsizetype pos) {
                                               return m.end < pos;
                                           });
        if (kept != m_undimmed.cend() && kept->start <= start)
            continue;
        painter.fillRect(layout->blockBoundingRect(block).translated(-scroll), veil);
    }
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    m_lastPainted = 0;
    const bool anything = !m_layers.isEmpty() || m_current.start >= 0;
    qsizetype first = 0, last = 0;
    if (anything || !m_undimmed.isEmpty()) {
        first = firstVisiblePosition();
        last = lastVisiblePosition();
    }
    if (anything) {
        QPainter painter(viewport());
        painter.setRenderHint(QPainter::Antialiasing);
        for (const Layer &layer : std::as_const(m_layers))
            paintLayer(painter, layer, first, last);
        if (m_current.start >= 0 && m_current.start <= last && m_current.end >= first) {
            painter.setBrush(m_currentFill);
            painter.setPen(QPen(m_currentOutline, 1.5));
            for (const QRectF &r : mentionRects(m_current))
                painter.drawRoundedRect(r.adjusted(-2, 0, 2, 0), 3, 3);
            ++m_lastPainted;
        }
    }
    QTextEdit::paintEvent(event);
    if (m_headingHeight > 0) {
        QPainter painter(viewport());
        paintHeading(painter);
    }
    if (!m_undimmed.isEmpty()) {
        QPainter painter(viewport());
        paintDimming(painter, first, last);
    }
}

QMimeData *ArticleView::createMimeDataFromSelection() const
{
    const QTextCursor cursor = textCursor();
    const qsizetype start = cursor.selectionStart();
    const qsizetype end = cursor.selectionEnd();
    if (start < 0 || start >= end || end > m_text.size())
        return QTextEdit::createMimeDataFromSelection();
    auto *data = new QMimeData;
    data->setText(m_text.sliced(start, end - start));
    return data;
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QTextEdit::mousePressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    // A click, not the end of a drag that selected text.
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection()
        && (event->position().toPoint() - m_pressPos).manhattanLength() < 4)
        emit positionClicked(cursorForPosition(event->position().toPoint()).position(),
                             event->modifiers());
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        // Only a position whose character is under the pointer, not the nearest one.
        const auto rects = mentionRects({cursor.position(), cursor.position() + 1});
        const bool onText = !rects.isEmpty()
                            && rects.first().adjusted(-3, -2, 3, 2).contains(help->pos());
        emit positionHovered(onText ? cursor.position() : -1, help->globalPos());
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void ArticleView::scrollContentsBy(int dx, int dy)
{
    QTextEdit::scrollContentsBy(dx, dy);
    emitVisibleRange();
}

void ArticleView::emitVisibleRange()
{
    if (document()->isEmpty())
        return;
    emit visibleRangeChanged(fractionOf(firstVisiblePosition()), fractionOf(lastVisiblePosition()));
}

void ArticleView::zoomBy(int steps)
{
    const int zoom = std::clamp(m_zoomSteps + steps, -6, 12);
    if (zoom == m_zoomSteps)
        return; // the same size: no new font, no new layout
    m_zoomSteps = zoom;
    QFont f = font();
    f.setPointSizeF(m_baseFontSize * std::pow(1.1, m_zoomSteps));
    setFont(f);
}

void ArticleView::setTextStyle(const QString &family, double pointSize, int columnCharacters,
                               int lineSpacing)
{
    QFont f = font();
    f.setFamilies(family.isEmpty() ? defaultFont().families() : QStringList{family});
    m_baseFontSize = pointSize > 0 ? pointSize : m_defaultFontSize;
    f.setPointSizeF(m_baseFontSize * std::pow(1.1, m_zoomSteps));
    const bool columnChanged = columnCharacters != m_columnCharacters;
    m_columnCharacters = columnCharacters;
    if (lineSpacing != m_lineSpacing) {
        m_lineSpacing = lineSpacing;
        QTextCursor cursor(document());
        cursor.select(QTextCursor::Document);
        QTextBlockFormat block;
        block.setLineHeight(m_lineSpacing, QTextBlockFormat::ProportionalHeight);
        cursor.mergeBlockFormat(block);
    }
    if (f != font())
        setFont(f); // lays out again, with the column (changeEvent)
    else if (columnChanged)
        updateColumn();
}

void ArticleView::resetZoom()
{
    zoomBy(-m_zoomSteps);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    m_laidOutTo = 0; // a new width: the layout starts again
    QTextEdit::resizeEvent(event);
    updateColumn();
    emitVisibleRange();
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_laidOutTo = 0;
        updateColumn();
    }
}

// Centres a column of comfortable width; the document is laid out again only when the column
// width changes, not on every resize.
void ArticleView::updateColumn()
{
    const int available = contentsRect().width()
                          - (verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0);
    const int ideal = int(QFontMetricsF(font()).averageCharWidth() * m_columnCharacters)
                      + 2 * int(document()->documentMargin());
    const int column = std::max(200, std::min(ideal, available - 2 * MinimumSideMargin));
    const int side = std::max(0, (available - column) / 2);
    setViewportMargins(side, 0, side, 0);
    if (column != m_column) {
        m_column = column;
        setLineWrapColumnOrWidth(column);
    }
    updateHeading();
}
