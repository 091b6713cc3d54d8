#include "ui/text/highlightcontroller.h"

#include "core/session/articlesession.h"
#include "core/session/readingstate.h"
#include "ui/style/entitycolors.h"
#include "ui/text/articleview.h"
#include "ui/text/overviewruler.h"

#include <algorithm>

HighlightController::HighlightController(const ArticleSession *session, const ReadingState *reading,
                                         ArticleView *view, OverviewRuler *ruler, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_reading(reading)
    , m_view(view)
    , m_ruler(ruler)
{
    connect(reading, &ReadingState::selectionChanged, this, &HighlightController::refresh);
    connect(reading, &ReadingState::findChanged, this, &HighlightController::refresh);
    connect(reading, &ReadingState::currentMentionChanged, this,
            &HighlightController::showCurrentMention);
    connect(reading, &ReadingState::findCurrentChanged, this, &HighlightController::showFindMatch);
}

void HighlightController::refresh()
{
    const EntityList &list = m_session->entities();
    const QPalette palette = m_view->palette();
    QList<ArticleView::Layer> layers;
    QList<OverviewRuler::Layer> rulerLayers;
    bool anyFollowed = false;
    // The followed entity's layer first, so that highlights() and its ruler marks lead.
    QList<EntitySelection::Item> items = m_reading->selection().items();
    const QString activeId = m_reading->activeId();
    std::stable_partition(items.begin(), items.end(),
                          [&activeId](const EntitySelection::Item &i) { return i.id == activeId; });
    for (const auto &item : std::as_const(items)) {
        const Entity *e = list.find(item.id);
        if (!e)
            continue;
        const EntityColors colors = EntityColors::forSlot(item.slot, palette);
        layers.append({e->mentions, colors.fill});
        anyFollowed = true;
        rulerLayers.append({e->mentions, colors.outline});
    }
    if (const QList<Mention> &matches = m_reading->findMatches(); !matches.isEmpty()) {
        const EntityColors find = EntityColors::forFind(palette);
        layers.append({matches, find.fill});
        rulerLayers.append({matches, find.outline});
    }
    m_view->setLayers(layers);
    m_ruler->setLayers(rulerLayers, m_view->textLength());
    if (const Mention *current = m_reading->currentMention()) {
        const auto slot = m_reading->selection().slotOf(activeId);
        const EntityColors colors = EntityColors::forSlot(slot.value_or(0), palette);
        m_view->markCurrentMention(*current, colors.current, colors.outline);
        m_ruler->setCurrent(current->start);
    } else {
        m_ruler->setCurrent(-1);
    }
    // Co-occurrence: keep the paragraphs that mention every selected entity; dim the rest.
    QList<Mention> keep;
    if (m_reading->sharedParagraphsOnly() && anyFollowed) {
        const Article &article = m_session->article();
        for (qsizetype p : m_reading->sharedParagraphs())
            keep.append({article.paragraphs[p].start, article.paragraphs[p].end});
        if (keep.isEmpty())
            keep.append({-2, -1}); // nothing shared: everything dims
    }
    m_view->setUndimmedRanges(keep);
}

void HighlightController::showCurrentMention()
{
    const Mention *m = m_reading->currentMention();
    if (!m)
        return;
    const auto slot = m_reading->selection().slotOf(m_reading->activeId());
    const EntityColors colors = EntityColors::forSlot(slot.value_or(0), m_view->palette());
    m_view->setCurrentMention(*m, colors.current, colors.outline);
    m_ruler->setCurrent(m->start);
}

void HighlightController::showFindMatch()
{
    const qsizetype current = m_reading->findCurrent();
    if (current < 0 || current >= m_reading->findMatches().size())
        return;
    const EntityColors colors = EntityColors::forFind(m_view->palette());
    const Mention m = m_reading->findMatches().at(current);
    m_view->setCurrentMention(m, colors.current, colors.outline);
    m_ruler->setCurrent(m.start);
}
