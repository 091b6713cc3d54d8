#pragma once

#include "article.h"
#include "mentionnavigator.h"

#include <QMainWindow>

#include <memory>

class ArticleView;
class EntityListModel;
class EntitySidebar;
class Knowledge;
class QAction;
class QLabel;

// The reader's window: the article in the middle, its people and places beside it, and the
// mention navigation in the tool bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const Knowledge> knowledge, QWidget *parent = nullptr);

    void showArticle(const Article &article);
    // Selects the entity with this display name (case-insensitive); false if there is none.
    bool selectEntityByName(const QString &name);

    const Article &article() const { return m_article; }
    const MentionNavigator &navigator() const { return m_navigator; }
    ArticleView *articleView() const { return m_view; }
    EntitySidebar *sidebar() const { return m_sidebar; }
    QString selectedEntityId() const { return m_selectedId; }

public slots:
    void nextMention();
    void previousMention();
    void clearSelection();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void selectEntity(const QString &id);
    void showCurrentMention();
    void updateNavigation();

    std::shared_ptr<const Knowledge> m_knowledge;
    Article m_article;
    MentionNavigator m_navigator;
    QString m_selectedId;

    EntityListModel *m_model = nullptr;
    EntitySidebar *m_sidebar = nullptr;
    ArticleView *m_view = nullptr;
    QLabel *m_entityLabel = nullptr;
    QLabel *m_positionLabel = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_clearAction = nullptr;
};
