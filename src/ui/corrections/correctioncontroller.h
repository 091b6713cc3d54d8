#pragma once

#include "core/entities/entity.h"

#include <QList>
#include <QObject>

class ArticleSession;
class ArticleView;
struct Correction;
class EntitySidebar;
class QAction;
class QMenu;
class QPoint;
class QUndoStack;
class QWidget;
class ReadingState;

// The reader's corrections to the entity list, as commands on an undo stack: rename, change type,
// merge, split off a mention, not an entity / show again, mark a text selection as an entity,
// reset. It owns the stack, the correction actions and their two context menus (over the sidebar
// and over the text); their enabled states follow the session, the reading state, the sidebar's
// selection and the text's by signals, bound once here. Commands act on the session
// (CorrectionCommand); dialogs (rename, reset) open over `dialogParent`.
class CorrectionController final : public QObject
{
    Q_OBJECT
public:
    CorrectionController(ArticleSession *session, ReadingState *reading, EntitySidebar *sidebar,
                         ArticleView *view, QWidget *dialogParent);

    QUndoStack *undoStack() const { return m_undo; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // Fills Edit > Correct Entities.
    void addActionsTo(QMenu *menu);
    // An action of another concern at the end of the sidebar's entity menu ("In Other Articles").
    void addEntityMenuAction(QAction *action) { m_entityMenuExtras.append(action); }

    // Pushes one correction (undoable); nothing happens while it cannot apply yet.
    void correct(const Correction &correction, const QString &description);

public slots:
    void renameEntity();
    void mergeSelected();
    // Folds `ids` into `targetId`, whose name stays, and says so.
    void merge(const QString &targetId, const QStringList &ids);
    void splitCurrentMention();
    void hideSelected();
    void unhideSelected();
    void markSelection(EntityType type);
    void resetCorrections();
    void showEntityMenu(const QPoint &globalPos);
    void showTextMenu(const QPoint &pos);

signals:
    // What a correction could not do and why, for the status bar.
    void statusMessage(const QString &message, int timeoutMs = 0);

private:
    void updateActions();

    ArticleSession *m_session;
    ReadingState *m_reading;
    EntitySidebar *m_sidebar;
    ArticleView *m_view;
    QWidget *m_dialogParent;
    QUndoStack *m_undo = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_typeChangeActions[3] = {};
    QAction *m_mergeAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_hideAction = nullptr;
    QAction *m_unhideAction = nullptr;
    QAction *m_markActions[3] = {};
    QAction *m_resetAction = nullptr;
    QList<QAction *> m_entityMenuExtras;
};
