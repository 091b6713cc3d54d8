#pragma once

#include <QWidget>

class ArticleSession;
class EmptyViewText;
class MentionContextModel;
class QLabel;
class QListView;
class ReadingState;

// Under the sidebar: every mention of the followed entity with its sentence and paragraph
// number, the current one selected. It shows the reading state and asks for a mention when the
// reader picks one (click or arrow keys); the window decides what that means. Rows are made as
// the list scrolls to them (MentionContextModel), so following an entity with 20,000 mentions
// lays out one batch.
class MentionContextPanel final : public QWidget
{
    Q_OBJECT
public:
    MentionContextPanel(const ArticleSession *session, const ReadingState *reading,
                        QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    // What the list says while it is empty.
    QString placeholderText() const;

signals:
    // The reader picked the mention in this row (0-based, as in the navigator).
    void mentionRequested(int row);

private:
    void showMentions();
    void showCurrent();
    void updateTitle();

    const ArticleSession *m_session;
    const ReadingState *m_reading;
    MentionContextModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QListView *m_view = nullptr;
    EmptyViewText *m_empty = nullptr;
    bool m_showingCurrent = false; // the state moved the list: no request back to it
};
