#include "ui/window/statusmessages.h"

#include "core/session/articlesession.h"
#include "core/session/readingstate.h"

#include <QDir>
#include <QStatusBar>

StatusMessages::StatusMessages(const ArticleSession *session, const ReadingState *reading,
                               QStatusBar *bar, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_reading(reading)
    , m_bar(bar)
{
    connect(session, &ArticleSession::extractionStarted, this,
            [this] { m_bar->showMessage(tr("Finding people and places\u2026")); });
    connect(session, &ArticleSession::entitiesChanged, this, [this](ArticleSession::Change change) {
        // A new extraction is summed up by extractionFinished(), once the window has taken it.
        if (change == ArticleSession::Change::Corrected) {
            m_summary = entitySummary();
            m_bar->showMessage(m_summary);
        }
    });
    connect(session, &ArticleSession::saveFailed, this, [this](const QString &error) {
        m_bar->showMessage(tr("Could not save the corrections: %1").arg(error));
    });
    connect(session, &ArticleSession::correctionsPlaceChanged, this, [this](const QString &path) {
        m_bar->showMessage(tr("This article\u2019s corrections are now kept in %1")
                               .arg(QDir::toNativeSeparators(path)));
    });
    connect(session, &ArticleSession::correctionsMergedFromDisk, this, [this](qsizetype added) {
        m_bar->showMessage(
            added >= 0 ? tr("%n correction(s) made in another window added", nullptr, int(added))
                       : tr("%n correction(s) taken back in another window", nullptr, int(-added)));
    });
    connect(reading, &ReadingState::sharedParagraphsChanged, this,
            &StatusMessages::sharedParagraphsChanged);
}

// Counted as the sidebar counts: entities marked "not an entity" are left out, with their
// mentions. Each count with its own plural (English too: see translations/article-reader_en.ts);
// a type with none is left out.
QString StatusMessages::entitySummary() const
{
    int counts[3] = {};
    int mentions = 0;
    for (const Entity &e : m_session->entities().entities()) {
        if (e.hidden)
            continue;
        ++counts[int(e.type)];
        mentions += int(e.mentions.size());
    }
    QStringList found;
    if (const int people = counts[int(EntityType::Person)])
        found.append(tr("%n people", nullptr, people));
    if (const int places = counts[int(EntityType::Place)])
        found.append(tr("%n places", nullptr, places));
    if (const int organizations = counts[int(EntityType::Organization)])
        found.append(tr("%n organizations", nullptr, organizations));
    if (found.isEmpty())
        return tr("No people, places or organizations found");
    return tr("%1 \u00b7 %2")
        .arg(found.join(QStringLiteral(", ")), tr("%n mentions", nullptr, mentions));
}

void StatusMessages::extractionFinished()
{
    QString message = entitySummary();
    const Article &article = m_session->article();
    if (!article.note.isEmpty())
        message += QStringLiteral(" \u00b7 ") + article.note;
    const qsizetype corrections = m_session->corrections().size();
    const qsizetype skipped = m_session->skippedCorrections();
    if (corrections > 0)
        message += QStringLiteral(" \u00b7 ")
                   + tr("%n correction(s) applied", nullptr, int(corrections - skipped));
    if (skipped > 0)
        message += QStringLiteral(" \u00b7 ")
                   + tr("%n no longer fit the article", nullptr, int(skipped));
    if (m_session->correctionsReanchored())
        message += QStringLiteral(" \u00b7 ")
                   + tr("the article was edited: its corrections were placed on the new text");
    // Where corrections go when they cannot go beside the article (a link, a read-only folder):
    // said before the first correction rather than after.
    if (const QString note = m_session->correctionsNote(); !note.isEmpty())
        message += QStringLiteral(" \u00b7 ") + note;
    m_summary = message;
    m_bar->showMessage(message);
}

// The count of shared paragraphs while they are shown; then the summary again.
void StatusMessages::sharedParagraphsChanged()
{
    if (m_reading->sharedParagraphsOnly() && !m_reading->selection().isEmpty()) {
        m_sharedMessage = tr("%n paragraph(s) mention every selected entity", nullptr,
                             int(m_reading->sharedParagraphs().size()));
        m_bar->showMessage(m_sharedMessage);
    } else if (!m_sharedMessage.isEmpty()) {
        if (m_bar->currentMessage() == m_sharedMessage)
            m_bar->showMessage(m_summary);
        m_sharedMessage.clear();
    }
}
