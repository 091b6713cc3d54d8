#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAbstractItemView;
class QWidget;

// Words an item view shows while it has no rows, in the placeholder colour: why it is empty or
// what to do (as QLineEdit's placeholder text does for an empty field). It watches the view's
// viewport and asks for the words at each paint, so that they follow what they depend on; whoever
// changes that without touching the model calls update().
class EmptyViewText final : public QObject
{
    Q_OBJECT
public:
    EmptyViewText(QAbstractItemView *view, std::function<QString()> text);

    // What the view says now: nothing while it has rows.
    QString text() const;
    // Repaints the view, after a change the words depend on.
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    // Compared with what the filter sees, never called through: the view is gone by the time its
    // viewport, being destroyed, sends its last events.
    QWidget *m_viewport;
    std::function<QString()> m_text;
};
