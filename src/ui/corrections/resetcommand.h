#pragma once

#include "core/entities/corrections.h"

#include <QUndoCommand>

class ArticleSession;

// Reset Corrections as one step on the undo stack: redo forgets every correction (the file goes),
// undo brings them all back as they were. It keeps a copy of the operations, a few hundred bytes
// each.
class ResetCommand final : public QUndoCommand
{
public:
    ResetCommand(ArticleSession *session, const QString &text);

    void redo() override;
    void undo() override;

private:
    ArticleSession *m_session;
    QList<Correction> m_kept;
};
