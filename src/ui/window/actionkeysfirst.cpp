#include "ui/window/actionkeysfirst.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

ActionKeysFirst::ActionKeysFirst(std::function<QList<QAction *>()> actions, QObject *parent)
    : QObject(parent)
    , m_actions(std::move(actions))
{}

void ActionKeysFirst::watch(QWidget *field)
{
    field->installEventFilter(this);
}

bool ActionKeysFirst::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Typing (with Shift or not) and the field's own editing keys stay the field's.
    if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    static constexpr QKeySequence::StandardKey editing[] = {
        QKeySequence::Copy,
        QKeySequence::Cut,
        QKeySequence::Paste,
        QKeySequence::Undo,
        QKeySequence::Redo,
        QKeySequence::SelectAll,
        QKeySequence::Delete,
        QKeySequence::DeleteStartOfWord,
        QKeySequence::DeleteEndOfWord,
        QKeySequence::MoveToNextWord,
        QKeySequence::MoveToPreviousWord,
        QKeySequence::SelectNextWord,
        QKeySequence::SelectPreviousWord,
    };
    for (QKeySequence::StandardKey standard : editing) {
        if (key->matches(standard))
            return false;
    }
    const QKeySequence pressed(key->keyCombination());
    const QList<QAction *> actions = m_actions();
    for (const QAction *action : actions) {
        if (action->isEnabled() && action->shortcuts().contains(pressed))
            return true; // not accepted: the shortcut map gives the key to the action
    }
    return false;
}
