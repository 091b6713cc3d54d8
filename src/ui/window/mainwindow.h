#pragma once

#include "core/document/article.h"
#include "core/entities/corrections.h"
#include "core/entities/entitylist.h"
#include "core/navigation/entityselection.h"
#include "core/navigation/mentionnavigator.h"
#include "core/navigation/navigationhistory.h"

#include <QMainWindow>

#include <memory>

class ArticleView;
class EmptyViewText;
class EntityList;
class EntityListModel;
class EntitySidebar;
class FindBar;
class Knowledge;
class MentionContextModel;
class OverviewRuler;
class QAction;
class QActionGroup;
class QFileSystemWatcher;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QSplitter;
class QTimer;
class QUndoStack;
template<typename T>
class QFutureWatcher;

// The reader's window: the article in the middle with its overview ruler, the people and places
// beside it with the mentions of the followed one in context, and the mention navigation in the
// tool bar. Extraction runs on a worker thread; the text shows at once. The window decides what
// requests from its widgets mean; the widgets only display and forward.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // A null knowledge is loaded on the worker thread the first time it is needed.
    explicit MainWindow(std::shared_ptr<const Knowledge> knowledge = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Files at least this large say that they are being opened, with a busy pointer: reading and
    // setting them holds the window for a noticeable moment.
    static constexpr qint64 LargeFileBytes = 4 * 1024 * 1024;

    void showArticle(const Article &article);
    // Loads a file and shows it; on failure tells the user and keeps the current article.
    bool openFile(const QString &path);
    // Opens the article read last time, if it is still there.
    bool reopenLastArticle();
    // Selects the entity with this display name (case-insensitive); false if there is none.
    bool selectEntityByName(const QString &name);
    // Follows several entities by name, the last one stepped; returns a name not found, if any.
    QString selectEntitiesByName(const QStringList &names);
    // Follows these entities side by side (ids as in EntityList); the last is the one stepped.
    void selectEntities(const QStringList &ids, const QString &currentId);

    const Article &article() const { return m_article; }
    const EntityList &entities() const;
    const MentionNavigator &navigator() const { return m_navigator; }
    const EntitySelection &selection() const { return m_selection; }
    ArticleView *articleView() const { return m_view; }
    EntitySidebar *sidebar() const { return m_sidebar; }
    OverviewRuler *ruler() const { return m_ruler; }
    FindBar *findBar() const { return m_findBar; }
    QListView *contextView() const { return m_contextView; }
    // What the mentions-in-context list says while it is empty.
    QString contextPlaceholderText() const;
    QString selectedEntityId() const { return m_activeId; }
    QString currentFile() const { return m_currentFile; }
    bool isExtracting() const;
    QStringList recentFiles() const;
    QList<QAction *> shortcutActions() const;

    // Corrections: each goes on the undo stack, is replayed onto the extraction and saved.
    void correct(const Correction &correction, const QString &description);
    const Corrections &corrections() const { return m_corrections; }
    QString correctionsPath() const { return m_correctionsPath; }
    QUndoStack *undoStack() const { return m_undo; }
    // Export the (corrected) entities: JSON or CSV by the file's suffix; the article as HTML.
    bool exportEntities(const QString &path, QString *error = nullptr);
    bool exportArticleHtml(const QString &path, QString *error = nullptr);

signals:
    // The sidebar holds the entities of the article now shown.
    void entitiesReady();

public slots:
    void nextMention();
    void previousMention();
    void clearSelection();
    void open();
    void reload();
    void goBack();
    void goForward();
    void showShortcuts();
    void renameEntity();
    void mergeSelected();
    void splitCurrentMention();
    void hideSelected();
    void unhideSelected();
    void markSelection(EntityType type);
    void resetCorrections();
    void exportEntitiesInteractively();
    void exportHtmlInteractively();
    void copyEntityList();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct KnowledgeSlot;

    void createActions();
    void createViewMenu(QMenu *view);
    void startExtraction();
    void setEntities(const EntityList &entities);
    void extractionFinished();
    void applySelection(const QStringList &ids, const QString &currentId, bool jump);
    void refreshHighlights();
    void showCurrentMention();
    void updateNavigation();
    void updateTypeActions();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void watch(const QString &path);
    void fileChangedOnDisk();
    void recordJump();
    void textClicked(qsizetype position, Qt::KeyboardModifiers modifiers);
    void textHovered(qsizetype position, const QPoint &globalPos);
    void find(const QString &text, bool caseSensitive, bool wholeWords);
    void stepFind(int direction);
    void setZoom(int steps);
    void createCorrectionActions(QMenu *edit, QMenu *file);
    void loadCorrections();
    void correctionsChanged(const QString &selectId);
    void showEntityMenu(const QPoint &globalPos);
    void showTextMenu(const QPoint &pos);
    void updateCorrectionActions();

    std::shared_ptr<KnowledgeSlot> m_knowledge;
    Article m_article;
    QString m_currentFile;
    MentionNavigator m_navigator;
    EntitySelection m_selection;
    NavigationHistory m_history;
    QString m_activeId;     // the selected entity that F3 steps through
    QStringList m_reselect; // kept across a reload
    quint64 m_generation = 0;
    QList<Mention> m_findMatches;
    qsizetype m_findCurrent = -1;

    EntityListModel *m_model = nullptr;
    MentionContextModel *m_contextModel = nullptr;
    EntitySidebar *m_sidebar = nullptr;
    QListView *m_contextView = nullptr;
    EmptyViewText *m_contextEmpty = nullptr;
    QLabel *m_contextTitle = nullptr;
    ArticleView *m_view = nullptr;
    OverviewRuler *m_ruler = nullptr;
    FindBar *m_findBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QLabel *m_entityLabel = nullptr;
    QLabel *m_positionLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_sharedAction = nullptr;
    QAction *m_typeActions[3] = {};
    QActionGroup *m_sortGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QFutureWatcher<EntityList> *m_extraction = nullptr;

    EntityList m_extracted; // what the extractor found, before the reader's corrections
    Corrections m_corrections;
    QString m_correctionsPath;
    bool m_correctionsDamaged = false; // keep the damaged file aside before the first save
    QUndoStack *m_undo = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_hideAction = nullptr;
    QAction *m_unhideAction = nullptr;
    QAction *m_markActions[3] = {};
    QAction *m_typeChangeActions[3] = {};
    QAction *m_resetAction = nullptr;
};
