#pragma once

#include <QObject>

class ArticleSession;
class ArticleView;
class OverviewRuler;
class ReadingState;

// Paints the reading state onto the text and its overview ruler: a highlight layer per followed
// entity in its colour slot, the find matches, the current mention (outlined, scrolled into view
// when the reader steps to it), and the dimming of paragraphs the followed entities do not share.
// It connects once to the state's signals; the window only asks it to repaint after a change of
// palette. Each change costs the layers' mention lists (shared, not copied) and a repaint of what
// is in view.
class HighlightController final : public QObject
{
    Q_OBJECT
public:
    HighlightController(const ArticleSession *session, const ReadingState *reading,
                        ArticleView *view, OverviewRuler *ruler, QObject *parent = nullptr);

    // Paints every layer again (the selection, the find matches, the dimming).
    void refresh();

private:
    void showCurrentMention();
    void showFindMatch();

    const ArticleSession *m_session;
    const ReadingState *m_reading;
    ArticleView *m_view;
    OverviewRuler *m_ruler;
};
