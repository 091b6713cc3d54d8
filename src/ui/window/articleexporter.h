#pragma once

#include <QObject>

class ArticleSession;
class ReadingState;
class QWidget;

// File > Export and Edit > Copy Entity List: the corrected entities as JSON or CSV, the article
// as a standalone HTML page with the followed entities highlighted, the list as plain text on the
// clipboard. Files are written whole or not at all (EntityExport::writeFile); dialogs open over
// `dialogParent` and what was done is said by statusMessage().
class ArticleExporter final : public QObject
{
    Q_OBJECT
public:
    ArticleExporter(const ArticleSession *session, const ReadingState *reading,
                    QWidget *dialogParent);

    // JSON or CSV by the file's suffix.
    bool exportEntities(const QString &path, QString *error = nullptr) const;
    bool exportArticleHtml(const QString &path, QString *error = nullptr) const;

    // Ask for a file name (starting from `baseName`), write it, say how it went.
    void exportEntitiesInteractively(const QString &baseName);
    void exportHtmlInteractively(const QString &baseName);
    void copyEntityList();

signals:
    void statusMessage(const QString &message, int timeoutMs = 0);

private:
    const ArticleSession *m_session;
    const ReadingState *m_reading;
    QWidget *m_dialogParent;
};
