#include "ui/sidebar/mentioncontextpanel.h"

#include "core/models/mentioncontextmodel.h"
#include "core/session/articlesession.h"
#include "core/session/readingstate.h"
#include "ui/sidebar/contextdelegate.h"
#include "ui/style/emptyviewtext.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

MentionContextPanel::MentionContextPanel(const ArticleSession *session, const ReadingState *reading,
                                         QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_reading(reading)
    , m_model(new MentionContextModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_title = new QLabel(tr("Mentions in context"), this);
    m_title->setObjectName(QStringLiteral("contextTitle"));
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("contextView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ContextDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Mentions in context"));
    m_title->setBuddy(m_view);
    // Until an entity is followed, the empty list says what it is for.
    m_empty = new EmptyViewText(m_view, [this] {
        if (m_session->isExtracting() || m_session->entities().isEmpty())
            return QString(); // the sidebar says why there is nothing to choose yet
        return tr("Choose a person or place above to read each of its mentions in its sentence");
    });
    layout->addWidget(m_title);
    layout->addWidget(m_view);
    m_model->setArticle(&session->article());

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid() && !m_showingCurrent)
                    emit mentionRequested(index.row());
            });
    connect(reading, &ReadingState::mentionsChanged, this, &MentionContextPanel::showMentions);
    connect(reading, &ReadingState::currentMentionChanged, this, &MentionContextPanel::showCurrent);
    connect(reading, &ReadingState::selectionChanged, this, &MentionContextPanel::updateTitle);
    connect(session, &ArticleSession::articleChanged, this,
            [this] { m_model->setArticle(&m_session->article()); });
    connect(session, &ArticleSession::extractionStarted, m_empty, &EmptyViewText::update);
    connect(session, &ArticleSession::entitiesChanged, m_empty, &EmptyViewText::update);
}

QString MentionContextPanel::placeholderText() const
{
    return m_empty->text();
}

void MentionContextPanel::showMentions()
{
    if (m_reading->selection().isEmpty())
        m_model->clear();
    else
        m_model->setMentions(m_reading->navigator().mentions());
}

// The view must hear the selection model's signals, or it repaints neither the row left nor the
// row reached (old rows stayed blue until a resize): only the request back to the state is held.
void MentionContextPanel::showCurrent()
{
    m_showingCurrent = true;
    const int current = int(m_reading->navigator().currentIndex());
    m_model->ensureRowFetched(current);
    const QModelIndex row = m_model->index(current);
    m_view->setCurrentIndex(row);
    m_view->scrollTo(row);
    m_showingCurrent = false;
}

void MentionContextPanel::updateTitle()
{
    const Entity *active = m_reading->selection().isEmpty() ? nullptr : m_reading->activeEntity();
    m_title->setText(active ? tr("Mentions of %1 in context").arg(active->name)
                            : tr("Mentions in context"));
}
