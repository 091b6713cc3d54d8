#pragma once

#include <QObject>
#include <QString>

class ArticleSession;
class QStatusBar;
class ReadingState;

// What the status bar says about the open article: that its names are being found, then what
// was found ("5 people, 13 places · 61 mentions", counted as the sidebar counts them) with what
// became of the stored corrections, the count of shared paragraphs while only those are shown,
// and what happened to the corrections since (moved, merged from another window, not saved).
// It holds the summary so that a passing message gives way to it again. Costs: one pass over the
// entities at each extraction or correction.
class StatusMessages final : public QObject
{
    Q_OBJECT
public:
    StatusMessages(const ArticleSession *session, const ReadingState *reading, QStatusBar *bar,
                   QObject *parent = nullptr);

    // What was found, as the sidebar lists it (hidden entities left out).
    QString entitySummary() const;
    // The summary once an extraction is in: with the article's note and what became of the
    // stored corrections (applied, no longer fitting, placed on an edited text, kept elsewhere).
    void extractionFinished();

private:
    void sharedParagraphsChanged();

    const ArticleSession *m_session;
    const ReadingState *m_reading;
    QStatusBar *m_bar;
    QString m_summary;       // what was found, as the status bar said it last
    QString m_sharedMessage; // the shared paragraphs' count, while the status bar shows it
};
