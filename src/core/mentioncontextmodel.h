#pragma once

#include "article.h"
#include "entity.h"
#include "mentioncontext.h"

#include <QAbstractListModel>

// The mentions of one entity, each with the sentence around it and its paragraph: the list a
// reader scans to see every place a person is quoted. Lines are built when a view asks for
// them, so an entity with 20,000 mentions costs nothing up front.
class MentionContextModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        SentenceRole = Qt::UserRole + 1, // QString
        HighlightStartRole,              // the mention inside the sentence
        HighlightEndRole,
        ParagraphRole,    // 1-based, as shown
        MentionStartRole, // UTF-16 position in the article
        MentionEndRole,
    };

    explicit MentionContextModel(QObject *parent = nullptr);

    void setArticle(const Article *article); // not owned; must outlive its use here
    void setMentions(const QList<Mention> &mentions);
    void clear() { setMentions({}); }
    int rowForPosition(qsizetype start) const; // -1 if no mention starts there

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const Article *m_article = nullptr;
    QList<Mention> m_mentions;
    mutable int m_cachedRow = -1;
    mutable MentionContext::Line m_cachedLine;
};
