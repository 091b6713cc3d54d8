#include "ui/corrections/correctioncommand.h"

CorrectionCommand::CorrectionCommand(const Correction &correction, const QString &text, Apply apply,
                                     Revert revert)
    : QUndoCommand(text)
    , m_correction(correction)
    , m_apply(std::move(apply))
    , m_revert(std::move(revert))
{}

void CorrectionCommand::redo()
{
    m_apply(m_correction);
}

void CorrectionCommand::undo()
{
    m_revert();
}
