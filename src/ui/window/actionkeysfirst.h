#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

// Lets the window's keys reach their actions while a text field has the focus. A QLineEdit
// claims many Ctrl keys before any shortcut sees them (with the X11 key bindings Ctrl+E, Ctrl+K
// and Ctrl+U move or delete, Emacs-style), so Ctrl+E (Export) did nothing while the filter had
// the focus. Here an enabled action's key wins, except the keys a field needs to edit: typing,
// copy, cut, paste, undo, redo, select all, moving and deleting by word. One event filter per
// watched field; a key press costs a look through the actions' key lists.
class ActionKeysFirst final : public QObject
{
public:
    // `actions`: the window's actions with keys, asked at each key press (they change).
    ActionKeysFirst(std::function<QList<QAction *>()> actions, QObject *parent);

    void watch(QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<QList<QAction *>()> m_actions;
};
