#include "ui/style/emptyviewtext.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPainter>

EmptyViewText::EmptyViewText(QAbstractItemView *view, std::function<QString()> text)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_text(std::move(text))
{
    m_viewport->installEventFilter(this);
}

QString EmptyViewText::text() const
{
    const QAbstractItemModel *model = m_view->model();
    if (model && model->rowCount(m_view->rootIndex()) > 0)
        return {};
    return m_text();
}

void EmptyViewText::update()
{
    m_viewport->update();
}

bool EmptyViewText::eventFilter(QObject *watched, QEvent *event)
{
    // Over the background Qt has drawn; an empty view has nothing else to paint.
    if (watched == m_viewport && event->type() == QEvent::Paint) {
        const QString words = text();
        if (!words.isEmpty()) {
            QPainter painter(m_viewport);
            painter.setPen(m_view->palette().color(QPalette::PlaceholderText));
            painter.drawText(m_viewport->rect().adjusted(12, 12, -12, -12),
                             Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, words);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
