#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTimer;

class ArticleSession;
class ArticleView;
class ReaderSettings;

// The one home of where the reader is in each article (the first position in view): followed in
// memory as the view scrolls (a binary search per scroll), remembered a second after the text
// stops moving, when another article opens and when the window closes (save()), and brought back
// when the article is opened again, as e-book readers do. The settings keep the last articles'
// positions (ReaderSettings::MaxReadingPositions); positionRemembered() hands each one to the
// library, which keeps it with the article for good, and expect() takes the library's back for
// an article the settings no longer hold. Articles are known by Library::sourceKey: a path, an
// address, or a pasted or piped text by its hash.
class ReadingPositions final : public QObject
{
    Q_OBJECT
public:
    // Connect after the view has been given each new article (it is laid out then).
    ReadingPositions(const ArticleSession *session, ArticleView *view, ReaderSettings *settings,
                     QObject *parent = nullptr);

    // Writes the current article's position.
    void save();
    // The article `key` is about to be opened and was left at `position` (as the library keeps
    // it): where to go when the settings have no position for it.
    void expect(const QString &key, qsizetype position);

signals:
    // Where the reader is in article `key`, remembered (the library keeps it too).
    void positionRemembered(const QString &key, qsizetype position);

private:
    void articleChanged();
    void restorePending();

    const ArticleSession *m_session;
    ArticleView *m_view;
    ReaderSettings *m_settings;
    QString m_source;                  // the article whose position is followed; empty: none
    const QChar *m_followed = nullptr; // its text, as the session holds it
    qsizetype m_position = 0;          // where it is in view
    qsizetype m_saved = -1;            // what was last remembered for it
    qsizetype m_pending = -1;          // where to go once the view can scroll; -1: nowhere
    qsizetype m_held = -1;             // where it went, kept there while the first layouts settle
    QString m_expectedKey;             // expect()
    qsizetype m_expected = -1;
    QElapsedTimer m_holding;
    QTimer *m_settle = nullptr;
    static constexpr int HoldMs = 1500;
    static constexpr int SettleMs = 1000;
};
