#include "core/session/readingstate.h"

#include "core/navigation/mentioncontext.h"

#include <algorithm>

ReadingState::ReadingState(const ArticleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(session, &ArticleSession::articleChanged, this, &ReadingState::articleChanged);
    connect(session, &ArticleSession::entitiesChanged, this, &ReadingState::entitiesChanged);
}

const Entity *ReadingState::activeEntity() const
{
    return m_session->entities().find(m_activeId);
}

void ReadingState::select(const QStringList &ids, const QString &currentId, qsizetype jumpFrom)
{
    const EntityList &list = m_session->entities();
    if (ids.isEmpty()) {
        clear();
        return;
    }
    // Keep the colours of entities that stay; new ones take their type's colour if it is free.
    EntitySelection next;
    for (const QString &id : ids) {
        const Entity *e = list.find(id);
        if (!e)
            continue;
        const int typeSlot = EntitySelection::typeSlot(e->type);
        if (ids.size() == 1) {
            next.select(id, typeSlot);
        } else if (const auto slot = m_selection.slotOf(id)) {
            next.toggle(id, *slot);
        } else {
            next.toggle(id, typeSlot);
        }
    }
    // A kept entity may have lost its slot to an earlier newcomer: give old slots priority.
    m_selection = EntitySelection();
    for (const QString &id : ids) {
        if (const auto slot = next.slotOf(id))
            m_selection.toggle(id, *slot);
    }
    const QString active = m_selection.contains(currentId) ? currentId : m_selection.ids().value(0);
    const bool activeChanged = active != m_activeId;
    const bool jump = jumpFrom != NoJump;
    m_activeId = active;
    if (activeChanged) {
        const Entity *e = list.find(m_activeId);
        m_navigator.setMentions(e ? e->mentions : QList<Mention>());
        if (jump) {
            recordJump(jumpFrom);
            m_navigator.first();
        }
    }
    updateShared();
    if (activeChanged)
        emit mentionsChanged();
    emit selectionChanged();
    if (activeChanged && jump && m_navigator.current())
        emit currentMentionChanged();
}

void ReadingState::clear()
{
    m_selection.clear();
    m_activeId.clear();
    m_navigator.clear();
    updateShared();
    emit mentionsChanged();
    emit selectionChanged();
}

bool ReadingState::selectMentionAt(qsizetype position, bool add)
{
    const Entity *e = m_session->entities().entityAt(position);
    if (!e || e->hidden)
        return false;
    const QString id = e->id; // `e` is the session's; select() keeps the list as it is
    QStringList ids = m_selection.ids();
    if (add) {
        if (ids.contains(id))
            ids.removeAll(id);
        else
            ids.append(id);
    } else {
        ids = {id};
    }
    const QString current = ids.contains(id) ? id : ids.value(ids.size() - 1);
    select(ids, current);
    // The clicked mention becomes the current one: "3 of 9" says where the reader is.
    if (current == id) {
        const auto it = std::find_if(e->mentions.cbegin(), e->mentions.cend(),
                                     [position](const Mention &m) {
                                         return m.start <= position && position < m.end;
                                     });
        if (it != e->mentions.cend()) {
            m_navigator.setCurrentIndex(it - e->mentions.cbegin());
            emit currentMentionChanged();
        }
    }
    return true;
}

void ReadingState::next(qsizetype from)
{
    step(1, from);
}

void ReadingState::previous(qsizetype from)
{
    step(-1, from);
}

bool ReadingState::isSteppable(qsizetype index) const
{
    if (!stepsSharedOnly())
        return true;
    const qsizetype paragraph = m_session->article().paragraphAt(
        m_navigator.mentions().at(index).start);
    return std::binary_search(m_shared.cbegin(), m_shared.cend(), paragraph);
}

// Wraps around as the navigator does, passing over the mentions stepping may not land on.
void ReadingState::step(int direction, qsizetype from)
{
    const qsizetype n = m_navigator.count();
    if (n == 0)
        return;
    qsizetype i = m_navigator.currentIndex();
    for (qsizetype tried = 0; tried < n; ++tried) {
        i = i < 0 ? (direction > 0 ? 0 : n - 1) : (i + direction + n) % n;
        if (isSteppable(i)) {
            recordJump(from);
            m_navigator.setCurrentIndex(i);
            emit currentMentionChanged();
            return;
        }
    }
}

QString ReadingState::indicator() const
{
    if (!stepsSharedOnly() || m_navigator.isEmpty())
        return m_navigator.indicator();
    qsizetype total = 0;
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_navigator.count(); ++i) {
        if (!isSteppable(i))
            continue;
        if (i == m_navigator.currentIndex())
            at = total;
        ++total;
    }
    if (total == 0)
        return tr("none shared");
    if (at < 0)
        return tr("%n shared", nullptr, int(total));
    //: The current mention among those in shared paragraphs: "2 of 4 shared".
    return tr("%1 of %2 shared").arg(at + 1).arg(total);
}

void ReadingState::setCurrentMention(qsizetype index, qsizetype from)
{
    if (index == m_navigator.currentIndex() || index < 0 || index >= m_navigator.count())
        return;
    recordJump(from);
    m_navigator.setCurrentIndex(index);
    emit currentMentionChanged();
}

void ReadingState::recordJump(qsizetype from)
{
    m_history.recordJump(from);
    emit historyChanged();
}

qsizetype ReadingState::back(qsizetype current)
{
    const qsizetype to = m_history.back(current);
    emit historyChanged();
    return to;
}

qsizetype ReadingState::forward(qsizetype current)
{
    const qsizetype to = m_history.forward(current);
    emit historyChanged();
    return to;
}

void ReadingState::find(const QString &text, FindOptions options, qsizetype from)
{
    m_findText = text;
    m_findOptions = options;
    m_findCapped = false;
    m_findMatches = text.isEmpty() ? QList<Mention>()
                                   : TextFinder::findAll(m_session->article().text, text, options,
                                                         TextFinder::DefaultLimit, &m_findCapped);
    m_findCurrent = -1;
    emit findChanged();
    if (!m_findMatches.isEmpty())
        stepFind(1, from);
}

void ReadingState::stepFind(int direction, qsizetype from)
{
    if (m_findMatches.isEmpty())
        return;
    const qsizetype n = m_findMatches.size();
    if (m_findCurrent < 0) {
        // The first match at or after what is in view.
        const auto it = std::lower_bound(m_findMatches.cbegin(), m_findMatches.cend(), from,
                                         [](const Mention &m, qsizetype pos) {
                                             return m.start < pos;
                                         });
        m_findCurrent = it == m_findMatches.cend() ? 0 : it - m_findMatches.cbegin();
    } else {
        recordJump(from);
        m_findCurrent = (m_findCurrent + direction + n) % n;
    }
    emit findCurrentChanged();
}

void ReadingState::setSharedParagraphsOnly(bool on)
{
    m_sharedOnly = on;
    updateShared();
    emit selectionChanged(); // the dimming is part of how the selection is shown
}

void ReadingState::updateShared()
{
    m_shared.clear();
    if (m_sharedOnly && !m_selection.isEmpty()) {
        QList<QList<Mention>> selected;
        const EntityList &list = m_session->entities();
        for (const auto &item : m_selection.items()) {
            if (const Entity *e = list.find(item.id))
                selected.append(e->mentions);
        }
        if (!selected.isEmpty())
            m_shared = MentionContext::sharedParagraphs(m_session->article(), selected);
    }
    emit sharedParagraphsChanged();
}

void ReadingState::articleChanged()
{
    m_reselect = m_selection.ids();
    if (!m_activeId.isEmpty()) {
        m_reselect.removeAll(m_activeId);
        m_reselect.append(m_activeId);
    }
    m_selection.clear();
    m_activeId.clear();
    m_navigator.clear();
    m_history.clear();
    m_findMatches.clear();
    m_findCurrent = -1;
    m_findCapped = false;
    updateShared();
    emit mentionsChanged();
    emit selectionChanged();
    emit historyChanged();
    emit findChanged();
}

void ReadingState::entitiesChanged(ArticleSession::Change change, const QString &focusId)
{
    const EntityList &list = m_session->entities();
    if (change == ArticleSession::Change::Extracted) {
        // The entities followed before a reload come back if they are still there.
        QStringList reselect;
        for (const QString &id : std::as_const(m_reselect)) {
            if (list.find(id))
                reselect.append(id);
        }
        m_reselect.clear();
        if (!reselect.isEmpty())
            select(reselect, reselect.constLast());
        else
            emit selectionChanged(); // the same (empty) selection, over new entities
        return;
    }
    // A correction: keep what still exists and is not hidden (Delete stops following it), and
    // look at what it leaves the reader looking at.
    const auto shown = [&list](const QString &id) {
        const Entity *e = list.find(id);
        return e && !e->hidden;
    };
    QStringList ids;
    for (const QString &id : m_selection.ids()) {
        if (shown(id))
            ids.append(id);
    }
    const QString focus = focusId.isEmpty() ? m_activeId : focusId;
    const QString current = shown(focus) ? focus : ids.value(ids.size() - 1);
    if (!current.isEmpty() && !ids.contains(current))
        ids = {current};
    // The mentions may have changed: start the navigator again, on the mention the reader was at
    // when it is still one of the current entity's (a rename, a merge, a change of type), so
    // that the counter keeps saying "3 of 9" and the context list keeps its row.
    const qsizetype wasAt = m_navigator.current() ? m_navigator.current()->start : -1;
    m_activeId.clear();
    select(ids, current);
    if (wasAt < 0)
        return;
    const auto &mentions = m_navigator.mentions();
    const auto it = std::find_if(mentions.cbegin(), mentions.cend(), [wasAt](const Mention &m) {
        return m.start <= wasAt && wasAt < m.end;
    });
    if (it != mentions.cend()) {
        m_navigator.setCurrentIndex(it - mentions.cbegin());
        emit currentMentionChanged();
    }
}
