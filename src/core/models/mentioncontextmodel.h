#pragma once

#include "core/document/article.h"
#include "core/document/mention.h"
#include "core/navigation/mentioncontext.h"

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
    // The rows come in batches of BatchSize as a view scrolls to the end of them (canFetchMore,
    // fetchMore), so that showing an entity with 20,000 mentions costs one batch, not a layout of
    // 20,000 rows.
    void setMentions(const QList<Mention> &mentions);
    void clear() { setMentions({}); }
    // Row of the mention that starts at `start`, among all mentions, fetched or not; -1 if none.
    int rowForPosition(qsizetype start) const;
    // Fetches rows until `row` is one of them (a jump to a mention far down the list).
    void ensureRowFetched(int row);
    int mentionCount() const { return int(m_mentions.size()); }

    static constexpr int BatchSize = 256;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void fetchTo(int rows);

    const Article *m_article = nullptr;
    QList<Mention> m_mentions;
    int m_fetched = 0; // the rows shown so far: the first m_fetched mentions
    mutable int m_cachedRow = -1;
    mutable MentionContext::Line m_cachedLine;
};
