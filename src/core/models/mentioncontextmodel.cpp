#include "core/models/mentioncontextmodel.h"

#include "core/navigation/mentioncontext.h"

#include <QCoreApplication>

#include <algorithm>

MentionContextModel::MentionContextModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void MentionContextModel::setArticle(const Article *article)
{
    beginResetModel();
    m_cachedRow = -1;
    m_article = article;
    m_mentions.clear();
    m_fetched = 0;
    endResetModel();
}

void MentionContextModel::setMentions(const QList<Mention> &mentions)
{
    beginResetModel();
    m_cachedRow = -1;
    m_mentions = m_article ? mentions : QList<Mention>();
    m_fetched = int(std::min<qsizetype>(m_mentions.size(), BatchSize));
    endResetModel();
}

bool MentionContextModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < m_mentions.size();
}

void MentionContextModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        fetchTo(m_fetched + BatchSize);
}

void MentionContextModel::ensureRowFetched(int row)
{
    if (row >= m_fetched)
        fetchTo(row + BatchSize);
}

void MentionContextModel::fetchTo(int rows)
{
    const int to = int(std::min<qsizetype>(m_mentions.size(), rows));
    if (to <= m_fetched)
        return;
    beginInsertRows({}, m_fetched, to - 1);
    m_fetched = to;
    endInsertRows();
}

int MentionContextModel::rowForPosition(qsizetype start) const
{
    const auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), start,
                                     [](const Mention &m, qsizetype pos) { return m.start < pos; });
    if (it == m_mentions.cend() || it->start != start)
        return -1;
    return int(it - m_mentions.cbegin());
}

int MentionContextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

QVariant MentionContextModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched || !m_article)
        return {};
    const Mention &m = m_mentions[index.row()];
    switch (role) {
    case MentionStartRole:
        return qint64(m.start);
    case MentionEndRole:
        return qint64(m.end);
    case ParagraphRole:
        return qint64(m_article->paragraphAt(m.start) + 1);
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != SentenceRole && role != HighlightStartRole
        && role != HighlightEndRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    // A painted row asks for the sentence and both ends of the mention: build the line once.
    if (m_cachedRow != index.row()) {
        m_cachedLine = MentionContext::lineFor(*m_article, m);
        m_cachedRow = index.row();
    }
    const MentionContext::Line &line = m_cachedLine;
    switch (role) {
    case HighlightStartRole:
        return qint64(line.highlightStart);
    case HighlightEndRole:
        return qint64(line.highlightEnd);
    case Qt::AccessibleTextRole:
        return QCoreApplication::translate("MentionContextModel", "Paragraph %1: %2")
            .arg(line.paragraph + 1)
            .arg(line.sentence);
    default:
        return line.sentence;
    }
}
