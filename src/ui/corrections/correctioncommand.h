#pragma once

#include "core/entities/corrections.h"

#include <QUndoCommand>

class ArticleSession;

// One correction on the undo stack. It acts on the session, as Okular's annotation commands act
// on its document: redo appends the correction there (which applies and saves it), undo takes it
// back. The reading state follows the session's change by itself; nothing here knows a widget.
class CorrectionCommand final : public QUndoCommand
{
public:
    CorrectionCommand(ArticleSession *session, const Correction &correction, const QString &text);

    void redo() override;
    void undo() override;

private:
    ArticleSession *m_session;
    Correction m_correction;
};
