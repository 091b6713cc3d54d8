#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class ArticleSession;
class ArticleView;
class ReaderSettings;

// Remembers where the reader was in each article (the first position in view) and brings them
// back there when they open it again, as e-book readers do. The position is followed in memory
// as the view scrolls (a binary search per scroll) and written to the settings when another
// article opens and when the window closes (save()); articles with no lasting source (standard
// input, the clipboard) are not remembered.
class ReadingPositions final : public QObject
{
    Q_OBJECT
public:
    // Connect after the view has been given each new article (it is laid out then).
    ReadingPositions(const ArticleSession *session, ArticleView *view, ReaderSettings *settings,
                     QObject *parent = nullptr);

    // Writes the current article's position.
    void save();

private:
    void articleChanged();
    void restorePending();

    const ArticleSession *m_session;
    ArticleView *m_view;
    ReaderSettings *m_settings;
    QString m_source;         // the article whose position is followed; empty: none
    qsizetype m_position = 0; // where it is in view
    qsizetype m_pending = -1; // where to go once the view can scroll; -1: nowhere
    qsizetype m_held = -1;    // where it went, kept there while the first layouts settle
    QElapsedTimer m_holding;
    static constexpr int HoldMs = 1500;
};
