#pragma once

#include "article.h"
#include "mentionnavigator.h"

#include <QMainWindow>

#include <memory>

class ArticleView;
class EntityList;
class EntityListModel;
class EntitySidebar;
class Knowledge;
class QAction;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QProgressBar;
class QTimer;
template<typename T>
class QFutureWatcher;

// The reader's window: the article in the middle, its people and places beside it, and the
// mention navigation in the tool bar. Extraction runs on a worker thread; the text shows at once.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // A null knowledge is loaded on the worker thread the first time it is needed.
    explicit MainWindow(std::shared_ptr<const Knowledge> knowledge = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showArticle(const Article &article);
    // Loads a file and shows it; on failure tells the user and keeps the current article.
    bool openFile(const QString &path);
    // Selects the entity with this display name (case-insensitive); false if there is none.
    bool selectEntityByName(const QString &name);

    const Article &article() const { return m_article; }
    const MentionNavigator &navigator() const { return m_navigator; }
    ArticleView *articleView() const { return m_view; }
    EntitySidebar *sidebar() const { return m_sidebar; }
    QString selectedEntityId() const { return m_selectedId; }
    QString currentFile() const { return m_currentFile; }
    bool isExtracting() const;
    QStringList recentFiles() const;

signals:
    // The sidebar holds the entities of the article now shown.
    void entitiesReady();

public slots:
    void nextMention();
    void previousMention();
    void clearSelection();
    void open();
    void reload();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct KnowledgeSlot;

    void createActions();
    void startExtraction();
    void extractionFinished();
    void selectEntity(const QString &id);
    void showCurrentMention();
    void updateNavigation();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void watch(const QString &path);
    void fileChangedOnDisk();

    std::shared_ptr<KnowledgeSlot> m_knowledge;
    Article m_article;
    QString m_currentFile;
    MentionNavigator m_navigator;
    QString m_selectedId;
    QString m_reselectId; // kept across a reload
    quint64 m_generation = 0;

    EntityListModel *m_model = nullptr;
    EntitySidebar *m_sidebar = nullptr;
    ArticleView *m_view = nullptr;
    QLabel *m_entityLabel = nullptr;
    QLabel *m_positionLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QFutureWatcher<EntityList> *m_extraction = nullptr;
};
