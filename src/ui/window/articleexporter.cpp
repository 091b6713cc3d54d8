#include "ui/window/articleexporter.h"

#include "core/entities/entityexport.h"
#include "core/session/articlesession.h"
#include "core/session/readingstate.h"
#include "ui/style/entitycolors.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPalette>

ArticleExporter::ArticleExporter(const ArticleSession *session, const ReadingState *reading,
                                 QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_reading(reading)
    , m_dialogParent(dialogParent)
{}

bool ArticleExporter::exportEntities(const QString &path, QString *error) const
{
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const Article &article = m_session->article();
    const EntityList &entities = m_session->entities();
    return EntityExport::writeFile(path,
                                   csv ? EntityExport::toCsv(article, entities)
                                       : EntityExport::toJson(article, entities),
                                   error);
}

bool ArticleExporter::exportArticleHtml(const QString &path, QString *error) const
{
    // The colours of the light palette: the page is read in a browser, not in this window.
    QList<std::pair<QString, QString>> highlights;
    for (const auto &item : m_reading->selection().items())
        highlights.append({item.id, EntityColors::forSlot(item.slot, QPalette()).fill.name()});
    return EntityExport::writeFile(path,
                                   EntityExport::toHtml(m_session->article(), m_session->entities(),
                                                        highlights),
                                   error);
}

void ArticleExporter::exportEntitiesInteractively(const QString &baseName)
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Entities"),
                                                      baseName + QStringLiteral(".entities.json"),
                                                      tr("JSON (*.json);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportEntities(path, &error))
        QMessageBox::warning(m_dialogParent, tr("Export failed"),
                             tr("Could not write %1: %2").arg(path, error));
    else
        emit statusMessage(tr("Entities exported to %1").arg(path));
}

void ArticleExporter::exportHtmlInteractively(const QString &baseName)
{
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Article as HTML"),
                                                      baseName + QStringLiteral(".html"),
                                                      tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportArticleHtml(path, &error))
        QMessageBox::warning(m_dialogParent, tr("Export failed"),
                             tr("Could not write %1: %2").arg(path, error));
    else
        emit statusMessage(tr("Article exported to %1").arg(path));
}

void ArticleExporter::copyEntityList()
{
    QGuiApplication::clipboard()->setText(EntityExport::toPlainList(m_session->entities()));
    emit statusMessage(tr("Entity list copied"), 3000);
}
