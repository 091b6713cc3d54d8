#pragma once

#include <QDialog>

class QAction;

// Help > Keyboard Shortcuts: every action that has a key, with its keys as the platform writes
// them, and the keys that live outside the menus (in the list, the text, the find bar).
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};
