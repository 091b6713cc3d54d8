#include "ui/corrections/correctioncontroller.h"

#include "core/session/articlesession.h"
#include "core/session/readingstate.h"
#include "ui/corrections/correctioncommand.h"
#include "ui/corrections/resetcommand.h"
#include "ui/sidebar/entitysidebar.h"
#include "ui/text/articleview.h"
#include "ui/window/keys.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QTreeView>
#include <QUndoStack>
#include <algorithm>

CorrectionController::CorrectionController(ArticleSession *session, ReadingState *reading,
                                           EntitySidebar *sidebar, ArticleView *view,
                                           QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_reading(reading)
    , m_sidebar(sidebar)
    , m_view(view)
    , m_dialogParent(dialogParent)
    , m_undo(new QUndoStack(this))
{
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(
        Keys::withStandard(QKeySequence(Qt::CTRL | Qt::Key_Z), QKeySequence::Undo));
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(
        Keys::withStandard(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo));

    m_renameAction = new QAction(tr("&Rename\u2026"), this);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_renameAction, &QAction::triggered, this, &CorrectionController::renameEntity);
    const std::pair<QString, EntityType> types[] = {{tr("&Person"), EntityType::Person},
                                                    {tr("P&lace"), EntityType::Place},
                                                    {tr("&Organization"), EntityType::Organization}};
    // The current type is marked: the choice is among the three, one of which it is now.
    auto *typeGroup = new QActionGroup(this);
    for (const auto &[label, t] : types) {
        const EntityType entityType = t;
        QAction *a = new QAction(label, this);
        a->setCheckable(true);
        typeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, entityType] {
            const Entity *e = m_reading->activeEntity();
            if (e && e->type != entityType)
                correct(Correction::changeType(e->id, entityType), tr("Change Type"));
        });
        m_typeChangeActions[int(t)] = a;
    }
    m_mergeAction = new QAction(tr("&Merge Selected"), this);
    m_mergeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_mergeAction, &QAction::triggered, this, &CorrectionController::mergeSelected);
    m_splitAction = new QAction(tr("&Split Off This Mention"), this);
    connect(m_splitAction, &QAction::triggered, this, &CorrectionController::splitCurrentMention);
    m_hideAction = new QAction(tr("&Not an Entity"), this);
    m_hideAction->setShortcut(QKeySequence(Qt::Key_Delete));
    connect(m_hideAction, &QAction::triggered, this, &CorrectionController::hideSelected);
    m_unhideAction = new QAction(tr("Show A&gain"), this);
    connect(m_unhideAction, &QAction::triggered, this, &CorrectionController::unhideSelected);
    const std::pair<QString, EntityType> marks[]
        = {{tr("Mark Selection as &Person"), EntityType::Person},
           {tr("Mark Selection as P&lace"), EntityType::Place},
           {tr("Mark Selection as &Organization"), EntityType::Organization}};
    const QKeySequence markKeys[] = {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                                     QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
                                     QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O)};
    for (const auto &[label, t] : marks) {
        const EntityType entityType = t;
        QAction *a = new QAction(label, this);
        a->setShortcut(markKeys[int(t)]);
        connect(a, &QAction::triggered, this, [this, entityType] { markSelection(entityType); });
        m_markActions[int(t)] = a;
    }
    m_resetAction = new QAction(tr("Reset &Corrections"), this);
    connect(m_resetAction, &QAction::triggered, this, &CorrectionController::resetCorrections);
    // F2 and Delete belong to the list of entities: in the filter box and the find bar they
    // keep their usual meaning.
    for (QAction *a : {m_renameAction, m_hideAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_sidebar->view()->addAction(a);
    }

    connect(m_sidebar, &EntitySidebar::mergeRequested, this, &CorrectionController::merge);
    connect(m_sidebar, &EntitySidebar::contextMenuRequested, this,
            &CorrectionController::showEntityMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CorrectionController::showTextMenu);

    // What can be corrected follows what is selected, in the list and in the text.
    connect(m_undo, &QUndoStack::indexChanged, this, &CorrectionController::updateActions);
    connect(m_reading, &ReadingState::selectionChanged, this, &CorrectionController::updateActions);
    connect(m_reading, &ReadingState::currentMentionChanged, this,
            &CorrectionController::updateActions);
    connect(m_session, &ArticleSession::entitiesChanged, this, &CorrectionController::updateActions);
    connect(m_session, &ArticleSession::articleChanged, this, [this] {
        m_undo->clear(); // corrections of another article are not undone here
        updateActions();
    });
    connect(m_view, &QTextEdit::copyAvailable, this, &CorrectionController::updateActions);
    updateActions();
}

void CorrectionController::addActionsTo(QMenu *menu)
{
    menu->addAction(m_renameAction);
    QMenu *type = menu->addMenu(tr("Change &Type"));
    for (QAction *a : m_typeChangeActions)
        type->addAction(a);
    menu->addAction(m_mergeAction);
    menu->addAction(m_splitAction);
    menu->addAction(m_hideAction);
    menu->addAction(m_unhideAction);
    menu->addSeparator();
    for (QAction *a : m_markActions)
        menu->addAction(a);
    menu->addSeparator();
    menu->addAction(m_resetAction);
}

void CorrectionController::updateActions()
{
    const QStringList ids = m_sidebar->selectedIds();
    const Entity *active = m_reading->activeEntity();
    const EntityList &list = m_session->entities();
    const bool any = !ids.isEmpty();
    m_renameAction->setEnabled(active != nullptr);
    for (int type = 0; type < 3; ++type) {
        m_typeChangeActions[type]->setEnabled(active != nullptr);
        m_typeChangeActions[type]->setChecked(active && int(active->type) == type);
    }
    m_mergeAction->setEnabled(ids.size() >= 2);
    m_splitAction->setEnabled(active && active->mentions.size() > 1 && m_reading->currentMention());
    bool hidden = false, shown = false;
    for (const QString &id : ids) {
        if (const Entity *e = list.find(id))
            (e->hidden ? hidden : shown) = true;
    }
    m_hideAction->setEnabled(any && shown);
    m_unhideAction->setEnabled(any && hidden);
    // Enabled without a selection too: the key then says what it needs.
    for (QAction *a : m_markActions)
        a->setEnabled(!m_session->extracted().isEmpty());
    m_resetAction->setEnabled(!m_session->corrections().isEmpty());
}

void CorrectionController::correct(const Correction &correction, const QString &description)
{
    if (!m_session->canCorrect(correction))
        return;
    // Tied to its words and their neighbourhood, so that an edit of the file finds it again.
    m_undo->push(new CorrectionCommand(m_session, correction.anchoredIn(m_session->article().text),
                                       description));
}

void CorrectionController::renameEntity()
{
    const Entity *e = m_reading->activeEntity();
    if (!e)
        return;
    const QString id = e->id;
    const QString old = e->name;
    QInputDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Rename Entity"));
    dialog.setLabelText(tr("New name for \u201c%1\u201d:").arg(old));
    dialog.setTextValue(old);
    // Wide enough for its title beside a window manager's buttons, and for the name.
    const QFontMetrics metrics = dialog.fontMetrics();
    dialog.resize(std::max({dialog.sizeHint().width(), 360,
                            metrics.horizontalAdvance(dialog.windowTitle()) + 200,
                            metrics.horizontalAdvance(old) + 120}),
                  dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().simplified();
    if (!name.isEmpty() && name != old)
        correct(Correction::rename(id, name), tr("Rename"));
}

void CorrectionController::mergeSelected()
{
    QStringList ids = m_sidebar->selectedIds();
    if (ids.size() < 2)
        return;
    const QString active = m_reading->activeId();
    QString target = ids.contains(active) ? active : ids.first();
    // The reader picks the name kept (the followed one first).
    QStringList names;
    for (const QString &id : std::as_const(ids)) {
        const Entity *e = m_session->entities().find(id);
        names.append(e ? QStringLiteral("%1 (%2)").arg(e->name, entityTypeLabel(e->type)) : id);
    }
    bool ok = false;
    const QString kept = QInputDialog::getItem(m_dialogParent, tr("Merge Entities"),
                                               tr("Merge %n entities under the name:", nullptr,
                                                  int(ids.size())),
                                               names, int(ids.indexOf(target)), false, &ok);
    if (!ok)
        return;
    target = ids.value(names.indexOf(kept), target);
    ids.removeAll(target);
    merge(target, ids);
}

// Says what was merged into what, with the key that takes it back.
void CorrectionController::merge(const QString &targetId, const QStringList &ids)
{
    const Entity *target = m_session->entities().find(targetId);
    if (!target || ids.isEmpty())
        return;
    const QString kept = target->name;
    QStringList merged;
    for (const QString &id : ids) {
        if (const Entity *e = m_session->entities().find(id))
            merged.append(QStringLiteral("\u201c%1\u201d").arg(e->name));
    }
    const int before = m_undo->index();
    correct(Correction::merge(targetId, ids), tr("Merge"));
    if (m_undo->index() == before)
        return;
    emit statusMessage(tr("Merged %1 into \u201c%2\u201d. %3 undoes it.")
                           .arg(merged.join(QStringLiteral(", ")), kept,
                                m_undoAction->shortcut().toString(QKeySequence::NativeText)));
}

void CorrectionController::splitCurrentMention()
{
    const Mention *m = m_reading->currentMention();
    if (m && !m_reading->activeId().isEmpty())
        correct(Correction::splitMention(m_reading->activeId(), *m), tr("Split Off Mention"));
}

void CorrectionController::hideSelected()
{
    const QStringList ids = m_sidebar->selectedIds();
    if (ids.isEmpty())
        return;
    m_undo->beginMacro(tr("Not an Entity"));
    for (const QString &id : ids) {
        const Entity *e = m_session->entities().find(id);
        if (e && !e->hidden)
            correct(Correction::hide(id), tr("Not an Entity"));
    }
    m_undo->endMacro();
}

void CorrectionController::unhideSelected()
{
    const QStringList ids = m_sidebar->selectedIds();
    if (ids.isEmpty())
        return;
    m_undo->beginMacro(tr("Show Again"));
    for (const QString &id : ids) {
        const Entity *e = m_session->entities().find(id);
        if (e && e->hidden)
            correct(Correction::unhide(id), tr("Show Again"));
    }
    m_undo->endMacro();
}

void CorrectionController::markSelection(EntityType type)
{
    const QTextCursor cursor = m_view->textCursor();
    if (!cursor.hasSelection()) {
        emit statusMessage(
            tr("Nothing is selected in the text: select a name there first, then mark it."), 8000);
        return;
    }
    const Mention selection{cursor.selectionStart(), cursor.selectionEnd()};
    const QString text
        = m_session->article().text.sliced(selection.start, selection.length()).simplified();
    if (text.isEmpty() || text.size() > 200)
        return;
    correct(Correction::addEntity(text, type, selection),
            tr("Mark as %1").arg(entityTypeLabel(type)));
}

void CorrectionController::resetCorrections()
{
    const Corrections &corrections = m_session->corrections();
    if (corrections.isEmpty())
        return;
    // One step on the undo stack: no question first, Undo brings every correction back.
    const int count = int(corrections.size());
    m_undo->push(new ResetCommand(m_session, tr("Reset Corrections")));
    emit statusMessage(tr("%n correction(s) reset. %1 brings them back.", nullptr, count)
                           .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)));
}

void CorrectionController::showEntityMenu(const QPoint &globalPos)
{
    updateActions();
    QMenu menu(m_dialogParent);
    menu.addAction(m_renameAction);
    QMenu *type = menu.addMenu(tr("Change &Type"));
    for (QAction *a : m_typeChangeActions)
        type->addAction(a);
    menu.addAction(m_mergeAction);
    menu.addAction(m_splitAction);
    menu.addSeparator();
    menu.addAction(m_hideAction);
    menu.addAction(m_unhideAction);
    if (!m_entityMenuExtras.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_entityMenuExtras);
    }
    menu.exec(globalPos);
}

void CorrectionController::showTextMenu(const QPoint &pos)
{
    updateActions();
    QMenu *menu = m_view->createStandardContextMenu(pos);
    for (QAction *a : menu->actions())
        a->setShortcutVisibleInContextMenu(true);
    menu->addSeparator();
    for (QAction *a : m_markActions)
        menu->addAction(a);
    menu->exec(m_view->viewport()->mapToGlobal(pos));
    delete menu;
}
