#include "ui/corrections/correctioncommand.h"

#include "core/session/articlesession.h"

CorrectionCommand::CorrectionCommand(ArticleSession *session, const Correction &correction,
                                     const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_correction(correction)
{}

void CorrectionCommand::redo()
{
    m_session->applyCorrection(m_correction);
}

void CorrectionCommand::undo()
{
    m_session->revertCorrection(m_correction);
}
