#include "articleview.h"

#include "article.h"
#include "entitycolors.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextList>

#include <algorithm>

namespace {

// About 70 characters a line: the line length typographers recommend for continuous reading.
constexpr int ColumnCharacters = 70;
constexpr int MinimumSideMargin = 16;

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Article text"));
    setUndoRedoEnabled(false);

    QFont font(QStringList{QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"),
                           QStringLiteral("Georgia"), QStringLiteral("Times New Roman")});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(std::max(12.0, QWidget::font().pointSizeF() * 1.25));
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
    // Plain text keeps document positions equal to the article's UTF-16 indices.
    setPlainText(Article::displayText(article.text));
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    QTextBlockFormat block;
    block.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    block.setBottomMargin(QFontMetricsF(font()).height() * 0.8);
    cursor.mergeBlockFormat(block);
    // Headings and list items of Markdown and HTML articles read as such; the text stays as is.
    QTextList *list = nullptr;
    for (const auto &p : article.paragraphs) {
        if (p.heading == 0 && !p.listItem) {
            list = nullptr;
            continue;
        }
        const QTextBlock b = document()->findBlock(int(p.start));
        if (!b.isValid())
            continue;
        QTextCursor c(b);
        if (p.heading > 0) {
            list = nullptr;
            QTextCharFormat heading;
            heading.setFontWeight(QFont::Bold);
            heading.setFontPointSize(font().pointSizeF() * (p.heading == 1 ? 1.5 : 1.2));
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
    moveCursor(QTextCursor::Start);
    updateColumn();
}

void ArticleView::setHighlights(const QList<Mention> &mentions, EntityType type)
{
    m_highlights = mentions;
    m_type = type;
    m_current = {-1, -1};
    viewport()->update();
}

void ArticleView::clearHighlights()
{
    if (m_highlights.isEmpty() && m_current.start < 0)
        return;
    m_highlights.clear();
    m_current = {-1, -1};
    viewport()->update();
}

void ArticleView::setCurrentMention(const Mention &mention)
{
    m_current = mention;
    QTextCursor cursor(document());
    cursor.setPosition(int(mention.start));
    setTextCursor(cursor);
    scrollToMention(mention);
    viewport()->update();
}

void ArticleView::scrollToMention(const Mention &mention)
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
        for (int i = text->lineForTextPosition(s).lineNumber(); i < text->lineCount(); ++i) {
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

void ArticleView::paintEvent(QPaintEvent *event)
{
    m_lastPainted = 0;
    if (!m_highlights.isEmpty()) {
        // Only the mentions in view: the first and last visible positions bound a binary search.
        const qsizetype firstVisible = cursorForPosition(QPoint(0, 0)).position();
        const qsizetype lastVisible
            = cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
        auto it = std::lower_bound(m_highlights.cbegin(), m_highlights.cend(), firstVisible,
                                   [](const Mention &m, qsizetype pos) { return m.end <= pos; });
        const EntityColors colors = EntityColors::forType(m_type, palette());
        QPainter painter(viewport());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        for (; it != m_highlights.cend() && it->start <= lastVisible; ++it) {
            const bool current = *it == m_current;
            for (const QRectF &r : mentionRects(*it)) {
                const QRectF box = r.adjusted(-2, 0, 2, 0);
                if (current) {
                    painter.setBrush(colors.current);
                    painter.setPen(QPen(colors.outline, 1.5));
                } else {
                    painter.setBrush(colors.fill);
                    painter.setPen(Qt::NoPen);
                }
                painter.drawRoundedRect(box, 3, 3);
            }
            ++m_lastPainted;
        }
    }
    QTextEdit::paintEvent(event);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateColumn();
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateColumn();
}

// Centres a column of comfortable width; the document is laid out again only when the column
// width changes, not on every resize.
void ArticleView::updateColumn()
{
    const int available = contentsRect().width()
                          - (verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0);
    const int ideal = int(QFontMetricsF(font()).averageCharWidth() * ColumnCharacters)
                      + 2 * int(document()->documentMargin());
    const int column = std::max(200, std::min(ideal, available - 2 * MinimumSideMargin));
    const int side = std::max(0, (available - column) / 2);
    setViewportMargins(side, 0, side, 0);
    if (column != m_column) {
        m_column = column;
        setLineWrapColumnOrWidth(column);
    }
}
