#include "ui/text/readingpositions.h"

#include "core/library/library.h"
#include "core/session/articlesession.h"
#include "core/session/readersettings.h"
#include "ui/text/articleview.h"

#include <QScrollBar>
#include <QTextCursor>
#include <QTimer>

namespace {

// Every article has one but the empty window: pasted and piped ones by their text.
QString lastingSource(const Article &article)
{
    return article.text.isEmpty() ? QString() : Library::sourceKey(article);
}

} // namespace

ReadingPositions::ReadingPositions(const ArticleSession *session, ArticleView *view,
                                   ReaderSettings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
    , m_settings(settings)
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, &ReadingPositions::save);
    connect(view, &ArticleView::visibleRangeChanged, this, [this] {
        if (m_pending >= 0) {
            restorePending();
            return;
        }
        // Only while the view shows the article followed (not while a new one replaces it).
        if (!m_source.isEmpty() && m_session->article().text.constData() == m_followed) {
            m_position = m_view->firstVisiblePosition();
            m_settle->start();
        }
    });
    // The scroll range grows as the view is shown and lays the text out.
    // A new width lays the text out again, and the scroll range shrinks meanwhile: the value
    // restored is clamped to the top. For a moment after the restore, it is restored again.
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_pending >= 0) {
            restorePending();
            return;
        }
        const QScrollBar *bar = m_view->verticalScrollBar();
        if (m_held >= 0 && m_holding.isValid() && m_holding.elapsed() < HoldMs
            && (bar->value() == 0 || bar->value() == bar->maximum()))
            m_view->scrollPositionToTop(m_held);
    });
    connect(session, &ArticleSession::articleChanged, this, &ReadingPositions::articleChanged);
}

void ReadingPositions::save()
{
    m_settle->stop();
    if (m_source.isEmpty())
        return;
    const qsizetype position = m_pending >= 0 ? m_pending : m_position;
    if (position == m_saved)
        return;
    m_saved = position;
    m_settings->setReadingPosition(m_source, position);
    emit positionRemembered(m_source, position);
}

void ReadingPositions::expect(const QString &key, qsizetype position)
{
    m_expectedKey = key;
    m_expected = position;
}

void ReadingPositions::articleChanged()
{
    save();
    m_source = lastingSource(m_session->article());
    m_followed = m_session->article().text.constData();
    m_position = 0;
    m_pending = -1;
    m_held = -1;
    if (m_source.isEmpty())
        return;
    qsizetype at = m_settings->readingPosition(m_source);
    if (at < 0 && m_source == m_expectedKey)
        at = m_expected;
    m_expectedKey.clear();
    m_expected = -1;
    m_saved = at;
    if (at > 0 && at < m_view->textLength()) {
        // The cursor goes there too: a text view shown for the first time scrolls to its cursor.
        QTextCursor cursor(m_view->document());
        cursor.setPosition(int(at));
        m_view->setTextCursor(cursor);
        m_pending = at;
        restorePending();
    }
}

// A view not shown yet has no height to scroll in: the position waits for it to be laid out.
void ReadingPositions::restorePending()
{
    if (!m_view->isVisible() || m_view->verticalScrollBar()->maximum() == 0)
        return;
    const qsizetype at = m_pending;
    m_pending = -1;
    m_view->scrollPositionToTop(at);
    m_position = at;
    m_held = at;
    m_holding.start();
}
