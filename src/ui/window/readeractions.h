#pragma once

#include <QObject>

class MainWindow;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;

// The window's menus, tool bar and keys: File, Edit, View, Go and Help, the mentions tool bar
// with its legend and "n of N" counter. Each action forwards to the object that owns what it
// changes (the reading state, the correction controller, the window for files and dialogs), and
// each enabled state, text and check mark is bound once to the signal that changes it, as Qt's
// textedit example binds undoAvailable to its action: nothing here is updated by hand.
class ReaderActions final : public QObject
{
    Q_OBJECT
public:
    // Builds the menus and the tool bar into `window`, whose views, state and controllers exist.
    explicit ReaderActions(MainWindow *window);

    QAction *openAction() const { return m_open; }
    QAction *reloadAction() const { return m_reload; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *sharedParagraphsAction() const { return m_shared; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QMenu *fileMenu() const { return m_fileMenu; }
    // Every action of the menus that has a key, in menu order (Help > Keyboard Shortcuts).
    QList<QAction *> shortcutActions() const;

    // Colours follow the palette: the legend is written again.
    void paletteChanged();

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createGoMenu();
    void createHelpMenu();
    void createToolBar();
    void updateNavigation();
    void updateLegend();
    void updateTypeActions();
    void updateRecentMenu();
    void announceCurrentMention();

    MainWindow *m_window;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_shared = nullptr;
    QAction *m_readerView = nullptr;
    QAction *m_typeActions[3] = {};
    QActionGroup *m_sortGroup = nullptr;
    QLabel *m_entityLabel = nullptr;
    QLabel *m_positionLabel = nullptr;
};
