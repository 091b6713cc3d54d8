#include "ui/corrections/resetcommand.h"

#include "core/session/articlesession.h"

ResetCommand::ResetCommand(ArticleSession *session, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_kept(session->corrections().operations())
{}

void ResetCommand::redo()
{
    m_session->setCorrections({});
}

void ResetCommand::undo()
{
    m_session->setCorrections(m_kept);
}
