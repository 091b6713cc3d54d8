#pragma once

#include "core/document/mention.h"
#include "core/document/textfinder.h"
#include "core/navigation/entityselection.h"
#include "core/navigation/mentionnavigator.h"
#include "core/navigation/navigationhistory.h"
#include "core/session/articlesession.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

struct Entity;

// Where the reader is in the open article: the entities followed (each with its colour slot),
// the one stepped through with its mention navigator, back and forward, find matches, and the
// paragraphs the followed entities share. It follows its ArticleSession: a new article clears it
// (keeping the selection to restore if the same entities come back, as after a reload), and a
// correction restores what still exists. Positions in the view come in as arguments: the state
// knows the text, not the screen.
//
// Every change is a signal; the window's views (highlights, ruler, sidebar, context list, tool
// bar) each connect once. Cheap: a selection looks entities up by id and copies their mention
// lists (implicitly shared); shared paragraphs are found in one pass over the selected mentions.
class ReadingState final : public QObject
{
    Q_OBJECT
public:
    // select() without moving to the first mention.
    static constexpr qsizetype NoJump = -1;

    explicit ReadingState(const ArticleSession *session, QObject *parent = nullptr);

    // Follows these entities side by side, `currentId` the one stepped through (another
    // selected one when it is not among them). With `jumpFrom` (the first position in view), a
    // new current entity moves to its first mention, and back returns to jumpFrom.
    void select(const QStringList &ids, const QString &currentId, qsizetype jumpFrom = NoJump);
    void clear();
    // A click on a mention in the text: follows its entity (with `add`, adds it to the
    // selection or takes it out) and makes that mention the current one. False if no visible
    // entity is mentioned there.
    bool selectMentionAt(qsizetype position, bool add);

    // Steps through the current entity's mentions, wrapping around; `from` is where the reader
    // is, for back. In Shared Paragraphs Only with several entities followed, only the mentions
    // in the shared paragraphs are stepped to (none shared: no step).
    void next(qsizetype from);
    void previous(qsizetype from);
    void setCurrentMention(qsizetype index, qsizetype from);

    // Records that the reader jumps away from `from` (a click on the ruler, a find step).
    void recordJump(qsizetype from);
    // Where to go back or forward to, or -1; `current` is remembered for the opposite way.
    qsizetype back(qsizetype current);
    qsizetype forward(qsizetype current);
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }

    // Finds every match in the article (empty text: none) and steps to the first at or after
    // `from`.
    void find(const QString &text, FindOptions options, qsizetype from);
    void stepFind(int direction, qsizetype from);
    const QList<Mention> &findMatches() const { return m_findMatches; }
    qsizetype findCurrent() const { return m_findCurrent; } // -1: none
    bool findCapped() const { return m_findCapped; }
    QString findText() const { return m_findText; }

    // Whether only the paragraphs that mention every followed entity stay undimmed.
    void setSharedParagraphsOnly(bool on);
    bool sharedParagraphsOnly() const { return m_sharedOnly; }
    // With sharedParagraphsOnly() and a selection: the paragraphs (indices into
    // Article::paragraphs) that mention every followed entity; else empty.
    const QList<qsizetype> &sharedParagraphs() const { return m_shared; }

    const EntitySelection &selection() const { return m_selection; }
    QStringList selectedIds() const { return m_selection.ids(); }
    QString activeId() const { return m_activeId; } // the entity F3 steps through
    const Entity *activeEntity() const;
    const MentionNavigator &navigator() const { return m_navigator; }
    const Mention *currentMention() const { return m_navigator.current(); }
    // "3 of 9", or in Shared Paragraphs Only "2 of 4 shared" (counting the mentions F3 steps
    // to); empty when nothing is followed. Costs a pass over the current entity's mentions.
    QString indicator() const;

signals:
    // The entities followed, their colours or the one stepped through changed.
    void selectionChanged();
    // The current entity's mentions are new (another entity, or the same one corrected).
    void mentionsChanged();
    // The reader moved to another mention: show it, scrolling it into view.
    void currentMentionChanged();
    void historyChanged();
    // The find matches changed (a new search, or none).
    void findChanged();
    // The reader moved to another find match: show it.
    void findCurrentChanged();
    void sharedParagraphsChanged();

private:
    void articleChanged();
    void entitiesChanged(ArticleSession::Change change, const QString &focusId);
    void updateShared();
    void step(int direction, qsizetype from);
    // Whether stepping may land on the navigator's mention `index`.
    bool isSteppable(qsizetype index) const;
    bool stepsSharedOnly() const { return m_sharedOnly && m_selection.size() > 1; }

    const ArticleSession *m_session = nullptr;
    EntitySelection m_selection;
    QString m_activeId;
    MentionNavigator m_navigator;
    NavigationHistory m_history;
    QStringList m_reselect; // kept across a reload
    QList<Mention> m_findMatches;
    qsizetype m_findCurrent = -1;
    bool m_findCapped = false;
    QString m_findText;
    FindOptions m_findOptions;
    bool m_sharedOnly = false;
    QList<qsizetype> m_shared;
};
