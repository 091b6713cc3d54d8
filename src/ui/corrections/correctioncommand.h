#pragma once

#include "core/entities/corrections.h"

#include <QUndoCommand>

#include <functional>

// One correction on the undo stack: redo appends it to the article's corrections, undo removes
// it again. The window gives the two functions; the command only remembers what was done.
class CorrectionCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(const Correction &)>;
    using Revert = std::function<void()>;

    CorrectionCommand(const Correction &correction, const QString &text, Apply apply, Revert revert);

    void redo() override;
    void undo() override;

private:
    Correction m_correction;
    Apply m_apply;
    Revert m_revert;
};
